package briefing.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content, with the file and line it was found at.
 *
 * @param path the file as the editor knows it (the content folder as given, then the relative path)
 * @param line 1-based line in that file; 0 when the problem concerns the file or folder as a whole
 */
public record Diagnostic(Severity severity, String path, int line, String message) {

    /** Sorts by file, then line, then message, so reports are stable from run to run. */
    public static final Comparator<Diagnostic> ORDER = Comparator.comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public static Diagnostic error(SourcePos pos, String message) {
        return new Diagnostic(Severity.ERROR, pos.path(), pos.line(), message);
    }

    public static Diagnostic warning(SourcePos pos, String message) {
        return new Diagnostic(Severity.WARNING, pos.path(), pos.line(), message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** {@code path:line: error: message}, the form every editor and IDE understands. */
    public String format() {
        return visible((line > 0 ? path + ":" + line : path) + ": " + severity.label() + ": " + message);
    }

    /**
     * Control, line-separator and bidi characters from content, escaped: a message is one line and
     * cannot drive the terminal.
     */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c < 0xA0) || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || BidiControls.is(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
