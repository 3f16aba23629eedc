package briefing.cli;

import briefing.model.Diagnostic;
import briefing.model.Severity;
import briefing.render.Json;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prints diagnostics as {@code path:line: error: message} and a summary line, or as JSON lines. */
final class Report {
    private Report() {
    }

    static void print(PrintWriter out, PrintWriter err, List<Diagnostic> diagnostics, ReportOptions.Format format) {
        if (format == ReportOptions.Format.json) {
            for (Diagnostic d : diagnostics) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("severity", d.severity().label());
                m.put("path", d.path());
                m.put("line", d.line());
                m.put("message", d.message());
                out.println(Json.of(m));
            }
            out.flush();
            return;
        }
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

    static boolean hasErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
