package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One builder kept across many edits, as {@code serve} keeps it, must produce exactly what a fresh
 * full build of the same content produces, after every kind of edit; and it must do less work.
 */
class IncrementalBuildTest {
    private static final Path FIXTURE = Path.of("src/test/resources/fixtures/small");

    @TempDir
    Path dir;

    private Path content;
    private Path templates;
    private long clock = 1_700_000_000_000L;

    private interface Edit {
        void apply() throws IOException;
    }

    private record Step(String name, Edit edit, List<String> changedTemplates) {
        Step(String name, Edit edit) {
            this(name, edit, List.of());
        }
    }

    @Test
    void everyKindOfEditMatchesAFreshFullBuild() throws IOException {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        briefing.TestFiles.copyTree(FIXTURE, content);
        Files.createDirectories(templates.resolve("assets"));
        SiteBuilder incremental = new SiteBuilder();
        SiteBuilder.Outcome first = incremental.rebuild(content, "content", templates, List.of());
        assertThat(first.failed()).as("%s", first.diagnostics()).isFalse();

        List<Step> steps = List.of(
                new Step("a word of an article's text", () -> replace("articles/valmora-post.md", "second week",
                        "second full week")),
                new Step("an article's title", () -> replace("articles/harbour-wire.md", "Strike closes Valmora port",
                        "Strike shuts Valmora port")),
                new Step("an article's outlet added", () -> replace("articles/harbour-wire.md", "published:",
                        "outlet: Harbour Wire\npublished:")),
                new Step("a new article", () -> write("articles/late-news.md", """
                        ---
                        title: Late news
                        published: 2024-03-20
                        ---
                        Ana Ruiz said talks would resume. Mayor Ferrer agreed.
                        """)),
                new Step("an alias added", () -> replace("actors/harbour-union.md", "aliases: [the union]",
                        "aliases: [the union, union]")),
                new Step("an alias removed", () -> replace("actors/ana-ruiz.md", "aliases: [Ruiz, Ана Руис]",
                        "aliases: [Ana, Ана Руис]")),
                new Step("an actor's name", () -> replace("actors/tomas-ferrer.md", "name: Tomás Ferrer",
                        "name: Tomas Ferrer")),
                new Step("an actor's kind and role", () -> replace("actors/port-authority.md", "kind: organization",
                        "kind: organization\nrole: The port's owner")),
                new Step("a new actor", () -> write("actors/talks.md", """
                        ---
                        name: talks
                        kind: organization
                        ---
                        """)),
                new Step("an actor removed", () -> delete("actors/talks.md")),
                new Step("an except phrase added", () -> replace("actors/tomas-ferrer.md", "role: Mayor of Valmora",
                        "role: Mayor of Valmora\nexcept: [Ferrer would not]")),
                new Step("an actor sorted by sort_as", () -> replace("actors/port-authority.md",
                        "role: The port's owner", "role: The port's owner\nsort_as: Valmora port")),
                new Step("an event's date", () -> replace("events/mayor-meets-union.md", "date: 2024-03",
                        "date: 2024-03-15")),
                new Step("an event's time of day", () -> replace("events/mayor-meets-union.md", "date: 2024-03-15",
                        "date: 2024-03-15T10:30")),
                new Step("an event's participants", () -> replace("events/strike-weeks.md",
                        "participants: [harbour-union, port-authority]",
                        "participants: [harbour-union, port-authority, tomas-ferrer]")),
                new Step("a related event added", () -> replace("events/strike-weeks.md", "participants:",
                        "related: [mayor-meets-union]\nparticipants:")),
                new Step("a new event", () -> write("events/talks-resume.md", """
                        ---
                        title: Talks resume
                        date: 2024-03-20/2024-03-22
                        participants: [ana-ruiz]
                        ---
                        """)),
                new Step("a stance", () -> replace("claims/strike-legal.md", "stance: disputes", "stance: differs")),
                new Step("a value that makes values agree", () -> replace("claims/strikers-count.md",
                        "value: \"some 1,500\"", "value: \"about 2,000\"")),
                new Step("a quote", () -> replace("claims/strike-length.md", "Ruiz said the walkout was “indefinite”",
                        "the walkout was \\\"indefinite\\\"")), // straight quotes, escaped in YAML's double quotes
                new Step("a new claim", () -> write("claims/talks-resume.md", """
                        ---
                        statement: Talks resume
                        sources:
                          late-news:
                            stance: reports
                            quote: Ana Ruiz said talks would resume.
                        ---
                        """)),
                new Step("a claim removed", () -> delete("claims/strike-legal.md")),
                new Step("the briefing's title", () -> replace("index.md", "The Valmora harbour strike",
                        "The Valmora dock strike")),
                new Step("the overview", () -> replace("index.md", "Dock workers", "Dockers")),
                new Step("an article's date, which reorders the sources", () -> replace("articles/valmora-post.md",
                        "published: 2024-03-19", "published: 2024-03-10")),
                new Step("an article's text, which moves its mentions and quotes", () -> replace(
                        "articles/valmora-post.md", "The strike that began", "The long strike that began")),
                new Step("an article's url", () -> replace("articles/harbour-wire.md", "published:",
                        "url: https://example.org/wire\npublished:")),
                new Step("an article cites one more actor", () -> replace("articles/harbour-wire.md",
                        "cites: [port-authority]", "cites: [port-authority, ana-ruiz]")),
                new Step("links added to a profile", () -> replace("actors/tomas-ferrer.md", "The mayor.",
                        "The mayor; see [the walkout](event:walkout) and [Coast Daily](article:coast-daily).")),
                new Step("an affiliation added", () -> replace("actors/tomas-ferrer.md", "role: Mayor of Valmora",
                        "role: Mayor of Valmora\naffiliation: port-authority")),
                new Step("a claim's statement, shown on the pages of its sources", () -> replace(
                        "claims/strikers-count.md", "How many workers joined", "How many dockers joined")),
                new Step("a claim's event", () -> replace("claims/strikers-count.md", "event: walkout",
                        "event: strike-weeks")),
                new Step("an event's title, shown on its participants' pages", () -> replace("events/walkout.md",
                        "title: Dock workers walk out", "title: Dockers walk out")),
                new Step("the briefing's base URL", () -> replace("index.md", "language: en",
                        "language: en\nbase_url: https://example.org/valmora")),
                new Step("the briefing's date", () -> replace("index.md", "language: en",
                        "language: en\nupdated: 2024-04-01")),
                new Step("a broken edit", () -> replace("claims/talks-resume.md", "stance: reports",
                        "stance: [reports")),
                new Step("the fix of the broken edit", () -> replace("claims/talks-resume.md", "stance: [reports",
                        "stance: reports")),
                new Step("a draft added", () -> write("articles/_draft.md", "no front matter at all")),
                new Step("a file renamed", () -> rename("events/talks-resume.md", "events/talks-restart.md")),
                new Step("a page template overridden", () -> writeTemplate("actor.ftlh",
                        bundled("actor.ftlh").replace("<h1>${a.name}</h1>", "<h1>Actor: ${a.name}</h1>")),
                        List.of("actor.ftlh")),
                new Step("the overridden template edited", () -> writeTemplate("actor.ftlh",
                        bundled("actor.ftlh").replace("<h1>${a.name}</h1>", "<h1>Who: ${a.name}</h1>")),
                        List.of("actor.ftlh")),
                new Step("the layout overridden", () -> writeTemplate("layout.ftlh",
                        bundled("layout.ftlh").replace("Skip to content", "Skip to the content")),
                        List.of("layout.ftlh")),
                new Step("the style sheet overridden", () -> writeTemplate("assets/site.css", "body { color: #111; }\n"),
                        List.of("assets/site.css")));

        assertThat(steps).hasSizeGreaterThanOrEqualTo(20);
        List<String> failures = new ArrayList<>();
        for (Step step : steps) {
            step.edit().apply();
            SiteBuilder.Outcome after = incremental.rebuild(content, "content", templates, step.changedTemplates());
            SiteBuilder.Outcome fresh = new SiteBuilder().rebuild(content, "content", templates, List.of());
            assertThat(after.diagnostics()).as("diagnostics after %s", step.name()).isEqualTo(fresh.diagnostics());
            // Only the broken edit may fail: a step after a failed build compares nothing but the failure.
            assertThat(fresh.failed()).as("%s: %s", step.name(), fresh.diagnostics())
                    .isEqualTo(step.name().equals("a broken edit"));
            String difference = difference(after.files(), fresh.files());
            if (!difference.isEmpty()) {
                failures.add(step.name() + ": " + difference);
            }
            if (!fresh.failed() && step.name().equals("a word of an article's text")) {
                assertThat(after.rendered()).as("pages rendered after %s", step.name()).isLessThan(fresh.rendered());
                assertThat(after.filesRead()).as("files read after %s", step.name()).isEqualTo(1);
            }
        }
        assertThat(failures).as("incremental builds that differ from a full build").isEmpty();
    }

