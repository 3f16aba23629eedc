package briefing.site;

import briefing.render.Sink;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
 * Streamed files, which are long, are always written.
 */
final class DiskSink implements Sink {
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
     * A streamed file (briefing.json, the comparison's CSV) is written through: comparing it with the
     * previous site's as it comes, to link an unchanged one, cost more than writing it.
     */
    @Override
    public void stream(String path, Writer writer) {
        try (var out = new BufferedOutputStream(Files.newOutputStream(file(path)), 1 << 16)) {
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
}
