package briefing.serve;

import briefing.model.Diagnostic;
import briefing.site.SiteBuilder;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The site as {@code serve} holds it in memory: the pages of the last good build and the problems
 * of the latest one. Rebuilding is incremental; readers see a consistent snapshot.
 */
final class LiveSite {
    /** One state of the site: the files to serve and the problems to show over them. */
    record Snapshot(Map<String, byte[]> files, List<Diagnostic> diagnostics, long version) {
        boolean broken() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /** What one rebuild did, for the console. */
    record Rebuild(Snapshot snapshot, int rendered, int filesRead, double millis) {
    }

    private final Path content;
    private final String display;
    private final Path templates;
    private final SiteBuilder builder = new SiteBuilder();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), List.of(), 0);

    LiveSite(Path content, String display, Path templates) {
        this.content = content;
        this.display = display;
        this.templates = templates;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /** Builds again; keeps the last good pages when the content is broken. */
    synchronized Rebuild rebuild(Collection<String> changedTemplates) {
        long start = System.nanoTime();
        SiteBuilder.Outcome outcome = builder.rebuild(content, display, templates, changedTemplates);
        Map<String, byte[]> files = outcome.failed() ? snapshot.files() : outcome.files();
        snapshot = new Snapshot(files, outcome.diagnostics(), snapshot.version() + 1);
        return new Rebuild(snapshot, outcome.rendered(), outcome.filesRead(), (System.nanoTime() - start) / 1e6);
    }
}
