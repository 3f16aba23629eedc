package briefing.bench;

import briefing.site.SiteBuilder;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * How much of a cold build is the JVM warming up: the same check (every page rendered in memory,
 * nothing written) run again and again in one JVM, each time with a new {@link SiteBuilder} that
 * remembers nothing. The first round pays for class loading, the interpreter and the JIT compiler;
 * the later ones run compiled code.
 *
 * <p>Usage: {@code java briefing.bench.WarmBench CONTENT [ROUNDS]}
 */
public final class WarmBench {
    private WarmBench() {
    }

    public static void main(String[] args) {
        Path content = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 8;
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double[] wall = new double[rounds];
        double[] cpu = new double[rounds];
        int pages = 0;
        for (int r = 0; r < rounds; r++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            SiteBuilder.Outcome outcome = new SiteBuilder().check(content, content.toString(), null);
            wall[r] = (System.nanoTime() - t0) / 1e9;
            cpu[r] = (os.getProcessCpuTime() - cpu0) / 1e9;
            if (outcome.failed()) {
                throw new IllegalStateException("the corpus has errors: " + outcome.diagnostics().get(0).format());
            }
            pages = outcome.pages();
        }
        double warmWall = median(Arrays.copyOfRange(wall, rounds / 2, rounds));
        double warmCpu = median(Arrays.copyOfRange(cpu, rounds / 2, rounds));
        System.out.printf(Locale.ROOT, "warm: %d pages checked in memory; first round %.2f s (cpu %.2f s), later"
                + " rounds median %.2f s (cpu %.2f s, over the last %d of %d rounds): warming up is %.0f %% of the"
                + " first round's cpu%n", pages, wall[0], cpu[0], warmWall, warmCpu, rounds - rounds / 2, rounds,
                100 * (cpu[0] - warmCpu) / cpu[0]);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
