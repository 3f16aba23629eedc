package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code briefing new}: files valid as written, a starter briefing that builds, and refusals. */
class NewCommandTest {
    @TempDir
    Path dir;

    @Test
    void starterSiteBuildsAtOnceWithoutWarnings() {
        Path site = dir.resolve("my-briefing");
        TestFiles.Run made = TestFiles.cli("new", "site", site.toString());
        assertThat(made.exitCode()).as(made.toString()).isZero();
        assertThat(made.out()).contains("Created");
        Path content = site.resolve("content");
        assertThat(content.resolve("index.md")).exists();
        assertThat(TestFiles.read(content.resolve("index.md"))).contains("title:");

        TestFiles.Run check = TestFiles.cli("check", "--content", content.toString(), "--strict");
        assertThat(check.exitCode()).as(check.toString()).isZero();
        TestFiles.Run build = TestFiles.build(content, site.resolve("site"));
        assertThat(build.exitCode()).as(build.toString()).isZero();
        assertThat(site.resolve("site/sources/morning-post.html")).exists();
        assertThat(site.resolve("site/claims/vote-count.html")).exists();
    }

    @Test
    void everyKindIsValidAsWrittenWithTheOptionalFieldsAsComments() {
        Path content = TestFiles.copySmall(dir);
        for (String kind : new String[] {"article", "actor", "event", "claim"}) {
            TestFiles.Run run = TestFiles.cli("new", kind, "fresh-" + kind, "--title", "A \"fresh\" " + kind,
                    "--content", content.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains("Wrote");
        }
        assertThat(TestFiles.read(content.resolve("articles/fresh-article.md")))
                .contains("title: \"A \\\"fresh\\\" article\"").contains("# outlet:").contains("# url:");
        assertThat(TestFiles.read(content.resolve("actors/fresh-actor.md"))).contains("kind: person")
                .contains("# aliases:");
        assertThat(TestFiles.read(content.resolve("claims/fresh-claim.md")))
                .contains("# Articles to choose from: coast-daily, fresh-article, harbour-wire, valmora-post");
        TestFiles.Run check = TestFiles.cli("check", "--content", content.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.err()).doesNotContain("error:");
    }

    @Test
    void claimListsTheArticlesToChooseFrom() {
        Path content = TestFiles.copySmall(dir);
        TestFiles.Run run = TestFiles.cli("new", "claim", "numbers", "--content", content.toString());
        assertThat(run.out()).contains("Articles to choose from: coast-daily, harbour-wire, valmora-post");
    }

    @Test
    void refusesToOverwriteAndRefusesInvalidIds() throws Exception {
        Path content = TestFiles.copySmall(dir);
        Path existing = content.resolve("actors/ana-ruiz.md");
        byte[] before = Files.readAllBytes(existing);
        TestFiles.Run again = TestFiles.cli("new", "actor", "ana-ruiz", "--content", content.toString());
        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readAllBytes(existing)).isEqualTo(before);

        TestFiles.Run invalid = TestFiles.cli("new", "event", "Big Day", "--content", content.toString());
        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).contains("'Big Day' is not a valid id: ids use lower case letters a-z, digits 0-9"
                + " and '-' only");

        TestFiles.Run unknown = TestFiles.cli("new", "poem", "x", "--content", content.toString());
        assertThat(unknown.exitCode()).isEqualTo(2);

