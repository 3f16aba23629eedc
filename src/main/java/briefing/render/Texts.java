package briefing.render;

/** Small text helpers for excerpts and descriptions. */
final class Texts {
    private Texts() {
    }

    /** Collapses white space into single spaces. */
    static String oneLine(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
    static String shorten(String text, int max) {
        String t = oneLine(text);
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1).strip() + "\u2026";
    }

    /** The words before a position, at most about {@code max} characters, starting at a word. */
    static String before(String text, int at, int max) {
        int from = Math.max(0, at - max);
        String s = text.substring(from, at);
        if (from > 0) {
            int space = s.indexOf(' ');
            s = "\u2026" + (space >= 0 ? s.substring(space + 1) : s);
        }
        return s.replaceAll("\\s+", " ");
    }

    /** The words after a position, at most about {@code max} characters, ending at a word. */
    static String after(String text, int at, int max) {
        int to = Math.min(text.length(), at + max);
        String s = text.substring(at, to);
        if (to < text.length()) {
            int space = s.lastIndexOf(' ');
            s = (space >= 0 ? s.substring(0, space) : s) + "\u2026";
        }
        return s.replaceAll("\\s+", " ");
    }
}
