package briefing.content;

import briefing.content.FolderWalk.Listed;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.Content;
import briefing.model.Diagnostic;
import briefing.model.Event;
import briefing.model.Ids;
import briefing.model.Kind;
import briefing.model.Parallel;
import briefing.model.Settings;
import briefing.model.Severity;
import briefing.model.SourcePos;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads a content folder into {@link Content}: lists it in sorted order ({@link FolderWalk}), splits
 * each file's front matter, reads the YAML into records ({@link ItemReader}) and reports every problem
 * with its file and line. Files are read in parallel.
 *
 * <p>A loader keeps what it read in its {@link FileCache}: one made with {@link FileCache#keeping()}
 * keeps it, so that loading again reads only the files that changed (the live preview); one made with
 * {@code new ContentLoader()} keeps nothing and reads every file each time (a clean build).
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

    private final ItemReader reader = new ItemReader();
    private final FileCache cache;
    private final AtomicInteger filesRead = new AtomicInteger();

    /** A loader that keeps nothing: each load reads every file. */
    public ContentLoader() {
        this(FileCache.none());
    }

    /** A loader that keeps what it read in {@code cache} ({@link FileCache#none()}: nothing). */
    public ContentLoader(FileCache cache) {
        this.cache = cache;
    }

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
        List<Listed> files = FolderWalk.list(dir, root, realRoot, topLevel);
        problems.addAll(topLevel);

        filesRead.set(0);
        // Unchanged files are taken from the cache at once; only the others are read, in parallel.
        Loaded[] loaded = new Loaded[files.size()];
        List<Integer> toRead = new ArrayList<>();
        for (int i = 0; i < loaded.length; i++) {
            loaded[i] = cache.unchanged(files.get(i));
            if (loaded[i] == null) {
                toRead.add(i);
            }
        }
        Parallel.forEach(toRead, i -> loaded[i] = cache.read(files.get(i), file -> read(dir, root, file)));
        cache.keepOnly(files);
        Settings settings = null;
        List<Article> articles = new ArrayList<>();
        List<Actor> actors = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<Claim> claims = new ArrayList<>();
        Map<Kind, Set<String>> unreadable = new EnumMap<>(Kind.class);
        for (int i = 0; i < loaded.length; i++) {
            Loaded l = loaded[i];
            problems.addAll(l.problems());
            if (l.item() == null) {
                unreadable(dir, files.get(i).path(), unreadable);
            } else if (l.item() instanceof Settings s) {
                settings = s;
            } else if (l.item() instanceof Article a) {
                articles.add(a);
            } else if (l.item() instanceof Actor a) {
                actors.add(a);
            } else if (l.item() instanceof Event e) {
                events.add(e);
            } else if (l.item() instanceof Claim c) {
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
                sortById(events, Event::id), sortById(claims, Claim::id), unreadable);
        return new Result(content, List.copyOf(problems));
    }

    /** Notes the id of a file that could not be read, so that references to it give no second error. */
    private static void unreadable(Path dir, Path file, Map<Kind, Set<String>> unreadable) {
        String relative = dir.relativize(file).toString().replace('\\', '/');
        int slash = relative.indexOf('/');
        if (slash > 0) {
            String name = file.getFileName().toString();
            unreadable.computeIfAbsent(kindOfFolder(relative.substring(0, slash)), k -> new TreeSet<>())
                    .add(name.substring(0, name.length() - ".md".length()));
        }
    }

    private static <T> List<T> sortById(List<T> items, Function<T, String> id) {
        items.sort(Comparator.comparing(id));
        return items;
    }

    /** How many files the last {@link #load} read from disk (the others were unchanged and reused). */
    public int filesRead() {
        return filesRead.get();
    }

    /** Reads one content file into its item. */
    private Loaded read(Path dir, String root, Path file) {
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
        Object item = kind == null ? reader.index(source, root0, problems) : switch (kind) {
            case ARTICLE -> reader.article(id, source, root0, problems);
            case ACTOR -> reader.actor(id, source, root0, problems);
            case EVENT -> reader.event(id, source, root0, problems);
            case CLAIM -> reader.claim(id, source, root0, problems);
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
}
