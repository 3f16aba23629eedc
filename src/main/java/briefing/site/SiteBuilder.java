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
import briefing.render.SiteFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The whole build: load the content, resolve the graph, render every page, and write the site
 * atomically; or the read-only {@link #check}. Reports problems as diagnostics; never prints.
 *
 * <p>{@link #check} and {@link #build} are clean builds: they keep nothing for a next run
 * ({@link SiteMemo#NONE}). {@link #rebuild}, as {@code serve} calls it, keeps what it made in a
 * {@link Rebuild}, so that the next rebuild with the same builder renders only the pages whose
 * inputs changed and reads only the files that changed; the result is the same as a clean build's,
 * byte for byte.
 */
public final class SiteBuilder {
    /** What the build does to every page once rendered: a chain of steps, empty for now. */
    private static final PostProcess FINISH = PostProcess.EMPTY;

    private final boolean strict;
    private Progress progress = Progress.NONE;
    /** All that serve's rebuilds reuse; made by the first rebuild. */
    private Rebuild rebuild;

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
        return run(content, display, templates, Target.NONE, SiteMemo.NONE);
    }

    /** Builds the site into {@code out}; on any error the previous {@code out} is left exactly as it was. */
    public Outcome build(Path content, String display, Path templates, Path out) {
        Optional<String> refusal = OutputFolder.refusal(out, content);
        if (refusal.isPresent()) {
            return failure(List.of(new Diagnostic(Severity.ERROR, out.toString(), 0, refusal.get())), null, 0);
        }
        // One build at a time per output folder; the first thing it does is repair what a killed one left.
        OutputFolder folder = OutputFolder.of(out);
        try (OutputFolder.Lock lock = folder.lock(OutputFolder.LOCK_WAIT)) {
            folder.recover();
            return run(content, display, templates, new DiskTarget(out, folder, progress), SiteMemo.NONE);
        } catch (IOException e) {
            return failure(List.of(new Diagnostic(Severity.ERROR, out.toString(), 0,
                    "cannot write the site: " + e.getMessage())), null, 0);
        }
    }

    /**
     * Renders the site in memory again after a change, reusing what did not change.
     *
     * @param changedTemplates names of template files that changed since the last run ({@code actor.ftlh})
     */
    public Outcome rebuild(Path content, String display, Path templates, Collection<String> changedTemplates) {
        if (rebuild == null) {
            rebuild = new Rebuild();
        }
        rebuild.after(changedTemplates);
        return run(content, display, templates, Target.memory(rebuild.expectedFiles()), rebuild);
    }

    /** The stages in order: load, resolve, render, write. */
    private Outcome run(Path content, String display, Path templates, Target target, SiteMemo memo) {
        List<Diagnostic> all = new ArrayList<>();
        if (templates != null && !Files.isDirectory(templates)) {
            all.add(new Diagnostic(Severity.ERROR, templates.toString(), 0, "templates folder not found"));
            return failure(all, null, 0);
        }
        progress.update("reading", 0, 0);
        ContentLoader loader = memo.loader();
        ContentLoader.Result loaded = loader.load(content, display);
        all.addAll(loaded.diagnostics());
        if (loaded.content() == null || loaded.content().settings() == null) {
            return failure(all, null, loader.filesRead());
        }
        progress.update("resolving", 0, 0);
        GraphBuilder.Result resolved = memo.resolve(loaded.content());
        all.addAll(resolved.diagnostics());
        Graph graph = resolved.graph();
        PageRenderer renderer = memo.renderer(templates);
        all.addAll(renderer.languageProblems(graph.settings()));
        if (all.stream().anyMatch(d -> d.isError() || strict)) {
            return failure(all, graph, loader.filesRead());
        }
        try {
            List<Route> routes = PageKind.routes(graph);
            List<Diagnostic> templateProblems = renderer.prepare(routes);
            if (!templateProblems.isEmpty()) {
                all.addAll(templateProblems);
                return failure(all, graph, loader.filesRead());
            }
            Sink sink = target.open();
            int rendered = render(graph, renderer, routes, memo, sink);
            target.commit();
            memo.commit();
            return new Outcome(sorted(all), routes.size(), rendered, loader.filesRead(), graph, target.files());
        } catch (RenderException e) {
            target.abandon();
            all.add(new Diagnostic(Severity.ERROR, e.template(), e.line(), e.getMessage()));
            return failure(all, graph, loader.filesRead());
        } catch (IOException | UncheckedIOException e) {
            target.abandon();
            String why = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            all.add(new Diagnostic(Severity.ERROR, String.valueOf(target.where()), 0, "cannot write the site: " + why));
            return failure(all, graph, loader.filesRead());
        }
    }

    /** Renders every file of the site into the sink; returns how many pages were rendered (not reused). */
    private int render(Graph graph, PageRenderer renderer, List<Route> routes, SiteMemo memo, Sink sink) {
        PageRenderer.Pages pages = renderer.pages(graph, routes, memo.pages(routes));
        // First the other files: a streamed one (briefing.json) may be written while the pages render.
        for (SiteFile file : SiteFile.values()) {
            file.write(pages, sink);
        }
        AtomicInteger count = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        progress.update("rendering", 0, routes.size());
        Parallel.forEach(routes, route -> {
            PageModel model = pages.model(route);
            byte[] bytes = memo.reusable(route, model);
            if (bytes == null) {
                bytes = FINISH.apply(route.path(), renderer.render(model));
                count.incrementAndGet();
            }
            memo.keep(route, model, bytes);
            sink.put(route.path(), bytes);
            progress.update("rendering", done.incrementAndGet(), routes.size());
        });
        return count.get();
    }

    private static Outcome failure(List<Diagnostic> all, Graph graph, int filesRead) {
        return new Outcome(sorted(all), 0, 0, filesRead, graph, Map.of());
    }

    private static List<Diagnostic> sorted(List<Diagnostic> diagnostics) {
        List<Diagnostic> copy = new ArrayList<>(diagnostics);
        copy.sort(Diagnostic.ORDER);
        return List.copyOf(copy);
    }
}
