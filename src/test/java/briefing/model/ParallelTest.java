package briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.stream.IntStream;
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
            boolean exited = process.waitFor(30, TimeUnit.SECONDS);
            if (!exited) {
                process.destroyForcibly();
            }
            assertThat(exited).as("%s finished within 30 s", java).isTrue();
            assertThat(new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).as("%s", java)
                    .contains("every index once");
        }
    }

    @Test
    void usesMoreThanOneThreadWhenThereAreCores() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            spin(1);
        });
        int expected = Math.min(2, ForkJoinPool.getCommonPoolParallelism() + 1);
        assertThat(threads.size()).isGreaterThanOrEqualTo(expected);
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndTheRestIsSkipped() {
        UncheckedIOException failure = new UncheckedIOException(new IOException("disk full"));
        AtomicInteger after = new AtomicInteger();
        List<Integer> items = IntStream.range(0, 10_000).boxed().toList();
        assertThatThrownBy(() -> Parallel.forEach(items, i -> {
            if (i == 3) {
                throw failure;
            }
            if (i > 5_000) {
                after.incrementAndGet();
            }
            spin(0);
        })).isSameAs(failure);
        assertThat(after.get()).isLessThan(5_000);
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
