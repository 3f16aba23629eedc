package briefing.site;

import briefing.render.Sink;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;

/**
 * Hands the files of a build to one thread that writes them, so that the threads rendering pages never
 * wait for the disk, and never for each other: two threads making files in one folder take turns at
 * the folder's lock, and the one waiting spins on a core the other could use. At most
 * {@link #PENDING_BYTES} wait to be written; a thread that would pass that waits until the writer
 * has caught up.
 */
final class WriteQueue implements Sink, AutoCloseable {
    /** About how many bytes may wait to be written. */
    static final int PENDING_BYTES = 1024 * 1024;
    private static final int UNIT = 1024;
    private static final int PERMITS = PENDING_BYTES / UNIT;
    /** Marks the end of the queue. */
    private static final Item END = new Item(null, null, 0);

    private record Item(String path, byte[] bytes, int permits) {
    }

    private final Sink disk;
    private final LinkedBlockingQueue<Item> queue = new LinkedBlockingQueue<>();
    private final Semaphore room = new Semaphore(PERMITS);
    private final Background writer;
    private volatile Throwable failure;
    private boolean ended;

    /** Starts the writing thread; every file put is written into {@code disk}. */
    WriteQueue(Sink disk) {
        this.disk = disk;
        this.writer = new Background("write the site", this::drain);
    }

    @Override
    public void put(String path, byte[] bytes) {
        throwIfFailed();
        int permits = Math.min(PERMITS, Math.max(1, bytes.length / UNIT));
        room.acquireUninterruptibly(permits);
        queue.add(new Item(path, bytes, permits));
    }

    /** A streamed file is written by the calling thread, as it comes: it is not held whole. */
    @Override
    public void stream(String path, Writer writer) {
        disk.stream(path, writer);
    }

    /** Waits until every file put is written; throws what writing one of them threw. */
    void finish() {
        close();
        throwIfFailed();
    }

    /** Ends the queue and waits for the writer; what it could not write is dropped. */
    @Override
    public synchronized void close() {
        if (!ended) {
            ended = true;
            queue.add(END);
        }
        writer.close();
    }

    private void drain() {
        while (true) {
            Item item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                continue; // the queue is ended only by END
            }
            if (item == END) {
                return;
            }
            if (failure == null) {
                try {
                    disk.put(item.path(), item.bytes());
                } catch (RuntimeException | Error e) {
                    failure = e; // the rest is only taken off the queue: a thread waiting for room goes on
                }
            }
            room.release(item.permits());
        }
    }

    private void throwIfFailed() {
        Throwable e = failure;
        if (e instanceof RuntimeException r) {
            throw r;
        } else if (e instanceof Error r) {
            throw r;
        }
    }
}
