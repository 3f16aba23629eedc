package briefing.cli;

import briefing.site.Progress;
import briefing.site.SiteBuilder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code briefing build}: content in, site out, or every problem and the old site untouched. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds the site from the content folder. On any error the output folder is left as it was.")
final class BuildCommand implements Callable<Integer>, PlainCommandLine.Command {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    ContentOptions source = new ContentOptions();

    /** The output folder when {@code --out} is not given. */
    static final String DEFAULT_OUT = "site";

    @Option(names = "--out", paramLabel = "DIR", defaultValue = DEFAULT_OUT,
            description = "The output folder (default: ${DEFAULT-VALUE}); replaced whole on success.")
    Path out;

    @CommandLine.Mixin
    ReportOptions report = new ReportOptions();

    @Override
    public Integer call() {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /** Builds the site, printing to {@code stdout} and {@code stderr}; returns the exit code. */
    @Override
    public int run(PrintWriter stdout, PrintWriter stderr) {
        long start = System.nanoTime();
        Progress line = ProgressLine.forTerminal(stderr);
        SiteBuilder.Outcome outcome = new SiteBuilder(report.strict).progress(line)
                .build(source.content, source.content.toString(), source.templates, out);
        if (line instanceof ProgressLine shown) {
            shown.clear();
        }
        var diagnostics = report.apply(outcome.diagnostics());
        Report.print(stdout, stderr, diagnostics, report.format);
        if (Report.hasErrors(diagnostics)) {
            return 1;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.println(String.format(Locale.ROOT, "Wrote %d pages to %s in %.2f s", outcome.pages(), out, seconds));
        stdout.flush();
        return 0;
    }
}
