package briefing.render;

import briefing.graph.Query;
import briefing.model.Event;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The view of the front page: the overview, and the most telling events, actors, sources and
 * discrepancies (long lists are cut), the counts of everything, and the network of actors.
 */
final class IndexView extends PageView {
    /** How many events, actors of a kind, sources and discrepancies the front page lists at most. */
    static final int FRONT_PAGE_ITEMS = 24;

    IndexView(TrackedGraph graph, MarkdownRenderer markdown, String root) {
        super(graph, markdown, root);
    }

    Views.Index build() {
        var settings = graph.get(Query.SETTINGS);
        List<Views.ClaimItem> discrepancies = graph.get(Query.CLAIMS).stream().filter(c -> graph.get(Query.DISCREPANCY, c.id()))
                .map(this::claimItem).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", graph.get(Query.COUNT, Kind.ARTICLE, ""));
        counts.put("actors", graph.get(Query.COUNT, Kind.ACTOR, ""));
        counts.put("events", graph.get(Query.COUNT, Kind.EVENT, ""));
        counts.put("claims", graph.get(Query.COUNT, Kind.CLAIM, ""));
        counts.put("discrepancies", discrepancies.size());
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
            List<Views.ActorItem> top = new ArrayList<>(g.actors());
            top.sort(Comparator.comparingInt((Views.ActorItem i) -> -i.mentions()).thenComparing(i -> i.link().text()));
            top = new ArrayList<>(top.subList(0, FRONT_PAGE_ITEMS));
            top.sort(Comparator.comparing((Views.ActorItem i) -> i.link().text()).thenComparing(i -> i.link().href()));
            return new Views.ActorGroup(g.kind(), g.heading(), top);
        }).toList();
        List<String> articleOrder = graph.get(Query.ARTICLE_ORDER);
        List<String> sources = articleOrder.size() <= FRONT_PAGE_ITEMS ? articleOrder
                : articleOrder.subList(articleOrder.size() - FRONT_PAGE_ITEMS, articleOrder.size());
        return new Views.Index(html(settings.body()), timeline.stream().map(this::eventItem).toList(), groups,
                sources.stream().map(this::articleItem).toList(),
                discrepancies.subList(0, Math.min(discrepancies.size(), FRONT_PAGE_ITEMS)), counts, Network.of(this));
    }
}
