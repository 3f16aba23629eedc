package briefing.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed in the last rebuild and this one, owned by the rebuild's memo ({@link PageMemo}). A
 * rebuild that asks again for a key of the last one gets the value without computing it; keys no
 * rebuild asked for are dropped at the next {@link #newGeneration}. {@link #none()} keeps nothing, for
 * a clean build. Thread-safe.
 */
final class GenerationCache<K, V> {
    private final boolean keeping;
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();

    private GenerationCache(boolean keeping) {
        this.keeping = keeping;
    }

    /** A cache that keeps each generation's values for the next. */
    static <K, V> GenerationCache<K, V> keeping() {
        return new GenerationCache<>(true);
    }

    /** A cache that keeps nothing: each value is computed when asked for. */
    static <K, V> GenerationCache<K, V> none() {
        return new GenerationCache<>(false);
    }

    V get(K key, Function<K, V> compute) {
        if (!keeping) {
            return compute.apply(key);
        }
        V value = current.get(key);
        if (value == null) {
            value = previous.get(key);
            if (value == null) {
                value = compute.apply(key);
            }
            current.put(key, value);
        }
        return value;
    }

    /** Starts a new generation: the values of the last one stay available to it, older ones are dropped. */
    void newGeneration() {
        if (!keeping) {
            return;
        }
        previous = current;
        // Sized for about as many keys as the last rebuild asked for, so it does not grow step by step.
        current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    }
}