    private static String difference(Map<String, byte[]> a, Map<String, byte[]> b) {
        TreeSet<String> differing = new TreeSet<>();
        for (String path : new TreeSet<>(a.keySet())) {
            if (!b.containsKey(path) || !Arrays.equals(a.get(path), b.get(path))) {
                differing.add(path);
            }
        }
        for (String path : b.keySet()) {
            if (!a.containsKey(path)) {
                differing.add(path);
            }
        }
        return differing.isEmpty() ? "" : "differs in " + differing;
    }

    // ---- editing the copy; every write moves the file's clock on, as a save a moment later would ----

    private void touch(Path file) throws IOException {
        clock += 1000;
        Files.setLastModifiedTime(file, FileTime.fromMillis(clock));
    }

    private void replace(String name, String from, String to) throws IOException {
        Path file = content.resolve(name);
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).as("%s contains %s", name, from).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
        touch(file);
    }

    private void write(String name, String text) throws IOException {
        Path file = content.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        touch(file);
    }

    private void writeTemplate(String name, String text) throws IOException {
        Path file = templates.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        touch(file);
    }

    private void delete(String name) throws IOException {
        Files.delete(content.resolve(name));
    }

    private void rename(String from, String to) throws IOException {
        Files.move(content.resolve(from), content.resolve(to));
        touch(content.resolve(to));
    }

    private static String bundled(String name) throws IOException {
        try (InputStream in = IncrementalBuildTest.class.getResourceAsStream("/briefing/templates/" + name)) {
            assertThat(in).as("bundled template %s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
