package briefing;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.content.ContentLoader;
import briefing.graph.QuoteFinder;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Stance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The example in {@code content/} is what editors copy: it must pass {@code check --strict}, name every
 * source by a label short enough to head a table column, and never say of one passage of a text that
 * it is in the text's own voice for one claim and relayed from somebody for another (a quote that lies
 * inside another quote of the same article, both reported or attributed, has the same stance). A
 * denial is about its claim, not about every phrase in it, so disputes and differs are not compared.
 */
class ExampleContentTest {
    private static final Path CONTENT = Path.of("content");

    @Test
    void theExamplePassesTheStrictCheck() {
        var run = TestFiles.cli("check", "--strict", "--content", CONTENT.toString());
        assertThat(run.exitCode()).as("check --strict on content/: " + run).isZero();
        assertThat(run.err()).as("check --strict on content/").doesNotContain("warning");
    }

    @Test
    void everySourceHasAShortLabel() {
        for (Article a : load().articles()) {
            assertThat(a.label()).as("label of " + a.path()).isNotBlank();
            assertThat(a.label().length()).as("length of the label of " + a.path()).isLessThanOrEqualTo(30);
        }
    }

    @Test
    void aPassageQuotedTwiceHasOneStance() {
        List<String> problems = new ArrayList<>();
        List<Claim> claims = load().claims();
        for (Claim c : claims) {
            for (ClaimSource s : c.sources()) {
                for (Claim other : claims) {
                    other.source(s.article()).ifPresent(o -> {
                        String inner = QuoteFinder.normalize(o.quote());
                        if (o != s && voiced(o.stance()) && voiced(s.stance()) && o.stance() != s.stance()
                                && QuoteFinder.normalize(s.quote()).contains(inner)) {
                            problems.add(s.article() + ": '" + o.quote() + "' is " + o.stance().word() + " in "
                                    + other.id() + " but inside a quote that is " + s.stance().word() + " in "
                                    + c.id());
                        }
                    });
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean voiced(Stance stance) {
        return stance == Stance.REPORTS || stance == Stance.ATTRIBUTES;
    }

    private static Content load() {
        ContentLoader.Result result = new ContentLoader().load(CONTENT, CONTENT.toString());
        assertThat(result.content()).as("content/ loads").isNotNull();
        return result.content();
    }
}
