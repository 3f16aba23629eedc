package briefing.render;

import briefing.graph.Mention;
import briefing.graph.NameUse;
import briefing.graph.Query;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view of a source's page: its text with mentions and quotes marked, the claims it covers by
 * stance, the claims it is silent on, and how it names each actor.
 */
final class ArticleView extends PageView {
    ArticleView(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    Views.Article build(Article a) {
        List<Claim> claims = graph.get(Query.CLAIMS_IN, a.id());
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        claims.forEach(c -> {
            numbers.put(c.id(), graph.claimNumber(c.id()));
            titles.put(c.id(), c.statement());
        });
        List<Mention> mentions = graph.get(Query.MENTIONS_IN, a.id());
        Highlights highlights = new Highlights(mentions, graph.get(Query.QUOTES_IN, a.id()), numbers, titles);
        String text = markdown.renderArticle(a.body(), root, highlights);

        List<Views.CoverageGroup> coverage = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            if (stance == Stance.SILENT) {
                continue;
            }
            List<Views.CoverageItem> items = new ArrayList<>();
            for (Claim c : claims) {
                ClaimSource s = c.source(a.id()).orElseThrow();
                if (s.stance() == stance) {
                    items.add(new Views.CoverageItem(link(Kind.CLAIM, c.id()), s.value(),
                            "#q-" + c.id(), graph.claimNumber(c.id())));
                }
            }
            if (!items.isEmpty()) {
                coverage.add(new Views.CoverageGroup(stance.word(), stance.label(), stance.meaning(), items));
            }
        }
        int silentCount = graph.get(Query.COUNT, Kind.CLAIM, "") - claims.size();
        List<Views.Link> silent = silentCount > MAX_SILENT_LISTED ? List.of() : graph.get(Query.CLAIMS).stream()
                .filter(c -> c.stance(a.id()) == Stance.SILENT).map(c -> link(Kind.CLAIM, c.id()))
                .toList();
        Map<String, List<Mention>> byActor = new TreeMap<>();
        mentions.forEach(m -> byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m));
        List<Views.NameUse> actors = new ArrayList<>();
        byActor.forEach((actorId, list) -> actors.add(nameUse(link(Kind.ACTOR, actorId), NameUse.of(list))));
        actors.sort(Comparator.comparingInt(Views.NameUse::total).reversed()
                .thenComparing(n -> n.article().text()));
        return new Views.Article(a.id(), a.title(), outlet(a.outlet()), display(a.published()), iso(a.published()),
                a.dateline(), a.url(), links(Kind.ACTOR, a.cites()), a.notes(), text, coverage, silent, silentCount,
                actors, backlinks(Kind.ARTICLE, a.id()), a.sha256(), a.extra());
    }
}
