package briefing.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds names in text: whole words, case-sensitive, longest match first, never overlapping.
 * An Aho-Corasick automaton over UTF-16 chars, so one pass costs time linear in the text
 * whatever the number of names. Built once, immutable, safe to share between threads.
 *
 * <p>"Whole word" means the characters either side of a match are not letters or digits, except at
 * the edge of a name written in a script that does not separate words with spaces (Chinese,
 * Japanese, Thai...), where no boundary can be asked for.
 */
public final class NameMatcher {
    /** A found name: which pattern, where. {@code end} is exclusive. */
    public record Match(int pattern, int start, int end) {
    }

    private static final Comparator<Match> BY_START_LONGEST_FIRST = Comparator.comparingInt(Match::start)
            .thenComparing(Comparator.comparingInt(Match::end).reversed());

    private final String[] patterns;
    // Per state: sorted transition chars and their target states.
    private final char[][] keys;
    private final int[][] targets;
    private final int[] fail;
    private final int[] output;     // pattern ending exactly at this state, or -1
    private final int[] dictLink;   // next state on the fail chain that has an output, or -1
    // The root's transitions by char, -1 for none: most steps of a pass start from the root.
    private final int[] rootNext = new int[Character.MAX_VALUE + 1];
    // Each char's index among the chars that occur in some name, or -1: any other char leads back
    // to the root from every state.
    private final int[] letter = new int[Character.MAX_VALUE + 1];
    private final int letters;
    // The whole automaton as a table, state * letters + letter -> next state, fail links followed
    // ahead of time, so one pass costs one lookup a char; null when it would be too large, and
    // then steps follow the sparse transitions and fail links.
    private final int[] dense;
    /** Below this code point (Thai) no script is written without spaces between words. */
    static final int FIRST_WITHOUT_SPACES = 0x0E00;
    /** The table is made only up to this many entries (4 bytes each). */
    static final long MAX_TABLE = 8L << 20;

    public NameMatcher(List<String> names) {
        this(names, MAX_TABLE);
    }

    /** @param maxTable the most entries the dense table may have; past it, steps follow sparse transitions */
    NameMatcher(List<String> names, long maxTable) {
        this.patterns = names.toArray(String[]::new);
        List<TreeMap<Character, Integer>> trie = new ArrayList<>();
        List<Integer> out = new ArrayList<>();
        trie.add(new TreeMap<>());
        out.add(-1);
        for (int p = 0; p < patterns.length; p++) {
            String name = patterns[p];
            if (name.isEmpty()) {
                throw new IllegalArgumentException("empty name at " + p);
            }
            int state = 0;
            for (int i = 0; i < name.length(); i++) {
                Integer next = trie.get(state).get(name.charAt(i));
                if (next == null) {
                    next = trie.size();
                    trie.add(new TreeMap<>());
                    out.add(-1);
                    trie.get(state).put(name.charAt(i), next);
                }
                state = next;
            }
            if (out.get(state) < 0) {
                out.set(state, p);
            }
        }
        int n = trie.size();
        keys = new char[n][];
        targets = new int[n][];
        output = new int[n];
        for (int s = 0; s < n; s++) {
            Map<Character, Integer> t = trie.get(s);
            keys[s] = new char[t.size()];
            targets[s] = new int[t.size()];
            int i = 0;
            for (var e : t.entrySet()) {
                keys[s][i] = e.getKey();
                targets[s][i] = e.getValue();
                i++;
            }
            output[s] = out.get(s);
        }
        Arrays.fill(rootNext, -1);
        for (int i = 0; i < keys[0].length; i++) {
            rootNext[keys[0][i]] = targets[0][i];
        }
        Arrays.fill(letter, -1);
        int count = 0;
        for (String name : patterns) {
            for (int i = 0; i < name.length(); i++) {
                if (letter[name.charAt(i)] < 0) {
                    letter[name.charAt(i)] = count++;
                }
            }
        }
        letters = count;
        fail = new int[n];
        dictLink = new int[n];
        Arrays.fill(dictLink, -1);
        int[] queue = new int[n];
        int head = 0;
        int tail = 0;
        for (int child : targets[0]) {
            fail[child] = 0;
            queue[tail++] = child;
        }
        while (head < tail) {
            int s = queue[head++];
            for (int i = 0; i < keys[s].length; i++) {
                char c = keys[s][i];
                int child = targets[s][i];
                int f = fail[s];
                while (f > 0 && step(f, c) < 0) {
                    f = fail[f];
                }
                int via = step(f, c);
                fail[child] = via >= 0 && via != child ? via : 0;
                dictLink[child] = output[fail[child]] >= 0 ? fail[child] : dictLink[fail[child]];
                queue[tail++] = child;
            }
        }
        dense = (long) n * letters <= maxTable ? table(queue, n) : null;
    }

