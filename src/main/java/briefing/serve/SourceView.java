package briefing.serve;

import briefing.model.Diagnostic;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The preview's view of a content or template file, with numbered lines and the lines that have
 * problems marked and explained; the banner's links open it at the line. Browsers refuse
 * {@code file://} links from an {@code http://} page, so the preview shows the file itself. It shows
 * only files inside the content folder or the templates folder, whatever the address asks for.
 */
final class SourceView {
    /** The address of the view; the file is given as {@code ?file=}, the line as the fragment {@code #L7}. */
    static final String ADDRESS = "/__briefing/source";
    private static final long LARGEST = 2L << 20;

    private final Path content;
    private final String display;
    private final List<Path> roots = new ArrayList<>();

    SourceView(Path content, String display, Path templates) {
        this.content = content;
        this.display = display;
        roots.add(content);
        if (templates != null) {
            roots.add(templates);
        }
    }

    /** The link to a problem's file at its line. */
    static String link(Diagnostic d) {
        return ADDRESS + "?file=" + URLEncoder.encode(d.path(), StandardCharsets.UTF_8)
                + (d.line() > 0 ? "#L" + d.line() : "");
    }

    /**
     * The file a problem names, as it is on disk, when it lies inside the content or templates folder
     * (after following links); empty for anything else.
     */
    Optional<Path> file(String named) {
        if (named == null || named.isEmpty() || named.indexOf('\0') >= 0) {
            return Optional.empty();
        }
        try {
            Path path = named.equals(display) ? content
                    : named.startsWith(display + "/") ? content.resolve(named.substring(display.length() + 1))
                    : Path.of(named);
            Path real = path.toRealPath();
            for (Path root : roots) {
                if (Files.isDirectory(root) && real.startsWith(root.toRealPath()) && Files.isRegularFile(real)
                        && Files.size(real) <= LARGEST) {
                    return Optional.of(real);
                }
            }
        } catch (IOException | RuntimeException e) {
            // no such file, or not a path at all: nothing to show
        }
        return Optional.empty();
    }

    /** The page: the file's lines, numbered, with the problems on each line under it. */
    static String page(String named, Path file, List<Diagnostic> problems) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8)
                .replace("\r\n", "\n").replace('\r', '\n');
        String[] lines = text.split("\n", -1);
        StringBuilder b = new StringBuilder(text.length() * 2 + 1024);
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'self'\">\n")
                .append("<title>").append(escape(named)).append(" (preview)</title>\n")
                .append("<link rel=\"stylesheet\" href=\"").append(Preview.STYLESHEET).append("\">\n")
                .append("</head>\n<body class=\"briefing-source\">\n<header>\n<p><a href=\"/\">Back to the preview</a></p>\n")
                .append("<h1>").append(escape(named)).append("</h1>\n");
        List<Diagnostic> sorted = problems.stream().sorted(Preview.ERRORS_FIRST).toList();
        if (!sorted.isEmpty()) {
            b.append("<ul>\n");
            for (Diagnostic d : sorted) {
                b.append("<li>").append(d.line() > 0 ? "<a href=\"#L" + d.line() + "\">line " + d.line() + "</a>: "
                        : "").append(escape(d.severity().label() + ": " + d.message())).append("</li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</header>\n<main>\n<ol class=\"briefing-lines\">\n");
        for (int i = 0; i < lines.length; i++) {
            if (i == lines.length - 1 && lines[i].isEmpty() && i > 0) {
                break; // the newline that ends the file starts no line
            }
            int number = i + 1;
            List<Diagnostic> here = sorted.stream().filter(d -> d.line() == number).toList();
            b.append("<li id=\"L").append(number).append('"');
            if (!here.isEmpty()) {
                b.append(" class=\"marked\"");
            }
            b.append("><code>").append(escape(lines[i])).append("</code>");
            for (Diagnostic d : here) {
                b.append("<p class=\"problem\"><strong>").append(d.isError() ? "Error" : "Warning")
                        .append(":</strong> ").append(escape(d.message())).append("</p>");
            }
            b.append("</li>\n");
        }
        return b.append("</ol>\n</main>\n</body>\n</html>\n").toString();
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
