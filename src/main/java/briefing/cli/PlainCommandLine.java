package briefing.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The everyday command lines, {@code build} and {@code check} with nothing but their own options
 * ({@code --content DIR}, {@code --out=DIR}, {@code --strict} ...), recognised without picocli. Setting
 * up picocli takes longer than building a small site; this runs the same command with the same values
 * picocli would give it. Anything else (help, version, a usage error, an argument file, a repeated or
 * unknown option, a value that looks like an option) is left to picocli, which answers it as always.
 */
final class PlainCommandLine {
    private static final List<String> BUILD_OPTIONS = List.of("--content", "--templates", "--out", "--format");
    private static final List<String> CHECK_OPTIONS = List.of("--content", "--templates", "--format");
    private static final String STRICT = "--strict";

    private PlainCommandLine() {
    }

    /** The command these arguments ask for, ready to run; empty when picocli has to read them. */
    static Optional<Command> parse(String... args) {
        if (args.length == 0 || !(args[0].equals("build") || args[0].equals("check")) || picocliConfigured()) {
            return Optional.empty();
        }
        boolean build = args[0].equals("build");
        List<String> options = build ? BUILD_OPTIONS : CHECK_OPTIONS;
        Map<String, String> values = new HashMap<>();
        boolean strict = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            if (name.equals(STRICT) && eq < 0 && !strict) {
                strict = true;
                continue;
            }
            if (!options.contains(name) || values.containsKey(name)) {
                return Optional.empty();
            }
            String value;
            if (eq >= 0) {
                value = arg.substring(eq + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return Optional.empty();
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return Optional.empty();
            }
            values.put(name, value);
        }
        ReportOptions report = new ReportOptions();
        report.strict = strict;
        String format = values.getOrDefault("--format", ReportOptions.Format.text.name());
        if (format.equals(ReportOptions.Format.json.name())) {
            report.format = ReportOptions.Format.json;
        } else if (!format.equals(ReportOptions.Format.text.name())) {
            return Optional.empty();
        }
        ContentOptions source = new ContentOptions();
        try {
            source.content = Path.of(values.getOrDefault("--content", ContentOptions.DEFAULT_CONTENT));
            source.templates = values.containsKey("--templates") ? Path.of(values.get("--templates")) : null;
            if (build) {
                BuildCommand command = new BuildCommand();
                command.source = source;
                command.report = report;
                command.out = Path.of(values.getOrDefault("--out", BuildCommand.DEFAULT_OUT));
                return Optional.of(command);
            }
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
        CheckCommand command = new CheckCommand();
        command.source = source;
        command.report = report;
        return Optional.of(command);
    }

    /** Picocli reads system properties (tracing, argument files, quotes); with any set, it parses. */
    private static boolean picocliConfigured() {
        return System.getProperties().stringPropertyNames().stream().anyMatch(p -> p.startsWith("picocli."));
    }

    /** A command that prints to the given writers and returns its exit code. */
    interface Command {
        int run(PrintWriter out, PrintWriter err);
    }

    /** Runs the command as picocli's {@code execute} would: its streams, and an exception as an internal error. */
    static int execute(Command command) {
        PrintWriter out = writer(System.out, "sun.stdout.encoding");
        PrintWriter err = writer(System.err, "sun.stderr.encoding");
        try {
            return command.run(out, err);
        } catch (RuntimeException e) {
            return Main.internalError(err, e);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** The writer picocli would make for the stream: in the encoding the JVM chose for it, flushed at each line. */
    private static PrintWriter writer(OutputStream stream, String encodingProperty) {
        String name = System.getProperty(encodingProperty);
        Charset charset = Charset.defaultCharset();
        if (name != null) {
            try {
                charset = Charset.forName(name.equalsIgnoreCase("cp65001") ? "UTF-8" : name);
            } catch (RuntimeException e) {
                // picocli falls back to the default charset too
            }
        }
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
    }
}
