package briefing.graph;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one article names one actor: each spelling it uses, most used first (then by spelling), with
 * how often, and the total. The actor and article pages show it; {@code briefing.json} lists the
 * spellings ({@link Graph#nameUsesOf}).
 *
 * @param counts how often each spelling occurs, most used first, then by spelling
 * @param total  how many mentions in all (the sum of the counts)
 */
public record NameUse(String article, String actor, Map<String, Integer> counts, int total) {

    public NameUse {
        counts = Collections.unmodifiableMap(counts);
    }

    /** The use made in {@code mentions}: at least one, all of one actor in one article. */
    public static NameUse of(List<Mention> mentions) {
        Map<String, Integer> counted = new HashMap<>();
        mentions.forEach(m -> counted.merge(m.name(), 1, Integer::sum));
        List<Map.Entry<String, Integer>> order = new ArrayList<>(counted.entrySet());
        order.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> counts = new LinkedHashMap<>();
        order.forEach(e -> counts.put(e.getKey(), e.getValue()));
        Mention first = mentions.get(0);
        return new NameUse(first.article(), first.actor(), counts, mentions.size());
    }
}
