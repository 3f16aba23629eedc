package briefing.site;

import briefing.render.Sink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Where the files of one run go: nowhere (check), a new site folder (build), or memory (serve). */
interface Target {
    /** Drops every file: a check only wants the problems. */
    Target NONE = () -> Sink.NONE;

    /** Called once, when the files are about to be made: the sink they go to. */
    Sink open() throws IOException;

    /** Every file is in the sink: makes them the site. */
    default void commit() throws IOException {
    }

    /** The run failed: drops what it wrote. Safe to call whether {@link #open} was called or not. */
    default void abandon() {
    }

    /** The files in memory by site path, in path order; empty when they are not kept. */
    default Map<String, byte[]> files() {
        return Map.of();
    }

    /** The folder the files are written to, for messages; null when they are not written. */
    default Path where() {
        return null;
    }

    /** Keeps the files in memory, for {@code serve}. */
    static Target memory(int expected) {
        MemorySink sink = new MemorySink(expected);
        return new Target() {
            @Override
            public Sink open() {
                return sink;
            }

            @Override
            public Map<String, byte[]> files() {
                return sink.sorted();
            }
        };
    }
}
