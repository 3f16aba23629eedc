package briefing.content;

import briefing.model.Actor;
import briefing.model.ActorKind;
import briefing.model.Alias;
import briefing.model.Article;
import briefing.model.Body;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.EventDate;
import briefing.model.Ids;
import briefing.model.Kind;
import briefing.model.Parallel;
import briefing.model.Published;
import briefing.model.Ref;
import briefing.model.Settings;
import briefing.model.Severity;
import briefing.model.SourcePos;
import briefing.model.Stance;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/**
 * Reads a content folder into {@link Content}: walks it in sorted order, splits front matter,
 * reads YAML into records and reports every problem with its file and line. Thread-safe; files
 * are read in parallel.
 */
public final class ContentLoader {
    /** The largest content file read; a larger one is refused with a clear error. */
    public static final long MAX_FILE_BYTES = 32L * 1024 * 1024;
    /** The most content files a folder may hold (index.md and the four kind folders together). */
    public static final int MAX_FILES = 100_000;
    /** The most names (name and aliases) one actor may have. */
    public static final int MAX_NAMES_PER_ACTOR = 200;
    /** The most names of all actors together: every one is looked for in every article. */
    public static final int MAX_NAMES = 100_000;

    static final Set<String> INDEX_KEYS = Set.of("title", "subtitle", "language", "base_url", "updated");
    static final Set<String> ARTICLE_KEYS = Set.of("title", "outlet", "published", "dateline", "url", "cites", "notes");
    static final Set<String> ACTOR_KEYS = Set.of("name", "aliases", "kind", "role", "affiliation");
    static final Set<String> EVENT_KEYS = Set.of("title", "date", "date_note", "place", "participants", "related");
    static final Set<String> CLAIM_KEYS = Set.of("statement", "topic", "about", "event", "sources");
    static final Set<String> SOURCE_KEYS = Set.of("stance", "quote", "value", "note");

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

    private final MarkdownReader markdown = new MarkdownReader();

    /** What each file gave when last read, so that a rebuild reads again only files that changed. */
    private record Cached(FileTime modified, long size, Object fileKey, Loaded loaded) {
        boolean matches(BasicFileAttributes attrs) {
            return modified.equals(attrs.lastModifiedTime()) && size == attrs.size()
                    && java.util.Objects.equals(fileKey, attrs.fileKey());
        }
    }

    private final Map<Path, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicInteger filesRead = new AtomicInteger();

    /** What loading found: the content (null when the folder could not be read at all) and every problem. */
    public record Result(Content content, List<Diagnostic> diagnostics) {
        public boolean hasErrors() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Loads a content folder.
     *
     * @param dir     the content folder
     * @param display how the folder is named in messages (as the editor gave it)
     */
    public Result load(Path dir, String display) {
        List<Diagnostic> problems = new ArrayList<>();
        String root = display.endsWith("/") ? display.substring(0, display.length() - 1) : display;
        if (!Files.isDirectory(dir)) {
            problems.add(new Diagnostic(Severity.ERROR, root, 0, "content folder not found"));
            return new Result(null, problems);
        }
        Path realRoot;
        try {
            realRoot = dir.toRealPath();
        } catch (IOException e) {
            problems.add(new Diagnostic(Severity.ERROR, root, 0, "cannot read: " + e.getMessage()));
            return new Result(null, problems);
        }
        List<Diagnostic> topLevel = new ArrayList<>();
        List<Listed> files = listFiles(dir, root, realRoot, topLevel);
        problems.addAll(topLevel);

        filesRead.set(0);
        // Unchanged files are taken from the cache at once; only the others are read, in parallel.
        Loaded[] loaded = new Loaded[files.size()];
        List<Integer> toRead = new ArrayList<>();
        for (int i = 0; i < loaded.length; i++) {
            loaded[i] = unchanged(files.get(i));
            if (loaded[i] == null) {
                toRead.add(i);
            }
        }
        Parallel.forEach(toRead, i -> loaded[i] = loadCached(dir, root, files.get(i)));
        if (cache.size() > files.size()) {
            // Files were removed or renamed: forget them.
            cache.keySet().retainAll(files.stream().map(Listed::path).collect(java.util.stream.Collectors.toSet()));
        }
        Settings settings = null;
        List<Article> articles = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        for (Loaded l : loaded) {
            problems.addAll(l.problems);
            if (l.item instanceof Settings s) {
                settings = s;
            } else if (l.item instanceof Article a) {
                articles.add(a);
            } else if (l.item instanceof Actor a) {
                actors.add(a);
            } else if (l.item instanceof Event e) {
                events.add(e);
            } else if (l.item instanceof Claim c) {
                claims.add(c);
            }
        }
        int names = actors.stream().mapToInt(a -> a.names().size()).sum();
        if (names > MAX_NAMES) {
            problems.add(new Diagnostic(Severity.ERROR, root + "/actors", 0, "the actors have " + names
                    + " names and aliases together; at most " + MAX_NAMES + " are looked for in the articles"));
        }
        if (settings == null && !Files.isRegularFile(dir.resolve("index.md"))) {
            problems.add(new Diagnostic(Severity.ERROR, root + "/index.md", 0,
                    "missing: every briefing needs an index.md with at least a title"));
        }
        problems.sort(Diagnostic.ORDER);
        Content content = new Content(settings, sortById(articles, Article::id), sortById(actors, Actor::id),
                sortById(events, Event::id), sortById(claims, Claim::id));
        return new Result(content, List.copyOf(problems));
    }

