package briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefing.Await;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ParallelTest {
    @Test
    void everyItemOnceWhateverItCosts() {
        List<Integer> items = IntStream.range(0, 2_000).boxed().toList();
        Set<Integer> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        Parallel.forEach(items, i -> {
            calls.incrementAndGet();
            seen.add(i);
            if (i % 100 == 0) {
                spin(2); // a few dear items among many cheap ones
            }
        });
        assertThat(calls).hasValue(2_000);
        assertThat(seen).hasSize(2_000);
    }

    @Test
    void everyIndexOnceAndItsWritesVisibleAfterwards() {
        int[] calls = new int[5_000];
        Parallel.forEachIndex(calls.length, i -> calls[i]++);
        assertThat(calls).containsOnly(1);
    }

    /** Run in a JVM of its own: the common pool's settings are fixed when it starts. */
    public static final class EveryIndexOnce {
        public static void main(String[] args) {
            int[] calls = new int[1_000];
            Parallel.forEachIndex(calls.length, i -> calls[i]++);
            System.out.println(Arrays.stream(calls).allMatch(c -> c == 1) ? "every index once" : "wrong");
        }
    }

    @Test
    void finishesWhenThePoolHasNoThreads() throws Exception {
        // -Djava.util.concurrent.ForkJoinPool.common.parallelism=0 (through BRIEFING_JAVA_OPTS, say) leaves
        // the pool without workers: work handed to it never starts, and must not be waited for. (Joining
        // such a task from outside the pool runs it on JDK 17 but waits forever on JDK 25, which
        // bin/briefing prefers: so every JDK installed beside this one is tried too.)
        Set<Path> javas = new LinkedHashSet<>();
        Path home = Path.of(System.getProperty("java.home")).toRealPath();
        javas.add(home.resolve("bin/java"));
        try (var siblings = Files.list(home.getParent())) {
            siblings.map(jdk -> jdk.resolve("bin/java")).filter(Files::isExecutable).forEach(java -> {
                try {
                    javas.add(java.toRealPath());
                } catch (IOException e) {
                    // not a usable JDK
                }
            });
        }
        for (Path java : javas) {
            Process process = new ProcessBuilder(java.toString(),
                    "-Djava.util.concurrent.ForkJoinPool.common.parallelism=0", "-cp",
                    System.getProperty("java.class.path"), EveryIndexOnce.class.getName())
                    .redirectErrorStream(true).start();
            // A bound against a hang only: the child does a thousand trivial calls.
            boolean exited = process.waitFor(Await.HANG_GUARD_MINUTES, TimeUnit.MINUTES);
            if (!exited) {
                process.destroyForcibly();
            }
            assertThat(exited).as("%s finished (it hangs when work is waited for that never starts)", java).isTrue();
            assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as("%s", java)
                    .contains("every index once");
        }
    }

    @Test
    void usesMoreThanOneThreadWhenThereAreCores() {
        Assumptions.assumeTrue(ForkJoinPool.getCommonPoolParallelism() >= 1, "the common pool has no threads");
        // The first item waits until another thread has taken an item: it returns only when a second thread works.
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            if (i == 0) {
                Await.until("a second thread taking an item", () -> threads.size() >= 2);
            }
        });
        assertThat(threads).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndTheRestIsSkipped() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        AtomicReference<Thread> thrower = new AtomicReference<>();
        AtomicInteger startedAfter = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        assertThatThrownBy(() -> Parallel.forEach(items, i -> {
            if (i == 3) {
                thrower.set(Thread.currentThread());
                throw failure;
            }
            if (i > 3) {
                startedAfter.incrementAndGet();
                // Until the thread that failed has stopped taking items (it then waits for the others, or
                // the pool parks it), this item does not return: so no thread can race through the list
                // before the failure is known, however the threads are scheduled.
                Await.until("the failing thread to stop", () -> thrower.get() != null
                        && thrower.get().getState() != Thread.State.RUNNABLE);
            }
        })).isSameAs(failure);
        // Each thread may have taken one item before the failure was known; none takes another after.
        assertThat(startedAfter.get()).isLessThanOrEqualTo(ForkJoinPool.getCommonPoolParallelism() + 1);
    }

    @Test
    void worksFromInsideThePoolItUses() {
        Set<String> seen = ConcurrentHashMap.newKeySet();
        Parallel.forEach(List.of("a", "b", "c", "d"), outer -> Parallel.forEach(List.of(1, 2, 3),
                inner -> seen.add(outer + inner)));
        assertThat(seen).hasSize(12);
    }

    @Test
    void anEmptyOrSingleListRunsOnTheCallingThread() {
        Parallel.forEach(List.of(), i -> {
            throw new AssertionError("no items");
        });
        Thread[] ran = new Thread[1];
        Parallel.forEach(List.of(1), i -> ran[0] = Thread.currentThread());
        assertThat(ran[0]).isSameAs(Thread.currentThread());
    }

    private static void spin(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
