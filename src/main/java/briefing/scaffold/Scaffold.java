package briefing.scaffold;

import briefing.model.Ids;
import briefing.model.Kind;
import briefing.model.Placeholders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes new content files that are valid as written: every required field filled, the optional
 * ones as comments. Never overwrites a file.
 */
public final class Scaffold {
    /** The starter briefing's files, bundled in the jar under {@code briefing/starter/content/}. */
    static final List<String> STARTER = List.of("index.md", "articles/evening-star.md", "articles/morning-post.md",
            "actors/city-council.md", "actors/jane-okafor.md", "events/bridge-vote.md", "claims/vote-count.md");

    /** Why a scaffold could not be written: said to the editor as is. */
    public static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        public Refusal(String message) {
            super(message);
        }
    }

    private Scaffold() {
    }

    /**
     * Writes {@code content/<kind folder>/<id>.md}.
     *
     * @param text the title (article, event), name (actor) or statement (claim); null for a default
     * @param article for a claim, the id of the article to quote; null to let {@link #defaultArticle} choose
     * @return the file written
     */
    public static Path item(Path content, Kind kind, String id, String text, String article) throws Refusal {
        if (!Ids.isValid(id)) {
            throw new Refusal("'" + id + "' is not a valid id: " + Ids.RULE);
        }
        Path file = content.resolve(kind.folder()).resolve(id + ".md");
        if (Files.exists(file)) {
            throw new Refusal(file + " already exists; briefing never overwrites a file");
        }
        String label = text == null || text.isBlank() ? words(id) : text.strip();
        String body = switch (kind) {
            case ARTICLE -> article(label);
            case ACTOR -> actor(label);
            case EVENT -> event(label);
            case CLAIM -> claim(content, text == null || text.isBlank() ? Placeholders.statement(words(id)) : label,
                    article);
        };
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, body, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
        } catch (FileAlreadyExistsException e) {
            throw new Refusal(file + " already exists; briefing never overwrites a file");
        } catch (IOException e) {
            throw new Refusal("cannot write " + file + ": " + e.getMessage());
        }
        return file;
    }

    /** The ids of the articles in a content folder, sorted, for the editor to choose from. */
    public static List<String> articleIds(Path content) {
        Path folder = content.resolve(Kind.ARTICLE.folder());
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".md") && !n.startsWith(".") && !n.startsWith("_"))
                    .map(n -> n.substring(0, n.length() - 3)).filter(Ids::isValid).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates {@code dir/content/} with a complete starter briefing; refuses a folder that has a content/ already. */
    public static Path site(Path dir) throws Refusal {
        Path content = dir.resolve("content");
        if (Files.exists(content)) {
            throw new Refusal(content + " already exists; briefing never overwrites a file");
        }
        try {
            for (String name : STARTER) {
                Path file = content.resolve(name);
                Files.createDirectories(file.getParent());
                try (InputStream in = Scaffold.class.getResourceAsStream("/briefing/starter/content/" + name)) {
                    if (in == null) {
                        throw new IllegalStateException("the starter file " + name + " is missing from the jar");
                    }
                    Files.write(file, in.readAllBytes(), StandardOpenOption.CREATE_NEW);
                }
            }
        } catch (IOException e) {
            throw new Refusal("cannot write " + content + ": " + e.getMessage());
        }
        return content;
    }

    private static String words(String id) {
        StringBuilder out = new StringBuilder();
        for (String w : id.split("-")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return out.toString();
    }

    private static String yaml(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String article(String title) {
        return "---\n"
                + "title: " + yaml(title) + "\n"
                + "# outlet: Name of the outlet            (absent: shown as \"Outlet unknown\")\n"
                + "# published: 2024-05-14               (a date, or a date-time such as 2024-05-14T09:30:00Z)\n"
                + "# dateline: City\n"
                + "# url: https://example.org/original\n"
                + "# cites: [actor-id]                   (actors the article attributes its information to)\n"
                + "# notes: \"What you dropped, and what a reader should know about this source.\"\n"
                + "---\n"
                + Placeholders.ARTICLE_BODY + "\n";
    }

    private static String actor(String name) {
        return "---\n"
                + "name: " + yaml(name) + "\n"
                + "kind: person                          # person | organization | state\n"
                + "# aliases: [Other Spelling, Short Name]   (every spelling the articles use)\n"
                + "# role: What they are\n"
                + "# affiliation: actor-id\n"
                + "---\n"
                + Placeholders.ACTOR_BODY + "\n";
    }

    private static String event(String title) {
        LocalDate today = LocalDate.now();
        return "---\n"
                + "title: " + yaml(title) + "\n"
                + "date: " + today + "                      # YYYY, YYYY-MM, YYYY-MM-DD or START/END\n"
                + "date_note: " + yaml(Placeholders.dateNote(today)) + "\n"
                + "# place: City\n"
                + "# participants: [actor-id, other-actor-id]\n"
                + "# related: [event-id]\n"
                + "---\n"
                + Placeholders.EVENT_BODY + "\n";
    }

    private static String claim(Path content, String statement, String chosen) throws Refusal {
        String article = chosen == null ? defaultArticle(content) : chosen;
        Path file = content.resolve(Kind.ARTICLE.folder()).resolve(article + ".md");
        if (!Ids.isValid(article) || !Files.isRegularFile(file)) {
            throw new Refusal("there is no article '" + article + "' (" + file + "); articles to choose from: "
                    + String.join(", ", articleIds(content)));
        }
        String quote = sentence(file);
        List<String> lines = new ArrayList<>();
        lines.add("---");
        lines.add("statement: " + yaml(statement));
        lines.add("# topic: Topic                         (groups rows in the comparison table)");
        lines.add("# about: [actor-id]");
        lines.add("# event: event-id");
        lines.add("sources:                              # article id -> how that article treats the claim");
        lines.add("  " + article + ":");
        lines.add("    stance: reports                   # reports | attributes | disputes | differs");
        lines.add("    quote: " + yaml(quote) + "   # verbatim from the article");
        lines.add("    # value: \"the detail as this source gives it\"");
        lines.add("    # note: \"your remark\"");
        lines.add("# Articles to choose from: " + String.join(", ", articleIds(content)));
        lines.add("---");
        lines.add(Placeholders.CLAIM_BODY);
        return String.join("\n", lines) + "\n";
    }

    /**
     * The article a new claim quotes when the editor names none: one with text of its own, the fewest
     * claims quoting it (the comparison grows where it is thinnest), of those the file changed last.
     */
    public static String defaultArticle(Path content) throws Refusal {
        List<String> ids = articleIds(content);
        if (ids.isEmpty()) {
            throw new Refusal("a claim compares articles, and " + content.resolve(Kind.ARTICLE.folder())
                    + " has none yet: write one first with 'briefing new article ID'");
        }
        Map<String, Integer> uses = ClaimUses.count(content, ids);
        Comparator<String> order = Comparator.comparing((String id) -> uses.getOrDefault(id, 0))
                .thenComparing(id -> modified(content, id), Comparator.reverseOrder())
                .thenComparing(Comparator.naturalOrder());
        List<String> withText = ids.stream().filter(id -> hasText(content, id)).sorted(order).toList();
        return withText.isEmpty() ? ids.get(0) : withText.get(0);
    }

    private static Path articleFile(Path content, String id) {
        return content.resolve(Kind.ARTICLE.folder()).resolve(id + ".md");
    }

    private static FileTime modified(Path content, String id) {
        try {
            return Files.getLastModifiedTime(articleFile(content, id));
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static boolean hasText(Path content, String id) {
        try {
            String body = body(Files.readString(articleFile(content, id), StandardCharsets.UTF_8));
            return !Placeholders.isBody(body, Placeholders.ARTICLE_BODY) && Sentences.first(body).isPresent();
        } catch (IOException | UncheckedIOException e) {
            return false;
        }
    }

    /** The Markdown after the front matter, line endings as LF. */
    static String body(String text) {
        text = text.replace("\r\n", "\n");
        int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        return end < 0 ? text : text.substring(Math.min(text.length(), text.indexOf('\n', end + 1) + 1));
    }

    /** The front matter, without its fences; empty when the file has none. */
    static String frontMatter(String text) {
        text = text.replace("\r\n", "\n");
        int end = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
        return end < 0 ? "" : text.substring(Math.min(end, text.indexOf('\n') + 1), end);
    }

    /** A whole sentence of an article's text, so the new claim is valid as written. */
    private static String sentence(Path article) throws Refusal {
        String body;
        try {
            body = body(Files.readString(article, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new Refusal("cannot read " + article + ": " + e.getMessage());
        }
        if (Placeholders.isBody(body, Placeholders.ARTICLE_BODY)) {
            throw new Refusal(article + " has no text yet, only the placeholder 'briefing new' wrote: paste the"
                    + " article's text first");
        }
        return Sentences.first(body).orElseThrow(() -> new Refusal("found no whole sentence of plain text in "
                + article + " to quote; write the claim's quote by hand"));
    }
}
