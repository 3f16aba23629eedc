package briefing.site;

import briefing.render.Sink;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a run's files into a new folder beside the site, which replaces the site only once every file
 * is written. The files are written by one thread while the pages render ({@link WriteQueue}); a
 * streamed file (briefing.json, long) is written on a thread of its own, so that no core waits for it
 * at the end.
 */
final class DiskTarget implements Target {
    private final Path out;
    private final OutputFolder folder;
    private final Progress progress;
    private final List<Background> streams = new ArrayList<>();
    private Path staged;
    private WriteQueue queue;

    /** @param out the site folder, {@code folder}'s */
    DiskTarget(Path out, OutputFolder folder, Progress progress) {
        this.out = out;
        this.folder = folder;
        this.progress = progress;
    }

    @Override
    public Sink open() throws IOException {
        staged = folder.begin();
        DiskSink disk = new DiskSink(staged, folder.previous().orElse(null));
        queue = new WriteQueue(disk);
        return new Sink() {
            @Override
            public void put(String path, byte[] bytes) {
                queue.put(path, bytes);
            }

            @Override
            public void stream(String path, Writer writer) {
                synchronized (streams) {
                    streams.add(new Background("write " + path, () -> disk.stream(path, writer)));
                }
            }
        };
    }

    @Override
    public void commit() throws IOException {
        synchronized (streams) {
            for (Background stream : streams) {
                stream.finish();
            }
        }
        queue.finish();
        progress.update("writing", 0, 0);
        folder.commit(staged);
    }

    @Override
    public void abandon() {
        // A stream still writing into the folder is waited for before the folder goes.
        synchronized (streams) {
            streams.forEach(Background::close);
        }
        if (queue != null) {
            queue.close();
        }
        folder.abandon(staged);
    }

    @Override
    public Path where() {
        return out;
    }
}
