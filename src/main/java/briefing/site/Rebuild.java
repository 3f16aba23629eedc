package briefing.site;

import briefing.content.ContentLoader;
import briefing.content.FileCache;
import briefing.graph.GraphBuilder;
import briefing.graph.GraphMemo;
import briefing.model.Content;
import briefing.render.PageKind;
import briefing.render.PageMemo;
import briefing.render.PageModel;
import briefing.render.PageRenderer;
import briefing.render.Route;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All that {@code serve} keeps from one build to the next, in one place, so that a rebuild reads,
 * resolves and renders again only what changed, with the same result as a clean build: the files
 * read (a {@link FileCache}, which hands back the same objects for unchanged files), the graph's
 * memo ({@link GraphMemo}), the renderer, the page models and the inputs they read
 * ({@link PageMemo}), and each page's model and bytes. A run's results replace the last run's only
 * when it succeeds.
 */
final class Rebuild implements SiteMemo {
    private final ContentLoader loader = new ContentLoader(FileCache.keeping());
    private final GraphMemo graph = GraphMemo.keeping();
    private PageRenderer renderer;
    private Path templates;
    private PageMemo pages = PageMemo.keeping();
    /** The template files changed since the last run ({@code actor.ftlh}). */
    private Set<String> changedTemplates = Set.of();
    /** Whether a changed template (a layout, an include) may be used by every page. */
    private boolean everyPage;
    private Map<String, PageModel> lastModels = Map.of();
    private Map<String, byte[]> lastFiles = Map.of();
    private Map<String, PageModel> models = Map.of();
    private Map<String, byte[]> files = Map.of();

    /** Starts a run after the template files {@code changed} changed. */
    Rebuild after(Collection<String> changed) {
        changedTemplates = Set.copyOf(changed);
        everyPage = changedTemplates.stream().anyMatch(t -> !t.startsWith("assets/") && !PageKind.isPageTemplate(t));
        return this;
    }

    /** About how many files the last run made. */
    int expectedFiles() {
        return lastFiles.size() + 16;
    }

    @Override
    public ContentLoader loader() {
        return loader;
    }

    @Override
    public GraphBuilder.Result resolve(Content content) {
        return GraphBuilder.build(content, graph);
    }

    /** The same renderer as last time, its changed templates read again; a new one for another templates folder. */
    @Override
    public PageRenderer renderer(Path templates) {
        if (renderer == null || !Objects.equals(templates, this.templates)) {
            renderer = new PageRenderer(templates, new JsoupSanitizer());
            this.templates = templates;
            lastModels = Map.of();
            pages = PageMemo.keeping();
        } else if (!changedTemplates.isEmpty()) {
            renderer.reloadTemplates();
        }
        return renderer;
    }

    @Override
    public PageMemo pages(List<Route> routes) {
        models = new ConcurrentHashMap<>(routes.size() * 2);
        files = new ConcurrentHashMap<>(routes.size() * 2);
        return pages;
    }

    @Override
    public byte[] reusable(Route route, PageModel model) {
        byte[] bytes = lastFiles.get(route.path());
        if (bytes == null || everyPage || changedTemplates.contains(route.template())) {
            return null;
        }
        // A model taken over from the last graph is the very same object: no need to walk it.
        PageModel last = lastModels.get(route.path());
        return model == last || model.equals(last) ? bytes : null;
    }

    @Override
    public void keep(Route route, PageModel model, byte[] bytes) {
        models.put(route.path(), model);
        files.put(route.path(), bytes);
    }

    @Override
    public void commit() {
        lastModels = models;
        lastFiles = files;
        pages.commit();
    }
}
