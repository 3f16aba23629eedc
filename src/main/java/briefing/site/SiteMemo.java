package briefing.site;

import briefing.content.ContentLoader;
import briefing.graph.GraphBuilder;
import briefing.model.Content;
import briefing.render.PageMemo;
import briefing.render.PageModel;
import briefing.render.PageRenderer;
import briefing.render.Route;
import java.nio.file.Path;
import java.util.List;

/**
 * What one run of the build takes over from the last and leaves for the next. A clean build (build,
 * check) has no next run: it uses {@link #NONE}, which keeps nothing and makes everything afresh;
 * {@code serve} uses a {@link Rebuild}, which holds all that its rebuilds reuse.
 */
interface SiteMemo {
    /** Keeps nothing: every run reads, resolves and renders everything once. */
    SiteMemo NONE = new SiteMemo() {
        @Override
        public ContentLoader loader() {
            return new ContentLoader();
        }

        @Override
        public GraphBuilder.Result resolve(Content content) {
            return GraphBuilder.build(content);
        }

        @Override
        public PageRenderer renderer(Path templates) {
            return new PageRenderer(templates, new JsoupSanitizer());
        }

        @Override
        public PageMemo pages(List<Route> routes) {
            return PageMemo.NONE;
        }

        @Override
        public byte[] reusable(Route route, PageModel model) {
            return null;
        }

        @Override
        public void keep(Route route, PageModel model, byte[] bytes) {
        }

        @Override
        public void commit() {
        }
    };

    /** The loader of the content folder. */
    ContentLoader loader();

    /** The graph of the content. */
    GraphBuilder.Result resolve(Content content);

    /** The renderer with the templates of {@code templates} (null: the bundled ones). */
    PageRenderer renderer(Path templates);

    /** What the page models of {@code routes} take over from the last run's, and leave for the next. */
    PageMemo pages(List<Route> routes);

    /** The last run's bytes of the page, when its model and template are unchanged; else null. */
    byte[] reusable(Route route, PageModel model);

    /** Remembers a page of this run for the next. */
    void keep(Route route, PageModel model, byte[] bytes);

    /** This run succeeded: what it made is what the next run takes over. */
    void commit();
}
