package briefing.serve;

import briefing.model.Diagnostic;
import briefing.site.PostProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
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
            .briefing-preview-errors { background: #fff0ee; color: #5c0b00; border: 3px solid #b3261e;
              padding: .75rem 1rem; margin: 0; font: 15px/1.4 system-ui, sans-serif; }
            .briefing-preview-errors p { margin: 0 0 .5rem; }
            .briefing-preview-errors ul { margin: 0; }
            .briefing-preview-errors a { color: inherit; }
            """;

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

    /** The steps for the pages of one state of the site: the errors when it is broken, then the reload script. */
    static PostProcess steps(LiveSite.Snapshot snapshot) {
        return snapshot.broken() ? PostProcess.of(errors(snapshot.diagnostics()), RELOAD) : PostProcess.of(RELOAD);
    }

    /**
     * Adds the errors, with a link to the stylesheet that styles them, at the start of the page's body
     * (at the start of the page when it has none).
     */
    static PostProcess.Step errors(List<Diagnostic> diagnostics) {
        String banner = banner(diagnostics);
        return (path, html) -> {
            int body = html.indexOf("<body");
            int at = body < 0 ? 0 : html.indexOf('>', body) + 1;
            return html.substring(0, at) + banner + html.substring(at);
        };
    }

    private static String banner(List<Diagnostic> diagnostics) {
        StringBuilder b = new StringBuilder("\n<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">"
                + "<div class=\"briefing-preview-errors\" role=\"alert\">"
                + "<p><strong>The content has errors.</strong> This is the last good"
                + " version of the page; it updates by itself when the errors are fixed.</p><ul>");
        for (Diagnostic d : diagnostics) {
            String href = Path.of(d.path()).toAbsolutePath().normalize().toUri().toString();
            b.append("<li><a href=\"").append(escape(href)).append("\">").append(escape(d.format()))
                    .append("</a></li>");
        }
        return b.append("</ul></div>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
