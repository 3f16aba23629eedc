package briefing.model;

import java.util.Locale;

/**
 * A Markdown image, or a link to a static file, in a body: {@code ![The dam](static/dam.jpg)},
 * {@code [the report](static/report.pdf)}.
 *
 * @param target the address as written
 * @param pos    where it is written
 * @param image  whether it is an image (not a link)
 * @param alt    whether the image has alt text (always true for a link)
 */
public record FileLink(String target, SourcePos pos, boolean image, boolean alt) {
    private static final String PREFIX = StaticFile.FOLDER + "/";

    /** Whether the address names a static file ({@code static/...}). */
    public boolean isStatic() {
        return isStatic(target);
    }

    /** Whether an address names a static file ({@code static/...}). */
    public static boolean isStatic(String target) {
        return target.startsWith(PREFIX);
    }

    /** The static file's path inside {@code static/}, without a {@code #fragment} or {@code ?query}. */
    public String staticPath() {
        return staticPath(target);
    }

    /** The static file's path inside {@code static/} an address names, without a fragment or query. */
    public static String staticPath(String target) {
        String path = target.substring(PREFIX.length());
        int cut = path.length();
        for (char c : new char[] {'#', '?'}) {
            int at = path.indexOf(c);
            if (at >= 0) {
                cut = Math.min(cut, at);
            }
        }
        return path.substring(0, cut);
    }

    /** Whether the address points at another site ({@code https://...}, {@code //host/...}). */
    public boolean isRemote() {
        String t = target.toLowerCase(Locale.ROOT);
        return t.startsWith("http:") || t.startsWith("https:") || t.startsWith("//");
    }
}
