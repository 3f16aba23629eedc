package briefing.render;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers for excerpts, descriptions and anchor names. */
final class Texts {
    private Texts() {
    }

    /** Collapses white space into single spaces. */
    static String oneLine(String text) {
        return collapse(text, 0, text.length(), Integer.MAX_VALUE).strip();
    }

    /** Whether every character is ASCII. */
    static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSpace(char c) {
        // Every one of them is at most ' ': one comparison settles most characters.
        return c <= ' ' && (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r');
    }

    /**
     * The text from {@code from} to {@code to} with each run of white space made one space; stops once
     * {@code enough} characters are out and the last is not a space (the rest cannot change a shortening).
     * Runs of other characters are copied whole: most text has only single spaces to keep.
     */
    static String collapse(String text, int from, int to, int enough) {
        if (to - from <= enough && isCollapsed(text, from, to)) {
            return text.substring(from, to); // the most common case: nothing to change, nothing to cut
        }
        StringBuilder out = new StringBuilder(Math.min(to - from, enough == Integer.MAX_VALUE ? to - from : enough + 16));
        int i = from;
        while (i < to) {
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                // The first character past enough ends the text (a space before it does not count).
                long past = Math.max(1L, (long) enough + 1 - out.length());
                if (i - start >= past) {
                    return out.append(text, start, start + (int) past).toString();
                }
                out.append(text, start, i);
            }
            if (i < to) {
                while (i < to && isSpace(text.charAt(i))) {
                    i++;
                }
                out.append(' ');
            }
        }
        return out.toString();
    }

    /** Whether every run of white space from {@code from} to {@code to} is already one plain space. */
    private static boolean isCollapsed(String text, int from, int to) {
        boolean afterSpace = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                if (c != ' ' || afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    /** At most {@code max} characters, cut at a word boundary with an ellipsis. */
    static String shorten(String text, int max) {
        // Leading white space is stripped, so collapse past it before counting.
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        String t = collapse(text, start, text.length(), max + 1).strip();
        if (t.length() <= max) {
            return t;
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1).strip() + "\u2026";
    }

    /** The words before a position, at most about {@code max} characters, starting at a word. */
    static String before(String text, int at, int max) {
        int from = Math.max(0, at - max);
        if (from == 0) {
            return collapse(text, 0, at, Integer.MAX_VALUE);
        }
        int space = text.indexOf(' ', from);
        return "\u2026" + collapse(text, space >= 0 && space < at ? space + 1 : from, at, Integer.MAX_VALUE);
    }

    /** The words after a position, at most about {@code max} characters, ending at a word. */
    static String after(String text, int at, int max) {
        int to = Math.min(text.length(), at + max);
        if (to == text.length()) {
            return collapse(text, at, to, Integer.MAX_VALUE);
        }
        int space = text.lastIndexOf(' ', to - 1);
        return collapse(text, at, space >= at ? space : to, Integer.MAX_VALUE) + "\u2026";
    }

    /**
     * An anchor name for a heading: after compatibility decomposition (NFKD) and lower-casing, its
     * characters a-z and 0-9, every run of other characters one hyphen, none at either end; for text
     * without any of them, a name made from its hash.
     */
    static String slug(String text) {
        String plain = isAscii(text) ? text // as NFKD leaves it
                : Normalizer.normalize(text, Normalizer.Form.NFKD);
        String lower = plain.toLowerCase(Locale.ROOT);
        StringBuilder s = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && s.length() > 0) {
                    s.append('-');
                }
                gap = false;
                s.append(c);
            } else {
                gap = true;
            }
        }
        return s.length() == 0 ? "x" + Integer.toHexString(text.hashCode()) : s.toString();
    }
}
