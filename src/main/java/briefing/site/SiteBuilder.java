package briefing.site;

import briefing.content.ContentLoader;
import briefing.graph.Graph;
import briefing.graph.GraphBuilder;
import briefing.model.Diagnostic;
import briefing.model.Parallel;
import briefing.model.Severity;
import briefing.render.PageKind;
import briefing.render.PageModel;
import briefing.render.PageRenderer;
import briefing.render.RenderException;
import briefing.render.Route;
import briefing.render.Sink;
import java.io.IOException;
import java.io.UncheckedIOException;
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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
    private PageRenderer.Pages lastPages;
    private Map<String, Sha> lastSha = Map.of();
    private Map<String, byte[]> lastFiles = Map.of();
    private Progress progress = Progress.NONE;
    private final GraphBuilder.Memo graphMemo = new GraphBuilder.Memo();

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
        return run(content, display, templates, null, Set.of(), false);
    }

    /** Builds the site into {@code out}; on any error the previous {@code out} is left exactly as it was. */
    public Outcome build(Path content, String display, Path templates, Path out) {
        return run(content, display, templates, out, Set.of(), false);
    }

    /**
     * Renders the site in memory again after a change, reusing what did not change.
     *
     * @param changedTemplates names of template files that changed since the last run ({@code actor.ftlh})
     */
    public Outcome rebuild(Path content, String display, Path templates, Collection<String> changedTemplates) {
        return run(content, display, templates, null, Set.copyOf(changedTemplates), true);
    }

    private Outcome run(Path content, String display, Path templates, Path out, Set<String> changedTemplates,
            boolean rebuilding) {
        if (out == null) {
            return runLocked(content, display, templates, null, changedTemplates, rebuilding ? Mode.REBUILD : Mode.CHECK);
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
            return runLocked(content, display, templates, out, changedTemplates, Mode.BUILD);
        } catch (IOException e) {
            all.add(new Diagnostic(Severity.ERROR, out.toString(), 0, "cannot write the site: " + e.getMessage()));
            return failure(all, null);
        }
    }

    /** What a run does with the files it renders. */
    private enum Mode {
        /** Render in memory and drop: only problems count. */
        CHECK,
        /** Write each file into the new site as it is rendered; keep nothing. */
        BUILD,
        /** Keep every file in memory and reuse unchanged pages next time (serve). */
        REBUILD
    }

    private Outcome runLocked(Path content, String display, Path templates, Path out, Set<String> changedTemplates,
            Mode mode) {
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
        GraphBuilder.Result resolved = mode == Mode.REBUILD ? GraphBuilder.build(loaded.content(), graphMemo)
                : GraphBuilder.build(loaded.content());
        all.addAll(resolved.diagnostics());
        Graph graph = resolved.graph();
        if (all.stream().anyMatch(d -> d.isError() || strict)) {
            return failure(all, graph);
        }
        OutputFolder folder = out == null ? null : OutputFolder.of(out);
        Path staged = null;
        try {
            Sink sink;
            if (mode == Mode.BUILD) {
                staged = folder.begin();
                sink = new DiskSink(staged, folder.previous().orElse(null));
            } else if (mode == Mode.REBUILD) {
                sink = new MemorySink(lastFiles.size() + 16);
            } else {
                sink = Sink.NONE;
            }
            List<Route> routes = PageKind.routes(graph);
            int rendered = render(graph, routes, renderer(templates, changedTemplates), changedTemplates, sink, mode);
            if (mode == Mode.BUILD) {
                progress.update("writing", 0, 0);
                folder.commit(staged);
            }
            Map<String, byte[]> files = sink instanceof MemorySink memory ? memory.sorted() : Map.of();
            return new Outcome(sorted(all), routes.size(), rendered, loader.filesRead(), graph, files);
        } catch (RenderException e) {
            abandon(folder, staged);
            all.add(new Diagnostic(Severity.ERROR, e.template(), e.line(), e.getMessage()));
            return failure(all, graph);
        } catch (IOException | UncheckedIOException e) {
            abandon(folder, staged);
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            all.add(new Diagnostic(Severity.ERROR, String.valueOf(out), 0, "cannot write the site: " + why));
            return failure(all, graph);
        }
    }

    private static void abandon(OutputFolder folder, Path staged) {
        if (folder != null) {
            folder.abandon(staged);
        }
    }

    private Outcome failure(List<Diagnostic> all, Graph graph) {
        return new Outcome(sorted(all), 0, 0, loader.filesRead(), graph, Map.of());
    }

    private PageRenderer renderer(Path templates, Set<String> changedTemplates) {
        if (renderer == null || !Objects.equals(templates, rendererTemplates)) {
            renderer = new PageRenderer(templates, new JsoupSanitizer());
            rendererTemplates = templates;
            lastModels = Map.of();
            lastPages = null;
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

    /** Renders every output file into the sink; returns how many pages were rendered (not reused). */
    private int render(Graph graph, List<Route> routes, PageRenderer renderer, Set<String> changedTemplates,
            Sink sink, Mode mode) {
        boolean reuse = mode == Mode.REBUILD;
        Map<String, Sha> known = new ConcurrentHashMap<>(graph.articles().size() * 2);
        Parallel.forEach(graph.articles(), a -> {
            String markdown = a.body().markdown();
            Sha last = lastSha.get(a.id());
            known.put(a.id(), last != null && last.markdown().equals(markdown) ? last
                    : new Sha(markdown, sha256(markdown)));
        });
        Map<String, String> sha = new HashMap<>(graph.articles().size() * 2);
        known.forEach((id, digest) -> sha.put(id, digest.sha256()));
        Map<String, Sha> shaKept = reuse ? known : null;
        PageRenderer.Pages pages = reuse ? renderer.pages(graph, lastPages) : renderer.pages(graph);
        boolean everyPage = changedTemplates.stream().anyMatch(t -> !t.startsWith("assets/")
                && !isPageTemplate(t));
        Map<String, PageModel> models = reuse ? new ConcurrentHashMap<>(routes.size() * 2) : null;
        Map<String, byte[]> kept = reuse ? new ConcurrentHashMap<>(routes.size() * 2) : null;
        AtomicInteger count = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        progress.update("rendering", 0, routes.size());
        Map<String, PageModel> previous = lastModels;
        Map<String, byte[]> previousFiles = lastFiles;
        Runnable json = () -> sink.stream("data/briefing.json", out -> BriefingJson.write(graph, sha, out));
        // On disk, briefing.json (long: claims x articles) is written on a thread of its own while the
        // pages render, so that no core waits for it at the end.
        try (Background writing = mode == Mode.BUILD ? new Background("briefing-json", json) : null) {
            Parallel.forEach(routes, route -> {
                PageModel model = pages.model(route, route.id() == null ? null : sha.get(route.id()));
                byte[] bytes = reuse ? previousFiles.get(route.path()) : null;
                if (bytes == null || everyPage || changedTemplates.contains(route.template())
                        || !model.equals(previous.get(route.path()))) {
                    bytes = renderer.render(model);
                    count.incrementAndGet();
                }
                sink.put(route.path(), bytes);
                if (reuse) {
                    models.put(route.path(), model);
                    kept.put(route.path(), bytes);
                }
                progress.update("rendering", done.incrementAndGet(), routes.size());
            });
            if (writing == null) {
                json.run();
            }
            sink.put("data/search-index.js", pages.searchIndex().getBytes(StandardCharsets.UTF_8));
            Discovery.files(graph, routes, pages.updated())
                    .forEach((path, text) -> sink.put(path, text.getBytes(StandardCharsets.UTF_8)));
            for (String asset : PageRenderer.ASSETS) {
                sink.put(asset, renderer.asset(asset));
            }
            if (writing != null) {
                writing.finish();
            }
        }
        if (reuse) {
            lastModels = models;
            lastFiles = kept;
            lastPages = pages;
            lastSha = shaKept;
        }
        return count.get();
    }

    /** An article's text and its SHA-256, kept so that unchanged texts are not hashed again. */
    private record Sha(String markdown, String sha256) {
    }

    private static boolean isPageTemplate(String name) {
        return PageKind.isPageTemplate(name);
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
