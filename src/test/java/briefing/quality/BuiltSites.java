package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import briefing.model.Diagnostic;
import briefing.site.SiteBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sites the quality gates check, built in-process with the bundled templates: the small test
 * fixture always, in English and in Spanish (longer words must not break the layout), and the example briefing in {@code content/} when the project has one (the
 * system property {@code briefing.example} may point at another content folder).
 */
final class BuiltSites {
    static final Path FIXTURE = Path.of("src/test/resources/fixtures/small");

    private BuiltSites() {
    }

    /** One built site: a name for messages, its root folder, and the build's outcome. */
    record Site(String name, Path root, SiteBuilder.Outcome outcome) {
        /** Every HTML page, by path relative to the root, in sorted order. */
        List<String> pages() {
            try (Stream<Path> files = Files.walk(root)) {
                return files.filter(p -> p.toString().endsWith(".html")).map(p -> root.relativize(p).toString())
                        .sorted().toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Site> build(Path tmp) {
        List<Site> sites = new ArrayList<>();
        sites.add(build("fixture small", FIXTURE, tmp.resolve("small")));
        Path spanish = tmp.resolve("small-es-content");
        TestFiles.copyTree(FIXTURE, spanish);
        TestFiles.replace(spanish.resolve("index.md"), "language: en", "language: es");
        sites.add(build("fixture small in Spanish", spanish, tmp.resolve("small-es")));
        Path example = Path.of(System.getProperty("briefing.example", "content"));
        if (Files.isDirectory(example)) {
            sites.add(build("example " + example, example, tmp.resolve("example")));
        }
        return sites;
    }

    private static Site build(String name, Path content, Path out) {
        SiteBuilder.Outcome outcome = new SiteBuilder().build(content, content.toString(), null, out);
        assertThat(outcome.failed())
                .as("building %s failed:%n%s", name,
                        String.join("\n", outcome.diagnostics().stream().map(Diagnostic::toString).toList()))
                .isFalse();
        return new Site(name, out, outcome);
    }
}
