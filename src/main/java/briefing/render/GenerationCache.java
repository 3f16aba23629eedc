package briefing.render;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Values computed in the last rebuild and this one. A rebuild that asks again for a key of the
 * last one gets the value without computing it; keys no rebuild asked for are dropped at the next
 * {@link #newGeneration}. Thread-safe.
 */
final class GenerationCache<K, V> {
    private volatile Map<K, V> current = new ConcurrentHashMap<>();
    private volatile Map<K, V> previous = new ConcurrentHashMap<>();
    private volatile boolean keeping = true;

    /** A cache that keeps nothing: each value is computed when asked for. */
    static <K, V> GenerationCache<K, V> none() {
        GenerationCache<K, V> cache = new GenerationCache<>();
        cache.keeping = false;
        return cache;
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

    /**
     * Starts a new generation.
     *
     * @param keep whether values are kept for the next one; a build that has no next one (a plain
     *             build or check asks for each value once) keeps nothing and forgets the last one
     */
    void newGeneration(boolean keep) {
        keeping = keep;
        if (!keep) {
            previous = new ConcurrentHashMap<>();
            current = new ConcurrentHashMap<>();
            return;
        }
        previous = current;
        // Sized for about as many keys as the last rebuild asked for, so it does not grow step by step.
        current = new ConcurrentHashMap<>(Math.max(16, previous.size() * 2));
    }
}
