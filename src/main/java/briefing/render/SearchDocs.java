package briefing.render;

import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Kind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the search finds, one document per item: an article's text and the editor's notes on it, an
 * actor's names and profile, an event's title, place, date and text, a claim's statement, topic,
 * the editor's notes on it and on each source's treatment of it. Each document is made from what
 * one item's pages read of the graph, so the live preview makes again only those of edited items.
 */
final class SearchDocs {
    /** Words in a title or name count this many times, in a role, topic, outlet or place twice. */
    static final int TITLE_WEIGHT = 4;
    static final int META_WEIGHT = 2;
    /** The passages are cut from the first this many bytes of a document's text. */
    static final int MAX_TEXT_BYTES = 32 * 1024;

    /**
     * One searchable item.
     *
     * @param kind   {@code s} (source), {@code a} (actor), {@code e} (event) or {@code c} (claim)
     * @param href   its page, relative to the site root
     * @param meta   a line under the title: the outlet, role, date or topic
     * @param text   where passages are cut from
     * @param terms  its terms, each once
     * @param counts how often each term occurs, weighted by where
     * @param length the sum of the counts
     */
    record Doc(String kind, String title, String href, String meta, String text, String[] terms, int[] counts,
            int length) {
    }

    private SearchDocs() {
    }

    /** Every item's key ({@code s:id}, {@code a:id}, ...): articles, actors, events, claims, each by id. */
    static List<String> keys(TrackedGraph graph) {
        List<String> keys = new ArrayList<>();
        graph.get(Query.ARTICLE_ORDER).stream().sorted().forEach(id -> keys.add("s:" + id));
        graph.get(Query.ACTORS).forEach(a -> keys.add("a:" + a.id()));
        graph.get(Query.TIMELINE).stream().map(Event::id).sorted().forEach(id -> keys.add("e:" + id));
        graph.get(Query.CLAIMS).forEach(c -> keys.add("c:" + c.id()));
        return keys;
    }

    /**
     * The document of the item with this key.
     *
     * @param language the words of the interface, for the dates of events
     * @param words the terms of the documents made so far, so that each term is kept once; thread-safe
     */
    static Doc doc(TrackedGraph graph, Words language, String key, Map<String, String> words) {
        String id = key.substring(2);
        Builder doc = switch (key.charAt(0)) {
            case 's' -> article(graph.require(Query.ARTICLE, id));
            case 'a' -> actor(graph.require(Query.ACTOR, id));
            case 'e' -> event(graph.require(Query.EVENT, id), language);
            default -> claim(graph.require(Query.CLAIM, id));
        };
        return doc.build(words);
    }

    private static Builder article(Article a) {
        String meta = a.outlet().isEmpty() ? a.label() : a.outlet();
        return new Builder("s", a.title(), Kind.ARTICLE.route(a.id()), meta)
                .meta(a.outlet(), a.label(), String.join(" ", a.authors()), a.dateline())
                .text(a.body().text().text(), a.notes());
    }

    private static Builder actor(Actor a) {
        return new Builder("a", a.name(), Kind.ACTOR.route(a.id()), a.role())
                .title(String.join(" ", a.aliases())).meta(a.role()).text(a.body().text().text());
    }

    private static Builder event(Event e, Words language) {
        String when = language.date(e.date());
        String place = e.place() == null ? "" : e.place();
        return new Builder("e", e.title(), Kind.EVENT.route(e.id()), place.isEmpty() ? when : when + ", " + place)
                .meta(e.place(), when, e.dateNote()).text(e.body().text().text());
    }

    private static Builder claim(Claim c) {
        List<String> notes = new ArrayList<>();
        notes.add(c.body().text().text());
        notes.add(c.discrepancyNote());
        for (ClaimSource s : c.sources()) {
            notes.add(s.hasValue() ? s.value() : "");
            notes.add(s.note() == null ? "" : s.note());
        }
        return new Builder("c", c.statement(), Kind.CLAIM.route(c.id()), c.topic())
                .meta(c.topic()).text(notes.toArray(String[]::new));
    }

    /**
     * Each term of a document with its weighted count: a table by the term's hash, in which a plain
     * word seen before is found from the chars it was lowered into, without making a string of it.
     */
    private static final class Counts implements SearchTerms.Terms {
        private String[] terms = new String[256];
        private int[] hashes = new int[256];
        private int[] counts = new int[256];
        private int size;
        /** How much each term found now counts. */
        private int weight;