    private static <T> List<T> sortById(List<T> items, java.util.function.Function<T, String> id) {
        items.sort(Comparator.comparing(id));
        return items;
    }

    private record Loaded(Object item, List<Diagnostic> problems) {
    }

    /** A content file and, when it is a plain file (not a link), its attributes as listed. */
    private record Listed(Path path, BasicFileAttributes attrs) {
    }

    /** index.md and the .md files of the four kind folders, sorted; drafts and other files left out. */
    private static List<Listed> listFiles(Path dir, String root, Path realRoot, List<Diagnostic> problems) {
        List<Listed> files = new ArrayList<>();
        Path index = dir.resolve("index.md");
        if (Files.exists(index, LinkOption.NOFOLLOW_LINKS)) {
            if (leadsInside(index, realRoot)) {
                files.add(new Listed(index, null));
            } else {
                problems.add(new Diagnostic(Severity.ERROR, root + "/index.md", 1,
                        "a symbolic link that leads outside the content folder; refused"));
            }
        }
        for (Kind kind : Kind.values()) {
            Path folder = dir.resolve(kind.folder());
            if (!Files.isDirectory(folder)) {
                continue;
            }
            if (!leadsInside(folder, realRoot)) {
                problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                        "a symbolic link that leads outside the content folder; refused"));
                continue;
            }
            try (Stream<Path> entries = Files.list(folder)) {
                List<Path> sorted = entries.limit(MAX_FILES + 1L).sorted().toList();
                if (files.size() + sorted.size() > MAX_FILES) {
                    problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                            "more than " + MAX_FILES + " files; a content folder may hold at most " + MAX_FILES));
                    return files;
                }
                reportCaseTwins(sorted, root + "/" + kind.folder(), problems);
                List<BasicFileAttributes> plain = sorted.parallelStream().map(ContentLoader::plain).toList();
                for (int i = 0; i < sorted.size(); i++) {
                    Path p = sorted.get(i);
                    String name = p.getFileName().toString();
                    String shown = root + "/" + kind.folder() + "/" + name;
                    if (name.startsWith(".") || name.startsWith("_")) {
                        continue;
                    }
                    // A file that is not a link lies where the folder (inside) lies: one lstat instead of a realpath.
                    BasicFileAttributes attrs = plain.get(i);
                    if (attrs != null && attrs.isRegularFile() && name.endsWith(".md")) {
                        files.add(new Listed(p, attrs));
                    } else if (!leadsInside(p, realRoot)) {
                        problems.add(new Diagnostic(Severity.ERROR, shown, 1,
                                "a symbolic link that leads outside the content folder; refused"));
                    } else if (Files.isDirectory(p)) {
                        problems.add(new Diagnostic(Severity.WARNING, shown, 0,
                                "a folder inside " + kind.folder() + "/ is not part of the content format; ignored"));
                    } else if (!name.endsWith(".md")) {
                        problems.add(new Diagnostic(Severity.WARNING, shown, 1,
                                "not a .md file; ignored"));
                    } else {
                        files.add(new Listed(p, null));
                    }
                }
            } catch (IOException e) {
                problems.add(new Diagnostic(Severity.ERROR, root + "/" + kind.folder(), 0,
                        "cannot read the folder: " + e.getMessage()));
            }
        }
        return files;
    }

    /**
     * Names that differ only by case are one file on a case-insensitive file system (macOS, Windows):
     * whichever was copied last would win. Each is reported, naming the others.
     */
    private static void reportCaseTwins(List<Path> entries, String folder, List<Diagnostic> problems) {
        // Any order: the diagnostics are sorted when loading ends.
        Map<String, List<String>> byLowerCase = new java.util.HashMap<>(entries.size() * 2);
        for (Path p : entries) {
            String name = p.getFileName().toString();
            byLowerCase.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(name);
        }
        for (List<String> names : byLowerCase.values()) {
            if (names.size() > 1) {
                for (String name : names) {
                    List<String> others = names.stream().filter(n -> !n.equals(name)).toList();
                    problems.add(new Diagnostic(Severity.ERROR, folder + "/" + name, 1, "the name differs only in case"
                            + " from " + String.join(", ", others) + ": on a case-insensitive file system they are"
                            + " one file; keep one"));
                }
            }
        }
    }

    /** The attributes of a file that is not a symbolic link, or null. */
    private static BasicFileAttributes plain(Path p) {
        try {
            BasicFileAttributes attrs = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return attrs.isSymbolicLink() ? null : attrs;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean leadsInside(Path p, Path realRoot) {
        try {
            return p.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link
        }
    }

    /** How many files the last {@link #load} read from disk (the others were unchanged and reused). */
    public int filesRead() {
        return filesRead.get();
    }

    /** What a plain file gave when last read, if it has not changed since; else null. */
    private Loaded unchanged(Listed listed) {
        BasicFileAttributes attrs = listed.attrs();
        Cached cached = attrs == null ? null : cache.get(listed.path());
        return cached != null && cached.matches(attrs) ? cached.loaded() : null;
    }

    private Loaded loadCached(Path dir, String root, Listed listed) {
        Path file = listed.path();
        BasicFileAttributes attrs = listed.attrs();
        if (attrs == null) {
            try {
                attrs = Files.readAttributes(file, BasicFileAttributes.class);
            } catch (IOException e) {
                return loadOne(dir, root, file);
            }
        }
        Cached cached = cache.get(file);
        if (cached != null && cached.matches(attrs)) {
            return cached.loaded();
        }
        Loaded loaded = loadOne(dir, root, file);
        cache.put(file, new Cached(attrs.lastModifiedTime(), attrs.size(), attrs.fileKey(), loaded));
        return loaded;
    }

    private Loaded loadOne(Path dir, String root, Path file) {
        filesRead.incrementAndGet();
        String relative = dir.relativize(file).toString().replace('\\', '/');
        String path = root + "/" + relative;
        List<Diagnostic> problems = new ArrayList<>();
        String fileName = file.getFileName().toString();
        String id = fileName.substring(0, fileName.length() - ".md".length());
        Kind kind = relative.equals("index.md") ? null : kindOfFolder(relative.substring(0, relative.indexOf('/')));
        if (kind != null && !Ids.isValid(id)) {
            problems.add(Diagnostic.error(new SourcePos(path, 1), "the file name '" + fileName
                    + "' is not a valid id: " + Ids.RULE + " (rename it, e.g. '" + suggestId(id) + ".md')"));
            return new Loaded(null, problems);
        }
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                problems.add(Diagnostic.error(new SourcePos(path, 1), "the file is " + size / (1024 * 1024)
                        + " MB; content files may be at most " + MAX_FILE_BYTES / (1024 * 1024) + " MB"));
                return new Loaded(null, problems);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            problems.add(Diagnostic.error(new SourcePos(path, 1), "cannot read: " + e.getMessage()));
            return new Loaded(null, problems);
        }
        SourceFile source = SourceFile.split(path, bytes, problems);
        if (source == null) {
            return new Loaded(null, problems);
        }
        Optional<Node> yaml = Yaml.parse(source, problems);
        if (!problems.isEmpty()) {
            return new Loaded(null, problems);
        }
        Node root0 = yaml.orElse(null);
        Object item = kind == null ? readIndex(source, root0, problems) : switch (kind) {
            case ARTICLE -> readArticle(id, source, root0, problems);
            case ACTOR -> readActor(id, source, root0, problems);
            case EVENT -> readEvent(id, source, root0, problems);
            case CLAIM -> readClaim(id, source, root0, problems);
        };
        return new Loaded(item, problems);
    }

    private static Kind kindOfFolder(String folder) {
        for (Kind k : Kind.values()) {
            if (k.folder().equals(folder)) {
                return k;
            }
        }
        throw new IllegalArgumentException("not a content folder: " + folder);
    }

    private static String suggestId(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "my-id" : s;
    }

    private Body body(SourceFile source) {
        return markdown.read(source.path(), source.body(), source.bodyLine());
    }

    private Settings readIndex(SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, INDEX_KEYS, problems);
        String title = f.text("title", true);
        String subtitle = f.text("subtitle", false);
        String language = f.text("language", false);
        if (language.isEmpty()) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            f.error(f.posOf("language").line(), "'language' must be a language tag such as en, fr or pt-BR, found '"
                    + language + "'");
            language = "en";
        }
        String baseUrl = f.text("base_url", false);
        if (!baseUrl.isEmpty()) {
            if (!isWebAddress(baseUrl)) {
                f.error(f.posOf("base_url").line(), "'base_url' must be an http:// or https:// address, found '"
                        + baseUrl + "'");
                baseUrl = "";
            } else if (!baseUrl.endsWith("/")) {
                baseUrl = baseUrl + "/";
            }
        }
        LocalDate updated = null;
        String updatedText = f.text("updated", false);
        if (!updatedText.isEmpty()) {
            try {
                updated = LocalDate.parse(updatedText);
            } catch (DateTimeParseException e) {
                f.error(f.posOf("updated").line(), "'updated' must be a date YYYY-MM-DD, found '" + updatedText + "'");
            }
        }
        return new Settings(source.path(), title, subtitle, language, baseUrl, updated, f.extra(), body(source));
    }

    private Article readArticle(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, ARTICLE_KEYS, problems);
        String title = f.text("title", true);
        Published published = null;
        String publishedText = f.text("published", false);
        if (!publishedText.isEmpty()) {
            published = Published.parse(publishedText).orElse(null);
            if (published == null) {
                f.error(f.posOf("published").line(), "'published' must be an ISO 8601 date or date-time"
                        + " (2023-07-26 or 2023-07-26T14:05:00Z), found '" + publishedText + "'");
            }
        }
        String url = f.text("url", false);
        if (!url.isEmpty() && !isWebAddress(url)) {
            f.error(f.posOf("url").line(), "'url' must be an http:// or https:// address, found '" + url + "'");
            url = "";
        }
        List<Ref> cites = checkedIds(f, "cites");
        return new Article(id, source.path(), title, f.text("outlet", false), published, f.text("dateline", false),
                url, cites, f.text("notes", false), f.extra(), body(source));
    }

    private Actor readActor(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, ACTOR_KEYS, problems);
        String name = f.text("name", true);
        List<Alias> names = new ArrayList<>();
        if (!name.isEmpty()) {
            names.add(new Alias(name, f.posOf("name")));
        }
        List<Alias> aliases = f.texts("aliases");
        if (aliases.size() + 1 > MAX_NAMES_PER_ACTOR) {
            f.error(f.posOf("aliases").line(), "an actor may have at most " + MAX_NAMES_PER_ACTOR
                    + " names and aliases; this one has " + (aliases.size() + 1));
            aliases = List.of();
        }
        for (Alias alias : aliases) {
            if (names.stream().anyMatch(a -> a.text().equals(alias.text()))) {
                f.warning(alias.pos().line(), "'" + alias.text() + "' is listed twice");
            } else {
                names.add(alias);
            }
        }
        String kindText = f.text("kind", true);
        ActorKind kind = null;
        if (!kindText.isEmpty()) {
            kind = ActorKind.of(kindText).orElse(null);
            if (kind == null) {
                f.error(f.posOf("kind").line(), "'kind' must be person, organization or state, found '"
                        + kindText + "'");
            }
        }
        Ref affiliation = f.id("affiliation");
        if (affiliation != null && !Ids.isValid(affiliation.id())) {
            f.error(affiliation.pos().line(), "'affiliation' is not a valid id '" + affiliation.id() + "': " + Ids.RULE);
            affiliation = null;
        }
        return new Actor(id, source.path(), name, names, kind == null ? ActorKind.PERSON : kind,
                f.text("role", false), affiliation, f.extra(), body(source));
    }

    private Event readEvent(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, EVENT_KEYS, problems);
        String title = f.text("title", true);
        String dateText = f.text("date", true);
        EventDate date = null;
        if (!dateText.isEmpty()) {
            date = EventDate.parse(dateText).orElse(null);
            if (date == null) {
                f.error(f.posOf("date").line(), "'date' must be YYYY, YYYY-MM, YYYY-MM-DD or a range START/END"
                        + " (a real date, the end not before the start), found '" + dateText + "'");
            }
        }
        return new Event(id, source.path(), title, date, f.text("date_note", false), f.text("place", false),
                checkedIds(f, "participants"), checkedIds(f, "related"), f.extra(), body(source));
    }

    private Claim readClaim(String id, SourceFile source, Node node, List<Diagnostic> problems) {
        Fields f = new Fields(source, node, CLAIM_KEYS, problems);
        String statement = f.text("statement", true);
        Ref event = f.id("event");
        if (event != null && !Ids.isValid(event.id())) {
            f.error(event.pos().line(), "'event' is not a valid id '" + event.id() + "': " + Ids.RULE);
            event = null;
        }
        List<ClaimSource> sources = new ArrayList<>();
        if (!f.has("sources")) {
            f.error(f.line(), "missing required key 'sources' (article id: stance and quote)");
        }
        for (NodeTuple t : f.entries("sources")) {
            int line = Fields.line(source, t.getKeyNode());
            if (!(t.getKeyNode() instanceof ScalarNode key) || !Ids.isValid(key.getValue())) {
                f.error(line, "under 'sources', " + Fields.describe(t.getKeyNode()) + " is not an article id: "
                        + Ids.RULE);
                continue;
            }
            if (sources.stream().anyMatch(s -> s.article().equals(key.getValue()))) {
                f.error(line, "article '" + key.getValue() + "' is listed twice under 'sources'");
                continue;
            }
            Fields s = new Fields(source, t.getValueNode(), SOURCE_KEYS, problems);
            String stanceText = s.text("stance", true);
            Stance stance = null;
            if (!stanceText.isEmpty()) {
                stance = Stance.written(stanceText).orElse(null);
                if (stance == null) {
                    s.error(s.posOf("stance").line(), "'stance' must be reports, attributes, disputes or differs, found '"
                            + stanceText + "'");
                }
            }
            String quote = s.text("quote", true);
            if (Fields.isNull(t.getValueNode())) {
                continue; // reported by Fields as missing keys
            }
            if (stance != null && !quote.isEmpty()) {
                sources.add(new ClaimSource(key.getValue(), new SourcePos(source.path(), line), stance, quote,
                        s.posOf("quote"), s.text("value", false), s.text("note", false)));
            }
        }
        if (f.has("sources") && f.node("sources") instanceof MappingNode map && map.getValue().isEmpty()) {
            f.error(f.posOf("sources").line(), "'sources' is empty: a claim needs at least one article");
        }
        return new Claim(id, source.path(), statement, f.text("topic", false), checkedIds(f, "about"), event, sources,
                f.extra(), body(source));
    }

    /** A list of ids, each checked against the id rule here; existence is checked when the graph is built. */
    private static List<Ref> checkedIds(Fields f, String key) {
        List<Ref> valid = new ArrayList<>();
        for (Ref ref : f.ids(key)) {
            if (Ids.isValid(ref.id())) {
                valid.add(ref);
            } else {
                f.error(ref.pos().line(), "'" + key + "' has '" + ref.id() + "', which is not a valid id: " + Ids.RULE);
            }
        }
        return valid;
    }

    private static boolean isWebAddress(String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
