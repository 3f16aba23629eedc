package briefing.graph;

import briefing.model.Actor;
import briefing.model.Alias;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one article names one actor: each of the actor's names that occurs in it, with how often,
 * in the order the actor lists its names (name first, then aliases), and the total.
 *
 * @param counts how often each name occurs, in the actor's name order; only names that occur
 * @param total  how many mentions in all (the sum of the counts)
 */
public record NameUse(String article, String actor, Map<String, Integer> counts, int total) {

    public NameUse {
        counts = Collections.unmodifiableMap(counts);
    }

    /** The names used, in the actor's name order. */
    public List<String> names() {
        return List.copyOf(counts.keySet());
    }

    /**
     * The use made in {@code mentions}, all of them of {@code actor} in one article (at least one).
     * The pages make it from the mentions they read, {@link Graph#nameUsesOf} for the JSON.
     */
    public static NameUse of(Actor actor, List<Mention> mentions) {
        Map<String, Integer> counted = new HashMap<>();
        mentions.forEach(m -> counted.merge(m.name(), 1, Integer::sum));
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Alias name : actor.names()) {
            Integer count = counted.get(name.text());
            if (count != null) {
                counts.put(name.text(), count);
            }
        }
        return new NameUse(mentions.get(0).article(), actor.id(), counts, mentions.size());
    }
}
