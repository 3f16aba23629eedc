package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefing.render.Sink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The thread that writes a build's files: everything put is written by finish, and what fails is told. */
class WriteQueueTest {
    @TempDir
    Path dir;

    @Test
    void everyFilePutFromManyThreadsIsOnDiskWhenFinishReturns() {
        WriteQueue queue = new WriteQueue(new DiskSink(dir.resolve("site")));
        IntStream.range(0, 2_000).parallel().forEach(i -> queue.put("pages/p" + i + ".html", ("page " + i).getBytes()));
        queue.finish();
        for (int i = 0; i < 2_000; i++) {
            assertThat(dir.resolve("site/pages/p" + i + ".html")).hasContent("page " + i);
        }
    }

    @Test
    void aFailedWriteIsThrownByFinishAndLaterPutsAreRefused() {
        Sink failing = new Sink() {
            @Override
            public void put(String path, byte[] bytes) {
                throw new UncheckedIOException(new IOException("No space left on device"));
            }

            @Override
            public void stream(String path, Writer writer) {
            }
        };
        WriteQueue queue = new WriteQueue(failing);
        queue.put("a.html", new byte[10]);
        assertThatThrownBy(queue::finish).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("No space left on device");
        assertThatThrownBy(() -> queue.put("b.html", new byte[10])).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    // A guard against hanging, not a measure: this takes milliseconds. A put that never returns is abandoned.
    @Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void anErrorWhileWritingNeitherStopsThePutsNorGoesUnsaid() {
        Sink broken = new Sink() {
            @Override
            public void put(String path, byte[] bytes) {
                throw new OutOfMemoryError("Java heap space");
            }

            @Override
            public void stream(String path, Writer writer) {
            }
        };
        WriteQueue queue = new WriteQueue(broken);
        int half = WriteQueue.PENDING_BYTES / 2;
        // More than the room holds: each put goes on only because the failed writes still free their room.
        for (int i = 0; i < 3; i++) {
            try {
                queue.put("p" + i, new byte[half]);
            } catch (OutOfMemoryError e) {
                break; // refused once the failure is known: also right
            }
        }
        assertThatThrownBy(queue::finish).isInstanceOf(OutOfMemoryError.class).hasMessage("Java heap space");
    }

    @Test
    void aFileLargerThanAllTheRoomIsWrittenWithoutWaitingForever() throws IOException {
        WriteQueue queue = new WriteQueue(new DiskSink(dir.resolve("site")));
        byte[] large = new byte[WriteQueue.PENDING_BYTES + 1];
        queue.put("large.bin", large);
        queue.put("small.txt", "after".getBytes());
        queue.finish();
        assertThat(Files.size(dir.resolve("site/large.bin"))).isEqualTo(large.length);
        assertThat(dir.resolve("site/small.txt")).hasContent("after");
    }

    @Test
    void putsWaitWhileTheWriterIsBehindAndGoOnWhenItCatchesUp() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        Map<String, Integer> written = new ConcurrentHashMap<>();
        Sink slow = new Sink() {
            @Override
            public void put(String path, byte[] bytes) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                written.put(path, bytes.length);
            }

            @Override
            public void stream(String path, Writer writer) {
            }
        };
        WriteQueue queue = new WriteQueue(slow);
        int half = WriteQueue.PENDING_BYTES / 2;
        queue.put("one", new byte[half]);
        queue.put("two", new byte[half]); // the room is now full
        Thread third = new Thread(() -> queue.put("three", new byte[half]));
        third.start();
        // The third put waits for room: it cannot return while the writer is held.
        while (third.getState() != Thread.State.WAITING) {
            Thread.onSpinWait();
        }
        assertThat(written).isEmpty();
        release.countDown();
        third.join();
        queue.finish();
        assertThat(written.keySet()).containsExactlyInAnyOrderElementsOf(List.of("one", "two", "three"));
    }
}
