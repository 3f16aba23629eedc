package briefing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
