package briefing.cli;

import briefing.model.Diagnostic;
import briefing.model.Severity;
import java.util.List;
import picocli.CommandLine.Option;

/** How problems are reported: {@code --strict} and {@code --format}, shared by the commands. */
final class ReportOptions {
    enum Format { text, json }

    @Option(names = "--strict", description = "Treat warnings as errors.")
    boolean strict;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How problems are printed: text (path:line: error: message) or json (one JSON object a"
                    + " line, on standard output). Default: ${DEFAULT-VALUE}.")
    Format format = Format.text;

    /** The diagnostics as the user asked for them: with --strict, warnings become errors. */
    List<Diagnostic> apply(List<Diagnostic> diagnostics) {
        if (!strict) {
            return diagnostics;
        }
        return diagnostics.stream()
                .map(d -> d.severity() == Severity.WARNING
                        ? new Diagnostic(Severity.ERROR, d.path(), d.line(), d.message() + " (--strict)") : d)
                .toList();
    }
}