        @Override
        public void ascii(char[] lowered, int length) {
            int hash = 0;
            for (int i = 0; i < length; i++) {
                hash = 31 * hash + lowered[i]; // as String.hashCode
            }
            int mask = terms.length - 1;
            for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
                String known = terms[at];
                if (known == null) {
                    add(at, new String(lowered, 0, length), hash);
                    return;
                }
                if (hashes[at] == hash && same(known, lowered, length)) {
                    counts[at] += weight;
                    return;
                }
            }
        }

        @Override
        public void term(String term) {
            int hash = term.hashCode();
            int mask = terms.length - 1;
            for (int at = spread(hash) & mask; ; at = (at + 1) & mask) {
                String known = terms[at];
                if (known == null) {
                    add(at, term, hash);
                    return;
                }
                if (hashes[at] == hash && known.equals(term)) {
                    counts[at] += weight;
                    return;
                }
            }
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }

        private static boolean same(String term, char[] chars, int length) {
            if (term.length() != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (term.charAt(i) != chars[i]) {
                    return false;
                }
            }
            return true;
        }

        private void add(int at, String term, int hash) {
            terms[at] = term;
            hashes[at] = hash;
            counts[at] = weight;
            if (++size * 2 > terms.length) {
                grow();
            }
        }

        /** Twice the room, so that at most half the table is used and a probe ends soon. */
        private void grow() {
            String[] oldTerms = terms;
            int[] oldHashes = hashes;
            int[] oldCounts = counts;
            terms = new String[oldTerms.length * 2];
            hashes = new int[terms.length];
            counts = new int[terms.length];
            int mask = terms.length - 1;
            for (int i = 0; i < oldTerms.length; i++) {
                if (oldTerms[i] != null) {
                    int at = spread(oldHashes[i]) & mask;
                    while (terms[at] != null) {
                        at = (at + 1) & mask;
                    }
                    terms[at] = oldTerms[i];
                    hashes[at] = oldHashes[i];
                    counts[at] = oldCounts[i];
                }
            }
        }
    }

    /** Counts an item's terms field by field, and joins the text its passages come from. */
    private static final class Builder {
        private final String kind;
        private final String title;
        private final String href;
        private final String meta;
        private final Counts counts = new Counts();
        private final List<String> text = new ArrayList<>();

        Builder(String kind, String title, String href, String meta) {
            this.kind = kind;
            this.title = title;
            this.href = href;
            this.meta = meta == null ? "" : meta;
            count(title, TITLE_WEIGHT);
        }

        Builder title(String more) {
            count(more, TITLE_WEIGHT);
            return this;
        }

        Builder meta(String... fields) {
            for (String f : fields) {
                count(f, META_WEIGHT);
            }
            return this;
        }

        Builder text(String... parts) {
            for (String p : parts) {
                if (p == null || p.isBlank()) {
                    continue;
                }
                count(p, 1);
                text.add(p.strip());
            }
            return this;
        }

        private void count(String field, int weight) {
            if (field != null && !field.isEmpty()) {
                counts.weight = weight;
                SearchTerms.each(field, counts);
            }
        }

        Doc build(Map<String, String> words) {
            // In the table's order, the same for the same text: the postings are made by document, not by term.
            String[] terms = new String[counts.size];
            int[] n = new int[counts.size];
            int length = 0;
            int k = 0;
            for (int at = 0; at < counts.terms.length; at++) {
                String term = counts.terms[at];
                if (term != null) {
                    String known = words.putIfAbsent(term, term);
                    terms[k] = known == null ? term : known;
                    n[k] = counts.counts[at];
                    length += n[k];
                    k++;
                }
            }
            // One part (an article without notes) is kept as it is, not copied.
            String joined = text.size() == 1 ? text.get(0) : String.join("\n\n", text);
            return new Doc(kind, title, href, meta, capped(joined), terms, n, length);
        }

        /** The text cut to at most {@link #MAX_TEXT_BYTES} bytes of UTF-8, at a word's end. */
        private static String capped(String s) {
            if (s.length() * 3 <= MAX_TEXT_BYTES || s.getBytes(StandardCharsets.UTF_8).length <= MAX_TEXT_BYTES) {
                return s;
            }
            int bytes = 0;
            int i = 0;
            while (i < s.length()) {
                int cp = s.codePointAt(i);
                bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                if (bytes > MAX_TEXT_BYTES) {
                    break;
                }
                i += Character.charCount(cp);
            }
            int space = s.lastIndexOf(' ', i);
            return s.substring(0, space > i / 2 ? space : i);
        }
    }
}
