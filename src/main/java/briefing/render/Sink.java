package briefing.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/** Where the files of the site go as they are made: every file, page or not, passes here. Thread-safe. */
public interface Sink {
    /** Drops every file: a check renders the pages and needs none of them. */
    Sink NONE = new Sink() {
        @Override
        public void put(String path, byte[] bytes) {
        }

        @Override
        public void stream(String path, Writer writer) {
        }
    };

    /** A whole file. */
    void put(String path, byte[] bytes);

    /** A file too large to hold whole: the writer streams it. */
    default void stream(String path, Writer writer) {
        put(path, Writer.bytes(writer));
    }

    /** Streams one file's bytes. */
    @FunctionalInterface
    interface Writer {
        void write(OutputStream out) throws IOException;

        /** What the writer writes, held whole. */
        static byte[] bytes(Writer writer) {
            var buffer = new ByteArrayOutputStream();
            try {
                writer.write(buffer);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return buffer.toByteArray();
        }
    }
}
