package briefing.model;

import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

/**
 * Work on every core for lists whose items differ in cost (an article page against a claim page, a
 * long article against an actor's front matter). A parallel stream splits its list into fixed ranges
 * up front, and the thread left with the dearest range works on alone while the others wait; here
 * each thread takes the next item as soon as it is free, so all of them finish together.
 *
 * <p>Not part of the content model: it lives here because this is the one package that both the
 * loading and the writing stages may use.
 */
public final class Parallel {
    private Parallel() {
    }

    /**
     * Calls {@code action} on every item, once, on the calling thread and the common pool's. Returns
     * when all calls have returned; the first exception any of them threw is then thrown as it was
     * (the items not yet started are skipped).
     */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        forEachIndex(items.size(), i -> action.accept(items.get(i)));
    }

    /**
     * Calls {@code action} with every index from 0 to {@code count} (exclusive), as {@link #forEach}
     * does with items. What the calls write is visible to the caller when this returns.
     */
    public static void forEachIndex(int count, IntConsumer action) {
        int threads = Math.min(count, ForkJoinPool.getCommonPoolParallelism() + 1);
        if (threads <= 1) {
            for (int i = 0; i < count; i++) {
                action.accept(i);
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable work = () -> {
            for (int i = next.getAndIncrement(); i < count && failure.get() == null; i = next.getAndIncrement()) {
                try {
                    action.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                }
            }
        };
        // The caller waits only for helpers that started: one still queued when the caller has taken the
        // last index (the pool busy, or without threads at all) would find nothing left, so it is not waited for.
        AtomicInteger busy = new AtomicInteger();
        Object finished = new Object();
        Runnable helper = () -> {
            busy.incrementAndGet(); // before taking an index: the caller cannot miss a helper at work
            try {
                work.run();
            } finally {
                if (busy.decrementAndGet() == 0) {
                    synchronized (finished) {
                        finished.notifyAll();
                    }
                }
            }
        };
        for (int t = 1; t < threads; t++) {
            ForkJoinPool.commonPool().execute(helper);
        }
        work.run();
        boolean interrupted = false;
        synchronized (finished) {
            while (busy.get() > 0) {
                try {
                    finished.wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        } else if (thrown instanceof Error e) {
            throw e;
        }
    }
}
