package briefing.cli;

import briefing.model.Diagnostic;
import briefing.model.Severity;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics as {@code path:line: error: message}, then one summary line. */
final class Report {
    private Report() {
    }

    static void print(PrintWriter err, List<Diagnostic> diagnostics) {
        for (Diagnostic d : diagnostics) {
            err.println(d.format());
        }
        long errors = diagnostics.stream().filter(d -> d.severity() == Severity.ERROR).count();
        long warnings = diagnostics.size() - errors;
        if (!diagnostics.isEmpty()) {
            err.println(plural(errors, "error") + ", " + plural(warnings, "warning"));
        }
        err.flush();
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
