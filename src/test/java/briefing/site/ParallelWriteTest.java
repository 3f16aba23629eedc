package briefing.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are written by several threads at once, many into the same new folder: none may find it missing. */
class ParallelWriteTest {
    @TempDir
    Path dir;

    @Test
    void threadsWritingTheFirstFilesOfAFolderAtOnceAllSucceed() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 50; round++) {
                DiskSink sink = new DiskSink(dir.resolve("site" + round));
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> writes = new ArrayList<>();
                for (int t = 0; t < 8; t++) {
                    String path = "actors/deep/p" + t + ".html";
                    writes.add(pool.submit(() -> {
                        start.await();
                        sink.put(path, path.getBytes(StandardCharsets.UTF_8));
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> write : writes) {
                    write.get();
                }
                assertThat(Files.list(dir.resolve("site" + round + "/actors/deep"))).hasSize(8);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
