package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view of the comparison page: every claim against every source, grouped by topic. With few
 * sources a table of claims × sources; with many, each claim lists only the sources that mention it.
 */
final class CompareView extends PageView {
    static final Map<Stance, String> SYMBOLS = Map.of(Stance.REPORTS, "\u25CF", Stance.ATTRIBUTES, "\u25D0",
            Stance.DISPUTES, "\u2715", Stance.DIFFERS, "\u2260", Stance.SILENT, "\u2013");

    /** Up to this many sources the comparison is a table of claims × sources; past it, a list per claim. */
    static final int MATRIX_MAX_SOURCES = 12;

    CompareView(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    Views.Compare build() {
        List<String> articleOrder = graph.get(Query.ARTICLE_ORDER);
        boolean matrix = articleOrder.size() <= MATRIX_MAX_SOURCES;
        List<Views.Column> columns = new ArrayList<>();
        if (matrix) {
            for (String id : articleOrder) {
                ArticleCard a = graph.require(Query.CARD, id);
                Map<String, Integer> totals = new LinkedHashMap<>();
                for (Stance s : Stance.values()) {
                    totals.put(s.word(), 0);
                }
                for (Claim c : graph.get(Query.CLAIMS)) {
                    totals.merge(c.stance(a.id()).word(), 1, Integer::sum);
                }
                columns.add(new Views.Column(articleLink(a), Texts.shorten(a.title(), 60), outlet(a.outlet()),
                        display(a.published()), totals));
            }
        }
        Map<String, List<Views.Row>> byTopic = new TreeMap<>();
        int discrepancies = 0;
        for (Claim c : graph.get(Query.CLAIMS)) {
            List<Views.Cell> cells = new ArrayList<>();
            if (matrix) {
                for (String a : articleOrder) {
                    cells.add(cell(c, graph.require(Query.CARD, a), c.source(a).orElse(null)));
                }
            } else {
                for (ClaimSource s : sourcesInOrder(c)) {
                    cells.add(cell(c, graph.require(Query.CARD, s.article()), s));
                }
            }
            boolean discrepancy = graph.get(Query.DISCREPANCY, c.id());
            discrepancies += discrepancy ? 1 : 0;
            int silent = matrix ? 0 : articleOrder.size() - cells.size();
            byTopic.computeIfAbsent(c.topic().isEmpty() ? "\uFFFF" : c.topic(), k -> new ArrayList<>())
                    .add(new Views.Row(link(Kind.CLAIM, c.id()), c.id(), discrepancy, cells, silent));
        }
        List<Views.TopicGroup> topics = new ArrayList<>();
        byTopic.forEach((topic, rows) -> {
            String name = topic.equals("\uFFFF") ? "Other" : topic;
            topics.add(new Views.TopicGroup(name, "topic-" + Texts.slug(name), rows));
        });
        List<Views.StanceKey> legend = new ArrayList<>();
        for (Stance s : Stance.values()) {
            legend.add(new Views.StanceKey(s.word(), s.label(), SYMBOLS.get(s), s.meaning()));
        }
        return new Views.Compare(matrix, columns, topics, legend, discrepancies);
    }

    private Views.Cell cell(Claim c, ArticleCard a, ClaimSource source) {
        Stance s = source == null ? Stance.SILENT : source.stance();
        String href = root + Kind.ARTICLE.route(a.id());
        return new Views.Cell(a.id(), new Views.Link(href, outlet(a.outlet()) + ": " + Texts.shorten(a.title(), 60)),
                s.word(), s.label(), SYMBOLS.get(s), source == null ? "" : source.value(),
                source == null ? "" : href + "#q-" + c.id(), source == null ? "" : source.quote());
    }
}
