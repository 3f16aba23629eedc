package briefing.model;

import java.util.List;
import java.util.Map;

/**
 * A person, organization or state.
 *
 * @param names       the display name first, then the aliases, each with its position
 * @param affiliation an actor id, or null
 */
public record Actor(String id, String path, String name, List<Alias> names, ActorKind kind, String role,
        Ref affiliation, Map<String, Object> extra, Body body) {

    public Actor {
        names = List.copyOf(names);
    }

    /** The aliases alone, without the display name. */
    public List<String> aliases() {
        return names.stream().skip(1).map(Alias::text).toList();
    }
}
