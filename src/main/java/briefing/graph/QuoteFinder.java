package briefing.graph;

import java.util.Arrays;

/**
 * Finds a quote in an article's text, ignoring exactly what the content format says to ignore:
 * differences of white space, of typographic versus straight quotes and apostrophes, and of
 * dashes. Nothing else: case and every other character must match.
 */
public final class QuoteFinder {
    private final char[] normalized;
    private final int length; // of the normalized text, at the start of normalized
    private final int[] toOriginal; // index in normalized -> index in the original text
    /** How many characters of the text looking for quotes has gone through, until {@link Starts} pays. */
    private long searched;
    /** Where each run of characters starts, once made; null before. */
    private volatile Starts starts;

    /** Prepares one article's text; then {@link #find} each of its quotes. */
    public QuoteFinder(String text) {
        char[] in = text.toCharArray(); // array reads are cheaper than charAt in the first JIT tier
        char[] out = new char[in.length];
        int n = 0;
        int[] map = new int[in.length + 1];
        boolean space = true; // drops leading white space
        for (int i = 0; i < in.length; i++) {
            char c = in[i];
            if (c > ' ' && c < '\u007F' && c != '`') {
                space = false;
                map[n] = i;
                out[n++] = c;
            } else if (c == ' ' || c == '\n' || Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F'
                    || c == '\u2007') {
                if (!space) {
                    map[n] = i;
                    out[n++] = ' ';
                    space = true;
                }
            } else {
                space = false;
                map[n] = i;
                out[n++] = fold(c);
            }
        }
        map[n] = in.length;
        this.normalized = out;
        this.length = n;
        this.toOriginal = map;
    }

    /** The normal form of a quote: white space collapsed and trimmed, quotes straightened, dashes unified. */
    public static String normalize(String quote) {
        return new QuoteFinder(quote).normalized().strip();
    }

    private String normalized() {
        return new String(normalized, 0, length);
    }

    static char fold(char c) {
        return switch (c) {
            case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u00B4', '\u0060' -> '\'';
            case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB' -> '"';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE58', '\uFE63',
                 '\uFF0D' -> '-';
            default -> c;
        };
    }

    /** Where the quote is in the original text as {start, end (exclusive)}, or null when it is not there. */
    public int[] find(String quote) {
        char[] q = normalize(quote).toCharArray();
        if (q.length == 0) {
            return null;
        }
        int at = indexOf(q);
        if (at < 0) {
            return null;
        }
        return new int[] {toOriginal[at], toOriginal[at + q.length - 1] + 1};
    }