        TestFiles.Run site = TestFiles.cli("new", "site", dir.toString());
        assertThat(site.exitCode()).as("a folder that already has content/").isEqualTo(1);
    }

    @Test
    void aClaimNeedsAnArticleFirst() {
        Path content = dir.resolve("empty");
        TestFiles.Run run = TestFiles.cli("new", "claim", "x", "--content", content.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("write one first with 'briefing new article ID'");
    }

    /** The line of the file on which {@code text} first appears, counting from 1. */
    private static int lineOf(Path file, String text) {
        List<String> lines = TestFiles.read(file).lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static List<String> placeholderWarnings(Path content) {
        TestFiles.Run check = TestFiles.cli("check", "--content", content.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        return check.err().lines().filter(l -> l.contains("still the placeholder that 'briefing new' wrote"))
                .toList();
    }

    @Test
    void placeholdersThatNewWroteStayWarningsUntilTheEditorChangesThem() {
        Path content = TestFiles.copySmall(dir);
        for (String kind : new String[] {"article", "actor", "event", "claim"}) {
            TestFiles.Run run = TestFiles.cli("new", kind, "fresh-" + kind, "--content", content.toString());
            assertThat(run.exitCode()).as(run.toString()).isZero();
            assertThat(run.out()).contains(switch (kind) {
                case "article" -> "Paste the article's text into it";
                case "actor" -> "Write the actor's profile";
                case "event" -> "Its date is today's for now";
                default -> "It quotes a sentence of the article";
            });
        }
        Path article = content.resolve("articles/fresh-article.md");
        Path actor = content.resolve("actors/fresh-actor.md");
        Path event = content.resolve("events/fresh-event.md");
        Path claim = content.resolve("claims/fresh-claim.md");
        String today = LocalDate.now().toString();
        assertThat(placeholderWarnings(content)).containsExactlyInAnyOrder(
                actor + ":" + lineOf(actor, "A short, neutral profile") + ": warning: the text below the front"
                        + " matter is still the placeholder that 'briefing new' wrote: write the actor's profile",
                article + ":" + lineOf(article, "Paste the article's text") + ": warning: the text below the front"
                        + " matter is still the placeholder that 'briefing new' wrote: paste the article's text",
                claim + ":" + lineOf(claim, "statement:") + ": warning: 'statement' is still the placeholder that"
                        + " 'briefing new' wrote: state the claim in one sentence",
                claim + ":" + lineOf(claim, "Your analysis") + ": warning: the text below the front matter is still"
                        + " the placeholder that 'briefing new' wrote: write your analysis of the claim, or remove"
                        + " the line",
                event + ":" + lineOf(event, "date: " + today) + ": warning: 'date' is still the placeholder that"
                        + " 'briefing new' wrote, the day the file was written: put the event's date, and say in"
                        + " 'date_note' how you worked it out (or remove 'date_note')",
                event + ":" + lineOf(event, "What happened") + ": warning: the text below the front matter is still"
                        + " the placeholder that 'briefing new' wrote: say what happened, as the sources tell it");

        TestFiles.replace(event, "date: " + today, "date: 2023-07-26");
        assertThat(placeholderWarnings(content)).filteredOn(l -> l.startsWith(event.toString()))
                .containsExactly(event + ":" + lineOf(event, "date_note:") + ": warning: 'date_note' is still the"
                        + " placeholder that 'briefing new' wrote: say how you worked the date out, or remove"
                        + " 'date_note'",
                        event + ":" + lineOf(event, "What happened") + ": warning: the text below the front matter"
                        + " is still the placeholder that 'briefing new' wrote: say what happened, as the sources"
                        + " tell it");

        TestFiles.replace(article, "Paste the article's text here, paragraphs as in the original.",
                "The port reopened on Monday.");
        TestFiles.replace(actor, "A short, neutral profile.", "A dock worker.");
        TestFiles.replace(event, "date_note: ", "# date_note: ");
        TestFiles.replace(event, "What happened, as the sources tell it.", "The union met the mayor.");
        TestFiles.replace(claim, "State the claim in one sentence (Fresh Claim)", "The strike lasted three weeks");
        TestFiles.replace(claim, "Your analysis of the claim.", "");
        assertThat(placeholderWarnings(content)).as("every placeholder replaced").isEmpty();
    }

    @Test
    void claimQuotesAWholeSentenceThatPassesTheQuoteCheck() {
        Path content = TestFiles.copySmall(dir);
        String first = "On Monday, after a night of talks that Mr. Ferrer of the U.S. office called \"the longest"
                + " of his career\", the two sides of the dispute at the harbour of Valmora agreed on the wording"
                + " of a statement that neither would sign, and which both would read out at noon in front of"
                + " the gates.";
        TestFiles.write(content, "articles/long-lines.md", """
                ---
                title: Long lines
                ---
                # A heading that is not a sentence.

                Short one.
                %s Dock workers
                cheered. The *rest* is Markdown.
                """.formatted(first.replace("the two sides", "the two\nsides")));
        TestFiles.Run run = TestFiles.cli("new", "claim", "long", "--article", "long-lines", "--content",
                content.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("It quotes a sentence of the article 'long-lines'.");
        assertThat(TestFiles.read(content.resolve("claims/long.md")))
                .contains("  long-lines:\n")
                .contains("quote: \"" + first.replace("\"", "\\\"") + "\"   # verbatim");
        TestFiles.Run check = TestFiles.cli("check", "--content", content.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.err()).doesNotContain("claims/long.md:7");
    }

    @Test
    void claimQuotesTheArticleTheFewestClaimsQuoteUnlessTheEditorNamesOne() {
        Path content = TestFiles.copySmall(dir);
        TestFiles.Run run = TestFiles.cli("new", "claim", "chosen", "--content", content.toString());
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("It quotes a sentence of the article 'valmora-post' (of the articles with"
                + " text, the one the fewest claims quote); to quote another, remove the file and add --article ID.");
        assertThat(TestFiles.read(content.resolve("claims/chosen.md"))).contains("  valmora-post:\n");

        TestFiles.Run named = TestFiles.cli("new", "claim", "named", "--article", "harbour-wire", "--content",
                content.toString());
        assertThat(named.exitCode()).as(named.toString()).isZero();
        assertThat(TestFiles.read(content.resolve("claims/named.md"))).contains("  harbour-wire:\n");

        TestFiles.Run missing = TestFiles.cli("new", "claim", "other", "--article", "harbor-wire", "--content",
                content.toString());
        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("there is no article 'harbor-wire'")
                .contains("articles to choose from: coast-daily, harbour-wire, valmora-post");

        TestFiles.Run check = TestFiles.cli("check", "--content", content.toString());
        assertThat(check.exitCode()).as(check.toString()).isZero();
        assertThat(check.err()).doesNotContain("error:");
    }
}
