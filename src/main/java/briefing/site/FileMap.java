package briefing.site;

import briefing.render.Sink;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a site held in memory, by path, in path order; deferred ones are written on first use
 * and then kept. The path order is worked out only when the files are listed: serving one file needs none.
 */
final class FileMap extends AbstractMap<String, byte[]> {
    private final Map<String, byte[]> ready;
    private final Map<String, Sink.Writer> deferred;
    private final Map<String, byte[]> made = new ConcurrentHashMap<>();
    private volatile SortedSet<String> paths;

    /** @param ready files no one changes any more; kept as they are, not copied */
    FileMap(Map<String, byte[]> ready, Map<String, Sink.Writer> deferred) {
        this.ready = Collections.unmodifiableMap(ready);
        this.deferred = Map.copyOf(deferred);
    }

    private SortedSet<String> paths() {
        SortedSet<String> sorted = paths;
        if (sorted == null) {
            sorted = new TreeSet<>(ready.keySet());
            sorted.addAll(deferred.keySet());
            paths = Collections.unmodifiableSortedSet(sorted);
        }
        return paths;
    }

    @Override
    public byte[] get(Object path) {
        byte[] bytes = ready.get(path);
        if (bytes != null || !(path instanceof String p) || !deferred.containsKey(p)) {
            return bytes;
        }
        return made.computeIfAbsent(p, key -> Sink.Writer.bytes(deferred.get(key)));
    }

    @Override
    public boolean containsKey(Object path) {
        return ready.containsKey(path) || deferred.containsKey(path);
    }

    @Override
    public Set<Entry<String, byte[]>> entrySet() {
        Set<Entry<String, byte[]>> entries = new LinkedHashSet<>();
        for (String path : paths()) {
            entries.add(new SimpleImmutableEntry<>(path, get(path)));
        }
        return entries;
    }
}
