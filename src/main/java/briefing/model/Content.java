package briefing.model;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything read from a content folder, each list sorted by id.
 *
 * @param unreadable the ids of the files of each kind that exist but could not be read (their own
 *                   errors say why): a reference to one of them is not reported as a missing item
 */
public record Content(Settings settings, List<Article> articles, List<Actor> actors, List<Event> events,
        List<Claim> claims, Map<Kind, Set<String>> unreadable) {

    public Content {
        articles = List.copyOf(articles);
        actors = List.copyOf(actors);
        events = List.copyOf(events);
        claims = List.copyOf(claims);
        Map<Kind, Set<String>> copy = new EnumMap<>(Kind.class);
        unreadable.forEach((kind, ids) -> copy.put(kind, Set.copyOf(ids)));
        unreadable = Map.copyOf(copy);
    }

    /** Content in which every file could be read. */
    public Content(Settings settings, List<Article> articles, List<Actor> actors, List<Event> events,
            List<Claim> claims) {
        this(settings, articles, actors, events, claims, Map.of());
    }

    /** Whether every file of this kind could be read. */
    public boolean allRead(Kind kind) {
        return unreadable.getOrDefault(kind, Set.of()).isEmpty();
    }

    /** Whether a file of this kind and id exists but could not be read. */
    public boolean isUnreadable(Kind kind, String id) {
        return unreadable.getOrDefault(kind, Set.of()).contains(id);
    }
}
