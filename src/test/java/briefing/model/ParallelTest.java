package briefing.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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

    @Test
    void usesMoreThanOneThreadWhenThereAreCores() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Parallel.forEach(IntStream.range(0, 200).boxed().toList(), i -> {
            threads.add(Thread.currentThread());
            spin(1);
        });
        int expected = Math.min(2, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        assertThat(threads.size()).isGreaterThanOrEqualTo(expected);
    }

    @Test
    void theFirstFailureIsThrownAsItWasAndTheRestIsSkipped() {
        UncheckedIOException failure = new UncheckedIOException(new java.io.IOException("disk full"));
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
