package briefing.render;

import briefing.graph.Graph;
import briefing.graph.Query;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The value of every input the pages of one graph read, each computed once and kept, so that the
 * next rebuild can tell which inputs changed. Thread-safe once made.
 */
final class Inputs {
    /** Stands for null, which a concurrent map cannot hold. */
    private static final Object MISSING = new Object();
    /** How many inputs make it worth comparing them on several threads. */
    private static final long PARALLEL_FROM = 2048;

    private final Graph graph;
    /** Whether every value is kept for the next rebuild, or only those worth computing once. */
    private final boolean keepAll;
    private final ConcurrentHashMap<Input, Object> values;
    /** The inputs read from the previous graph whose value is different in this one. */
    private final Set<Input> changed = ConcurrentHashMap.newKeySet();
    private volatile Map<String, Integer> articlePositions;
    private volatile Map<String, Integer> claimNumbers;

    /**
     * The inputs of a graph that no rebuild will compare: a value that is only a lookup (an item, a
     * title, a count) is looked up each time instead of kept.
     */
    static Inputs of(Graph graph) {
        return new Inputs(graph, null, false);
    }

    /**
     * The inputs of a graph that the next rebuild will compare, every value kept.
     *
     * @param previous the inputs of the last graph, or null: each of them is evaluated in this graph
     *                 at once, and compared, so that pages can ask {@link #changedSince} cheaply
     */
    static Inputs after(Inputs previous, Graph graph) {
        return new Inputs(graph, previous, true);
    }

    private Inputs(Graph graph, Inputs previous, boolean keepAll) {
        this.graph = graph;
        this.keepAll = keepAll;
        this.values = new ConcurrentHashMap<>(previous == null ? 16 : previous.values.size() * 2);
        if (previous != null) {
            previous.values.forEach(PARALLEL_FROM, (input, before) -> {
                Object now = Objects.requireNonNullElse(input.valueIn(graph), MISSING);
                values.put(input, now);
                if (before != now && !before.equals(now)) {
                    changed.add(input);
                }
            });
        }
    }

    /** The input's value in this graph: what a page that reads it sees. */
    Object value(Input input) {
        if (!keepAll && input.query().isLookup()) {
            return input.valueIn(graph);
        }
        Object value = values.computeIfAbsent(input, i -> Objects.requireNonNullElse(i.valueIn(graph), MISSING));
        return value == MISSING ? null : value;
    }

    /** Where each article stands in {@link Query#ARTICLE_ORDER}, from 0. */
    Map<String, Integer> articlePositions() {
        Map<String, Integer> positions = articlePositions;
        if (positions == null) {
            positions = indexOf(value(Input.of(Query.ARTICLE_ORDER)), 0);
            articlePositions = positions;
        }
        return positions;
    }

    /** Each claim's number, from 1, by {@link Query#CLAIM_ORDER}. */
    Map<String, Integer> claimNumbers() {
        Map<String, Integer> numbers = claimNumbers;
        if (numbers == null) {
            numbers = indexOf(value(Input.of(Query.CLAIM_ORDER)), 1);
            claimNumbers = numbers;
        }
        return numbers;
    }

    private static Map<String, Integer> indexOf(Object ids, int first) {
        Map<String, Integer> index = new HashMap<>();
        int n = first;
        for (Object id : (List<?>) ids) {
            index.put((String) id, n++);
        }
        return index;
    }

    /** Whether any of a page's inputs, read from the previous graph, has another value in this one. */
    boolean changedSince(Set<Input> inputs) {
        if (changed.size() < inputs.size()) {
            for (Input input : changed) {
                if (inputs.contains(input)) {
                    return true;
                }
            }
            return false;
        }
        for (Input input : inputs) {
            if (changed.contains(input)) {
                return true;
            }
        }
        return false;
    }
}
