package briefing.render;

import briefing.model.Parallel;
import briefing.render.SearchDocs.Doc;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The full-text search's files, made to load from the file system with {@code <script src>} and to
 * stay small at any size of briefing:
 * <ul>
 *   <li>{@code data/search-index.js}, loaded with the search page: how many documents there are and
 *   the list of index files, each named by the first letters its terms share;</li>
 *   <li>{@code data/search/t-….js}: the terms that start with those letters, each with the
 *   documents it occurs in and how often (weighted: a title counts more), loaded for the words
 *   the reader types; a group of terms that grows past {@link #TARGET_BYTES} is split by one more
 *   letter;</li>
 *   <li>{@code data/search/lengths.js}: each document's length, for the ranking;</li>
 *   <li>{@code data/search/d-N.js}: the title, address and text of {@link #DOCS_PER_FILE}
 *   documents, loaded only for the results shown, to cut the passages from.</li>
 * </ul>
 * A run of rebuilds hands each index the last one: the files whose contents did not change are
 * taken over as they were, not made again.
 */
final class SearchIndex {
    static final String MANIFEST = "data/search-index.js";
    static final String FOLDER = "data/search/";
    static final int DOCS_PER_FILE = 4;
    /** An index file with more than about this many bytes is split by one more letter. */
    static final int TARGET_BYTES = 64 * 1024;
    /** Terms are grouped by at most this many first letters. */
    static final int MAX_PREFIX = 6;
    private static final String CALLBACK = "briefingSearchLoaded(";

    private final List<Doc> docs;
    /** Each term's postings: document number, weighted count, and so on, by document number. */
    private final Map<String, int[]> postings;
    /** About how many bytes each term takes in its file ({@link #size}). */
    private final Map<String, Long> sizes;
    /** The index files by their first letters, each with its terms in order. */
    private final Map<String, List<String>> groups;
    /** The files made, by path; kept only for a next rebuild. */
    private final Map<String, byte[]> files;
    private final int made;

    private SearchIndex(List<Doc> docs, Map<String, int[]> postings, Map<String, Long> sizes,
            Map<String, List<String>> groups, Map<String, byte[]> files, int made) {
        this.docs = docs;
        this.postings = postings;
        this.sizes = sizes;
        this.groups = groups;
        this.files = files;
        this.made = made;
    }

    /**
     * Makes the search files of {@code docs} into the sink.
     *
     * @param last the index of the last build of a run of rebuilds, whose unchanged files are reused; or null
     * @param keep whether to keep the files for a next rebuild
     */
    static SearchIndex write(List<Doc> docs, SearchIndex last, boolean keep, Sink sink) {
        Set<String> changedTerms = new HashSet<>();
        Map<String, int[]> updated = last == null ? null : postings(docs, last, changedTerms);
        Map<String, int[]> postings = updated != null ? updated : postings(docs);
        Set<String> touched = updated != null ? changedTerms : null;
        Map<String, List<String>> groups = new TreeMap<>();
        List<String> terms = new ArrayList<>(postings.keySet());
        long[] sizes = new long[terms.size()];
        // Only a term whose postings changed is measured again.
        Map<String, Long> sizeOf = keep ? new HashMap<>(terms.size() * 2) : null;
        for (int i = 0; i < sizes.length; i++) {
            String term = terms.get(i);
            Long known = touched != null && !touched.contains(term) ? last.sizes.get(term) : null;
            sizes[i] = known != null ? known : size(term, postings.get(term));
            if (sizeOf != null) {
                sizeOf.put(term, sizes[i]);
            }
        }
        group(terms, sizes, 0, terms.size(), "", groups);

        // Each file's path and how to make it, unless the last index's is still right.
        Map<String, byte[]> reused = new TreeMap<>();
        List<String> paths = new ArrayList<>();
        List<Runnable> makers = new ArrayList<>();
        // A clean build writes each file as it is made; a rebuild keeps them all for the next one.
        Map<String, byte[]> madeNow = new ConcurrentHashMap<>();
        Sink into = keep ? madeNow::put : sink;
        for (var g : groups.entrySet()) {
            String path = termFile(g.getKey());
            if (last != null && last.sameGroup(g.getKey(), g.getValue(), postings, touched)) {
                reused.put(path, last.files.get(path));
            } else {
                paths.add(path);
                makers.add(() -> into.put(path, termsFile(g.getKey(), g.getValue(), postings)));
            }
        }
        int docFiles = (docs.size() + DOCS_PER_FILE - 1) / DOCS_PER_FILE;
        for (int f = 0; f < docFiles; f++) {
            String path = FOLDER + "d-" + f + ".js";
            int file = f;
            if (last != null && last.sameDocs(f, docs)) {
                reused.put(path, last.files.get(path));
            } else {
                paths.add(path);
                makers.add(() -> into.put(path, docsFile(file, docs)));
            }
        }
        Parallel.forEach(makers, Runnable::run);

        Map<String, byte[]> all = new TreeMap<>(reused);
        all.putAll(madeNow);
        all.put(FOLDER + "lengths.js", lengths(docs));
        all.put(MANIFEST, manifest(docs.size(), groups.keySet()));
        all.forEach(sink::put);
        return keep ? new SearchIndex(docs, postings, sizeOf, groups, all, paths.size())
                : new SearchIndex(List.of(), Map.of(), Map.of(), Map.of(), Map.of(), paths.size());
    }

    /** How many index and document files this index made anew (the others were the last index's). */
    int made() {
        return made;
    }

    // ---- the postings ----

    /** One term's postings as they are collected: the list, and how much of it is filled. */
    private static final class Growing {
        private int[] list = new int[4];
        private int used;
    }

    private static Map<String, int[]> postings(List<Doc> docs) {
        Map<String, Growing> lists = new HashMap<>();
        for (int d = 0; d < docs.size(); d++) {
            Doc doc = docs.get(d);
            for (int i = 0; i < doc.terms().length; i++) {
                Growing g = lists.get(doc.terms()[i]);
                if (g == null) {
                    g = new Growing();
                    lists.put(doc.terms()[i], g);
                } else if (g.list.length < g.used + 2) {
                    g.list = Arrays.copyOf(g.list, g.list.length * 2);
                }
                g.list[g.used++] = d;
                g.list[g.used++] = doc.counts()[i];
            }
        }
        Map<String, int[]> sorted = new TreeMap<>();
        lists.forEach((term, g) -> sorted.put(term, Arrays.copyOf(g.list, g.used)));
        return sorted;
    }

    /**
     * The postings of {@code docs} made from the last index's, where few of its documents changed (by
     * identity) and their number did not: a changed document is taken out of the postings of the terms
     * it no longer has, or has as often no more, and put into those of its new ones; every term so
     * touched is added to {@code touched}. Null where that does not apply.
     */
    private static Map<String, int[]> postings(List<Doc> docs, SearchIndex last, Set<String> touched) {
        if (last.docs.size() != docs.size()) {
            return null;
        }
        List<Integer> changed = new ArrayList<>();
        for (int d = 0; d < docs.size(); d++) {
            if (docs.get(d) != last.docs.get(d)) {
                changed.add(d);
            }
        }
        if (changed.size() * 8 > docs.size()) {
            return null;
        }
        TreeMap<String, int[]> lists = new TreeMap<>(last.postings);
        for (int d : changed) {
            // Only the terms whose count changed are taken out or put back in.
            Doc before = last.docs.get(d);
            Doc after = docs.get(d);
            Map<String, Integer> was = new HashMap<>(before.terms().length * 2);
            for (int i = 0; i < before.terms().length; i++) {
                was.put(before.terms()[i], before.counts()[i]);
            }
            for (int j = 0; j < after.terms().length; j++) {
                String term = after.terms()[j];
                int count = after.counts()[j];
                Integer old = was.remove(term);
                if (old == null || old != count) {
                    touched.add(term);
                    if (old != null) {
                        lists.computeIfPresent(term, (t, list) -> without(list, d));
                    }
                    lists.merge(term, new int[] {d, count}, (list, one) -> with(list, d, count));
                }
            }
            for (String gone : was.keySet()) {
                touched.add(gone);
                lists.computeIfPresent(gone, (t, list) -> without(list, d));
            }
        }
        return lists;
    }

    /** A list of postings without document {@code d}'s; null when none is left. */
    private static int[] without(int[] list, int d) {
        for (int i = 0; i < list.length; i += 2) {
            if (list[i] == d) {
                if (list.length == 2) {
                    return null;
                }
                int[] out = new int[list.length - 2];
                System.arraycopy(list, 0, out, 0, i);
                System.arraycopy(list, i + 2, out, i, list.length - i - 2);
                return out;
            }
        }
        return list;
    }

    /** A list of postings with document {@code d}'s, in document order. */
    private static int[] with(int[] list, int d, int count) {
        int at = 0;
        while (at < list.length && list[at] < d) {
            at += 2;
        }
        int[] out = new int[list.length + 2];
        System.arraycopy(list, 0, out, 0, at);
        out[at] = d;
        out[at + 1] = count;
        System.arraycopy(list, at, out, at + 2, list.length - at);
        return out;
    }

    /** About how many bytes a term takes in its file. */
    private static long size(String term, int[] list) {
        long size = term.length() + 6;
        int last = 0;
        for (int i = 0; i < list.length; i += 2) {
            size += digits(list[i] - last) + 1 + (list[i + 1] == 1 ? 0 : 1 + digits(list[i + 1]));
            last = list[i];
        }
        return size;
    }

    private static int digits(int n) {
        return n < 36 ? 1 : n < 1296 ? 2 : n < 46656 ? 3 : 4;
    }

    /**
     * Puts the terms {@code from} to {@code to}, which all start with {@code prefix}, into one file,
     * or, when they would make a large one, into one file per next letter (a term that is the prefix
     * itself stays in the prefix's file).
     */
    private static void group(List<String> terms, long[] sizes, int from, int to, String prefix,
            Map<String, List<String>> groups) {
        long total = 0;
        for (int i = from; i < to; i++) {
            total += sizes[i];
        }
        if (total <= TARGET_BYTES || prefix.length() >= MAX_PREFIX) {
            groups.put(prefix, List.copyOf(terms.subList(from, to)));
            return;
        }
        int start = from;
        if (terms.get(start).equals(prefix)) {
            groups.put(prefix, List.of(prefix));
            start++;
        }
        int at = prefix.length();
        while (start < to) {
            char c = terms.get(start).charAt(at);
            int end = start + 1;
            while (end < to && terms.get(end).charAt(at) == c) {
                end++;
            }
            group(terms, sizes, start, end, prefix + c, groups);
            start = end;
        }
    }

    /**
     * Whether a group's file is the last index's: the same terms with the same postings. With the
     * terms the rebuild {@code touched} known, only those are compared; null compares every term.
     */
    private boolean sameGroup(String prefix, List<String> terms, Map<String, int[]> now, Set<String> touched) {
        if (!terms.equals(groups.get(prefix)) || files.get(termFile(prefix)) == null) {
            return false;
        }
        for (String t : terms) {
            if ((touched == null || touched.contains(t)) && !Arrays.equals(now.get(t), postings.get(t))) {
                return false;
            }
        }
        return true;
    }

    private boolean sameDocs(int file, List<Doc> now) {
        int from = file * DOCS_PER_FILE;
        int to = Math.min(now.size(), from + DOCS_PER_FILE);
        if (docs.size() < to || (to - from < DOCS_PER_FILE && docs.size() != now.size())
                || files.get(FOLDER + "d-" + file + ".js") == null) {
            return false;
        }
        for (int d = from; d < to; d++) {
            if (docs.get(d) != now.get(d)) {
                return false;
            }
        }
        return true;
    }

    // ---- the files ----

    /** The file of the terms that start with {@code prefix}: its letters' code units in hex. */
    static String termFile(String prefix) {
        StringBuilder name = new StringBuilder(FOLDER).append('t');
        for (int i = 0; i < prefix.length(); i++) {
            name.append('-').append(Integer.toHexString(prefix.charAt(i)));
        }
        return name.append(".js").toString();
    }

    private static byte[] termsFile(String prefix, List<String> terms, Map<String, int[]> postings) {
        StringBuilder out = new StringBuilder(TARGET_BYTES + 1024);
        out.append(CALLBACK).append(Json.of(termFile(prefix))).append(",{");
        for (int t = 0; t < terms.size(); t++) {
            if (t > 0) {
                out.append(',');
            }
            out.append(Json.of(terms.get(t))).append(":\"");
            int[] list = postings.get(terms.get(t));
            int last = 0;
            for (int i = 0; i < list.length; i += 2) {
                if (i > 0) {
                    out.append(' ');
                }
                base36(out, list[i] - last);
                if (list[i + 1] != 1) {
                    base36(out.append('*'), list[i + 1]);
                }
                last = list[i];
            }
            out.append('"');
        }
        return out.append("});\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Appends {@code n} as {@link Integer#toString(int, int)} in base 36 would, without making a string. */
    private static void base36(StringBuilder out, int n) {
        if (n < 0) {
            out.append(Integer.toString(n, 36));
            return;
        }
        if (n >= 36) {
            base36(out, n / 36);
        }
        out.append(Character.forDigit(n % 36, 36));
    }

    private static byte[] docsFile(int file, List<Doc> docs) {
        List<Object> rows = new ArrayList<>();
        for (int d = file * DOCS_PER_FILE; d < Math.min(docs.size(), (file + 1) * DOCS_PER_FILE); d++) {
            Doc doc = docs.get(d);
            rows.add(List.of(doc.kind(), doc.title(), doc.href(), doc.meta(), doc.text()));
        }
        return (CALLBACK + Json.of(FOLDER + "d-" + file + ".js") + "," + Json.of(rows) + ");\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] lengths(List<Doc> docs) {
        StringBuilder out = new StringBuilder(CALLBACK).append(Json.of(FOLDER + "lengths.js")).append(",[");
        for (int d = 0; d < docs.size(); d++) {
            out.append(d == 0 ? "" : ",").append(docs.get(d).length());
        }
        return out.append("]);\n").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] manifest(int docs, Iterable<String> prefixes) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("docs", docs);
        m.put("perFile", DOCS_PER_FILE);
        List<String> list = new ArrayList<>();
        prefixes.forEach(list::add);
        m.put("groups", list);
        return ("window.BRIEFING_SEARCH = " + Json.of(m) + ";\n").getBytes(StandardCharsets.UTF_8);
    }
}
