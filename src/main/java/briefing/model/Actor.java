package briefing.model;

import java.util.List;
import java.util.Map;

/**
 * A person, organization or state.
 *
 * @param names       the display name first, then the aliases, each with its position
 * @param affiliation an actor id, or null
 * @param except      longer phrases that contain a name or alias but are not this actor: never a mention
 * @param quiet       aliases (or except phrases) the editor keeps on purpose: no warning that they never occur
 * @param sortAs      where the actor sorts in lists, or "" to sort by its name
 */
public record Actor(String id, String path, String name, List<Alias> names, ActorKind kind, String role,
        Ref affiliation, Map<String, Object> extra, Body body, List<Alias> except, List<Alias> quiet,
        String sortAs) {

    public Actor {
        names = List.copyOf(names);
        except = List.copyOf(except);
        quiet = List.copyOf(quiet);
    }

    /** What the actor sorts by in lists: {@code sort_as} when given, else the display name. */
    public String sortKey() {
        return sortAs.isEmpty() ? name : sortAs;
    }

    /** Whether the editor keeps this alias or except phrase quiet: no warning that it never occurs. */
    public boolean isQuiet(String text) {
        return quiet.stream().anyMatch(q -> q.text().equals(text));
    }

    /** The aliases alone, without the display name. */
    public List<String> aliases() {
        return names.stream().skip(1).map(Alias::text).toList();
    }
}
