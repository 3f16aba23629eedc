package briefing.render;

import briefing.graph.Query;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.DiscrepancyKind;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Stance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The view of the front page: the overview, and the most telling events, actors, sources and
 * differences between sources (long lists are cut), the counts of everything, and the network of actors.
 */
final class IndexView extends PageView {
    /** How many events, actors of a kind and sources the front page lists at most. */
    static final int FRONT_PAGE_ITEMS = 24;
    /** How many claims the front page lists at most where the sources differ, and resting on one origin. */
    static final int FRONT_PAGE_CLAIMS = 12;
    /** How many versions of a claim, and sources of a version, the front page names at most. */
    static final int FRONT_PAGE_VERSIONS = 6;

    IndexView(TrackedGraph graph, MarkdownRenderer markdown, String root, Words words) {
        super(graph, markdown, root, words);
    }

    Views.Index build() {
        var settings = graph.get(Query.SETTINGS);
        Map<DiscrepancyKind, List<Claim>> byKind = new EnumMap<>(DiscrepancyKind.class);
        List<Claim> singleOrigin = new ArrayList<>();
        for (Claim c : graph.get(Query.CLAIMS)) {
            byKind.computeIfAbsent(graph.require(Query.KIND, c.id()), k -> new ArrayList<>()).add(c);
            if (graph.get(Query.ORIGINS, c.id()).size() == 1) {
                singleOrigin.add(c);
            }
        }
        List<Claim> conflicts = byKind.getOrDefault(DiscrepancyKind.CONFLICT, List.of());
        List<Claim> details = byKind.getOrDefault(DiscrepancyKind.DETAIL, List.of());
        int spelling = byKind.getOrDefault(DiscrepancyKind.SPELLING, List.of()).size();
        List<Views.KindCount> kinds = List.of(
                new Views.KindCount("conflict", conflicts.size(), count("count.conflicts", conflicts.size())),
                new Views.KindCount("detail", details.size(), count("count.details", details.size())),
                new Views.KindCount("spelling", spelling, count("count.spellings", spelling)));
        List<Views.SideBySide> differences = new ArrayList<>();
        for (List<Claim> list : List.of(conflicts, details)) {
            list.stream().limit(FRONT_PAGE_CLAIMS - differences.size()).map(this::sideBySide)
                    .forEach(differences::add);
        }
        // Most telling first: many sources that all carry one origin.
        Map<String, Integer> carried = new HashMap<>();
        singleOrigin.forEach(c -> carried.put(c.id(), (int) c.sources().stream().filter(IndexView::carries)
                .map(ClaimSource::article).distinct().count()));
        singleOrigin.sort(Comparator.comparingInt((Claim c) -> -carried.get(c.id())).thenComparing(Claim::id));
        List<Views.SingleOrigin> single = singleOrigin.stream().limit(FRONT_PAGE_CLAIMS)
                .map(c -> new Views.SingleOrigin(link(Kind.CLAIM, c.id()),
                        origin(c, graph.get(Query.ORIGINS, c.id()).get(0)), carried.get(c.id())))
                .toList();

        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", graph.get(Query.COUNT, Kind.ARTICLE, ""));
        counts.put("actors", graph.get(Query.COUNT, Kind.ACTOR, ""));
        counts.put("events", graph.get(Query.COUNT, Kind.EVENT, ""));
        counts.put("claims", graph.get(Query.COUNT, Kind.CLAIM, ""));
        counts.put("discrepancies", conflicts.size() + details.size());
        counts.put("singleOrigin", singleOrigin.size());
        List<Event> timeline = graph.get(Query.TIMELINE);
        if (timeline.size() > FRONT_PAGE_ITEMS) {
            // The events with the most participants and claims, kept in date order.
            List<Event> busiest = new ArrayList<>(timeline);
            busiest.sort(Comparator.comparingInt((Event e) -> -(e.participants().size()
                    + graph.get(Query.CLAIMS_OF_EVENT, e.id()).size())).thenComparing(Event::id));
            Set<Event> keep = new HashSet<>(busiest.subList(0, FRONT_PAGE_ITEMS));
            timeline = timeline.stream().filter(keep::contains).toList();
        }
        List<Views.ActorGroup> groups = actorGroups().stream().map(g -> {
            if (g.actors().size() <= FRONT_PAGE_ITEMS) {
                return g;
            }
            // The most mentioned, ties in list order (the sort is stable), shown in list order.
            List<Views.ActorItem> most = new ArrayList<>(g.actors());
            most.sort(Comparator.comparingInt((Views.ActorItem i) -> -i.mentions()));
            Set<Views.ActorItem> keep = new HashSet<>(most.subList(0, FRONT_PAGE_ITEMS));
            List<Views.ActorItem> top = g.actors().stream().filter(keep::contains).toList();
            return new Views.ActorGroup(g.kind(), g.heading(), top);
        }).toList();
        List<String> articleOrder = graph.get(Query.ARTICLE_ORDER);
        List<String> sources = articleOrder.size() <= FRONT_PAGE_ITEMS ? articleOrder
                : articleOrder.subList(articleOrder.size() - FRONT_PAGE_ITEMS, articleOrder.size());
        return new Views.Index(html(settings.body()), timeline.stream().map(this::eventItem).toList(), groups,
                sources.stream().map(this::articleItem).toList(), differences, kinds, single, counts,
                Network.of(this));
    }

    /**
     * A claim's versions side by side: for differing details, each value and the sources that give it;
     * for a conflict (or details that do not differ in their values), the sources that report or
     * attribute it and those that dispute it.
     */
    private Views.SideBySide sideBySide(Claim c) {
        List<ClaimSource> sources = sourcesInOrder(c);
        Map<String, List<String>> byValue = new LinkedHashMap<>();
        for (ClaimSource s : sources) {
            if (!s.value().isEmpty()) {
                byValue.computeIfAbsent(s.value(), v -> new ArrayList<>()).add(s.article());
            }
        }
        List<Views.Version> versions = new ArrayList<>();
        if (graph.require(Query.KIND, c.id()) == DiscrepancyKind.DETAIL && byValue.size() > 1) {
            byValue.forEach((value, articles) -> versions.add(version(value, "", articles)));
        } else {
            versions.add(version("", words.text("index.carry"), carrying(c)));
            List<String> disputing = articles(sources, s -> s.stance() == Stance.DISPUTES);
            if (!disputing.isEmpty()) {
                versions.add(version("", words.text("index.dispute"), disputing));
            }
        }
        List<Views.Version> shown = versions.subList(0, Math.min(versions.size(), FRONT_PAGE_VERSIONS));
        return new Views.SideBySide(link(Kind.CLAIM, c.id()), c.topic(), difference(c), List.copyOf(shown),
                versions.size() - shown.size());
    }

    private Views.Version version(String value, String side, List<String> articles) {
        List<Views.Link> named = articles.stream().limit(FRONT_PAGE_VERSIONS).map(this::sourceLink).toList();
        return new Views.Version(value, side, named, articles.size() - named.size());
    }

    /** The sources that report or attribute a claim, in the site's order of sources. */
    private List<String> carrying(Claim c) {
        return articles(sourcesInOrder(c), IndexView::carries);
    }

    /** Whether a source carries the claim: reports it or attributes it. */
    private static boolean carries(ClaimSource s) {
        return s.stance() == Stance.REPORTS || s.stance() == Stance.ATTRIBUTES;
    }

    private static List<String> articles(List<ClaimSource> sources, Predicate<ClaimSource> which) {
        return sources.stream().filter(which).map(ClaimSource::article).distinct().toList();
    }
}
