package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.TestFiles;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The comparison's topics come in the order {@code index.md} lists under {@code topics}, then the
 * others sorted as a reader of the language sorts them, then the claims without a topic; the pages of
 * two sources side by side follow the same order.
 */
class TopicOrderTest {
    private static final String SITE = """
            -- index.md --
            ---
            title: Bridge vote
            topics: [Zeta, Alpha, Gamma]
            ---
            A vote.
            -- articles/post.md --
            ---
            title: The post
            ---
            One two three four five.
            -- articles/star.md --
            ---
            title: The star
            ---
            One two three four five.
            -- claims/c1.md --
            ---
            statement: Claim in Beta
            topic: Beta
            sources: {post: {stance: reports, quote: One}, star: {stance: reports, quote: One}}
            ---
            -- claims/c2.md --
            ---
            statement: Claim in Alpha
            topic: Alpha
            sources: {post: {stance: reports, quote: two}, star: {stance: reports, quote: two}}
            ---
            -- claims/c3.md --
            ---
            statement: Claim without topic
            sources: {post: {stance: reports, quote: three}, star: {stance: reports, quote: three}}
            ---
            -- claims/c4.md --
            ---
            statement: Claim in Ábaco
            topic: Ábaco
            sources: {post: {stance: reports, quote: four}, star: {stance: reports, quote: four}}
            ---
            -- claims/c5.md --
            ---
            statement: Claim in Zeta
            topic: Zeta
            sources: {post: {stance: reports, quote: five}, star: {stance: reports, quote: five}}
            ---
            """;

    @Test
    void topicsComeAsIndexListsThemThenSortedThenWithoutTopic(@TempDir Path dir) {
        Path content = TestFiles.writeFiles(dir.resolve("content"), SITE);
        Path site = dir.resolve("site");
        TestFiles.Run run = TestFiles.build(content, site);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.err()).contains("index.md:3: warning: no claim has the topic 'Gamma'");

        Document compare = Jsoup.parse(TestFiles.read(site.resolve("compare.html")));
        assertThat(compare.select("h2[id^=topic-]").eachText())
                .containsExactly("Zeta", "Alpha", "Ábaco", "Beta", "Other");
        Document pair = Jsoup.parse(TestFiles.read(site.resolve("compare/post/star.html")));
        assertThat(pair.select("a[href*=claims/]").eachText().stream().filter(t -> t.startsWith("Claim")).toList())
                .containsExactly("Claim in Zeta", "Claim in Alpha", "Claim in Ábaco", "Claim in Beta",
                        "Claim without topic");
    }
}
