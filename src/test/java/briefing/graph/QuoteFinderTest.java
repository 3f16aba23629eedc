package briefing.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final String TEXT = "Shoigu said the \u201Cties\u201D with Pyongyang\u2019s leaders\n"
            + "promote   peace \u2014 and stability.\n\nHe left on Thursday.";

    private static String at(String quote) {
        int[] span = new QuoteFinder(TEXT).find(quote);
        return span == null ? null : TEXT.substring(span[0], span[1]);
    }

    @Test
    void aLongTextSearchedForManyQuotesGivesWhatSearchingItForEachAloneGives() {
        // Long enough that looking for all these quotes goes through its characters over 16 million times: the
        // finder then looks up where runs of characters start instead of going through the text.
        StringBuilder text = new StringBuilder();
        for (int k = 0; text.length() < 600_000; k++) {
            text.append("Report ").append(k).append(": the minister said \u201Ctalks ").append(k % 37)
                    .append("\u201D went  well.\n");
        }
        String long_ = text.toString();
        QuoteFinder shared = new QuoteFinder(long_);
        for (int k = 0; k < 120; k++) {
            String quote = switch (k % 4) {
                case 0 -> "the minister said \"talks " + k % 41 + "\" went well."; // 37 to 40: not there
                case 1 -> "Report " + (k * 97) + ": the";
                case 2 -> "talks " + k % 37; // shorter than a run of 8
                default -> "went well. Report " + (k * 131) + ":";
            };
            assertThat(shared.find(quote)).as(quote).isEqualTo(new QuoteFinder(long_).find(quote));
        }
        assertThat(long_.substring(shared.find("the minister said \"talks 5\"")[0])).startsWith(
                "the minister said \u201Ctalks 5\u201D went  well.\nReport 6:");
        assertThat(shared.find("the minister said \"talks 40\"")).isNull();
    }

    @Test
    void exactQuoteIsFoundWithItsSpan() {
        assertThat(at("He left on Thursday.")).isEqualTo("He left on Thursday.");
    }

    @Test
    void whiteSpaceDifferencesAreIgnored() {
        assertThat(at("leaders promote peace")).isEqualTo("leaders\npromote   peace");
        assertThat(at("  leaders \t promote\n peace  ")).isEqualTo("leaders\npromote   peace");
        assertThat(at("stability. He left")).isEqualTo("stability.\n\nHe left");
    }

    @Test
    void nonBreakingSpaceCountsAsWhiteSpace() {
        assertThat(at("He\u00A0left")).isEqualTo("He left");
    }

    @Test
    void straightAndTypographicQuotesAndApostrophesAreTheSame() {
        assertThat(at("the \"ties\" with Pyongyang's leaders")).isNotNull();
        assertThat(new QuoteFinder("it's \"fine\"").find("it\u2019s \u201Cfine\u201D")).containsExactly(0, 11);
        assertThat(new QuoteFinder("\u00ABfine\u00BB").find("\"fine\"")).containsExactly(0, 6);
    }

    @Test
    void dashesAreTheSame() {
        assertThat(at("peace - and")).isEqualTo("peace \u2014 and");
        assertThat(at("peace \u2013 and")).isEqualTo("peace \u2014 and");
    }

    @Test
    void caseDifferencesDoNotMatch() {
        assertThat(at("he left on thursday.")).isNull();
        assertThat(at("SHOIGU said")).isNull();
    }

    @Test
    void nothingElseIsIgnored() {
        assertThat(at("He left on Thursday!")).isNull();
        assertThat(at("He left Thursday.")).isNull();
        assertThat(at("peace and stability")).isNull(); // the dash itself may not be left out
        assertThat(at("Shoigu said the ties")).isNull(); // nor the quotation marks
        assertThat(at("Pyongyangs leaders")).isNull();
        assertThat(at("promote peace, and")).isNull();
    }

    @Test
    void accentedLettersAreNotFolded() {
        assertThat(new QuoteFinder("Tomás Ferrer").find("Tomas Ferrer")).isNull();
    }

    @Test
    void blankQuoteIsNeverFound() {
        assertThat(at("   ")).isNull();
    }

    @Test
    void closestPassageIsTheNearestPartOfTheText() {
        QuoteFinder finder = new QuoteFinder(TEXT);
        assertThat(finder.closest("He left on Friday.")).isEqualTo("He left on Thursday.");
        assertThat(QuoteFinder.normalize(finder.closest("promote peace and stabilty")))
                .isEqualTo("promote peace - and stability");
    }

    @Test
    void closestPassageIsWholeWords() {
        QuoteFinder finder = new QuoteFinder("Volunteers swarmed over the rubble of the Enrique Rébsamen school.");
        assertThat(finder.closest("ers swarmed over the rubble")).isEqualTo("Volunteers swarmed over the rubble");
        assertThat(finder.closest("rubble of the Enrique Rébsa")).isEqualTo("rubble of the Enrique Rébsamen");
    }
}
