package briefing.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sentences start and end at sentence boundaries, never inside a word, and hold no Markdown. */
class SentencesTest {
    @Test
    void splitsAtFullStopsBeforeACapitalButNotAfterAbbreviationsOrInitials() {
        assertThat(Sentences.split("Dr. Ana Ruiz met J. Smith of the U.S. embassy. \"It went well.\" Then 40"
                + " workers left! Why? the rest has no end"))
                .containsExactly("Dr. Ana Ruiz met J. Smith of the U.S. embassy.", "\"It went well.\"",
                        "Then 40 workers left!");
    }

    @Test
    void theFirstSentenceSkipsHeadingsListsAndMarkdownAndIsNeverCutInsideAWord() {
        String longSentence = "Rescuers " + "worked through the night and ".repeat(12) + "found nobody.";
        String body = """
                # Heading of the article.

                - a list item that is long enough to be a sentence.

                A sentence with *emphasis* in it is not plain. %s Short.
                """.formatted(longSentence);
        assertThat(Sentences.first(body)).contains(longSentence);
        assertThat(Sentences.first("No mark at the end of this paragraph")).isEmpty();
    }
}
