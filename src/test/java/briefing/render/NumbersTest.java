package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Hand-made number and name formats equal the library formats they replace, character for character. */
class NumbersTest {
    @Test
    void oneDecimalIsWhatTheFormatterWrites() {
        Random random = new Random(7);
        for (int k = 0; k < 200_000; k++) {
            double v = switch (k % 6) {
                case 0 -> random.nextDouble() * 1000;
                case 1 -> Math.round(random.nextDouble() * 100_000) / 100.0;
                case 2 -> random.nextInt(100_000) / 20.0;
                case 3 -> 1 + random.nextInt(50) * 1.5;
                case 4 -> random.nextDouble() * 1e-2;
                default -> (random.nextDouble() - 0.5) * 1e9;
            };
            assertThat(Network.num(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
        for (double v : new double[] {0, -0.0, 0.05, 0.049999, 0.0004, 0.35, 0.15, 9.95, 99.95, 9_999_999.95, 1e7, -0.04,
                Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThat(Network.num(v)).as("%s", v).isEqualTo(String.format(Locale.ROOT, "%.1f", v));
        }
    }

    @Test
    void slugsAreWhatTheRegularExpressionsMade() {
        String[] texts = {"Military cooperation", "  Arms -- deals!  ", "Économie et défense", "Ünïcödé",
                "2023: the visit", "---", "", "Straße", "ﬁnance", "Korea (DPRK)", "ИКТ", "a_b.c", "Ⅻ legion"};
        for (String text : texts) {
            String old = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKD)
                    .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            String expected = old.isEmpty() ? "x" + Integer.toHexString(text.hashCode()) : old;
            assertThat(Texts.slug(text)).as(text).isEqualTo(expected);
        }
    }
}
