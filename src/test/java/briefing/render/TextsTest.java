package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class TextsTest {
    /** The plain definition: each character in turn, a space written before the next non-space after white space. */
    private static String collapsedCharByChar(String text, int from, int to, int enough) {
        StringBuilder out = new StringBuilder();
        boolean space = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                space = true;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
            if (out.length() > enough) {
                return out.toString();
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }

    @Test
    void collapsingByRunsEqualsCollapsingCharByChar() {
        Random random = new Random(3);
        char[] alphabet = {'a', 'b', ' ', ' ', '\n', '\t', '\r', '\u000B', '\f', '\u00A0', 'Ж', '.'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            int from = s.isEmpty() ? 0 : random.nextInt(s.length() + 1);
            int to = from + random.nextInt(s.length() - from + 1);
            int enough = random.nextInt(4) == 0 ? Integer.MAX_VALUE : random.nextInt(40);
            assertThat(Texts.collapse(s, from, to, enough)).as("%s [%d, %d) enough %d", s, from, to, enough)
                    .isEqualTo(collapsedCharByChar(s, from, to, enough));
        }
    }

    @Test
    void shortenAndContextsKeepTheirForm() {
        assertThat(Texts.oneLine("  a \n\n b\tc  ")).isEqualTo("a b c");
        assertThat(Texts.shorten("one two three four five", 12)).isEqualTo("one two\u2026");
        assertThat(Texts.before("alpha beta gamma delta", 17, 10)).isEqualTo("\u2026gamma ");
        assertThat(Texts.after("alpha beta gamma delta", 5, 10)).isEqualTo(" beta\u2026");
    }
}
