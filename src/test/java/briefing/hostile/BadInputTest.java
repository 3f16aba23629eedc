package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Broken and hostile content, one case each: a mutation of a copy of the fixture after a good build.
 * Every case exits 1 with a one-line {@code path:line: error: message}, no stack trace, the previous
 * site byte for byte as it was, and nothing left beside it.
 */
class BadInputTest {
    private static final String ACTOR = "---\nname: Ana Ruiz\naliases: [Ruiz, Ана Руис]\nkind: person\n"
            + "role: Leader of the Harbour Union\naffiliation: harbour-union\n---\nLeads the union.\n";

    @TempDir
    Path tmp;

    @TempDir
    Path outside;

    Path content;
    Path out;
    Map<String, byte[]> before;

    @TempDir
    static Path shared;

    /** The fixture's site, built once; each case starts from a copy of it. */
    @BeforeAll
    static void goodSite() {
        Run run = TestFiles.build(TestFiles.SMALL, shared.resolve("site"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
    }

    @BeforeEach
    void goodBuild() {
        content = TestFiles.copySmall(tmp);
        out = tmp.resolve("out");
        TestFiles.copyTree(shared.resolve("site"), out);
        before = TestFiles.snapshot(out);
    }

    /** A mutation of the content folder, the file and line the error must name, and a fragment of it. */
    record Case(String name, Consumer<Path> mutation, String file, int line, String fragment) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Case yaml(String name, String frontMatter, int line, String fragment) {
        return new Case(name, c -> TestFiles.write(c, "actors/ana-ruiz.md", "---\n" + frontMatter + "---\nText.\n"),
                "actors/ana-ruiz.md", line, fragment);
    }

    private static Case file(String name, String relative, String text, int line, String fragment) {
        return new Case(name, c -> TestFiles.write(c, relative, text), relative, line, fragment);
    }

    private static Case bytes(String name, String relative, byte[] bytes, int line, String fragment) {
        return new Case(name, c -> TestFiles.writeBytes(c, relative, bytes), relative, line, fragment);
    }

    private static Case replace(String name, String relative, String from, String to, int line, String fragment) {
        return new Case(name, c -> TestFiles.replace(c.resolve(relative), from, to), relative, line, fragment);
    }

    private static byte[] concat(String a, byte[] middle, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = b.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[x.length + middle.length + z.length];
        System.arraycopy(x, 0, all, 0, x.length);
        System.arraycopy(middle, 0, all, x.length, middle.length);
        System.arraycopy(z, 0, all, x.length + middle.length, z.length);
        return all;
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Malformed YAML of many kinds
        cases.add(yaml("unclosed double quote", "name: \"Ana Ruiz\nkind: person\n", 2, "the quote (\") opened on line 2 is not closed"));
        cases.add(yaml("unclosed single quote", "kind: person\nname: 'Ana\n", 3, "the quote (') opened on line 3 is not closed"));
        cases.add(yaml("mapping value in a plain scalar", "name: Ana: Ruiz\nkind: person\n", 2, "the value of 'name' contains ': '"));
        cases.add(yaml("tab indentation", "name: Ana\nkind: person\naliases:\n\t- Ruiz\n", 5, "a tab is used for indenting"));
        cases.add(yaml("unclosed flow sequence", "name: Ana\nkind: person\naliases: [Ruiz, Ana\n", 4,
                "the '[' opened on line 4 is not closed"));
        cases.add(yaml("unclosed flow mapping", "name: Ana\nkind: {person\n", 3, "the '{' opened on line 3 is not closed"));
        cases.add(yaml("stray closing bracket", "name: Ana\nkind: person\naliases: [Ruiz]]\n", 4, "is read as a list, and text follows it"));
        cases.add(yaml("bad indentation", "name: Ana\n  kind: person\n", 3, "indented more than the line above"));
        cases.add(yaml("undefined alias", "name: *nobody\nkind: person\n", 2, "read as a reference to another value"));
        cases.add(yaml("a document end marker", "name: Ana\n...\nkind: person\n", 3, "'...' ends the front matter early"));
        cases.add(yaml("front matter is a list", "- name\n- kind\n", 2, "expected key: value pairs"));
        cases.add(yaml("front matter is a sentence", "Ana Ruiz leads the union\n", 2, "expected key: value pairs"));
        cases.add(yaml("a key that is a list", "[a, b]: x\nname: Ana\nkind: person\n", 2, "a key must be a plain word"));
        cases.add(yaml("an executable tag", "name: !!python/object/apply:os.system [\"rm -rf /\"]\nkind: person\n",
                2, "'name' must be text"));
        // Front matter that never closes, empty files
        file("", "", "", 0, ""); // keeps the helpers' order readable
        cases.add(file("front matter never closes", "actors/ana-ruiz.md", "---\nname: Ana\nkind: person\nText.\n",
                4, "the front matter opened on line 1 is not closed"));
        cases.add(file("only an opening line", "actors/ana-ruiz.md", "---", 1, "the front matter opened on line 1 is not closed"));
        cases.add(file("empty file", "actors/ana-ruiz.md", "", 1, "the file is empty"));
        cases.add(file("blank lines only", "events/walkout.md", "\n\n  \n", 1, "the file is empty"));
        cases.add(file("empty front matter", "actors/ana-ruiz.md", "---\n---\n", 2, "missing required key 'name'"));
        cases.add(file("empty index", "index.md", "", 1, "the file is empty"));
        // Wrong types
        cases.add(yaml("a list where a string belongs", "name: [Ana, Ruiz]\nkind: person\n", 2,
                "'name' must be text"));
        cases.add(yaml("a mapping where a string belongs", "name: {first: Ana}\nkind: person\n", 2,
                "'name' must be text"));
        cases.add(yaml("null where a string is required", "name: ~\nkind: person\n", 2,
                "missing required key 'name'"));
        cases.add(yaml("a string where a list belongs", "name: Ana Ruiz\nkind: person\naliases: {a: b}\n", 4,
                "'aliases' must be a list"));
        cases.add(yaml("an empty single alias", "name: Ana Ruiz\nkind: person\naliases: \"\"\n", 4,
                "'aliases' has an empty entry"));
        cases.add(replace("a number as an id", "events/walkout.md", "participants: [ana-ruiz, harbour-union]",
                "participants: [ana-ruiz, 42]", 6, "'42'"));
        cases.add(replace("a list as a stance", "claims/strike-legal.md", "stance: disputes", "stance: [disputes]",
                6, "'stance' must be text"));
        cases.add(replace("sources as a list", "claims/strike-legal.md",
                "  harbour-wire:\n    stance: disputes\n    quote: \"The port authority said the strike was illegal.\"",
                "  - harbour-wire", 5, "'sources' must be a mapping"));
        cases.add(replace("a date as a mapping", "events/walkout.md", "date: 2024-03-11", "date: {y: 2024}", 3,
                "'date' must be text"));
        // Duplicate keys
        cases.add(yaml("duplicate key", "name: Ana Ruiz\nkind: person\nname: Ana\n", 4, "'name' is given twice (first on line 2)"));
        cases.add(replace("duplicate key under a source", "claims/strike-legal.md", "stance: disputes",
                "stance: disputes\n    stance: reports", 7, "'stance' is given twice (first on line 6)"));
        // Bytes that are not UTF-8, NUL bytes, other encodings
        cases.add(bytes("Latin-1 byte in the body", "actors/ana-ruiz.md",
                concat(ACTOR + "Line nine\n", new byte[] {'C', 'a', 'f', (byte) 0xE9}, "\n"), 10, "not valid UTF-8"));
        cases.add(bytes("invalid byte in the front matter", "actors/ana-ruiz.md",
                concat("---\nname: Ana\nrole: ", new byte[] {(byte) 0xFF}, "\nkind: person\n---\n"), 3,
                "not valid UTF-8"));
        cases.add(bytes("an encoded surrogate", "actors/ana-ruiz.md",
                concat("---\nname: Ana\nkind: person\n---\n", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, ""),
                5, "not valid UTF-8"));
        cases.add(bytes("a UTF-16 file", "actors/ana-ruiz.md", concat("", new byte[] {(byte) 0xFF, (byte) 0xFE},
                "-\0-\0-\0"), 1, "not valid UTF-8"));
        cases.add(bytes("a NUL byte", "actors/ana-ruiz.md", concat("---\nname: Ana\n", new byte[] {0},
                "kind: person\n---\n"), 3, "NUL"));
        // Limits
        cases.add(yaml("billion laughs", laughs(), 10, "more than 50 aliases"));
        cases.add(yaml("too many aliases of text", "name: &n Ana\nkind: person\naliases: ["
                + "*n, ".repeat(5000) + "*n]\n", 4,
                "more than 50 aliases"));
        cases.add(yaml("a recursive alias", "name: Ana\nkind: person\nx: &a [*a]\n", 4, "nested too deeply"));
        cases.add(yaml("laughs within the alias limit", doubling(24), 5, "expands to more than"));
        cases.add(yaml("deep flow nesting", "name: Ana\nkind: person\nx: " + "[".repeat(20_000)
                + "]".repeat(20_000) + "\n", 4, "nested too deeply"));
        cases.add(yaml("deep block nesting", "name: Ana\nkind: person\n" + deepBlock(200), 54, "nested too deeply"));
        cases.add(new Case("a 50 MB file", c -> sparse(c.resolve("articles/huge.md"), 50L * 1024 * 1024),
                "articles/huge.md", 1, "may be at most"));
        cases.add(yaml("too many aliases for one actor", "name: Ana\nkind: person\naliases: ["
                + String.join(", ", IntStream.range(0, 1001).mapToObj(i -> "A" + i).toList())
                + "]\n", 4, "aliases"));
        // Ids and file names
        cases.add(new Case("names differing only by case", c -> TestFiles.write(c, "actors/Ana-Ruiz.md", ACTOR),
                "actors/ana-ruiz.md", 1, "differs only in case from Ana-Ruiz.md"));
        cases.add(file("a name with a dot-dot", "actors/ana..ruiz.md", ACTOR, 1, "not a valid id"));
        cases.add(replace("dot-dot in a body link", "index.md", "(actor:ana-ruiz)", "(actor:../../etc/passwd)", 7,
                "actor '../../etc/passwd', which is not a valid id"));
        cases.add(replace("an absolute path in a body link", "index.md", "(event:walkout)", "(event:/etc/passwd)", 8,
                "event '/etc/passwd', which is not a valid id"));
        cases.add(replace("dot-dot in an id list", "articles/harbour-wire.md", "cites: [port-authority]",
                "cites: [../port-authority]", 4, "not a valid id"));
        cases.add(replace("an absolute path as an affiliation", "actors/ana-ruiz.md", "affiliation: harbour-union",
                "affiliation: /etc/passwd", 6, "not a valid id"));
        cases.add(replace("a source key that is a path", "claims/strike-legal.md", "  harbour-wire:",
                "  ../articles/harbour-wire:", 5, "not an article id"));
        return cases.stream().filter(c -> !c.name().isEmpty());
    }

    private static String laughs() {
        StringBuilder y = new StringBuilder("name: Ana\nkind: person\na0: &a0 [lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 12; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [");
            for (int j = 0; j < 9; j++) {
                y.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
            }
            y.append("]\n");
        }
        return y.toString();
    }

    private static String doubling(int levels) {
        StringBuilder y = new StringBuilder("name: Ana\nkind: person\nl0: &l0 [lol, lol]\n");
        for (int i = 1; i <= levels; i++) {
            y.append("l").append(i).append(": &l").append(i).append(" [*l").append(i - 1).append(", *l")
                    .append(i - 1).append("]\n");
        }
        return y.toString();
    }

    private static String deepBlock(int depth) {
        StringBuilder y = new StringBuilder("x:\n");
        for (int i = 1; i <= depth; i++) {
            y.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        y.append("  ".repeat(depth + 1)).append("end: 1\n");
        return y.toString();
    }

    private static String deepList(int depth) {
        StringBuilder md = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            md.append("  ".repeat(i)).append("- x\n");
        }
        return md.toString();
    }

    private static void sparse(Path file, long size) {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.write("---\ntitle: Huge\n---\n".getBytes(StandardCharsets.UTF_8));
            f.setLength(size);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void refusedWithAClearErrorAndTheOldSiteIntact(Case c) {
        c.mutation().accept(content);
        Run run = TestFiles.build(content, out);
        assertFailure(run, content + "/" + c.file(), c.line(), c.fragment());
    }

    /** Exit 1; every line of the report is one diagnostic or the summary; the old site is unchanged. */
    void assertFailure(Run run, String path, int line, String fragment) {
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        String position = path + (line > 0 ? ":" + line : "") + ": error: ";
        assertThat(run.err().lines()).as(run.toString())
                .anySatisfy(l -> assertThat(l).startsWith(position).contains(fragment));
        List<String> lines = run.err().lines().toList();
        assertThat(lines.get(lines.size() - 1)).matches("\\d+ errors?, \\d+ warnings?");
        assertThat(lines.subList(0, lines.size() - 1)).as(run.toString())
                .allSatisfy(l -> assertThat(l).matches("\\S[^\\t]*?(:\\d+)?: (error|warning): .+"));
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain("internal error");
        assertThat(run.out()).isEmpty();
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).as("output folder changed").isEmpty();
        try (Stream<Path> left = Files.list(tmp)) {
            assertThat(left.map(p -> p.getFileName().toString())).as("nothing left beside the output")
                    .containsExactlyInAnyOrder("content", "out");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // Symbolic links that leave the content folder

    @Test
    void aSymbolicLinkToAFileOutside() throws IOException {
        Path secret = TestFiles.write(outside, "passwd.md", ACTOR);
        Files.createSymbolicLink(content.resolve("actors/leak.md"), secret);
        assertFailure(TestFiles.build(content, out), content + "/actors/leak.md", 1, "outside the content folder");
    }

    @Test
    void anIndexThatLinksOutside() throws IOException {
        Path secret = TestFiles.write(outside, "index.md", "---\ntitle: Secret\n---\nSecret.\n");
        Path index = content.resolve("index.md");
        Files.delete(index);
        Files.createSymbolicLink(index, secret);
        assertFailure(TestFiles.build(content, out), content + "/index.md", 1, "outside the content folder");
    }

    @Test
    void aKindFolderThatLinksOutside() throws IOException {
        Path elsewhere = outside.resolve("actors");
        TestFiles.copyTree(content.resolve("actors"), elsewhere);
        OutputFolderTestSupport.deleteTree(content.resolve("actors"));
        Files.createSymbolicLink(content.resolve("actors"), elsewhere);
        assertFailure(TestFiles.build(content, out), content + "/actors", 0, "outside the content folder");
    }

    @Test
    void aDanglingLink() throws IOException {
        Files.createSymbolicLink(content.resolve("events/gone.md"), tmp.resolve("nowhere.md"));
        assertFailure(TestFiles.build(content, out), content + "/events/gone.md", 1, "");
    }

    // Output folders that must never be replaced

    @Test
    void outputIsTheContentFolder() {
        assertRefusedOutput(content, "is the content folder");
    }

    @Test
    void outputInsideTheContentFolder() {
        assertRefusedOutput(content.resolve("actors"), "lies inside the content folder");
    }

    @Test
    void outputContainsTheContentFolder() {
        assertRefusedOutput(tmp, "contains the content folder");
    }

    @Test
    void outputIsTheRoot() {
        assertRefusedOutput(Path.of("/"), "root of the file system");
    }

    @Test
    void outputIsTheHomeFolder() {
        assertRefusedOutput(Path.of(System.getProperty("user.home")), "home folder");
    }

    @Test
    void outputIsANonEmptyFolderWithoutTheMarker() throws IOException {
        Path mine = Files.createDirectories(tmp.resolve("mine"));
        TestFiles.write(mine, "thesis.txt", "years of work");
        assertRefusedOutput(mine, "has no .briefing-site file");
        assertThat(mine.resolve("thesis.txt")).hasContent("years of work");
        Files.delete(mine.resolve("thesis.txt"));
        Files.delete(mine);
    }

    @Test
    void outputIsALinkToTheContentFolder() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("site-link"), content);
        assertRefusedOutput(link, "is the content folder");
        Files.delete(link);
    }

    private void assertRefusedOutput(Path target, String fragment) {
        Map<String, byte[]> contentBefore = TestFiles.snapshot(content);
        Run run = TestFiles.build(content, target);
        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).startsWith(target + ": error: ").contains(fragment);
        assertThat(run.err().lines().count()).isEqualTo(2);
        assertThat(TestFiles.differences(contentBefore, TestFiles.snapshot(content))).isEmpty();
        assertThat(TestFiles.differences(before, TestFiles.snapshot(out))).isEmpty();
    }

