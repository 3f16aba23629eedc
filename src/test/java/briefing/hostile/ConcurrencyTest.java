package briefing.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import briefing.Await;
import briefing.TestFiles.Run;
import briefing.TestFiles;
import briefing.site.OutputFolder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
                Run r = run.get(Await.HANG_GUARD_MINUTES, TimeUnit.MINUTES);
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
        CompletableFuture<Run> waiting = new CompletableFuture<>();
        Thread second = new Thread(() -> waiting.complete(TestFiles.build(contentB, out)), "second-build");
        try (OutputFolder.Lock lock = OutputFolder.of(out).lock(Duration.ofSeconds(5))) {
            assertThat(OutputFolder.of(out).lockFile()).exists();
            second.start();
            Await.until("the second build to wait for the lock, or to finish",
                    () -> waitsForTheLock(second) || waiting.isDone());
            assertThat(waiting).as("a build that finished while another held the lock").isNotDone();
            assertThat(TestFiles.differences(siteA, TestFiles.snapshot(out))).isEmpty();
        }
        Run run = Await.until("the second build to finish once the lock is free", () -> waiting.getNow(null),
                Objects::nonNull);
        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(TestFiles.differences(siteB, TestFiles.snapshot(out))).isEmpty();
        assertNothingBeside(out);
    }

    /** Whether the thread is parked or sleeping inside {@link OutputFolder#lock}: waiting for another build. */
    private static boolean waitsForTheLock(Thread thread) {
        Thread.State state = thread.getState();
        if (state != Thread.State.TIMED_WAITING && state != Thread.State.WAITING && state != Thread.State.BLOCKED) {
            return false;
        }
        return Arrays.stream(thread.getStackTrace()).anyMatch(frame -> frame.getClassName()
                .equals(OutputFolder.class.getName()) && frame.getMethodName().equals("lock"));
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

    /** The seed of the kill test's plan; {@code -Dbriefing.seed=...} replays a plan a failure printed. */
    static final long KILL_SEED = Long.getLong("briefing.seed", 20261123L);

    /** A state of a running build, seen from outside it, at which the kill test stops it. */
    enum KillPoint {
        AT_START("as its JVM starts"),
        HOLDING_THE_LOCK("once it holds the lock"),
        TEMPORARY_FOLDER_MADE("once its temporary folder exists"),
        FILES_WRITTEN("once its temporary folder holds %d files"),
        OLD_SITE_MOVED_ASIDE("once the old site is moved aside");

        final String words;

        KillPoint(String words) {
            this.words = words;
        }
    }

    /** One kill of the plan: which content is built, and where the build is stopped. */
    record Kill(String site, KillPoint point, int files) {
        @Override
        public String toString() {
            return "build " + site + " killed " + String.format(point.words, files);
        }
    }

    /** Six kills drawn from the seed: every kill point at least once, in an order and with counts it chooses. */
    private List<Kill> killPlan(long seed) {
        Random random = new Random(seed);
        List<KillPoint> points = new ArrayList<>(List.of(KillPoint.values()));
        points.add(KillPoint.FILES_WRITTEN);
        Collections.shuffle(points, random);
        List<Kill> plan = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            KillPoint point = points.get(i);
            // Up to every file but the marker, which is written last, just before the site is moved in.
            int files = point == KillPoint.FILES_WRITTEN ? 1 + random.nextInt(siteB.size() - 1) : 0;
            plan.add(new Kill(i % 2 == 0 ? "A" : "B", point, files));
        }
        return plan;
    }

    /**
     * Starts real builds in their own JVM and kills each at a point of a seeded plan, chosen by what the
     * build has done (never by time, so a plan replays with its seed): after each kill the output is the
     * previous site or the new one, whole, or the previous one moved aside whole; the next build
     * restores or replaces it and leaves nothing beside it. The seed and each kill are printed.
     */
    @Test
    void aBuildKilledAtAnyMomentLeavesAWholeSite() throws Exception {
        Path out = tmp.resolve("out");
        assertThat(TestFiles.build(contentA, out).exitCode()).isZero();
        Process full = start(contentB, out);
        assertThat(finish(full)).as("a full build's exit code").isZero();
        assertWhole(out, "full run");
        List<Kill> plan = killPlan(KILL_SEED);
        String replay = "kill test seed " + KILL_SEED + " (replay: mvn -B test -Dtest=ConcurrencyTest"
                + " -Dbriefing.seed=" + KILL_SEED + "); plan " + plan;
        System.out.println(replay);
        for (int i = 0; i < plan.size(); i++) {
            Kill kill = plan.get(i);
            Path content = kill.site().equals("A") ? contentA : contentB;
            Process build = start(content, out);
            while (build.isAlive() && !reached(kill, out)) {
                Thread.onSpinWait();
            }
            boolean alive = build.isAlive();
            build.destroyForcibly();
            finish(build);
            String left = !Files.exists(out) ? "moved aside"
                    : TestFiles.differences(siteA, TestFiles.snapshot(out)).isEmpty() ? "site A" : "site B";
            String what = "kill " + (i + 1) + " of " + plan.size() + ": " + kill
                    + (alive ? "" : " (it finished before that point)") + "; left " + left + ", beside it "
                    + besides(out).stream().map(p -> p.getFileName().toString().replaceAll("-[0-9a-f-]+$", "-*"))
                    .toList();
            System.out.println("kill test: " + what);
            String why = what + "\n" + replay;
            if (Files.exists(out)) {
                assertWhole(out, why);
            } else {
                Path aside = besides(out).stream().filter(p -> p.getFileName().toString().startsWith(".out.old-"))
                        .findFirst().orElseThrow(() -> new AssertionError("no site after " + why));
                assertWhole(aside, "moved aside, " + why);
            }
            Run next = TestFiles.build(content, out);
            assertThat(next.exitCode()).as("the build after " + why + "\n" + next).isZero();
            assertWhole(out, "the build after " + why);
            assertThat(besides(out)).as("beside the output after the build that followed " + why).isEmpty();
        }
    }

    /** Whether the build into {@code out} has reached the kill's point, judged from the files beside it. */
    private static boolean reached(Kill kill, Path out) {
        try {
            return switch (kill.point()) {
                case AT_START -> true;
                case HOLDING_THE_LOCK -> Files.exists(OutputFolder.of(out).lockFile());
                case TEMPORARY_FOLDER_MADE -> !temporaryFolders(out).isEmpty();
                case FILES_WRITTEN -> {
                    for (Path staged : temporaryFolders(out)) {
                        try (Stream<Path> files = Files.walk(staged)) {
                            if (files.filter(Files::isRegularFile).count() >= kill.files()) {
                                yield true;
                            }
                        }
                    }
                    yield false;
                }
                case OLD_SITE_MOVED_ASIDE -> besides(out).stream()
                        .anyMatch(p -> p.getFileName().toString().startsWith(".out.old-"));
            };
        } catch (IOException | UncheckedIOException e) {
            return false; // a folder moved or deleted while looked at: look again
        }
    }

    private static List<Path> temporaryFolders(Path out) throws IOException {
        return besides(out).stream().filter(p -> p.getFileName().toString().startsWith(".out.tmp-")).toList();
    }

    /** Waits for a process to end and returns its exit code; the bound only guards against a hang. */
    private static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(Await.HANG_GUARD_MINUTES, TimeUnit.MINUTES))
                .as("a build still running after %d minutes", Await.HANG_GUARD_MINUTES).isTrue();
        return process.exitValue();
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
        return new ProcessBuilder(java, "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "briefing.cli.Main", "build",
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
