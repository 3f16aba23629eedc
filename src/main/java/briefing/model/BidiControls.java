package briefing.model;

/**
 * The Unicode characters that reorder the text around them (embeddings, overrides, isolates). In text
 * pasted from the web they can make a name or a file name read as something else ("Trojan Source"), so
 * the output never carries them raw: pages drop them, JSON escapes them, messages show them escaped.
 */
public final class BidiControls {
    private BidiControls() {
    }

    public static boolean is(char c) {
        return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
    }

    /** The text without bidi controls; the same string when it has none. */
    public static String strip(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (is(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    if (!is(text.charAt(j))) {
                        out.append(text.charAt(j));
                    }
                }
                return out.toString();
            }
        }
        return text;
    }
}
