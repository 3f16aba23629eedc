package briefing.bench;

import briefing.model.Severity;
import briefing.site.SiteBuilder;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What {@code serve} does after a save, measured in process: one {@link SiteBuilder} is kept, the
 * site is built once in memory, then one article is edited (one word changed, its mtime moved
 * forward by a second so the change is seen) and the site rebuilt in memory, again and again.
 * The first edits are warm-up and not counted; with at least 40 timed edits, the median of the first
 * 20 and of the last 20 are printed too. The article is restored at the end.
 *
 * <p>Usage: {@code java briefing.bench.ServeBench CONTENT [EDITS] [WARMUP] [ARTICLE-ID]}
 */
public final class ServeBench {
    /** How many edits the first and the last medians are taken over. */
    private static final int STEADY = 20;

    private ServeBench() {
    }

    public static void main(String[] args) throws IOException {
        Path content = Path.of(args[0]);
        int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path article;
        if (args.length > 3) {
            article = content.resolve("articles/" + args[3] + ".md");
        } else {
            try (var list = Files.list(content.resolve("articles"))) {
                List<Path> all = list.filter(p -> p.toString().endsWith(".md")).sorted().toList();
                article = all.get(all.size() / 2);
            }
        }
        String original = Files.readString(article, StandardCharsets.UTF_8);
        FileTime originalTime = Files.getLastModifiedTime(article);
        SiteBuilder builder = new SiteBuilder();
        try {
            long t0 = System.nanoTime();
            SiteBuilder.Outcome first = builder.rebuild(content, "content", null, List.of());
            long firstNs = System.nanoTime() - t0;
            check(first);
            System.out.printf(Locale.ROOT, "serve: first build in memory %.0f ms, %d pages (%s)%n", firstNs / 1e6,
                    first.pages(), content);
            FileTime time = originalTime;
            double[] ms = new double[edits];
            int[] rendered = new int[edits];
            for (int i = 0; i < warmup + edits; i++) {
                // one word changed: a closing line whose last word differs at every edit
                Files.writeString(article, original + "\nRevision " + word(i) + ".\n", StandardCharsets.UTF_8);
                time = FileTime.fromMillis(time.toMillis() + 1000);
                Files.setLastModifiedTime(article, time);
                long start = System.nanoTime();
                SiteBuilder.Outcome outcome = builder.rebuild(content, "content", null, List.of());
                long ns = System.nanoTime() - start;
                check(outcome);
                if (i >= warmup) {
                    ms[i - warmup] = ns / 1e6;
                    rendered[i - warmup] = outcome.rendered();
                }
            }
            double[] sorted = ms.clone();
            Arrays.sort(sorted);
            int[] sortedRendered = rendered.clone();
            Arrays.sort(sortedRendered);
            System.out.printf(Locale.ROOT,
                    "serve: one article edited (%s), %d edits after %d warm-up edits: median %.1f ms"
                            + " (min %.1f, max %.1f), pages re-rendered: median %d of %d%n",
                    content.relativize(article), edits, warmup, median(sorted), sorted[0], sorted[edits - 1],
                    sortedRendered[edits / 2], first.pages());
            if (edits >= 2 * STEADY) {
                // The first edits also pay for the JIT compiling what only a rebuild runs; an editor's
                // later saves do not.
                double[] early = Arrays.copyOfRange(ms, 0, STEADY);
                double[] last = Arrays.copyOfRange(ms, edits - STEADY, edits);
                Arrays.sort(early);
                Arrays.sort(last);
                System.out.printf(Locale.ROOT,
                        "serve: the first %d timed edits: median %.1f ms; the last %d: median %.1f ms%n",
                        STEADY, median(early), STEADY, median(last));
            }
            List<String> each = new ArrayList<>();
            for (double m : ms) {
                each.add(String.format(Locale.ROOT, "%.1f", m));
            }
            System.out.println("serve: each edit (ms): " + String.join(" ", each));
        } finally {
            Files.writeString(article, original, StandardCharsets.UTF_8);
            Files.setLastModifiedTime(article, originalTime);
        }
    }

    private static String word(int i) {
        String[] words = {"alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"};
        return words[i % words.length] + (i / words.length);
    }

    private static void check(SiteBuilder.Outcome outcome) {
        long errors = outcome.count(Severity.ERROR);
        long warnings = outcome.count(Severity.WARNING);
        if (errors > 0 || warnings > 0) {
            System.out.printf(Locale.ROOT, "serve: %d errors, %d warnings%n", errors, warnings);
            outcome.diagnostics().stream().limit(5).forEach(d -> System.out.println("  " + d));
        }
        if (outcome.failed()) {
            throw new IllegalStateException("the build failed");
        }
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
