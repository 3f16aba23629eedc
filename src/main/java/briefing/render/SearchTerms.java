package briefing.render;

import java.text.Normalizer;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * How the search cuts text into terms, the same in any language: a term is a run of letters, digits
 * and the marks that belong to them; in scripts written without spaces (Chinese, Japanese) each
 * character is a term. Terms are folded: lower case, the accents of Latin, Greek and Cyrillic letters
 * dropped ("Ángel" is found by "angel"). {@code assets/search.js} cuts the reader's words the same way.
 */
final class SearchTerms {
    /** Longer words are cut to this length, in the index and in a query alike. */
    static final int MAX_LENGTH = 40;

    private SearchTerms() {
    }

    /** Hands each term of {@code text}, folded, to {@code out}, in the order they occur. */
    static void each(String text, Consumer<String> out) {
        // Plain ASCII words, the most of most texts, are lowered into a buffer as they are read.
        char[] lowered = new char[MAX_LENGTH];
        int start = -1;
        boolean ascii = true;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c < 0x80) {
                boolean letter = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
                if (letter || c >= 'A' && c <= 'Z') {
                    if (start < 0) {
                        start = i;
                        ascii = true;
                    }
                    if (ascii && i - start < MAX_LENGTH) {
                        lowered[i - start] = letter ? c : (char) (c + ('a' - 'A'));
                    }
                } else if (start >= 0) {
                    out.accept(term(text, start, i, ascii, lowered));
                    start = -1;
                }
                i++;
                continue;
            }
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (isWordChar(cp)) {
                if (isOwnTerm(cp)) {
                    if (start >= 0) {
                        out.accept(term(text, start, i, ascii, lowered));
                        start = -1;
                    }
                    out.accept(fold(text.substring(i, next), false));
                } else {
                    if (start < 0) {
                        start = i;
                    }
                    ascii = false;
                }
            } else if (start >= 0) {
                out.accept(term(text, start, i, ascii, lowered));
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            out.accept(term(text, start, text.length(), ascii, lowered));
        }
    }

    private static String term(String text, int start, int end, boolean ascii, char[] lowered) {
        return ascii ? new String(lowered, 0, Math.min(end - start, MAX_LENGTH))
                : fold(text.substring(start, end), false);
    }

    /** One word folded as the index keeps it: lower case, without accents, at most {@link #MAX_LENGTH} long. */
    static String fold(String word) {
        boolean ascii = word.chars().allMatch(c -> c < 0x80);
        return fold(word, ascii);
    }

    private static String fold(String word, boolean ascii) {
        String folded;
        if (ascii) {
            folded = word.toLowerCase(Locale.ROOT);
        } else {
            String decomposed = Normalizer.normalize(word, Normalizer.Form.NFD);
            StringBuilder kept = new StringBuilder(decomposed.length());
            for (int i = 0; i < decomposed.length(); i++) {
                char c = decomposed.charAt(i);
                if (c < '\u0300' || c > '\u036f') {
                    kept.append(c);
                }
            }
            folded = Normalizer.normalize(kept, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replace('ς', 'σ');
        }
        if (folded.length() > MAX_LENGTH) {
            int end = Character.isHighSurrogate(folded.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
            folded = folded.substring(0, end);
        }
        return folded;
    }

    /** Letters, digits and marks: what words are made of (JavaScript's {@code [\p{L}\p{N}\p{M}]}). */
    private static boolean isWordChar(int cp) {
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    /** A character of a script written without spaces between words: a term of its own. */
    private static boolean isOwnTerm(int cp) {
        if (cp < 0x2E80) {
            return false;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA;
    }
}
