package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NameMatcherTest {

    /** Each found name as written in the text. */
    private static List<String> found(List<String> names, String text) {
        NameMatcher m = new NameMatcher(names);
        return m.find(text).stream().map(x -> text.substring(x.start(), x.end())).toList();
    }

    @Test
    void wholeWordsOnly() {
        assertThat(found(List.of("Kim"), "Kimberly met Kim; Akim and Kim's aide")).containsExactly("Kim", "Kim");
    }

    @Test
    void caseSensitive() {
        assertThat(found(List.of("Port Authority"), "the port authority and the Port Authority"))
                .containsExactly("Port Authority");
    }

    @Test
    void longestMatchFirstWhenAliasesShareWords() {
        NameMatcher m = new NameMatcher(List.of("Kim", "Kim Jong Un", "Jong"));
        String text = "Kim Jong Un met Kim Yo Jong and Kim Jong-un.";
        var matches = m.find(text);
        assertThat(matches).extracting(x -> m.pattern(x.pattern()))
                .containsExactly("Kim Jong Un", "Kim", "Jong", "Kim", "Jong");
        assertThat(matches.get(0).start()).isZero();
        assertThat(matches.get(0).end()).isEqualTo("Kim Jong Un".length());
    }

    @Test
    void matchesNeverOverlap() {
        NameMatcher m = new NameMatcher(List.of("New York", "York Times", "New York Times"));
        assertThat(m.find("the New York Times said")).extracting(x -> m.pattern(x.pattern()))
                .containsExactly("New York Times");
        assertThat(found(List.of("New York", "York Times"), "New York Times")).containsExactly("New York");
    }

    @Test
    void possessiveWithTypographicOrStraightApostropheMatches() {
        assertThat(found(List.of("Shoigu"), "Shoigu\u2019s visit and Shoigu's talks")).containsExactly("Shoigu",
                "Shoigu");
    }

    @Test
    void punctuationAndLineEdgesAreBoundaries() {
        assertThat(found(List.of("Shoigu"), "Shoigu, (Shoigu) \u201CShoigu\u201D Shoigu.")).hasSize(4);
    }

    @Test
    void cyrillicNamesAreWholeWords() {
        assertThat(found(List.of("Шойгу", "Сергей Шойгу"), "Сергей Шойгу прибыл. Шойгу сказал. Шойгуев нет."))
                .containsExactly("Сергей Шойгу", "Шойгу");
    }

    @Test
    void cyrillicCaseEndingsDoNotMatch() {
        // "Шойгу" is indeclinable, but "Ким" in the genitive is "Кима": not a whole word.
        assertThat(found(List.of("Ким"), "встреча Кима и Ким")).containsExactly("Ким");
    }

    @Test
    void cjkNamesMatchWithoutSpaces() {
        assertThat(found(List.of("金正恩", "绍伊古"), "金正恩会见了绍伊古。绍伊古说")).containsExactly("金正恩", "绍伊古",
                "绍伊古");
    }

    @Test
    void latinNameNextToCjkText() {
        assertThat(found(List.of("Ruiz"), "紗莎 Ruiz and 紗莎Ruiz")).containsExactly("Ruiz", "Ruiz");
    }

    @Test
    void accentsAndCombiningMarksAreWordCharacters() {
        assertThat(found(List.of("Tom"), "Tomás and Tom")).containsExactly("Tom");
        // "Tome" + combining acute: the mark continues the word
        assertThat(found(List.of("Tom"), "Tom\u0301 and Tom")).containsExactly("Tom");
    }

    @Test
    void digitsAreWordCharacters() {
        assertThat(found(List.of("G7"), "the G7 and G77")).containsExactly("G7");
    }

    @Test
    void manyOccurrencesAreFoundInOrder() {
        NameMatcher m = new NameMatcher(List.of("Ana Ruiz", "Ruiz"));
        String text = "Ana Ruiz said. Ruiz left. Ana Ruiz returned.";
        assertThat(m.find(text)).extracting(NameMatcher.Match::start).containsExactly(0, 15, 26);
    }

    /** The same rule by brute force: at each place, the longest name that is a whole word there. */
    private static List<String> naive(List<String> names, String text) {
        List<String> byLength = names.stream()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        List<String> found = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            String hit = null;
            for (String name : byLength) {
                int end = i + name.length();
                if (text.startsWith(name, i) && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))
                        && (end == text.length() || !Character.isLetterOrDigit(text.charAt(end)))) {
                    hit = name;
                    break;
                }
            }
            if (hit != null) {
                found.add(hit);
                i += hit.length();
            } else {
                i++;
            }
        }
        return found;
    }

    @Test
    void agreesWithBruteForceOnRandomText() {
        Random random = new Random(7);
        String[] words = {"Kim", "Jong", "Un", "Шойгу", "Сергей", "Port", "Authority", "of", "the", "x", "é"};
        String[] gaps = {" ", ", ", "-", " — ", "«", "»", "\n", "?", "Z", "1"};
        for (int round = 0; round < 500; round++) {
            List<String> names = new ArrayList<>();
            for (int k = 0; k < 1 + random.nextInt(5); k++) {
                StringBuilder name = new StringBuilder(words[random.nextInt(words.length)]);
                for (int w = random.nextInt(3); w > 0; w--) {
                    name.append(' ').append(words[random.nextInt(words.length)]);
                }
                if (!names.contains(name.toString())) {
                    names.add(name.toString());
                }
            }
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 30; w++) {
                text.append(words[random.nextInt(words.length)]).append(gaps[random.nextInt(gaps.length)]);
            }
            List<String> expected = naive(names, text.toString());
            assertThat(found(names, text.toString())).as("%s in %s", names, text).isEqualTo(expected);
            // The same without the dense table: sparse transitions and fail links.
            NameMatcher sparse = new NameMatcher(names, 0);
            String t = text.toString();
            assertThat(sparse.find(t).stream().map(x -> t.substring(x.start(), x.end())).toList())
                    .as("sparse: %s in %s", names, text).isEqualTo(expected);
        }
    }

    @Test
    void noScriptWithoutSpacesStartsBeforeThai() {
        var withoutSpaces = EnumSet.of(Character.UnicodeScript.HAN, Character.UnicodeScript.HIRAGANA,
                Character.UnicodeScript.KATAKANA, Character.UnicodeScript.THAI, Character.UnicodeScript.LAO,
                Character.UnicodeScript.KHMER, Character.UnicodeScript.MYANMAR, Character.UnicodeScript.TIBETAN);
        for (int cp = 0; cp < NameMatcher.FIRST_WITHOUT_SPACES; cp++) {
            assertThat(withoutSpaces).as("U+%04X", cp).doesNotContain(Character.UnicodeScript.of(cp));
        }
        assertThat(NameMatcher.needsBoundary(0x0E01)).isFalse();
        assertThat(NameMatcher.needsBoundary(0x4E00)).isFalse();
        assertThat(NameMatcher.needsBoundary('K')).isTrue();
    }
}
