package briefing.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The folder a site is built into, replaced whole or not at all. A build writes into a temporary
 * folder beside it and swaps it in only when everything succeeded. The folder carries a marker
 * file; a non-empty folder without it is never replaced, so an editor's files are never deleted.
 */
public final class OutputFolder {
    /** The marker file written into every built site. */
    public static final String MARKER = ".briefing-site";

    private final Path target;

    private OutputFolder(Path target) {
        this.target = target;
    }

    /**
     * Checks that {@code out} may be written; returns why not, or empty when it may.
     *
     * @param content the content folder, which the output must neither be, contain nor lie in
     */
    public static Optional<String> refusal(Path out, Path content) {
        Path o = out.toAbsolutePath().normalize();
        Path c = content.toAbsolutePath().normalize();
        try {
            if (Files.exists(o)) {
                o = o.toRealPath();
            }
            if (Files.exists(c)) {
                c = c.toRealPath();
            }
        } catch (IOException e) {
            return Optional.of("cannot resolve the output folder: " + e.getMessage());
        }
        if (o.getParent() == null) {
            return Optional.of("the output folder is the root of the file system; choose a folder of its own");
        }
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        if (o.equals(home)) {
            return Optional.of("the output folder is your home folder; choose a folder of its own");
        }
        if (o.equals(c)) {
            return Optional.of("the output folder is the content folder; choose another, such as 'site'");
        }
        if (o.startsWith(c)) {
            return Optional.of("the output folder lies inside the content folder; choose one outside it");
        }
        if (c.startsWith(o)) {
            return Optional.of("the output folder contains the content folder; choose one beside it");
        }
        if (Files.exists(o) && !Files.isDirectory(o)) {
            return Optional.of("the output path exists and is not a folder");
        }
        if (Files.isDirectory(o) && !Files.exists(o.resolve(MARKER)) && !isEmpty(o)) {
            return Optional.of("the output folder is not empty and was not made by briefing (it has no " + MARKER
                    + " file); refusing to replace it. Choose an empty or new folder");
        }
        return Optional.empty();
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    public static OutputFolder of(Path out) {
        return new OutputFolder(out.toAbsolutePath().normalize());
    }

    /** How long a build waits for another build into the same folder to finish. */
    public static final Duration LOCK_WAIT = Duration.ofSeconds(60);

    /** Held while a build writes and swaps in a site; closing it releases the lock and removes the lock file. */
    public interface Lock extends AutoCloseable {
        @Override
        void close();
    }

    /** The lock file beside the target ({@code .site.lock} for {@code site}). */
    public Path lockFile() {
        return target.resolveSibling("." + target.getFileName() + ".lock");
    }

    /**
     * Takes the lock that lets one build at a time write the target, waiting at most {@code wait} for
     * another build (in this process or another) to finish. The operating system releases it when a
     * build is killed.
     *
     * @throws IOException when the lock cannot be taken in time, with a message that says so
     */
    public Lock lock(Duration wait) throws IOException {
        Path file = lockFile();
        Files.createDirectories(file.getParent());
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = null;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null; // another build in this process holds it
            } catch (IOException e) {
                channel.close();
                throw new IOException("cannot lock " + file + ": " + e.getMessage(), e);
            }
            // The file may have been removed by the build that released it: then this lock guards nothing.
            if (lock != null && owns(channel, file)) {
                FileLock held = lock;
                return () -> {
                    try (channel) {
                        Files.deleteIfExists(file);
                        held.release();
                    } catch (IOException ignored) {
                        // the operating system releases the lock when the channel closes
                    }
                };
            }
            channel.close();
            if (System.nanoTime() > deadline) {
                throw new IOException("another build is writing this output folder (" + file.getFileName()
                        + " is locked); waited " + wait.toSeconds() + " s. Try again when it has finished");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for another build to finish", e);
            }
        }
    }

    /** Whether the locked channel is still the file at {@code file}: it holds a token only this build wrote. */
    private static boolean owns(FileChannel channel, Path file) {
        try {
            String token = uniqueName() + "\n";
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(token.getBytes(StandardCharsets.UTF_8)), 0);
            return Files.readString(file).equals(token);
        } catch (IOException e) {
            return false;
        }
    }

    /** A fresh temporary folder beside the target, to write the new site into. */
    public Path begin() throws IOException {
        recover();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        while (true) {
            try {
                return Files.createDirectory(parent.resolve("." + target.getFileName() + ".tmp-" + uniqueName()));
            } catch (FileAlreadyExistsException e) {
                // taken by a folder a killed build left: try the next name
            }
        }
    }

    private static final AtomicLong NAMES = new AtomicLong();

    /**
     * A name no other build uses while this one runs: the process id, the clock and a counter. (Not a
     * random one: a secure random generator takes longer to start than a small build takes to run.)
     */
    private static String uniqueName() {
        return ProcessHandle.current().pid() + "-" + Long.toHexString(System.nanoTime()) + "-"
                + NAMES.incrementAndGet();
    }

    /** The site this build replaces, if there is one: its unchanged files may be shared with the new one. */
    public Optional<Path> previous() {
        return Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS) && Files.exists(target.resolve(MARKER))
                ? Optional.of(target) : Optional.empty();
    }

    /** Puts the finished temporary folder in place of the target; the old site is deleted after. */
    public void commit(Path staged) throws IOException {
        Files.writeString(staged.resolve(MARKER), "This folder is built by briefing and replaced whole on every build.\n");
        Path old = null;
        if (Files.exists(target)) {
            old = target.resolveSibling("." + target.getFileName() + ".old-" + staged.getFileName().toString()
                    .replaceAll(".*tmp-", ""));
            Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
        }
        Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
        if (old != null) {
            deleteTree(old);
        }
    }

    /** Removes a temporary folder after a failed build. */
    public void abandon(Path staged) {
        if (staged != null) {
            try {
                deleteTree(staged);
            } catch (IOException | UncheckedIOException ignored) {
                // best effort: a leftover temporary folder is cleaned by the next build
            }
        }
    }

    /** Cleans what an interrupted build left: restores the old site if it was moved aside, drops temporaries. */
    void recover() throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        String name = target.getFileName().toString();
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.startsWith("." + name + ".old-") && !Files.exists(target)) {
                    Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
                } else if (n.startsWith("." + name + ".old-") || n.startsWith("." + name + ".tmp-")) {
                    deleteTree(p);
                }
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
