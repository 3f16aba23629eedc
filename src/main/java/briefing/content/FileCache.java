package briefing.content;

import briefing.content.FolderWalk.Listed;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What each content file gave when last read, so that loading the same folder again (as the live
 * preview does after every edit) reads only the files that changed.
 *
 * <p>The contract, which the graph's memo relies on: <b>an unchanged file gives back the very same
 * objects</b> (the same {@code Article}, the same {@code Body} and {@code PlainText}, the same
 * diagnostics list), <b>and a changed file gives new ones</b>. A file counts as unchanged when its
 * modification time, size and file key are those seen when it was read. Never copy what is kept
 * here: the graph's memo recognises an unchanged article by identity.
 *
 * <p>{@link #none()} keeps nothing and reads every file: a clean build reads each file once.
 * {@link #keeping()} keeps what it read, and is safe for the parallel reads of one load.
 */
public abstract sealed class FileCache permits FileCache.None, FileCache.Keeping {

    /** A cache that keeps nothing: every file is read. */
    public static FileCache none() {
        return None.INSTANCE;
    }

    /** A new cache that keeps what each file gave until the file changes or disappears. */
    public static FileCache keeping() {
        return new Keeping();
    }

    /** What a plain file gave when last read, if it has not changed since; else null. */
    abstract Loaded unchanged(Listed listed);

    /** What the file gives: the kept result when it has not changed, else {@code reader}'s, kept. */
    abstract Loaded read(Listed listed, Function<Path, Loaded> reader);

    /** Forgets the files that are no longer listed. */
    abstract void keepOnly(List<Listed> files);

    static final class None extends FileCache {
        private static final None INSTANCE = new None();

        @Override
        Loaded unchanged(Listed listed) {
            return null;
        }

        @Override
        Loaded read(Listed listed, Function<Path, Loaded> reader) {
            return reader.apply(listed.path());
        }

        @Override
        void keepOnly(List<Listed> files) {
            // nothing kept
        }
    }

    static final class Keeping extends FileCache {
        /** What a file gave, and the attributes it had when read. */
        private record Cached(FileTime modified, long size, Object fileKey, Loaded loaded) {
            boolean matches(BasicFileAttributes attrs) {
                return modified.equals(attrs.lastModifiedTime()) && size == attrs.size()
                        && Objects.equals(fileKey, attrs.fileKey());
            }
        }

        private final Map<Path, Cached> cache = new ConcurrentHashMap<>();

        @Override
        Loaded unchanged(Listed listed) {
            BasicFileAttributes attrs = listed.attrs();
            Cached cached = attrs == null ? null : cache.get(listed.path());
            return cached != null && cached.matches(attrs) ? cached.loaded() : null;
        }

        @Override
        Loaded read(Listed listed, Function<Path, Loaded> reader) {
            Path file = listed.path();
            BasicFileAttributes attrs = listed.attrs();
            if (attrs == null) {
                try {
                    attrs = Files.readAttributes(file, BasicFileAttributes.class);
                } catch (IOException e) {
                    return reader.apply(file);
                }
            }
            Cached cached = cache.get(file);
            if (cached != null && cached.matches(attrs)) {
                return cached.loaded();
            }
            Loaded loaded = reader.apply(file);
            cache.put(file, new Cached(attrs.lastModifiedTime(), attrs.size(), attrs.fileKey(), loaded));
            return loaded;
        }

        @Override
        void keepOnly(List<Listed> files) {
            if (cache.size() > files.size()) {
                // Files were removed or renamed: forget them.
                Set<Path> listed = files.stream().map(Listed::path).collect(Collectors.toSet());
                cache.keySet().retainAll(listed);
            }
        }
    }
}
