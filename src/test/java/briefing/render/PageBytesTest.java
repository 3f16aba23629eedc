package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PageBytesTest {

    private static byte[] written(String... pieces) {
        PageBytes out = new PageBytes();
        for (String piece : pieces) {
            out.write(piece, 0, piece.length());
        }
        return out.toByteArray();
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void encodesLikeStringGetBytes() {
        String text = "Шойгу — “Kim” 金正恩 naïve 😀 <b>&amp;</b>";
        assertThat(written(text)).isEqualTo(utf8(text));
    }

    @Test
    void dropsBidiControls() {
        assertThat(written("evil\u202Egnp.exe and \u2066isolate\u2069")).isEqualTo(utf8("evilgnp.exe and isolate"));
    }

    @Test
    void surrogatePairSplitBetweenWrites() {
        String face = "😀";
        assertThat(written("a" + face.charAt(0), face.charAt(1) + "b")).isEqualTo(utf8("a😀b"));
    }

    @Test
    void loneSurrogatesBecomeQuestionMarks() {
        assertThat(written("a\uD83D", "b")).isEqualTo(utf8("a\uD83Db"));
        assertThat(written("a\uDE00b")).isEqualTo(utf8("a\uDE00b"));
        assertThat(written("end\uD83D")).isEqualTo(utf8("end\uD83D"));
        assertThat(written("\uD83D\uD83D\uDE00")).isEqualTo(utf8("\uD83D\uD83D\uDE00"));
    }

    @Test
    void randomTextInRandomPiecesMatchesGetBytesWithoutBidiControls() {
        Random random = new Random(42);
        char[] alphabet = {'a', ' ', '<', '\u00E9', '\u0416', '\u201C', '\u202A', '\u2067', '\uD83D', '\uDE00',
            '\uFFFF', '\u0000', '\u07FF', '\u0800'};
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int length = round % 20 == 0 ? random.nextInt(60_000) : random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            PageBytes out = new PageBytes();
            int at = 0;
            while (at < s.length()) {
                int piece = random.nextBoolean() ? random.nextInt(5) : random.nextInt(30_000);
                int end = Math.min(s.length(), at + 1 + piece);
                switch (random.nextInt(3)) {
                    case 0 -> out.write(s, at, end - at);
                    case 1 -> out.write(s.toCharArray(), at, end - at);
                    default -> {
                        for (int i = at; i < end; i++) {
                            out.write(s.charAt(i));
                        }
                    }
                }
                at = end;
            }
            String expected = s.replaceAll("[\u202A-\u202E\u2066-\u2069]", "");
            assertThat(out.toByteArray()).as("round %d: %s", round, s).isEqualTo(utf8(expected));
        }
    }

    @Test
    void longStringsWrittenWholeEncodeAsCharByChar() {
        Random random = new Random(11);
        // Plain ASCII; other text (typographic quotes, surrogates, bidi neighbours); and with bidi controls.
        String[] alphabets = {"abc <&>", "a \u00E9\u201C\u2018\u2029\u0800\uD83D\uDE00\u2065\u206A\u202F",
            "a \u00E9\u201C\u202A\u202E\u2066\u2069\uD83D\uDE00"};
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int length = PageBytes.WHOLE + random.nextInt(300);
            String alphabet = alphabets[round % 3];
            for (int i = 0; i < length; i++) {
                text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String first = text.toString();
            String second = random.nextBoolean() ? "\uDE00 next" : "next";
            String expected = (first + second).replaceAll("[\u202A-\u202E\u2066-\u2069]", "");
            assertThat(written(first, second)).as("round %d: %s", round, first).isEqualTo(utf8(expected));
        }
        // A high surrogate, a bidi control and a low one: the control is dropped and the pair meets.
        String pair = "x".repeat(PageBytes.WHOLE) + "\uD83D\u202E\uDE00";
        assertThat(written(pair)).isEqualTo(utf8("x".repeat(PageBytes.WHOLE) + "\uD83D\uDE00"));
    }

    @Test
    void longTextsOfWideCharactersGrowTheBuffer() {
        String wide = "Ж“金😀".repeat(20_000) + "a".repeat(50_000);
        assertThat(written(wide)).isEqualTo(utf8(wide));
        PageBytes out = new PageBytes();
        out.write(wide.toCharArray(), 0, wide.length());
        assertThat(out.toByteArray()).isEqualTo(utf8(wide));
        // Wide characters first fill the room asked for by the length, then narrow ones need more.
        String mixed = "Ж".repeat(12_000) + "a".repeat(9_000);
        assertThat(written(mixed)).isEqualTo(utf8(mixed));
        PageBytes chars = new PageBytes();
        chars.write(mixed.toCharArray(), 0, mixed.length());
        assertThat(chars.toByteArray()).isEqualTo(utf8(mixed));
    }
}
