package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {
    /** The plain definition: each character in turn, escaped with the formatter where it must be. */
    private static String quotedCharByChar(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
                    if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029' || bidi) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    @Test
    void stringsEscapedByRunsEqualTheCharByCharDefinition() {
        Random random = new Random(5);
        char[] alphabet = {'a', 'Z', ' ', 'Ж', '中', '"', '\\', '\n', '\r', '\t', '\u0000', '\u001f', '\u007f', '<',
            '>', '&', '\'', '/', '\u2027', '\u2028', '\u2029', '\u202A', '\u202E', '\u202F', '\u2065', '\u2066',
            '\u2069', '\u206A', '\u061C', '\u200F', '\uD83D', '\uDE00', '\uFFFF'};
        for (int round = 0; round < 20_000; round++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(40);
            for (int i = 0; i < length; i++) {
                text.append(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = text.toString();
            assertThat(Json.of(s)).as("%s", s.chars().mapToObj(Integer::toHexString).toList())
                    .isEqualTo(quotedCharByChar(s));
        }
    }

    @Test
    void valuesKeepTheirOrderAndKinds() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z", List.of(1, 2.5, true));
        map.put("a", null);
        map.put("</script>", "x\u2028y");
        map.put("nan", Double.NaN);

        assertThat(Json.of(map)).isEqualTo(
                "{\"z\":[1,2.5,true],\"a\":null,\"\\u003c/script\\u003e\":\"x\\u2028y\",\"nan\":null}");
    }
}