    /** Where {@code q} first occurs in the normalized text, or -1. */
    private int indexOf(char[] q) {
        int last = length - q.length;
        if (q.length >= Starts.WIDTH && last >= 0) {
            Starts starts = this.starts;
            if (starts == null && (searched += length) > Starts.WORTH) {
                starts = new Starts(normalized, length);
                this.starts = starts;
            }
            if (starts != null) {
                for (int i = starts.first(q); i >= 0 && i <= last; i = starts.next(i)) {
                    if (Arrays.equals(normalized, i, i + q.length, q, 0, q.length)) {
                        return i;
                    }
                }
                return -1;
            }
        }
        char first = q[0];
        for (int i = 0; i <= last; i++) {
            if (normalized[i] == first && Arrays.equals(normalized, i, i + q.length, q, 0, q.length)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where each run of {@value #WIDTH} characters of the normalized text starts, by a hash of the run, each chain
     * in order of position: a quote is then compared only where its first characters could be. Made for a text
     * that many quotes are looked for in (going through it for each would cost the product of their number and
     * its length).
     */
    private static final class Starts {
        static final int WIDTH = 8;
        /** Made once looking for quotes has gone through this many characters of the text. */
        static final long WORTH = 1 << 24;

        private final int[] head;
        private final int[] next;
        private final int mask;

        Starts(char[] text, int length) {
            int runs = length - WIDTH + 1;
            int size = Integer.highestOneBit(Math.max(runs, 1)) << 1;
            mask = size - 1;
            head = new int[size];
            Arrays.fill(head, -1);
            next = new int[runs];
            for (int i = runs - 1; i >= 0; i--) { // from the end, so that each chain runs in order of position
                int h = hash(text, i) & mask;
                next[i] = head[h];
                head[h] = i;
            }
        }

        /** The first position where a run with the hash of {@code q}'s first run starts, or -1. */
        int first(char[] q) {
            return head[hash(q, 0) & mask];
        }

        /** The next position after {@code i} in its chain, or -1. */
        int next(int i) {
            return next[i];
        }

        private static int hash(char[] text, int from) {
            int h = 0;
            for (int i = from; i < from + WIDTH; i++) {
                h = 31 * h + text[i];
            }
            return h ^ (h >>> 16);
        }
    }

    /**
     * The passage of the text closest to a quote that is not in it, for the error message:
     * an approximate match (fewest edits) of the whole quote against any part of the text, widened
     * to whole words so that it never starts or ends inside one.
     */
    public String closest(String quote) {
        String q = normalize(quote);
        String t = normalized();
        if (q.isEmpty() || t.isEmpty()) {
            return "";
        }
        if ((long) q.length() * t.length() > 40_000_000L) {
            q = q.substring(0, Math.min(q.length(), 200));
        }
        int m = q.length();
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        int[] prevStart = new int[m + 1];
        int[] curStart = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            prev[i] = i;
        }
        int bestCost = Integer.MAX_VALUE;
        int bestEnd = 0;
        int bestStart = 0;
        for (int j = 1; j <= t.length(); j++) {
            cur[0] = 0;
            curStart[0] = j;
            char c = t.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int sub = prev[i - 1] + (q.charAt(i - 1) == c ? 0 : 1);
                int del = prev[i] + 1;
                int ins = cur[i - 1] + 1;
                if (sub <= del && sub <= ins) {
                    cur[i] = sub;
                    curStart[i] = i == 1 ? j - 1 : prevStart[i - 1];
                } else if (del <= ins) {
                    cur[i] = del;
                    curStart[i] = prevStart[i];
                } else {
                    cur[i] = ins;
                    curStart[i] = curStart[i - 1];
                }
            }
            if (cur[m] < bestCost) {
                bestCost = cur[m];
                bestEnd = j;
                bestStart = curStart[m];
            }
            int[] swap = prev;
            prev = cur;
            cur = swap;
            swap = prevStart;
            prevStart = curStart;
            curStart = swap;
        }
        int start = Math.max(0, Math.min(bestStart, bestEnd));
        int end = bestEnd;
        while (start > 0 && start < t.length() && isWordPart(t.charAt(start - 1)) && isWordPart(t.charAt(start))) {
            start--; // never begins inside a word
        }
        while (end > 0 && end < t.length() && isWordPart(t.charAt(end - 1)) && isWordPart(t.charAt(end))) {
            end++; // never ends inside one
        }
        return t.substring(start, end).strip();
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Where a quote first departs from the passage found for it, in words an editor can act on:
     * {@code the quote has “walked out”, the text has “walked off”}. Empty when they agree.
     */
    public static String firstDifference(String quote, String passage) {
        String[] q = normalize(quote).split(" ");
        String[] p = normalize(passage).split(" ");
        int i = 0;
        while (i < q.length && i < p.length && q[i].equals(p[i])) {
            i++;
        }
        if (i == q.length && i == p.length) {
            return "";
        }
        int from = Math.max(0, i - 2);
        String inQuote = String.join(" ", Arrays.copyOfRange(q, from, Math.min(q.length, i + 3)));
        String inText = String.join(" ", Arrays.copyOfRange(p, from, Math.min(p.length, i + 3)));
        return "the quote has \u201C" + inQuote + "\u201D where the text has \u201C" + inText + "\u201D";
    }
}
