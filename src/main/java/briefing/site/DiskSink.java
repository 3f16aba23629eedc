package briefing.site;

import briefing.render.Sink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes each file into the new site folder as soon as it is rendered. A file whose bytes equal
 * those of the same file in the previous site is linked to it instead of written: the new folder
 * shares the unchanged file and the previous site is left as it was. (On most file systems making
 * a file costs far more than linking one; where links are not possible every file is written.)
 */
final class DiskSink implements Sink {
    /** How much of a streamed file is compared with the previous one at a time. */
    private static final int CHUNK = 1 << 20;

    private final Path root;
    private final Path previous;
    private final Map<Path, Boolean> folders = new ConcurrentHashMap<>();
    /** Whether each folder of the previous site really lies in it (not a symbolic link out of it). */
    private final Map<Path, Boolean> inside = new ConcurrentHashMap<>();
    private volatile boolean linking;

    DiskSink(Path root) {
        this(root, null);
    }

    /** @param previous the site this one replaces, whose unchanged files are shared; null for none */
    DiskSink(Path root, Path previous) {
        this.root = root;
        this.previous = previous;
        this.linking = previous != null;
    }

    /** The file's path, its folder made first: other threads writing into it wait until it exists. */
    private Path file(String path) {
        Path file = root.resolve(path);
        folders.computeIfAbsent(file.getParent(), folder -> {
            try {
                Files.createDirectories(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return Boolean.TRUE;
        });
        return file;
    }

    @Override
    public void put(String path, byte[] bytes) {
        Path file = file(path);
        try {
            if (!linking || !linkSame(file, previous.resolve(path), bytes)) {
                Files.write(file, bytes);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A streamed file is compared with the previous site's as it comes, and linked to it when the
     * two turn out the same; see {@link Compared}.
     */
    @Override
    public void stream(String path, Writer writer) {
        Path file = file(path);
        Path oldPath = linking ? previous.resolve(path) : null;
        FileChannel old = oldPath == null ? null : openPrevious(oldPath);
        try (var out = new BufferedOutputStream(old == null ? Files.newOutputStream(file)
                : new Compared(file, oldPath, old), 1 << 16)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Links {@code file} to {@code old} if that is a plain file of the previous site (not reached
     * through a symbolic link) holding exactly {@code bytes}.
     */
    private boolean linkSame(Path file, Path old, byte[] bytes) {
        try {
            BasicFileAttributes attributes = plainFileOfPrevious(old);
            if (attributes == null || attributes.size() != bytes.length || !holds(old, bytes)) {
                return false;
            }
        } catch (IOException e) {
            return false; // not in the previous site, or not readable: write it
        }
        return link(file, old);
    }

    /** Links {@code file} to {@code old}; false, and no more linking, where the file system cannot. */
    private boolean link(Path file, Path old) {
        try {
            Files.createLink(file, old);
            return true;
        } catch (IOException | UnsupportedOperationException e) {
            linking = false; // this file system does not link: write every file from now on
            return false;
        }
    }

    /**
     * The attributes of {@code old} if it is a plain file of the previous site, not reached through a
     * symbolic link; null otherwise.
     */
    private BasicFileAttributes plainFileOfPrevious(Path old) throws IOException {
        if (!inside.computeIfAbsent(old.getParent(), this::liesInPrevious)) {
            return null;
        }
        var attributes = Files.readAttributes(old, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        return attributes.isRegularFile() ? attributes : null;
    }

    /** The previous site's file to compare a streamed one with, open; null when there is none to share. */
    private FileChannel openPrevious(Path old) {
        try {
            return plainFileOfPrevious(old) != null
                    ? FileChannel.open(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS) : null;
        } catch (IOException e) {
            return null;
        }
    }

    private boolean liesInPrevious(Path folder) {
        try {
            return folder.toRealPath().startsWith(previous.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean holds(Path old, byte[] bytes) throws IOException {
        try (var channel = Files.newByteChannel(old, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            var buffer = ByteBuffer.allocate(bytes.length + 1); // one byte more: a file grown meanwhile differs
            while (channel.read(buffer) > 0) {
                // read to the end
            }
            return buffer.position() == bytes.length
                    && Arrays.equals(buffer.array(), 0, bytes.length, bytes, 0, bytes.length);
        }
    }

    /**
     * A streamed file (briefing.json, too long to hold whole) compared with the previous site's as it
     * is written. While the two agree nothing is written; if they agree to the end, the new file is a
     * link to the old one. At the first difference the part that agreed is copied from the old file
     * and the rest is written through. Reading a file the build just wrote costs far less than
     * writing it again.
     */
    private final class Compared extends OutputStream {
        private final Path file;
        private final Path oldPath;
        private final FileChannel old;
        /** The old file's bytes being compared: direct, so that they are read straight into it. */
        private ByteBuffer chunk;
        /** How many bytes from the start are known to be the same as the old file's. */
        private long agreed;
        /** The new file, once it differs from the old one. */
        private OutputStream writing;

        Compared(Path file, Path oldPath, FileChannel old) {
            this.file = file;
            this.oldPath = oldPath;
            this.old = old;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            if (writing == null && !agrees(bytes, offset, length)) {
                differ();
            }
            if (writing != null) {
                writing.write(bytes, offset, length);
            } else {
                agreed += length;
            }
        }

        /** Whether the old file holds these bytes next. */
        private boolean agrees(byte[] bytes, int offset, int length) throws IOException {
            for (int done = 0; done < length; ) {
                int n = Math.min(length - done, chunk().capacity());
                if (read(agreed + done, n) < n || chunk.mismatch(ByteBuffer.wrap(bytes, offset + done, n)) >= 0) {
                    return false;
                }
                done += n;
            }
            return true;
        }

        /** One byte more than the old file holds, up to {@link #CHUNK}: a small file needs no large buffer. */
        private ByteBuffer chunk() throws IOException {
            if (chunk == null) {
                chunk = ByteBuffer.allocateDirect((int) Math.min(CHUNK, old.size() + 1));
            }
            return chunk;
        }

        /**
         * Reads up to {@code n} bytes (at most the chunk's capacity) of the old file from {@code position}
         * into the chunk; how many it read.
         */
        private int read(long position, int n) throws IOException {
            chunk().clear().limit(n);
            while (chunk.hasRemaining()) {
                if (old.read(chunk, position + chunk.position()) < 0) {
                    break;
                }
            }
            return chunk.flip().limit();
        }

        /** Makes the new file from the part that agreed, to be written on from there. */
        private void differ() throws IOException {
            FileChannel written = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            for (long copied = 0; copied < agreed; ) {
                long n = old.transferTo(copied, agreed - copied, written);
                if (n <= 0) {
                    throw new IOException(oldPath + " changed while it was read");
                }
                copied += n;
            }
            writing = Channels.newOutputStream(written);
        }

        @Override
        public void close() throws IOException {
            try (old) {
                if (writing == null && (read(agreed, 1) > 0 || !link(file, oldPath))) {
                    differ(); // the old file goes on, or cannot be linked: write the new one
                }
                if (writing != null) {
                    writing.close();
                }
            }
        }
    }
}
