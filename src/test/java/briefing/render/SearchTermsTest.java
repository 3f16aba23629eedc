package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Terms as the index keeps them, in any language: letters and digits, lower case, accents folded. */
class SearchTermsTest {
    private static List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        SearchTerms.each(text, out::add);
        return out;
    }

    @Test
    void wordsAreLoweredAndTheirAccentsFolded() {
        assertThat(terms("Ángel Sarmiento, l'État: 2,000 SUNAN-ri"))
                .containsExactly("angel", "sarmiento", "l", "etat", "2", "000", "sunan", "ri");
        assertThat(terms("Miguel A\u0301ngel")).containsExactly("miguel", "angel");
        assertThat(terms("ΟΔΟΣ Ана Руис Straße"))
                .containsExactly("οδοσ", "ана", "руис", "straße");
    }

    @Test
    void charactersOfScriptsWithoutSpacesAreTermsOfTheirOwn() {
        assertThat(terms("罗莎 Ruiz 東京タワー"))
                .containsExactly("罗", "莎", "ruiz", "東", "京", "タ", "ワ", "ー");
    }

    @Test
    void marksStayInTheirWordAndLongWordsAreCut() {
        assertThat(terms("हिन्दी")).containsExactly("हिन्दी");
        assertThat(terms("x".repeat(50) + " y")).containsExactly("x".repeat(SearchTerms.MAX_LENGTH), "y");
        assertThat(SearchTerms.fold("Ñandú")).isEqualTo("nandu");
    }
}
