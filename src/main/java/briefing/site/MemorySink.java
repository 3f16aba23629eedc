package briefing.site;

import briefing.render.Sink;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the files of the site in memory, for {@code serve}; a streamed file (briefing.json) is made
 * only when first asked for.
 */
final class MemorySink implements Sink {
    private final Map<String, byte[]> files;
    private final Map<String, Writer> deferred = new ConcurrentHashMap<>();

    /** @param expected about how many files the site has, so the map need not grow step by step */
    MemorySink(int expected) {
        this.files = new ConcurrentHashMap<>(expected * 2);
    }

    @Override
    public void put(String path, byte[] bytes) {
        files.put(path, bytes);
    }

    @Override
    public void stream(String path, Writer writer) {
        deferred.put(path, writer);
    }

    /** Every file, in path order. */
    Map<String, byte[]> sorted() {
        return new FileMap(files, deferred);
    }
}
