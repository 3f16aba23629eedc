package briefing.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders (and the folders inside them) and reports the files that changed, a batch at a
 * time: events that arrive within a short quiet period are reported together, once.
 */
final class Watcher implements AutoCloseable {
    private static final long QUIET_MILLIS = 60;

    private final WatchService service;
    private final List<Path> roots;

    Watcher(List<Path> roots) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        this.roots = roots;
        for (Path root : roots) {
            registerTree(root);
        }
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_DELETE,
                        StandardWatchEventKinds.ENTRY_MODIFY);
            }
        }
    }

    /** Blocks, handing each batch of changed paths to {@code onChange}, until closed or interrupted. */
    void run(Consumer<Set<Path>> onChange) {
        try {
            while (true) {
                WatchKey key = service.take();
                Set<Path> changed = new LinkedHashSet<>();
                collect(key, changed);
                WatchKey more;
                while ((more = service.poll(QUIET_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    collect(more, changed);
                }
                if (!changed.isEmpty()) {
                    onChange.accept(changed);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    private void collect(WatchKey key, Set<Path> changed) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.OVERFLOW) {
                changed.addAll(roots);
                continue;
            }
            Path path = dir.resolve((Path) event.context());
            changed.add(path);
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(path)) {
                try {
                    registerTree(path);
                } catch (IOException ignored) {
                    // a folder that vanished again: nothing to watch
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        service.close();
    }
}
