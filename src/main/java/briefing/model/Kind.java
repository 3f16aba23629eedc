package briefing.model;

import java.util.Optional;

/** The four kinds of item an editor writes, with their folder, link prefix and output folder. */
public enum Kind {
    ARTICLE("article", "articles", "sources"),
    ACTOR("actor", "actors", "actors"),
    EVENT("event", "events", "events"),
    CLAIM("claim", "claims", "claims");

    private final String prefix;
    private final String folder;
    private final String outputFolder;

    Kind(String prefix, String folder, String outputFolder) {
        this.prefix = prefix;
        this.folder = folder;
        this.outputFolder = outputFolder;
    }

    /** The word before the colon in a Markdown link: {@code actor} in {@code actor:sergei-shoigu}. */
    public String prefix() {
        return prefix;
    }

    /** The content folder that holds this kind: {@code actors}. */
    public String folder() {
        return folder;
    }

    /** The site folder its pages go to: articles become {@code sources/}. */
    public String outputFolder() {
        return outputFolder;
    }

    /** The page of one item, relative to the site root. */
    public String route(String id) {
        return outputFolder + "/" + id + ".html";
    }

    public static Optional<Kind> byPrefix(String prefix) {
        for (Kind kind : values()) {
            if (kind.prefix.equals(prefix)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }
}
