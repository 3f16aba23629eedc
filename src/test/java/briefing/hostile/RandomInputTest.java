package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles.Run;
import briefing.TestFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random front matter and Markdown, and random mutations of valid files: every build either succeeds
 * with a whole site or exits 1 with one-line diagnostics and the previous site untouched. It never
 * throws and never writes anywhere but the output folder. The inputs are small (a few short files, a
 * fixed number of tries), which bounds the work. jqwik prints the seed of a failing property and, by its
 * database in {@code target/jqwik-database}, runs that seed first the next time; to replay a seed
 * for good, give it to {@code @Property(seed = "...")}.
 */
class RandomInputTest {
    private static final String[] FILES = {"index.md", "articles/harbour-wire.md", "actors/ana-ruiz.md",
        "events/walkout.md", "claims/strike-legal.md"};
    private static final String[] KEYS = {"title", "name", "kind", "date", "sources", "stance", "quote", "aliases",
        "participants", "related", "cites", "url", "base_url", "language", "published", "about", "event",
        "affiliation", "role", "statement", "harbour-wire", "extra", "x"};

    private static Path reference;
    private static Map<String, byte[]> referenceSite;

    @BeforeContainer
    static void buildTheReferenceSite() throws IOException {
        reference = Files.createTempDirectory("briefing-props-");
        Run run = TestFiles.build(TestFiles.SMALL, reference.resolve("site"));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        referenceSite = TestFiles.snapshot(reference.resolve("site"));
    }

    @AfterContainer
    static void cleanUp() throws IOException {
        OutputFolderTestSupport.deleteTree(reference);
    }

    // Generators

    private static Arbitrary<String> scalar() {
        Arbitrary<String> plain = Arbitraries.strings().withChars("abcXYZ019 -_.,:#'\"[]{}&*!|>%@`?\\\t~")
                .withChars('\u00e9', '\u202e', '\u0430', '\ufeff', '\u2028').ofMaxLength(20);
        Arbitrary<String> quoted = plain.map(s -> "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        Arbitrary<String> fixed = Arbitraries.of("~", "null", "true", "42", "-1.5e3", "2024-03-11", "2024-02-30",
                "2024/2023", "harbour-wire", "ana-ruiz", "Ana Ruiz", "https://example.org/", "javascript:alert(1)",
                "&a x", "*a", "!!binary aGk=", "|\n  block\n  text", ">-\n  folded", "", "''", "[]", "{}",
                "disputes", "reports", "person", "\"The port authority said the strike was illegal.\"");
        return Arbitraries.oneOf(plain, quoted, fixed);
    }

