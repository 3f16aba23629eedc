package briefing.graph;

import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Event;
import briefing.model.Ref;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the graph derives from the actors, events and claims alone, and from the article ids: who
 * takes part in what, related events, claims by actor, event and article,
 * affiliates and the timeline.
 */
record Relations(Map<String, List<Event>> eventsByActor, Map<String, List<Event>> related,
        Map<String, Map<String, Integer>> co, Map<String, List<Claim>> claimsByActor,
        Map<String, List<Claim>> claimsByEvent, Map<String, List<Claim>> claimsByArticle,
        Map<String, List<Actor>> affiliates, List<Event> timeline) {

    /**
     * The relations of this content: the memo's last ones when the actors, events and claims are the
     * same records and the article ids the same, else derived now (and kept in the memo).
     */
    static Relations of(Content content, Map<String, Article> articles, Map<String, Actor> actors,
            Map<String, Event> events, GraphMemo memo) {
        List<String> articleIds = content.articles().stream().map(Article::id).toList();
        Relations last = memo.relations(content.actors(), content.events(), content.claims(), articleIds);
        if (last != null) {
            return last;
        }
        Relations relations = derive(content, articles, actors, events, memo);
        memo.keepRelations(content.actors(), content.events(), content.claims(), articleIds, relations);
        return relations;
    }

    private static Relations derive(Content content, Map<String, Article> articles, Map<String, Actor> actors,
            Map<String, Event> events, GraphMemo memo) {
        Comparator<Event> byDate = Graph.EVENT_ORDER;
        Map<String, List<Event>> eventsByActor = new HashMap<>();
        Map<String, List<Event>> related = new HashMap<>();
        Map<String, Map<String, Integer>> co = new HashMap<>();
        for (Event e : content.events()) {
            List<String> people = e.participants().stream().map(Ref::id).filter(actors::containsKey).distinct()
                    .toList();
            for (String a : people) {
                eventsByActor.computeIfAbsent(a, k -> new ArrayList<>()).add(e);
                for (String b : people) {
                    if (!a.equals(b)) {
                        co.computeIfAbsent(a, k -> new TreeMap<>()).merge(b, 1, Integer::sum);
                    }
                }
            }
            for (Ref r : e.related()) {
                Event other = events.get(r.id());
                if (other != null && other != e) {
                    addOnce(related, e.id(), other);
                    addOnce(related, other.id(), e);
                }
            }
        }
        sortAll(eventsByActor, byDate);
        sortAll(related, byDate);

        Map<String, List<Claim>> claimsByActor = new HashMap<>();
        Map<String, List<Claim>> claimsByEvent = new HashMap<>();
        Map<String, List<Claim>> claimsByArticle = new HashMap<>();
        for (Claim c : content.claims()) {
            c.about().stream().map(Ref::id).distinct().filter(actors::containsKey)
                    .forEach(a -> claimsByActor.computeIfAbsent(a, k -> new ArrayList<>()).add(c));
            if (c.event() != null && events.containsKey(c.event().id())) {
                claimsByEvent.computeIfAbsent(c.event().id(), k -> new ArrayList<>()).add(c);
            }
            for (ClaimSource s : c.sources()) {
                if (articles.containsKey(s.article())) {
                    claimsByArticle.computeIfAbsent(s.article(), k -> new ArrayList<>()).add(c);
                }
            }
        }

        Map<String, List<Actor>> affiliates = new HashMap<>();
        for (Actor a : content.actors()) {
            if (a.affiliation() != null && actors.containsKey(a.affiliation().id())) {
                affiliates.computeIfAbsent(a.affiliation().id(), k -> new ArrayList<>()).add(a);
            }
        }
        List<Event> timeline = new ArrayList<>(content.events());
        timeline.sort(byDate);
        return new Relations(eventsByActor, related, co, claimsByActor, claimsByEvent, claimsByArticle,
                affiliates, List.copyOf(timeline));
    }

    /** Adds the event unless listed: there is one record per event, so the same one is the same object. */
    private static void addOnce(Map<String, List<Event>> map, String key, Event item) {
        List<Event> list = map.computeIfAbsent(key, k -> new ArrayList<>());
        for (Event listed : list) {
            if (listed == item) {
                return;
            }
        }
        list.add(item);
    }

    private static <T> void sortAll(Map<String, List<T>> map, Comparator<T> order) {
        map.values().forEach(list -> list.sort(order));
    }
}
