package briefing.render;

import briefing.graph.Graph;
import briefing.model.Diagnostic;
import briefing.model.Parallel;
import briefing.model.Settings;
import briefing.model.Severity;
import briefing.model.PartialDate;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TimeZone;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Renders pages with Freemarker templates: the bundled ones, each of which an editor may replace
 * by a file of the same name in a templates folder. The configuration is built once and shared.
 */
public final class PageRenderer {
    private static final String BUNDLED = "/briefing/templates";
    /** The template every bundled page template imports. */
    private static final String LAYOUT = "layout.ftlh";
    /** How FreeMarker's message about an unexpected token ends, before its list of the tokens it expected. */
    private static final String EXPECTED_LIST = ", but was expecting one of these patterns:";
    /** Where the search index is kept for the next rebuild. */
    private static final String SEARCH = "search";

    private final Configuration freemarker;
    private final Path overrides;
    private final MarkdownRenderer markdown;
    private final LanguageFiles languages;
    /** The words of each language asked for, read once; forgotten when templates are read again. */
    private final Map<String, LanguageFiles.Loaded> words = new ConcurrentHashMap<>();

    /**
     * @param overrides a folder of templates that replace bundled ones of the same name, or null
     * @param sanitizer cleans HTML rendered from raw HTML in content
     */
    public PageRenderer(Path overrides, HtmlSanitizer sanitizer) {
        this.overrides = overrides;
        this.markdown = new MarkdownRenderer(sanitizer);
        this.languages = new LanguageFiles(overrides, BUNDLED);
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (overrides != null) {
            try {
                loaders.add(new FileTemplateLoader(overrides.toFile()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        loaders.add(new ClassTemplateLoader(PageRenderer.class, BUNDLED));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        RecordWrapper wrapper = new RecordWrapper(Configuration.VERSION_2_3_35);
        wrapper.writeProtect();
        cfg.setObjectWrapper(wrapper);
        cfg.setSharedVariable("csp", SecurityPolicy.TEMPLATE_VALUE); // see layout.ftlh
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE); // reloaded on demand: see reloadTemplates()
        this.freemarker = cfg;
    }

    /**
     * The problems of the interface's language files for a briefing in the language {@code settings}
     * names: a language without a file, keys left to English, lines that are not {@code key = text}.
     */
    public List<Diagnostic> languageProblems(Settings settings) {
        return loaded(settings).problems();
    }

    private LanguageFiles.Loaded loaded(Settings settings) {
        String key = settings.language() + "\u0000" + settings.path() + ":" + settings.languageLine();
        return words.computeIfAbsent(key, k -> languages.load(settings));
    }

    /**
     * Prepares the views of one graph; pages can then be rendered from several threads.
     *
     * @param routes the pages of the graph's site, from {@link PageKind#routes}
     * @param memo   what the last graph's pages left for reuse, and what these leave for the next; for a
     *               clean build, {@link PageMemo#NONE}
     */
    public Pages pages(Graph graph, List<Route> routes, PageMemo memo) {
        return new Pages(graph, routes, memo);
    }

    /** A static asset's bytes: the editor's copy when the templates folder has one, else the bundled one. */
    byte[] asset(String name) {
        try {
            if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
                return Files.readAllBytes(overrides.resolve(name));
            }
            try (InputStream in = PageRenderer.class.getResourceAsStream(BUNDLED + "/" + name)) {
                if (in == null) {
                    throw new IllegalArgumentException("no bundled asset " + name);
                }
                return in.readAllBytes();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The pages of one briefing. Each page's model is made from the site record, its route and the
     * inputs it reads from the graph; when all of them equal the last graph's, the last model is reused.
     */
    public final class Pages {
        private final Graph graph;
        private final List<Route> routes;
        private final Views.Site site;
        private final PageMemo.Generation memo;

        private Pages(Graph graph, List<Route> routes, PageMemo memo) {
            this.graph = graph;
            this.routes = routes;
            var s = graph.settings();
            LocalDate updated = graph.updated();
            Words w = loaded(s).words();
            this.site = new Views.Site(s.title(), s.subtitle(), s.language(),
                    updated == null ? "" : w.date(PartialDate.of(updated)),
                    updated == null ? "" : updated.toString(), s.baseUrl(), s.extra(), w);
            this.memo = memo.begin(graph, site, markdown);
        }

        /** The value made under {@code key} by {@code make}, or the last graph's when its inputs are unchanged. */
        private Object made(String key, Route route, Function<ViewBuilder, Object> make) {
            return memo.made(key, route, tracked -> make.apply(new ViewBuilder(tracked, markdown,
                    memo.excerpts, site.words())));
        }

        Graph graph() {
            return graph;
        }

        List<Route> routes() {
            return routes;
        }

        /** The site's address with a trailing slash, or "" when not known. */
        String baseUrl() {
            return site.baseUrl();
        }

        byte[] asset(String name) {
            return PageRenderer.this.asset(name);
        }

        /** The words of the site's interface. */
        Words words() {
            return site.words();
        }

        /** The search's files ({@link SearchIndex}), each document made again only when its item changed. */
        void searchFiles(Sink sink) {
            @SuppressWarnings("unchecked")
            List<String> keys = (List<String>) made("search:keys", null, views -> SearchDocs.keys(views.graph()));
            SearchDocs.Doc[] docs = new SearchDocs.Doc[keys.size()];
            Map<String, String> terms = new ConcurrentHashMap<>();
            Parallel.forEachIndex(docs.length, i -> docs[i] = (SearchDocs.Doc) made("search:" + keys.get(i), null,
                    views -> SearchDocs.doc(views.graph(), views.words(), keys.get(i), terms)));
            SearchIndex last = (SearchIndex) memo.kept(SEARCH);
            memo.keep(SEARCH, SearchIndex.write(List.of(docs), last, memo.keeps(), sink));
        }

        /** Everything a page's template receives; equal models render to equal pages. */
        public PageModel model(Route route) {
            return (PageModel) made(route.path(), route, views -> route.page().model(route, site, views));
        }
    }

    /** Renders a page model with its template: the page's UTF-8 bytes, without bidi controls. */
    public byte[] render(PageModel page) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", page.site());
        model.put("page", page.page());
        model.put("t", page.site().words().model());
        if (page.view() != null) {
            model.put("view", page.view());
        }
        PageBytes out = new PageBytes();
        process(page.template(), model, out);
        return out.toByteArray();
    }

    /**
     * Reads and parses the templates of these pages, and the layout they import, each once and on
     * both cores, before the pages render (pages rendered side by side would otherwise each parse
     * the template they ask for first: FreeMarker's cache does not make a second reader wait for the
     * first). Returns the problems of every template that cannot be read or parsed, by template name.
     */
    public List<Diagnostic> prepare(List<Route> routes) {
        Set<String> names = new TreeSet<>();
        names.add(LAYOUT);
        routes.forEach(route -> names.add(route.template()));
        Map<String, Diagnostic> problems = new ConcurrentHashMap<>();
        Parallel.forEach(List.copyOf(names), name -> {
            try {
                freemarker.getTemplate(name);
            } catch (IOException e) {
                RenderException why = cannotRead(e, name);
                problems.put(name, new Diagnostic(Severity.ERROR, why.template(), why.line(), why.getMessage()));
            }
        });
        return List.copyOf(new TreeMap<>(problems).values());
    }

    /** Forgets parsed templates, so edited template files are read again. */
    public void reloadTemplates() {
        freemarker.clearTemplateCache();
        words.clear();
    }

    private void process(String templateName, Map<String, Object> model, Writer out) {
        try {
            Template template = freemarker.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateException e) {
            ParseException mistake = parseMistake(e); // in a template this one imports
            if (mistake != null) {
                throw mistake(mistake, templateName);
            }
            String source = e.getTemplateSourceName() == null ? templateName : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            throw new RenderException(where(source), line, firstLine(e.getMessageWithoutStackTop()), e);
        } catch (IOException e) {
            throw cannotRead(e, templateName);
        }
    }

    /** A template that cannot be read, or parsed (then at the line of its mistake). */
    private RenderException cannotRead(IOException e, String templateName) {
        ParseException mistake = parseMistake(e);
        return mistake != null ? mistake(mistake, templateName)
                : new RenderException(where(templateName), 0, "cannot read the template: " + e.getMessage(), e);
    }

    /**
     * The mistake that kept a template from being parsed, if that is what went wrong: the exception
     * itself, or its cause (FreeMarker's cache throws a new exception for a template that failed before,
     * with the first one as its cause, and so does an import).
     */
    private static ParseException parseMistake(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ParseException mistake) {
                return mistake;
            }
        }
        return null;
    }

    /**
     * A template that cannot be parsed, at the line and column of its mistake. FreeMarker's list of what
     * it expected instead (in its parser's own terms) is left out.
     */
    private RenderException mistake(ParseException e, String templateName) {
        String source = e.getTemplateName() == null ? templateName : e.getTemplateName();
        String what = firstLine(e.getEditorMessage());
        if (what.endsWith(EXPECTED_LIST)) {
            what = what.substring(0, what.length() - EXPECTED_LIST.length()) + " where it does not fit";
        }
        return new RenderException(where(source), e.getLineNumber(), "the template has a mistake (column "
                + e.getColumnNumber() + "): " + what, e);
    }

    private String where(String template) {
        if (overrides != null && Files.isRegularFile(overrides.resolve(template))) {
            return overrides.resolve(template).toString();
        }
        return "(bundled) " + template;
    }

    /**
     * The first line of FreeMarker's message; when it ends with a colon and the next line shows the
     * expression it is about ({@code ==> view.nam  [in template ...]}), with that expression.
     */
    private static String firstLine(String message) {
        String m = message == null ? "template error" : message.strip();
        int nl = m.indexOf('\n');
        if (nl < 0) {
            return m;
        }
        String first = m.substring(0, nl).strip();
        int end = m.indexOf('\n', nl + 1);
        String next = m.substring(nl + 1, end < 0 ? m.length() : end).strip();
        if (first.endsWith(":") && next.startsWith("==>")) {
            int where = next.indexOf("  [in template");
            return first + " " + next.substring(3, where < 0 ? next.length() : where).strip();
        }
        return first;
    }
}
