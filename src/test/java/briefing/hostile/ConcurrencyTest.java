package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefing.TestFiles;
import briefing.TestFiles.Run;
import briefing.site.OutputFolder;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Builds into the same output at once take turns (a lock file beside the output), and a build killed
 * at any moment leaves the previous site whole: the output is always one complete build, never a mix.
 */
class ConcurrencyTest {
    @TempDir
    Path tmp;

    Path contentA;
    Path contentB;
    Map<String, byte[]> siteA;
    Map<String, byte[]> siteB;

    /** Two versions of the content whose sites differ in every page, each built once for reference. */
    @BeforeEach
    void twoVersions() {
        contentA = TestFiles.copySmall(tmp.resolve("a"));
        contentB = TestFiles.copySmall(tmp.resolve("b"));
        TestFiles.replace(contentB.resolve("index.md"), "The Valmora harbour strike", "The Valmora dock strike");
        for (Path content : List.of(contentA, contentB)) {
            StringBuilder many = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                TestFiles.write(content, "actors/extra-" + i + ".md", "---\nname: Extra Person " + i
                        + "\nkind: person\n---\nProfile " + i + ".\n");
                many.append("Extra Person ").append(i).append(" spoke. ");
            }
            TestFiles.write(content, "articles/many-voices.md", "---\ntitle: Many voices\n---\n" + many + "\n");
        }
        siteA = reference(contentA, "ref-a");
        siteB = reference(contentB, "ref-b");
        assertThat(TestFiles.differences(siteA, siteB)).contains("differs: index.html");
    }

    private Map<String, byte[]> reference(Path content, String name) {
        Run run = TestFiles.build(content, tmp.resolve(name));
        assertThat(run.exitCode()).as(run.toString()).isZero();
        return TestFiles.snapshot(tmp.resolve(name));
    }

    private void assertWhole(Path out, String why) {
        Map<String, byte[]> now = TestFiles.snapshot(out);
        boolean isA = TestFiles.differences(siteA, now).isEmpty();
        boolean isB = TestFiles.differences(siteB, now).isEmpty();
        assertThat(isA || isB).as(why + ": the output is one whole build\n" + TestFiles.differences(siteA, now))
                .isTrue();
    }

    @Test
    void twoBuildsAtOnceTakeTurns() throws Exception {
        Path out = tmp.resolve("out");
        for (int round = 0; round < 3; round++) {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Run>> runs = new ArrayList<>();
            for (Path content : List.of(contentA, contentB)) {
                runs.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                    return TestFiles.build(content, out);
                }));
            }
            start.countDown();
            for (CompletableFuture<Run> run : runs) {
                Run r = run.get(60, TimeUnit.SECONDS);
                assertThat(r.exitCode()).as(r.toString()).isZero();
            }
            assertWhole(out, "round " + round);
            assertNothingBeside(out);
        }
    }

    @Test
    void aBuildWaitsWhileAnotherHoldsTheLock() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(TestFiles.build(contentA, out).exitCode()).isZero();
        CompletableFuture<Run> waiting;
        try (OutputFolder.Lock lock = OutputFolder.of(out).lock(Duration.ofSeconds(5))) {
            assertThat(OutputFolder.of(out).lockFile()).exists();
            waiting = CompletableFuture.supplyAsync(() -> TestFiles.build(contentB, out));
            Thread.sleep(700);
            assertThat(waiting).isNotDone();
            assertThat(TestFiles.differences(siteA, TestFiles.snapshot(out))).isEmpty();
        }
        Run run = waiting.get(60, TimeUnit.SECONDS);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(TestFiles.differences(siteB, TestFiles.snapshot(out))).isEmpty();
        assertNothingBeside(out);
    }

    @Test
    void aLockNotFreedInTimeIsAClearError() throws Exception {
        Path out = tmp.resolve("out");
        try (OutputFolder.Lock lock = OutputFolder.of(out).lock(Duration.ofSeconds(5))) {
            assertThatThrownBy(() -> OutputFolder.of(out).lock(Duration.ofMillis(200)))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("another build is writing this output folder (.out.lock is locked)");
        }
        try (OutputFolder.Lock lock = OutputFolder.of(out).lock(Duration.ofMillis(200))) {
            assertThat(OutputFolder.of(out).lockFile()).exists();
        }
        assertThat(OutputFolder.of(out).lockFile()).doesNotExist();
    }

    /**
     * Starts real builds in their own JVM and kills them at random moments (seeded, so a failure can be
     * repeated): after each kill the output is the previous site or the new one, whole, or the previous
     * one moved aside whole; the next build restores or replaces it and leaves nothing beside it.
     */
    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSite() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(TestFiles.build(contentA, out).exitCode()).isZero();
        long started = System.nanoTime();
        Process full = start(contentB, out);
        assertThat(full.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(full.exitValue()).isZero();
        long fullMillis = (System.nanoTime() - started) / 1_000_000;
        assertWhole(out, "full run");
        System.out.println("kill test: a full build takes " + fullMillis + " ms");
        Random random = new Random(20261123L);
        for (int run = 0; run < 6; run++) {
            Path content = run % 2 == 0 ? contentA : contentB;
            // A few kills anywhere in the run; most while it writes: from when its temporary folder appears.
            boolean anywhere = run < 2;
            long delay = anywhere ? random.nextLong(fullMillis) : random.nextLong(40);
            long t0 = System.nanoTime();
            Process build = start(content, out);
            if (!anywhere) {
                while (build.isAlive() && besides(out).stream().noneMatch(p -> p.getFileName().toString()
                        .startsWith(".out.tmp-"))) {
                    Thread.onSpinWait();
                }
            }
            Thread.sleep(delay);
            build.destroyForcibly();
            delay = (System.nanoTime() - t0) / 1_000_000;
            assertThat(build.waitFor(30, TimeUnit.SECONDS)).isTrue();
            String left = !Files.exists(out) ? "moved aside"
                    : TestFiles.differences(siteA, TestFiles.snapshot(out)).isEmpty() ? "site A" : "site B";
            System.out.println("kill test: " + (content == contentA ? "A" : "B") + " killed after " + delay
                    + " ms; left " + left + ", beside it " + besides(out).stream().map(p -> p.getFileName().toString()
                    .replaceAll("-\\d+$", "-*")).toList());
            long at = delay;
            if (Files.exists(out)) {
                assertWhole(out, "killed after " + delay + " ms");
            } else {
                Path aside = besides(out).stream().filter(p -> p.getFileName().toString().startsWith(".out.old-"))
                        .findFirst().orElseThrow(() -> new AssertionError("no site after a kill at " + at + " ms"));
                assertWhole(aside, "moved aside, killed after " + delay + " ms");
            }
            Run next = TestFiles.build(content, out);
            assertThat(next.exitCode()).as(next.toString()).isZero();
            assertWhole(out, "the build after a kill");
            assertNothingBeside(out);
        }
    }

    /** The moment between moving the old site aside and moving the new one in, as a kill would leave it. */
    @Test
    void aSiteMovedAsideIsRestoredByTheNextBuildEvenAFailedOne() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(TestFiles.build(contentA, out).exitCode()).isZero();
        Files.move(out, tmp.resolve(".out.old-123"));
        TestFiles.write(tmp.resolve(".out.tmp-123"), "index.html", "half");
        TestFiles.write(tmp, ".out.lock", "12345\n");
        TestFiles.replace(contentB.resolve("index.md"), "language: en", "language: [");
        Run failed = TestFiles.build(contentB, out);
        assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(1);
        assertThat(TestFiles.differences(siteA, TestFiles.snapshot(out))).isEmpty();
        assertNothingBeside(out);
    }

    private static Process start(Path content, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), "briefing.cli.Main", "build",
                "--content", content.toString(), "--out", out.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
    }

    private static List<Path> besides(Path out) throws IOException {
        try (Stream<Path> siblings = Files.list(out.getParent())) {
            return siblings.filter(p -> p.getFileName().toString().startsWith(".out")).toList();
        }
    }

    private static void assertNothingBeside(Path out) throws IOException {
        assertThat(besides(out)).as("temporary folders, old sites or a lock beside the output").isEmpty();
    }

    static String classPathSeparator() {
        return File.pathSeparator;
    }
}
