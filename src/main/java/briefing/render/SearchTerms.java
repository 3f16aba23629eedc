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

    /** Where {@link #each(String, Terms)} hands the terms of a text. */
    interface Terms {
        /**
         * A term of ASCII letters and digits, lowered: the first {@code length} chars of {@code lowered},
         * an array used again for the next term.
         */
        void ascii(char[] lowered, int length);

        /** Any other term, folded. */
        void term(String term);
    }

    /** Hands each term of {@code text}, folded, to {@code out}, in the order they occur. */
    static void each(String text, Consumer<String> out) {
        each(text, new Terms() {
            @Override
            public void ascii(char[] lowered, int length) {
                out.accept(new String(lowered, 0, length));
            }

            @Override
            public void term(String term) {
                out.accept(term);
            }
        });
    }

    /**
     * Hands each term of {@code text} to {@code out}, in the order they occur: a plain ASCII word as
     * the chars it is lowered into, without making a string of it.
     */
    static void each(String text, Terms out) {
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
                    term(out, text, start, i, ascii, lowered);
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
                        term(out, text, start, i, ascii, lowered);
                        start = -1;
                    }
                    out.term(fold(text.substring(i, next), false));
                } else {
                    if (start < 0) {
                        start = i;
                    }
                    ascii = false;
                }
            } else if (start >= 0) {
                term(out, text, start, i, ascii, lowered);
                start = -1;
            }
            i = next;
        }
        if (start >= 0) {
            term(out, text, start, text.length(), ascii, lowered);
        }
    }

    private static void term(Terms out, String text, int start, int end, boolean ascii, char[] lowered) {
        if (ascii) {
            out.ascii(lowered, Math.min(end - start, MAX_LENGTH));
        } else {
            out.term(fold(text.substring(start, end), false));
        }
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
