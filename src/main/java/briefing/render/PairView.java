package briefing.render;

import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The view of a page that reads two sources side by side: every claim either of them covers, in the
 * order of the comparison (by topic, then id), with both sources' stance, value and quote. There is a
 * page for each pair of sources while the comparison is a table ({@link CompareView#MATRIX_MAX_SOURCES}).
 */
final class PairView extends PageView {
    PairView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    /** Where the page of two sources goes; {@code first} comes before {@code second} in the order of sources. */
    static String route(String first, String second) {
        return "compare/" + first + "/" + second + ".html";
    }

    /** The id of the page of two sources in its route: both ids, which never hold a slash. */
    static String id(String first, String second) {
        return first + "/" + second;
    }

    /** The first source's id of a page's id. */
    static String first(String id) {
        return id.substring(0, id.indexOf('/'));
    }

    /** The second source's id of a page's id. */
    static String second(String id) {
        return id.substring(id.indexOf('/') + 1);
    }

    Views.Pair build(String id) {
        String a = first(id);
        String b = second(id);
        List<Claim> claims = graph.get(Query.COMPARISON_ORDER);
        List<Views.PairRow> rows = new ArrayList<>();
        int both = 0;
        int onlyFirst = 0;
        int onlySecond = 0;
        for (Claim c : claims) {
            Optional<ClaimSource> sa = c.source(a);
            Optional<ClaimSource> sb = c.source(b);
            if (sa.isEmpty() && sb.isEmpty()) {
                continue;
            }
            both += sa.isPresent() && sb.isPresent() ? 1 : 0;
            onlyFirst += sb.isEmpty() ? 1 : 0;
            onlySecond += sa.isEmpty() ? 1 : 0;
            Views.Side first = side(c, a, sa.orElse(null));
            Views.Side second = side(c, b, sb.orElse(null));
            rows.add(new Views.PairRow(link(Kind.CLAIM, c.id()), difference(c), first, second));
        }
        return new Views.Pair(sourceLink(a), sourceLink(b), rows, both, onlyFirst, onlySecond);
    }

    private Views.Side side(Claim c, String articleId, ClaimSource s) {
        Stance stance = s == null ? Stance.SILENT : s.stance();
        return new Views.Side(stance.word(), stanceLabel(stance), CompareView.SYMBOLS.get(stance), s == null ? "" : s.value(),
                s == null ? "" : s.quote(), s == null ? "" : root + Kind.ARTICLE.route(articleId) + "#q-" + c.id(),
                s == null ? List.of() : links(Kind.ACTOR, s.via()));
    }
}
