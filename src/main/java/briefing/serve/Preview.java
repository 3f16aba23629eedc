package briefing.serve;

import briefing.model.Diagnostic;
import briefing.site.PostProcess;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * What the preview adds to the pages it serves, and the files it serves for that: the reload script
 * on every page, and, while the content is broken, the errors above the page. Each addition is one
 * step of the chain applied to a page as it is served; nothing else in the page changes, and nothing
 * of it reaches the site folder. What the additions load comes from the preview's own addresses, so
 * they work under any Content-Security-Policy that lets a page load the site's own scripts and
 * stylesheets.
 */
final class Preview {
    /** The stream of server-sent events that announces each rebuild. */
    static final String EVENTS = "/__briefing/events";
    /** The script that reloads the page when a rebuild is announced. */
    static final String SCRIPT = "/__briefing/reload.js";
    /** The stylesheet of the error banner. */
    static final String STYLESHEET = "/__briefing/preview.css";

    private static final String RELOAD_JS = "new EventSource(\"" + EVENTS + "\").onmessage = function () {"
            + " location.reload(); };\n";
    private static final String PREVIEW_CSS = """
            .briefing-preview { margin: 0; font: 15px/1.4 system-ui, sans-serif; }
            .briefing-preview-errors { background: #fff0ee; color: #5c0b00; border: 3px solid #b3261e;
              padding: .75rem 1rem; }
            .briefing-preview-warnings { background: #fff8e1; color: #3d2c00; border: 2px solid #8a6d00;
              padding: .5rem 1rem; }
            .briefing-preview-warnings summary { cursor: pointer; font-weight: bold; }
            .briefing-preview p { margin: 0 0 .5rem; }
            .briefing-preview ul { margin: 0; padding-left: 1.25rem; }
            .briefing-preview a { color: inherit; }
            .briefing-source { margin: 0 auto; max-width: 60rem; padding: 0 1rem 2rem;
              font: 15px/1.4 system-ui, sans-serif; color: #1a1a1a; background: #fff; }
            .briefing-lines { font: 14px/1.5 ui-monospace, monospace; padding-left: 4em; }
            .briefing-lines li { white-space: pre-wrap; overflow-wrap: anywhere; }
            .briefing-lines li::marker { color: #595959; }
            .briefing-lines .marked { background: #fff0ee; outline: 2px solid #b3261e; }
            .briefing-lines li:target { background: #ffe9a8; }
            .briefing-lines .problem { margin: .25rem 0; font: 14px/1.4 system-ui, sans-serif; color: #5c0b00; }
            """;

    /** Errors first, then warnings, each in file and line order. */
    static final Comparator<Diagnostic> ERRORS_FIRST = Comparator.comparing((Diagnostic d) -> !d.isError())
            .thenComparing(Diagnostic.ORDER);

    /** The preview's own files by address; they are served whatever the site holds. */
    static final Map<String, byte[]> FILES = Map.of(
            SCRIPT, RELOAD_JS.getBytes(StandardCharsets.UTF_8),
            STYLESHEET, PREVIEW_CSS.getBytes(StandardCharsets.UTF_8));

    /** Adds the reload script at the end of the page's body (at the end of the page when it has none). */
    static final PostProcess.Step RELOAD = (path, html) -> {
        String script = "<script src=\"" + SCRIPT + "\"></script>\n";
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + script : html.substring(0, end) + script + html.substring(end);
    };

    private Preview() {
    }

    /**
     * The steps for the pages of one state of the site: its problems when it has any (errors first,
     * warnings apart), then the reload script.
     */
    static PostProcess steps(LiveSite.Snapshot snapshot) {
        return snapshot.diagnostics().isEmpty() ? PostProcess.of(RELOAD)
                : PostProcess.of(problems(snapshot.diagnostics(), snapshot.files().isEmpty()), RELOAD);
    }

    /**
     * Adds the problems, with a link to the stylesheet that styles them, at the start of the page's
     * body (at the start of the page when it has none).
     */
    static PostProcess.Step problems(List<Diagnostic> diagnostics, boolean neverBuilt) {
        String banner = banner(diagnostics, neverBuilt);
        return (path, html) -> {
            int body = html.indexOf("<body");
            int at = body < 0 ? 0 : html.indexOf('>', body) + 1;
            return html.substring(0, at) + banner + html.substring(at);
        };
    }

    private static String banner(List<Diagnostic> diagnostics, boolean neverBuilt) {
        List<Diagnostic> errors = diagnostics.stream().filter(Diagnostic::isError).sorted(Diagnostic.ORDER).toList();
        List<Diagnostic> warnings = diagnostics.stream().filter(d -> !d.isError()).sorted(Diagnostic.ORDER).toList();
        StringBuilder b = new StringBuilder("\n<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">"
                + "<div class=\"briefing-preview\">");
        if (!errors.isEmpty()) {
            b.append("<div class=\"briefing-preview-errors\" role=\"alert\"><p><strong>The content has ")
                    .append(count(errors.size(), "error")).append(".</strong> ")
                    .append(neverBuilt ? "The site has not built yet; it appears here by itself when they are fixed."
                            : "This is the last good version of the page; it updates by itself when they are fixed.")
                    .append("</p>");
            list(b, errors);
            b.append("</div>");
        }
        if (!warnings.isEmpty()) {
            b.append("<details class=\"briefing-preview-warnings\"><summary>")
                    .append(count(warnings.size(), "warning")).append(errors.isEmpty() ? "" : " as well")
                    .append("</summary>");
            list(b, warnings);
            b.append("</details>");
        }
        return b.append("</div>\n").toString();
    }

    private static void list(StringBuilder b, List<Diagnostic> diagnostics) {
        b.append("<ul>");
        for (Diagnostic d : diagnostics) {
            b.append("<li><a href=\"").append(SourceView.escape(SourceView.link(d))).append("\">")
                    .append(SourceView.escape(d.format())).append("</a></li>");
        }
        b.append("</ul>");
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
