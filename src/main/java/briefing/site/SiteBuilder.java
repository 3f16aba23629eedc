package briefing.site;

import briefing.content.ContentLoader;
import briefing.graph.Graph;
import briefing.graph.GraphBuilder;
import briefing.model.Article;
import briefing.model.Diagnostic;
import briefing.model.Severity;
import briefing.render.PageModel;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole build: load the content, resolve the graph, render every page, and write the site
 * atomically; or the read-only {@link #check}. Reports problems as diagnostics; never prints.
 *
 * <p>A builder remembers what it read and rendered, so that building again with the same builder
 * (as {@code serve} does) reads only the files that changed and renders only the pages whose
 * inputs changed; the result is the same as a fresh build's, byte for byte.
 */
public final class SiteBuilder {
    private final boolean strict;
    private final ContentLoader loader = new ContentLoader();
    private PageRenderer renderer;
    private Path rendererTemplates;
    private Map<String, PageModel> lastModels = Map.of();
    private Map<String, byte[]> lastFiles = Map.of();
    private Progress progress = Progress.NONE;

    public SiteBuilder() {
        this(false);
    }

    /** @param strict whether warnings stop the build as errors do */
    public SiteBuilder(boolean strict) {
        this.strict = strict;
    }

    /** Reports each stage, and pages rendered of the total, to {@code listener}. */
    public SiteBuilder progress(Progress listener) {
        this.progress = listener == null ? Progress.NONE : listener;
        return this;
    }

    /**
     * What a build or check did.
     *
     * @param pages    the HTML pages of the site (written or, for check, rendered in memory)
     * @param rendered how many pages this run rendered (the others were reused unchanged)
     * @param files    every output file by site path; empty when the run failed
     */
    public record Outcome(List<Diagnostic> diagnostics, int pages, int rendered, int filesRead, Graph graph,
            Map<String, byte[]> files) {
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
        return run(content, display, templates, null, Set.of());
    }

    /** Builds the site into {@code out}; on any error the previous {@code out} is left exactly as it was. */
    public Outcome build(Path content, String display, Path templates, Path out) {
        return run(content, display, templates, out, Set.of());
    }

    /**
     * Renders the site in memory again after a change, reusing what did not change.
     *
     * @param changedTemplates names of template files that changed since the last run ({@code actor.ftlh})
     */
    public Outcome rebuild(Path content, String display, Path templates, Collection<String> changedTemplates) {
        return run(content, display, templates, null, Set.copyOf(changedTemplates));
    }

    private Outcome run(Path content, String display, Path templates, Path out, Set<String> changedTemplates) {
        if (out == null) {
            return runLocked(content, display, templates, null, changedTemplates);
        }
        List<Diagnostic> all = new ArrayList<>();
        Optional<String> refusal = OutputFolder.refusal(out, content);
        if (refusal.isPresent()) {
            all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, refusal.get()));
            return failure(all, null);
        }
        // One build at a time per output folder; the first thing it does is repair what a killed one left.
        OutputFolder folder = OutputFolder.of(out);
        try (OutputFolder.Lock lock = folder.lock(OutputFolder.LOCK_WAIT)) {
            folder.recover();
            return runLocked(content, display, templates, out, changedTemplates);
        } catch (IOException e) {
            all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, "cannot write the site: " + e.getMessage()));
            return failure(all, null);
        }
    }

    private Outcome runLocked(Path content, String display, Path templates, Path out, Set<String> changedTemplates) {
        List<Diagnostic> all = new ArrayList<>();
        if (templates != null && !Files.isDirectory(templates)) {
            all.add(new Diagnostic(Severity.ERROR, templates.toString(), 0, "templates folder not found"));
            return failure(all, null);
        }
        progress.update("reading", 0, 0);
        ContentLoader.Result loaded = loader.load(content, display);
        all.addAll(loaded.diagnostics());
        if (loaded.content() == null || loaded.content().settings() == null) {
            return failure(all, null);
        }
        progress.update("resolving", 0, 0);
        GraphBuilder.Result resolved = GraphBuilder.build(loaded.content());
        all.addAll(resolved.diagnostics());
        Graph graph = resolved.graph();
        if (all.stream().anyMatch(d -> d.isError() || strict)) {
            return failure(all, graph);
        }
        Rendered rendered;
        try {
            rendered = render(graph, renderer(templates, changedTemplates), changedTemplates);
        } catch (RenderException e) {
            all.add(new Diagnostic(Severity.ERROR, e.template(), e.line(), e.getMessage()));
            return failure(all, graph);
        }
        if (out != null) {
            OutputFolder folder = OutputFolder.of(out);
            Path staged = null;
            try {
                progress.update("writing", 0, 0);
                staged = folder.begin();
                write(staged, rendered.files());
                folder.commit(staged);
            } catch (IOException e) {
                folder.abandon(staged);
                all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, "cannot write the site: " + e.getMessage()));
                return failure(all, graph);
            }
        }
        int pages = (int) rendered.files().keySet().stream().filter(p -> p.endsWith(".html")).count();
        return new Outcome(sorted(all), pages, rendered.count(), loader.filesRead(), graph, rendered.files());
    }

    private Outcome failure(List<Diagnostic> all, Graph graph) {
        return new Outcome(sorted(all), 0, 0, loader.filesRead(), graph, Map.of());
    }

    private PageRenderer renderer(Path templates, Set<String> changedTemplates) {
        if (renderer == null || !java.util.Objects.equals(templates, rendererTemplates)) {
            renderer = new PageRenderer(templates, new JsoupSanitizer());
            rendererTemplates = templates;
            lastModels = Map.of();
        } else if (!changedTemplates.isEmpty()) {
            renderer.reloadTemplates();
        }
        return renderer;
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }

    private record Rendered(Map<String, byte[]> files, int count) {
    }

    /** Every output file by site-relative path; pages whose model did not change are reused. */
    private Rendered render(Graph graph, PageRenderer renderer, Set<String> changedTemplates) {
        Map<String, String> sha = new TreeMap<>();
        for (Article a : graph.articles()) {
            sha.put(a.id(), sha256(a.body().markdown()));
        }
        PageRenderer.Pages pages = renderer.pages(graph);
        boolean everyPage = changedTemplates.stream().anyMatch(t -> !t.startsWith("assets/")
                && !isPageTemplate(t));
        Map<String, byte[]> files = new ConcurrentHashMap<>();
        Map<String, PageModel> models = new ConcurrentHashMap<>();
        AtomicInteger count = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Route> routes = SitePlan.routes(graph);
        progress.update("rendering", 0, routes.size());
        Map<String, PageModel> previous = lastModels;
        Map<String, byte[]> previousFiles = lastFiles;
        routes.parallelStream().forEach(route -> {
            PageModel model = pages.model(route, route.id() == null ? null : sha.get(route.id()));
            models.put(route.path(), model);
            byte[] reuse = previousFiles.get(route.path());
            if (reuse != null && !everyPage && !changedTemplates.contains(route.template())
                    && model.equals(previous.get(route.path()))) {
                files.put(route.path(), reuse);
            } else {
                files.put(route.path(), renderer.process(model).getBytes(StandardCharsets.UTF_8));
                count.incrementAndGet();
            }
            progress.update("rendering", done.incrementAndGet(), routes.size());
        });
        files.put("data/briefing.json", BriefingJson.write(graph, sha).getBytes(StandardCharsets.UTF_8));
        files.put("data/search-index.js", pages.searchIndex().getBytes(StandardCharsets.UTF_8));
        Discovery.files(graph, routes, pages.updated())
                .forEach((path, text) -> files.put(path, text.getBytes(StandardCharsets.UTF_8)));
        for (String asset : PageRenderer.ASSETS) {
            files.put(asset, renderer.asset(asset));
        }
        Map<String, byte[]> sortedFiles = new TreeMap<>(files);
        lastModels = new HashMap<>(models);
        lastFiles = sortedFiles;
        return new Rendered(sortedFiles, count.get());
    }

    private static boolean isPageTemplate(String name) {
        return SitePlan.TEMPLATES.contains(name);
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
