package briefing.site;

import briefing.content.ContentLoader;
import briefing.graph.Graph;
import briefing.graph.GraphBuilder;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Severity;
import briefing.render.PageRenderer;
import briefing.render.RenderException;
import briefing.render.Route;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The whole build: load the content, resolve the graph, render every page, and write the site
 * atomically. Also the read-only {@link #check}. Reports problems as diagnostics; never prints.
 */
public final class SiteBuilder {
    private final ContentLoader loader = new ContentLoader();
    private final boolean strict;

    public SiteBuilder() {
        this(false);
    }

    /** @param strict whether warnings stop the build as errors do */
    public SiteBuilder(boolean strict) {
        this.strict = strict;
    }

    /** What a build or check did. {@code pages} is 0 when nothing was written. */
    public record Outcome(List<Diagnostic> diagnostics, int pages, Graph graph) {
        public boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }

        public long count(Severity severity) {
            return diagnostics.stream().filter(d -> d.severity() == severity).count();
        }
    }

    /**
     * Validates everything and renders every page in memory, writing nothing.
     *
     * @param display the content folder as the editor named it, for messages
     */
    public Outcome check(Path content, String display, Path templates) {
        return run(content, display, templates, null);
    }

    /** Builds the site into {@code out}; on any error the previous {@code out} is left exactly as it was. */
    public Outcome build(Path content, String display, Path templates, Path out) {
        return run(content, display, templates, out);
    }

    private Outcome run(Path content, String display, Path templates, Path out) {
        List<Diagnostic> all = new ArrayList<>();
        if (out != null) {
            Optional<String> refusal = OutputFolder.refusal(out, content);
            if (refusal.isPresent()) {
                all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, refusal.get()));
                return new Outcome(all, 0, null);
            }
        }
        if (templates != null && !Files.isDirectory(templates)) {
            all.add(new Diagnostic(Severity.ERROR, templates.toString(), 0, "templates folder not found"));
            return new Outcome(all, 0, null);
        }
        ContentLoader.Result loaded = loader.load(content, display);
        all.addAll(loaded.diagnostics());
        if (loaded.content() == null || loaded.content().settings() == null) {
            return new Outcome(sorted(all), 0, null);
        }
        GraphBuilder.Result resolved = GraphBuilder.build(loaded.content());
        all.addAll(resolved.diagnostics());
        Graph graph = resolved.graph();
        if (all.stream().anyMatch(d -> d.isError() || strict)) {
            return new Outcome(sorted(all), 0, graph);
        }
        PageRenderer renderer = new PageRenderer(templates, new JsoupSanitizer());
        Map<String, byte[]> files;
        try {
            files = render(graph, renderer);
        } catch (RenderException e) {
            all.add(new Diagnostic(Severity.ERROR, e.template(), e.line(), e.getMessage()));
            return new Outcome(sorted(all), 0, graph);
        }
        if (out == null) {
            return new Outcome(sorted(all), 0, graph);
        }
        OutputFolder folder = OutputFolder.of(out);
        Path staged = null;
        try {
            staged = folder.begin();
            write(staged, files);
            folder.commit(staged);
        } catch (IOException e) {
            folder.abandon(staged);
            all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, "cannot write the site: " + e.getMessage()));
            return new Outcome(sorted(all), 0, graph);
        }
        int pages = (int) files.keySet().stream().filter(p -> p.endsWith(".html")).count();
        return new Outcome(sorted(all), pages, graph);
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    /** Every output file by site-relative path, rendered in parallel. */
    private static Map<String, byte[]> render(Graph graph, PageRenderer renderer) {
        Map<String, String> sha = new TreeMap<>();
        for (Article a : graph.articles()) {
            sha.put(a.id(), sha256(a.body().markdown()));
        }
        PageRenderer.Pages pages = renderer.pages(graph);
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        List<Route> routes = SitePlan.routes(graph);
        routes.parallelStream().forEach(route -> {
            String html = pages.render(route, route.id() == null ? null : sha.get(route.id()));
            files.put(route.path(), html.getBytes(StandardCharsets.UTF_8));
        });
        files.put("data/briefing.json", BriefingJson.write(graph, sha).getBytes(StandardCharsets.UTF_8));
        files.put("data/search-index.js", pages.searchIndex().getBytes(StandardCharsets.UTF_8));
        Discovery.files(graph, routes, pages.updated())
                .forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        for (String asset : PageRenderer.ASSETS) {
            files.put(asset, renderer.asset(asset));
        }
        return new TreeMap<>(files);
    }

    private static void write(Path root, Map<String, byte[]> files) throws IOException {
        for (var e : files.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
