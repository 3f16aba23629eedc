package briefing.scaffold;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a whole sentence of an article's Markdown to start a claim with: it starts where a paragraph or a
 * sentence starts and ends where a sentence ends, and holds no Markdown or HTML, so the text the reader sees
 * has exactly these words and the claim's quote is found as written.
 */
final class Sentences {
    /** Words whose full stop does not end a sentence. */
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr",
            "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "pres", "no", "vs", "etc", "approx", "jan", "feb",
            "mar", "apr", "aug", "sept", "sep", "oct", "nov", "dec", "sra", "dra", "av", "co", "inc", "ltd",
            "corp");
    private static final String CLOSING = "\"'”’)]»";
    private static final String OPENING = "\"'“‘(«¿¡";
    private static final int SHORTEST = 20;
    private static final int LONGEST = 400;

    private Sentences() {
    }

    /** The first sentence of four words or more, at most 400 characters, that is plain text in the source. */
    static Optional<String> first(String body) {
        for (String paragraph : body.split("\n[ \t]*\n")) {
            if (!isProse(paragraph)) {
                continue;
            }
            for (String sentence : split(paragraph.replaceAll("\\s+", " ").strip())) {
                if (sentence.length() >= SHORTEST && sentence.length() <= LONGEST
                        && sentence.split(" ").length >= 4 && isPlain(sentence)) {
                    return Optional.of(sentence);
                }
            }
        }
        return Optional.empty();
    }

    /** The paragraph's sentences, each from its first character to its final mark (and closing quote). */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '.' && c != '!' && c != '?') {
                continue;
            }
            int end = i + 1;
            while (end < text.length() && CLOSING.indexOf(text.charAt(end)) >= 0) {
                end++;
            }
            if (end == text.length()) {
                out.add(text.substring(start, end));
                return out;
            }
            if (text.charAt(end) != ' ' || end + 1 >= text.length()) {
                continue;
            }
            char next = text.charAt(end + 1);
            boolean starts = Character.isUpperCase(next) || Character.isDigit(next) || OPENING.indexOf(next) >= 0;
            if (starts && !(c == '.' && isAbbreviation(text, i))) {
                out.add(text.substring(start, end));
                start = end + 1;
                i = end;
            }
        }
        return out; // a last part without a final mark is no whole sentence
    }

    /** Whether the word before the full stop at {@code dot} is an abbreviation or an initial ("J. Smith", "U.S."). */
    private static boolean isAbbreviation(String text, int dot) {
        int from = dot;
        while (from > 0 && text.charAt(from - 1) != ' ') {
            from--;
        }
        String word = text.substring(from, dot);
        while (!word.isEmpty() && OPENING.indexOf(word.charAt(0)) >= 0) {
            word = word.substring(1);
        }
        return (word.length() == 1 && Character.isUpperCase(word.charAt(0))) || word.contains(".")
                || ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A paragraph of running text: not a heading, list, quote, table, code or HTML block. */
    private static boolean isProse(String paragraph) {
        String first = paragraph.strip();
        if (first.isEmpty() || paragraph.startsWith("    ") || paragraph.startsWith("\t")) {
            return false;
        }
        char c = first.charAt(0);
        return "#>-*+|<`~=".indexOf(c) < 0 && !first.matches("(?s)\\d+[.)]\\s.*");
    }

    /** No character that Markdown or HTML could turn into something other than itself. */
    private static boolean isPlain(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if ("*_`[]<>\\&~|".indexOf(sentence.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }
}
