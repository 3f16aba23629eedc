package briefing.render;

import briefing.graph.Mention;
import briefing.graph.NameUse;
import briefing.graph.Query;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Kind;
import briefing.model.Ref;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The view of a source's page: its text with mentions and quotes marked, the claims it covers by
 * stance, the origins it relies on, what only it reports, where it differs from the other sources,
 * the claims it is silent on, and how it names each actor.
 */
final class ArticleView extends PageView {
    /** How many other sources a difference lists beside this one's; the rest are counted. */
    static final int MAX_OTHERS = 8;

    ArticleView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    Views.Article build(Article a) {
        List<Claim> claims = graph.get(Query.CLAIMS_IN, a.id());
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        claims.forEach(c -> {
            numbers.put(c.id(), graph.claimNumber(c.id()));
            titles.put(c.id(), words.format("article.quoteInText", graph.claimNumber(c.id()), c.statement()));
        });
        List<Mention> mentions = graph.get(Query.MENTIONS_IN, a.id());
        Highlights highlights = new Highlights(mentions, graph.get(Query.QUOTES_IN, a.id()), numbers, titles);
        String text = markdown.renderArticle(a.body(), root, imageSizes(a.body()), highlights);

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
                coverage.add(new Views.CoverageGroup(stance.word(), stanceLabel(stance),
                        words.text("stance." + stance.word() + ".meaning"), items));
            }
        }
        int silentCount = graph.get(Query.COUNT, Kind.CLAIM, "") - claims.size();
        List<Views.Link> silent = silentCount > MAX_SILENT_LISTED ? List.of() : graph.get(Query.CLAIMS).stream()
                .filter(c -> c.stance(a.id()) == Stance.SILENT).map(c -> link(Kind.CLAIM, c.id()))
                .toList();
        Map<String, List<Mention>> byActor = new TreeMap<>();
        mentions.forEach(m -> byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m));
        List<Views.NameUse> actors = new ArrayList<>();
        inActorOrder(byActor.keySet()).forEach(actorId -> actors.add(nameUse(link(Kind.ACTOR, actorId),
                NameUse.of(byActor.get(actorId)))));
        actors.sort(Comparator.comparingInt(Views.NameUse::total).reversed()); // stable: ties in list order
        String label = label(a.id());
        return new Views.Article(a.id(), a.title(), a.outlet().isEmpty() ? words.text("article.outletUnknown")
                : a.outlet(), label.equals(a.outlet()) ? "" : label, byline(a.authors()), words.date(a.published()),
                iso(a.published()), a.dateline(), a.url(), links(Kind.ACTOR, a.cites()), a.notes(), text, coverage,
                origins(a.id(), claims), onlyHere(a.id(), claims), differences(a.id(), claims), silent, silentCount,
                actors, backlinks(Kind.ARTICLE, a.id()), a.sha256(), a.extra());
    }

    /** The actors this source gives as where its claims come from ({@code via}), most used first. */
    private List<Views.OriginUse> origins(String articleId, List<Claim> claims) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Claim c : claims) {
            c.source(articleId).orElseThrow().via().stream().map(Ref::id).distinct()
                    .forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        List<Views.OriginUse> origins = new ArrayList<>();
        inActorOrder(counts.keySet()).forEach(id -> origins.add(new Views.OriginUse(link(Kind.ACTOR, id),
                counts.get(id))));
        origins.sort(Comparator.comparingInt(Views.OriginUse::claims).reversed()); // stable: ties in list order
        return origins;
    }

    /** The claims no other source covers. */
    private List<Views.Link> onlyHere(String articleId, List<Claim> claims) {
        return claims.stream().filter(c -> c.sources().stream().allMatch(s -> s.article().equals(articleId)))
                .map(c -> link(Kind.CLAIM, c.id())).toList();
    }

    /** The claims this source covers on which the sources conflict or differ in detail, the others beside it. */
    private List<Views.SourceDifference> differences(String articleId, List<Claim> claims) {
        List<Views.SourceDifference> out = new ArrayList<>();
        for (Claim c : claims) {
            Views.Difference d = difference(c);
            if (!d.substantial()) {
                continue;
            }
            ClaimSource own = c.source(articleId).orElseThrow();
            // The first others in order (not all of them: every source of a claim has a page that lists them).
            List<ClaimSource> inOrder = sourcesInOrder(c);
            List<Views.OtherSource> listed = new ArrayList<>(MAX_OTHERS);
            for (int i = 0; i < inOrder.size() && listed.size() < MAX_OTHERS; i++) {
                ClaimSource s = inOrder.get(i);
                if (!s.article().equals(articleId)) {
                    listed.add(new Views.OtherSource(sourceLink(s.article()), s.stance().word(),
                            stanceLabel(s.stance()), s.value()));
                }
            }
            int others = inOrder.size() - 1; // a claim lists an article once
            out.add(new Views.SourceDifference(link(Kind.CLAIM, c.id()), d, own.stance().word(),
                    stanceLabel(own.stance()), own.value(), List.copyOf(listed), others - listed.size()));
        }
        return out;
    }

    /** An article's authors as a byline: "By Ana Martín and Luis Gómez"; empty without authors. */
    String byline(List<String> authors) {
        if (authors.isEmpty()) {
            return "";
        }
        if (authors.size() == 1) {
            return words.format("article.byline", authors.get(0));
        }
        return words.format("article.byline", words.format("list.and",
                String.join(", ", authors.subList(0, authors.size() - 1)), authors.get(authors.size() - 1)));
    }
}