    private static Arbitrary<String> value(int depth) {
        if (depth > 2) {
            return scalar();
        }
        Arbitrary<String> flowList = scalar().list().ofMaxSize(4).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> block = Combinators.combine(Arbitraries.of(KEYS), Arbitraries.lazy(() -> value(depth + 1)))
                .as((k, v) -> k + ": " + v).list().ofMinSize(1).ofMaxSize(3)
                .map(l -> "\n" + l.stream().map(e -> "  ".repeat(depth + 1) + e.replace("\n", "\n  "))
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
        Arbitrary<String> blockList = scalar().list().ofMinSize(1).ofMaxSize(3)
                .map(l -> "\n" + l.stream().map(e -> "  ".repeat(depth + 1) + "- " + e)
                        .reduce((a, b) -> a + "\n" + b).orElse(""));
        return Arbitraries.frequencyOf(
                Tuple.of(6, scalar()), Tuple.of(2, flowList),
                Tuple.of(2, block), Tuple.of(1, blockList));
    }

    private static Arbitrary<String> frontMatter() {
        return Combinators.combine(Arbitraries.of(KEYS), value(0)).as((k, v) -> k + ": " + v + "\n")
                .list().ofMaxSize(8).map(l -> String.join("", l));
    }

    private static Arbitrary<String> markdown() {
        Arbitrary<String> token = Arbitraries.oneOf(
                Arbitraries.strings().alpha().ofMaxLength(8),
                Arbitraries.of(" ", "\n", "\n\n", "\r\n", "\r", "Ana Ruiz", "Ruiz", "Port Authority", "# ", "> ", "- ",
                        "1. ", "**", "*", "_", "`", "```\n", "    ", "|a|b|\n|-|-|\n", "---", "[", "]", "(", ")",
                        "[Ana](actor:ana-ruiz)", "[x](actor:nobody)", "[x](event:../x)", "[x](claim:)",
                        "[x](javascript:alert(1))", "<b>", "</b>", "<script>alert(1)</script>", "<img src=x onerror=y>",
                        "<!--", "&amp;", "&#0;", "\\", "\u202e", "\t", "\u0000", "The port authority said the strike"
                                + " was illegal."));
        return token.list().ofMaxSize(40).map(l -> String.join("", l));
    }

    @Provide
    Arbitrary<Map.Entry<String, String>> generatedFiles() {
        return Combinators.combine(Arbitraries.of(FILES), frontMatter(), markdown(),
                        Arbitraries.of("---\n", "---\r\n", "\ufeff---\n", "--- \n", "---"))
                .as((file, yaml, md, fence) -> Map.entry(file, fence + yaml + "---\n" + md));
    }

    /** A mutation: at a fraction of the file, delete some bytes and insert a piece. */
    record Mutation(double at, int delete, byte[] insert) {
        @Override
        public String toString() {
            return "at " + at + " delete " + delete + " insert " + new String(insert, StandardCharsets.ISO_8859_1)
                    .replace("\n", "\\n");
        }
    }

    @Provide
    Arbitrary<List<Mutation>> mutations() {
        Arbitrary<byte[]> piece = Arbitraries.oneOf(
                Arbitraries.bytes().array(byte[].class).ofMaxSize(4),
                Arbitraries.of("---\n", "\n", ":", " ", "\t", "[", "]", "{", "\"", "'", "&a ", "*a", "- ", "#", "\r",
                        "\u0000", "\ufeff", "\u202e", "actor:", "](", "<script>", "\n---\n").map(
                                s -> s.getBytes(StandardCharsets.UTF_8)));
        return Combinators.combine(Arbitraries.doubles().between(0, 1), Arbitraries.integers().between(0, 12), piece)
                .as(Mutation::new).list().ofMinSize(1).ofMaxSize(5);
    }

    // Properties

    @Property(tries = 60)
    void randomFrontMatterAndMarkdownNeverBreakTheBuild(@ForAll("generatedFiles") Map.Entry<String, String> file,
            @ForAll("generatedFiles") Map.Entry<String, String> second) {
        check(content -> {
            TestFiles.write(content, file.getKey(), file.getValue());
            TestFiles.write(content, second.getKey().replace(".md", "-2.md").replace("index-2", "articles/extra"),
                    second.getValue());
        });
    }

    @Property(tries = 60)
    void randomMutationsOfValidFilesNeverBreakTheBuild(@ForAll("fileIndex") int which,
            @ForAll("mutations") List<Mutation> mutations) {
        check(content -> {
            Path path = content.resolve(FILES[which]);
            try {
                byte[] bytes = Files.readAllBytes(path);
                for (Mutation m : mutations) {
                    int at = (int) (m.at() * bytes.length);
                    int end = Math.min(bytes.length, at + m.delete());
                    byte[] next = new byte[bytes.length - (end - at) + m.insert().length];
                    System.arraycopy(bytes, 0, next, 0, at);
                    System.arraycopy(m.insert(), 0, next, at, m.insert().length);
                    System.arraycopy(bytes, end, next, at + m.insert().length, bytes.length - end);
                    bytes = next;
                }
                Files.write(path, bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    @Provide
    Arbitrary<Integer> fileIndex() {
        return Arbitraries.integers().between(0, FILES.length - 1);
    }

    private interface Change {
        void apply(Path content);
    }

    /** Copies the fixture and its built site, changes the content, builds, and checks the outcome. */
    private static void check(Change change) {
        Path dir;
        try {
            dir = Files.createTempDirectory("briefing-try-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path content = TestFiles.copySmall(dir);
            Path out = dir.resolve("out");
            TestFiles.copyTree(reference.resolve("site"), out);
            change.apply(content);
            Run run;
            try {
                run = TestFiles.build(content, out);
            } catch (RuntimeException e) {
                throw new AssertionError("the build threw", e);
            }
            assertThat(run.exitCode()).as(run.toString()).isIn(0, 1);
            assertThat(run.err()).as(run.toString()).doesNotContain("Exception").doesNotContain("\tat ")
                    .doesNotContain("internal error");
            assertThat(run.err().lines()).as(run.toString()).allSatisfy(l -> assertThat(l)
                    .matches("\\S[^\\t]*?(:\\d+)?: (error|warning): .+|\\d+ errors?, \\d+ warnings?"));
            Map<String, byte[]> site = TestFiles.snapshot(out);
            if (run.exitCode() == 1) {
                assertThat(TestFiles.differences(referenceSite, site)).as("the old site").isEmpty();
            } else {
                assertThat(site).containsKeys("index.html", ".briefing-site", "data/briefing.json", "search.html");
            }
            try (Stream<Path> left = Files.list(dir)) {
                assertThat(left.map(p -> p.getFileName().toString())).as("written beside the output")
                        .containsExactlyInAnyOrder("content", "out");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            try {
                OutputFolderTestSupport.deleteTree(dir);
            } catch (IOException ignored) {
                // a temporary folder
            }
        }
    }
}
