package briefing.scaffold;

import briefing.model.Ids;
import briefing.model.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
     * @return the file written
     */
    public static Path item(Path content, Kind kind, String id, String text) throws Refusal {
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
            case CLAIM -> claim(content, label);
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
                + "Paste the article's text here, paragraphs as in the original.\n";
    }

    private static String actor(String name) {
        return "---\n"
                + "name: " + yaml(name) + "\n"
                + "kind: person                          # person | organization | state\n"
                + "# aliases: [Other Spelling, Short Name]   (every spelling the articles use)\n"
                + "# role: What they are\n"
                + "# affiliation: actor-id\n"
                + "---\n"
                + "A short, neutral profile. Say which article supports which statement.\n";
    }

    private static String event(String title) {
        return "---\n"
                + "title: " + yaml(title) + "\n"
                + "date: " + LocalDate.now() + "                      # YYYY, YYYY-MM, YYYY-MM-DD or START/END\n"
                + "date_note: \"Set to the day this file was written: replace it with the event's date.\"\n"
                + "# place: City\n"
                + "# participants: [actor-id, other-actor-id]\n"
                + "# related: [event-id]\n"
                + "---\n"
                + "What happened, as the sources tell it.\n";
    }

    private static final Pattern SENTENCE = Pattern.compile("[^\\s#>*\\-\\[][^.!?\\n]{10,200}[.!?]");

    private static String claim(Path content, String statement) throws Refusal {
        List<String> ids = articleIds(content);
        if (ids.isEmpty()) {
            throw new Refusal("a claim compares articles, and " + content.resolve("articles")
                    + " has none yet: write one first with 'briefing new article ID'");
        }
        String article = ids.get(0);
        String quote = firstSentence(content.resolve("articles").resolve(article + ".md"));
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
        lines.add("# Articles to choose from: " + String.join(", ", ids));
        lines.add("---");
        lines.add("Your analysis of the claim.");
        return String.join("\n", lines) + "\n";
    }

    /** A sentence of an article's text to start a claim with, so the new claim is valid as written. */
    private static String firstSentence(Path article) throws Refusal {
        try {
            String text = Files.readString(article, StandardCharsets.UTF_8).replace("\r\n", "\n");
            int start = text.startsWith("---") ? text.indexOf("\n---", 3) : -1;
            String body = start < 0 ? text : text.substring(text.indexOf('\n', start + 1) + 1);
            for (String paragraph : body.split("\n\\s*\n")) {
                String plain = paragraph.replace('\n', ' ').strip();
                if (plain.matches(".*[*_`\\[\\]<>\\\\].*")) {
                    continue; // Markdown or HTML in it: the rendered text would differ
                }
                Matcher m = SENTENCE.matcher(plain);
                if (m.find()) {
                    return m.group().strip();
                }
            }
        } catch (IOException e) {
            throw new Refusal("cannot read " + article + ": " + e.getMessage());
        }
        throw new Refusal("found no plain sentence in " + article + " to quote; write the claim by hand");
    }

}
