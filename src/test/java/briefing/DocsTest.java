package briefing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The README and the pages of {@code docs/}: every link between them leads to a file and a heading that exist,
 * the README stays short and opens with the two commands CI runs, and the CI example is a workflow file that
 * reads as YAML and that the publishing page quotes as it is.
 */
class DocsTest {
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    /** The anchor a heading gets on GitHub: lower case, punctuation dropped, spaces as hyphens. */
    private static String anchor(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    @Test
    void everyLinkBetweenTheDocsLeadsToAFileAndAHeadingThatExist() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            // Links in code, a block or a span, are examples of content (static/...), not links between the docs
            Matcher m = LINK.matcher(TestFiles.read(page).replaceAll("(?ms)^```.*?^```", "")
                    .replaceAll("`[^`\n]*`", ""));
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("[a-z]+:.*")) {
                    continue; // a web address, or a link between content items in an example
                }
                String[] parts = target.split("#", 2);
                Path file = parts[0].isEmpty() ? page : page.resolveSibling(parts[0]).normalize();
                if (!Files.exists(file)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (parts.length == 2 && !Files.isDirectory(file) && TestFiles.read(file).lines()
                        .filter(l -> l.startsWith("#")).map(l -> anchor(l.replaceFirst("^#+\\s*", "")))
                        .noneMatch(parts[1]::equals)) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void theReadmeOpensWithTheTwoCommandsAndStaysShort() {
        String readme = TestFiles.read(Path.of("README.md"));
        assertThat(readme).startsWith("""
                # briefing

                ```sh
                mvn -q -B package -DskipTests && bin/briefing build   # builds the example: content/ -> site/
                mvn -B verify                                         # runs the tests
                ```
                """);
        assertThat(TestFiles.read(Path.of(".ci/run"))).contains("\nmvn -B verify\n")
                .contains("\nbin/briefing build --out \"$out\"\n");
        assertThat(readme.lines().count()).isLessThan(200);
    }

    @Test
    void theCiExampleIsAWorkflowThatThePublishingPageQuotes() {
        String workflow = TestFiles.read(Path.of("docs/examples/github-pages.yml"));
        Object parsed = new Load(LoadSettings.builder().build()).loadFromString(workflow);
        assertThat(parsed).isInstanceOf(Map.class);
        assertThat(((Map<?, ?>) parsed).keySet().stream().map(String::valueOf).toList())
                .contains("name", "on", "permissions", "jobs");
        String publishing = TestFiles.read(Path.of("docs/publishing.md"));
        int start = publishing.indexOf("```yaml\n      - run:");
        assertThat(start).as("the workflow's steps quoted in publishing.md").isPositive();
        String quoted = publishing.substring(start + "```yaml\n".length(), publishing.indexOf("```", start + 7));
        assertThat(workflow).contains(quoted);
        assertThat(Path.of(".github")).as("the example is not active in this repository").doesNotExist();
    }
}
