package briefing.render;

import briefing.graph.ArticleCard;
import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.DiscrepancyKind;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view of the comparison page: every claim against every source, grouped by topic. With few
 * sources a table of claims × sources, and a page for each pair of sources side by side; with many,
 * each claim lists only the sources that mention it.
 */
final class CompareView extends PageView {
    static final Map<Stance, String> SYMBOLS = Map.of(Stance.REPORTS, "\u25CF", Stance.ATTRIBUTES, "\u25D0",
            Stance.DISPUTES, "\u2715", Stance.DIFFERS, "\u2260", Stance.SILENT, "\u2013");

    /** What each kind of difference means, for the key. */
    static final Map<DiscrepancyKind, String> KIND_MEANINGS = Map.of(
            DiscrepancyKind.CONFLICT, "one source reports the claim and another disputes it",
            DiscrepancyKind.DETAIL, "the sources give different details (a number, a date, a name)",
            DiscrepancyKind.SPELLING, "the details differ only in how a name is written",
            DiscrepancyKind.NONE, "the sources agree, or only one covers the claim");

    /** The filters by kind, in the order of their links; each has a wrapper with this id on the page. */
    static final List<DiscrepancyKind> FILTERED_KINDS = List.of(DiscrepancyKind.CONFLICT, DiscrepancyKind.DETAIL,
            DiscrepancyKind.SPELLING);

    /** Up to this many sources the comparison is a table of claims × sources; past it, a list per claim. */
    static final int MATRIX_MAX_SOURCES = 12;

    CompareView(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    /** The comparison of the claims of one part of the list (all of them while it is not cut). */
    Views.Compare build(Part part) {
        List<String> articleOrder = graph.get(Query.ARTICLE_ORDER);
        List<Claim> all = graph.get(Query.CLAIMS);
        List<Claim> claims = part.of(all);
        boolean matrix = articleOrder.size() <= MATRIX_MAX_SOURCES;
        List<Views.Column> columns = new ArrayList<>();
        List<Views.PairGroup> pairs = new ArrayList<>();
        if (matrix) {
            for (String id : articleOrder) {
                ArticleCard a = graph.require(Query.CARD, id);
                Map<String, Integer> totals = new LinkedHashMap<>();
                for (Stance s : Stance.values()) {
                    totals.put(s.word(), 0);
                }
                for (Claim c : all) {
                    totals.merge(c.stance(a.id()).word(), 1, Integer::sum);
                }
                String anchor = articleOrder.size() > 1 ? "pairs-" + id : "";
                String label = label(id);
                columns.add(new Views.Column(articleLink(a), label, fromTitle(label, a.title()) ? ""
                        : Texts.shorten(a.title(), 60), display(a.published()), totals, anchor));
            }
            for (int i = 0; articleOrder.size() > 1 && i < articleOrder.size(); i++) {
                String id = articleOrder.get(i);
                List<Views.Link> others = new ArrayList<>();
                for (int j = 0; j < articleOrder.size(); j++) {
                    String other = articleOrder.get(j);
                    if (j != i) {
                        String route = j < i ? PairView.route(other, id) : PairView.route(id, other);
                        others.add(new Views.Link(root + route, label(other)));
                    }
                }
                pairs.add(new Views.PairGroup("pairs-" + id, label(id), others));
            }
        }
        Map<String, List<Views.Row>> byTopic = new TreeMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Claim c : claims) {
            List<Views.Cell> cells = new ArrayList<>();
            boolean oneSource = c.sources().stream().map(ClaimSource::article).distinct().count() == 1;
            if (matrix) {
                for (String a : articleOrder) {
                    cells.add(cell(c, a, c.source(a).orElse(null), oneSource));
                }
            } else {
                for (ClaimSource s : sourcesInOrder(c)) {
                    cells.add(cell(c, s.article(), s, oneSource));
                }
            }
            Views.Difference difference = difference(c);
            Views.Link origin = singleOrigin(c);
            counts.merge(difference.kind(), 1, Integer::sum);
            counts.merge("single", origin == null ? 0 : 1, Integer::sum);
            int silent = matrix ? 0 : articleOrder.size() - cells.size();
            byTopic.computeIfAbsent(c.topic().isEmpty() ? "\uFFFF" : c.topic(), k -> new ArrayList<>())
                    .add(new Views.Row(link(Kind.CLAIM, c.id()), c.id(), difference, cells, silent, origin));
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
        List<Views.KindKey> kinds = new ArrayList<>();
        for (DiscrepancyKind k : DiscrepancyKind.values()) {
            kinds.add(new Views.KindKey(k.word(), k.label(), KIND_MEANINGS.get(k)));
        }
        List<Views.Filter> filters = new ArrayList<>();
        filters.add(new Views.Filter("f-conflict", "Conflicts", counts.getOrDefault("conflict", 0)));
        filters.add(new Views.Filter("f-detail", "Details", counts.getOrDefault("detail", 0)));
        filters.add(new Views.Filter("f-spelling", "Spelling", counts.getOrDefault("spelling", 0)));
        filters.add(new Views.Filter("f-single", "One origin only", counts.getOrDefault("single", 0)));
        return new Views.Compare(matrix, columns, topics, legend, kinds, filters, pairs, claims.size());
    }

    /** One source's cell; {@code oneSource}: whether the claim has a single source, so this one is the only one. */
    private Views.Cell cell(Claim c, String articleId, ClaimSource source, boolean oneSource) {
        Stance s = source == null ? Stance.SILENT : source.stance();
        String href = root + Kind.ARTICLE.route(articleId);
        boolean only = source != null && oneSource;
        return new Views.Cell(articleId, sourceLink(articleId), s.word(), s.label(), SYMBOLS.get(s),
                source == null ? "" : source.value(), source == null ? "" : href + "#q-" + c.id(),
                source == null ? "" : source.quote(), source == null ? List.of() : links(Kind.ACTOR, source.via()),
                only);
    }

    /** Whether a label is the title itself, or its start cut with "…": then the title need not follow it. */
    static boolean fromTitle(String label, String title) {
        String start = label.endsWith("\u2026") ? label.substring(0, label.length() - 1).strip() : label;
        return title.startsWith(start);
    }

    /**
     * The one independent origin a claim rests on, or null when it has none or several: the actor its
     * sources relay, or the one source's own reporting.
     */
    private Views.Link singleOrigin(Claim c) {
        if (graph.require(Query.ORIGINS, c.id()).size() != 1) {
            return null;
        }
        for (ClaimSource s : sourcesInOrder(c)) {
            if (s.stance() == Stance.REPORTS || s.stance() == Stance.ATTRIBUTES) {
                return s.via().isEmpty()
                        ? new Views.Link(root + Kind.ARTICLE.route(s.article()), label(s.article()) + " (its own reporting)")
                        : link(Kind.ACTOR, s.via().get(0).id());
            }
        }
        return null;
    }
}