    // Not errors: large articles, a byte-order mark, CRLF and lone CR

    @Test
    void aTenMegabyteArticleBuilds() {
        StringBuilder body = new StringBuilder(10 * 1024 * 1024 + 100);
        String paragraph = "Dock workers in Valmora met Ana Ruiz again; the port authority said nothing new.\n\n";
        while (body.length() < 10 * 1024 * 1024) {
            body.append(paragraph);
        }
        TestFiles.write(content, "articles/long-read.md", "---\ntitle: A very long read\n---\n" + body);
        Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(out.resolve("sources/long-read.html")).exists();
    }

    @Test
    void deeplyNestedMarkdownBuilds() {
        TestFiles.write(content, "actors/ana-ruiz.md", ACTOR + ">".repeat(20_000) + " Ana Ruiz\n\n" + deepList(2_000)
                + "[".repeat(20_000) + "x" + "](a)".repeat(20_000) + "\n\n" + "*".repeat(20_000) + "\n\n"
                + "<div>".repeat(20_000) + "\n");
        Run run = TestFiles.build(content, out);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).doesNotContain("Exception");
    }

    @Test
    void byteOrderMarkAndLineEndingsBuildLikeTheirLfTwins() throws IOException {
        Path lfOut = out;
        Map<String, byte[]> lf = TestFiles.snapshot(lfOut);
        for (String ending : List.of("\r\n", "\r")) {
            Path twin = tmp.resolve("twin" + ending.length());
            TestFiles.copyTree(content, twin);
            try (Stream<Path> walk = Files.walk(twin)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    String text = Files.readString(p).replace("\n", ending);
                    byte[] withBom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
                    Files.write(p, withBom);
                }
            }
            Path twinOut = tmp.resolve("out" + ending.length());
            Run run = TestFiles.build(twin, twinOut);
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(TestFiles.differences(lf, TestFiles.snapshot(twinOut))).as(ending.length() + "").isEmpty();
        }
    }
}
