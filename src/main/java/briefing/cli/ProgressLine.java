package briefing.cli;

import briefing.site.Progress;
import java.io.PrintWriter;

/**
 * A progress line for terminals: rewritten in place at most ten times a second, erased at the end.
 * Used only when standard error is a terminal and not in CI; otherwise builds print plain lines.
 */
final class ProgressLine implements Progress {
    private static final long INTERVAL_NANOS = 100_000_000L;

    private final PrintWriter err;
    private long last = System.nanoTime();
    private boolean shown;

    private ProgressLine(PrintWriter err) {
        this.err = err;
    }

    /** A progress line on a terminal, or {@link Progress#NONE} when output is redirected or in CI. */
    static Progress forTerminal(PrintWriter err) {
        boolean terminal = System.console() != null && System.getenv("CI") == null
                && !"dumb".equals(System.getenv("TERM"));
        return terminal ? new ProgressLine(err) : Progress.NONE;
    }

    @Override
    public synchronized void update(String stage, int done, int total) {
        long now = System.nanoTime();
        if (now - last < INTERVAL_NANOS) {
            return;
        }
        last = now;
        String text = total > 0 ? stage + " " + done + " of " + total + " pages" : stage + "\u2026";
        err.print("\r\u001B[2K" + text);
        err.flush();
        shown = true;
    }

    /** Erases the line before the final report. */
    synchronized void clear() {
        if (shown) {
            err.print("\r\u001B[2K");
            err.flush();
        }
    }
}