    /** The dense table: states in breadth-first order, so each fail state's row is filled before it is needed. */
    private int[] table(int[] order, int n) {
        int[] table = new int[n * letters];
        for (int i = 0; i < keys[0].length; i++) {
            table[letter[keys[0][i]]] = targets[0][i];
        }
        for (int q = 0; q < n - 1; q++) {
            int s = order[q];
            System.arraycopy(table, fail[s] * letters, table, s * letters, letters);
            for (int i = 0; i < keys[s].length; i++) {
                table[s * letters + letter[keys[s][i]]] = targets[s][i];
            }
        }
        return table;
    }

    public String pattern(int index) {
        return patterns[index];
    }

    public int size() {
        return patterns.length;
    }

    private int step(int state, char c) {
        if (state == 0) {
            return rootNext[c];
        }
        char[] k = keys[state];
        int i = Arrays.binarySearch(k, c);
        return i >= 0 ? targets[state][i] : -1;
    }

    /** Every whole-word occurrence, leftmost first, the longest where several start at one place, no overlaps. */
    public List<Match> find(String text) {
        return longestFirst(findAll(text));
    }

    /** Every whole-word occurrence, overlapping ones too, by start, the longest first where several start at one place. */
    public List<Match> findAll(String text) {
        List<Match> all = new ArrayList<>();
        // The tables in local variables: the compiler that runs a build's code does not hoist field reads.
        int[] letter = this.letter;
        int[] dense = this.dense;
        int letters = this.letters;
        int[] output = this.output;
        int state = 0;
        for (int i = 0, length = text.length(); i < length; i++) {
            char c = text.charAt(i);
            int l = letter[c];
            if (l < 0) {
                state = 0; // no name has c: no match ends here, and every state falls back to the root
                continue;
            }
            if (dense != null) {
                state = dense[state * letters + l];
            } else {
                int to = step(state, c);
                while (to < 0 && state > 0) {
                    state = fail[state];
                    to = step(state, c);
                }
                state = Math.max(to, 0);
            }
            for (int s = output[state] >= 0 ? state : dictLink[state]; s >= 0; s = dictLink[s]) {
                int p = output[s];
                int start = i + 1 - patterns[p].length();
                if (isWholeWord(text, start, i + 1, patterns[p])) {
                    all.add(new Match(p, start, i + 1));
                }
            }
        }
        if (all.size() > 1) {
            all.sort(BY_START_LONGEST_FIRST);
        }
        return all;
    }

    /** From matches sorted as {@link #findAll} gives them: leftmost first, the longest of those that overlap. */
    public static List<Match> longestFirst(List<Match> all) {
        if (all.isEmpty()) {
            return all;
        }
        List<Match> chosen = new ArrayList<>();
        int covered = 0;
        for (Match m : all) {
            if (m.start() >= covered) {
                chosen.add(m);
                covered = m.end();
            }
        }
        return chosen;
    }

    private static boolean isWholeWord(CharSequence text, int start, int end, String name) {
        if (start > 0 && needsBoundary(Character.codePointAt(name, 0))) {
            int before = Character.codePointBefore(text, start);
            if (isWordChar(before)) {
                return false;
            }
        }
        if (end < text.length() && needsBoundary(Character.codePointBefore(name, name.length()))) {
            int after = Character.codePointAt(text, end);
            if (isWordChar(after)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWordChar(int cp) {
        // A letter of a script written without spaces (Chinese, Japanese...) ends a word of another script.
        if (!needsBoundary(cp)) {
            return false;
        }
        return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
    }

    /** Scripts written without spaces between words cannot ask for a word boundary. */
    static boolean needsBoundary(int cp) {
        if (cp < FIRST_WITHOUT_SPACES) {
            return true; // Latin, Greek, Cyrillic, Arabic, Indic...: no need to look the script up
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return switch (script) {
            case HAN, HIRAGANA, KATAKANA, THAI, LAO, KHMER, MYANMAR, TIBETAN -> false;
            default -> true;
        };
    }
}
