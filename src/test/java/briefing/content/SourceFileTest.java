package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.model.Diagnostic;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceFileTest {
    private static final String LF = "---\ntitle: A\nkind: x\n---\nFirst line.\n\nSecond paragraph.\n";

    private final List<Diagnostic> problems = new ArrayList<>();

    private SourceFile split(String text) {
        return split(text.getBytes(StandardCharsets.UTF_8));
    }

    private SourceFile split(byte[] bytes) {
        return SourceFile.split("c/articles/a.md", bytes, problems);
    }

    @Test
    void splitsFrontMatterAndBodyWithTheirLines() {
        SourceFile f = split(LF);
        assertThat(problems).isEmpty();
        assertThat(f.frontMatter()).isEqualTo("title: A\nkind: x\n");
        assertThat(f.frontMatterLine()).isEqualTo(2);
        assertThat(f.body()).isEqualTo("First line.\n\nSecond paragraph.\n");
        assertThat(f.bodyLine()).isEqualTo(5);
    }

    @Test
    void byteOrderMarkCrlfAndLoneCrReadExactlyLikeLf() {
        SourceFile lf = split(LF);
        SourceFile bom = split("\uFEFF" + LF);
        SourceFile crlf = split(LF.replace("\n", "\r\n"));
        SourceFile cr = split(LF.replace("\n", "\r"));
        SourceFile bomCrlf = split("\uFEFF" + LF.replace("\n", "\r\n"));
        assertThat(problems).isEmpty();
        assertThat(List.of(bom, crlf, cr, bomCrlf)).allSatisfy(f -> assertThat(f).isEqualTo(lf));
    }

    @Test
    void fenceMayHaveTrailingSpaces() {
        SourceFile f = split("---  \ntitle: A\n---\t\nBody\n");
        assertThat(problems).isEmpty();
        assertThat(f.frontMatter()).isEqualTo("title: A\n");
        assertThat(f.body()).isEqualTo("Body\n");
    }

    @Test
    void closingFenceAtEndOfFileGivesAnEmptyBody() {
        SourceFile f = split("---\ntitle: A\n---");
        assertThat(problems).isEmpty();
        assertThat(f.body()).isEmpty();
    }

    @Test
    void noFrontMatterIsAnErrorOnLineOne() {
        assertThat(split("# Just Markdown\n\n---\ntitle: A\n---\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.isError()).isTrue();
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("no front matter").contains("the first line is not '---'");
        });
    }

    @Test
    void emptyFileIsAnError() {
        assertThat(split("")).isNull();
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.message()).contains("the file is empty"));
    }

    @Test
    void frontMatterThatNeverClosesIsAnError() {
        assertThat(split("---\ntitle: A\nBody without a fence\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.format()).isEqualTo("c/articles/a.md:3: error: the front matter opened on line 1 is not"
                    + " closed: put a '---' line after its last key (before line 3)");
        });
    }

    @Test
    void aClosingLineOfTheWrongLengthIsNamed() {
        assertThat(split("---\ntitle: A\n----\nBody\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.format()).isEqualTo(
                "c/articles/a.md:3: error: '----' does not close the front matter opened on line 1: the closing"
                        + " line is exactly three dashes '---'"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedOnTheirLine() {
        byte[] head = "---\ntitle: A\n---\nline four\nline five caf".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é'
        bytes[head.length + 1] = '\n';
        assertThat(split(bytes)).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).isEqualTo("not valid UTF-8 (byte 0xE9); save the file as UTF-8");
        });
    }

    @Test
    void invalidByteOnTheFirstLine() {
        assertThat(split(new byte[] {'-', '-', '-', (byte) 0xFF, '\n'})).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(1);
            assertThat(d.message()).contains("0xFF");
        });
    }

    @Test
    void nulCharacterIsReportedOnItsLine() {
        assertThat(split("---\ntitle: A\n---\nok\nbad\0here\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(5);
            assertThat(d.message()).contains("NUL");
        });
    }

    @Test
    void nulIsReportedOnTheRightLineInCrlfFiles() {
        assertThat(split("---\r\ntitle: A\r\n---\r\nok\r\nbad\0here\r\n")).isNull();
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(5));
    }

    @Test
    void nulIsReportedOnTheRightLineInLoneCrFiles() {
        assertThat(split("---\rtitle: A\r---\rok\rbad\0here\r")).isNull();
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(5));
    }

    @Test
    void invalidByteIsReportedOnTheRightLineInLoneCrFiles() {
        byte[] bytes = "---\rtitle: A\r---\rok\rcaf?\r".getBytes(StandardCharsets.US_ASCII);
        bytes[bytes.length - 2] = (byte) 0xE9;
        assertThat(split(bytes)).isNull();
        assertThat(problems).singleElement().satisfies(d -> assertThat(d.line()).isEqualTo(5));
    }
}
