package briefing.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The articles' SHA-256, written out, is the JDK's: for every length around the block boundaries and beyond. */
class HashesTest {
    @Test
    void knownDigests() {
        assertThat(Hashes.sha256("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Hashes.sha256("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Hashes.sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"))
                .isEqualTo("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    }

    @Test
    void sameAsTheJdksForEveryLengthUpTo300BytesAndForLongTexts() throws NoSuchAlgorithmException {
        Random random = new Random(18);
        for (int length = 0; length <= 300; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            assertThat(Hashes.sha256(bytes)).as("%d bytes", length).isEqualTo(jdk(bytes));
        }
        byte[] large = new byte[1_000_003];
        random.nextBytes(large);
        assertThat(Hashes.sha256(large)).isEqualTo(jdk(large));
        String text = "Шойгу прибыл в Пхеньян — 쇼이구 평양 도착. ".repeat(40);
        assertThat(Hashes.sha256(text))
                .isEqualTo(java.util.HexFormat.of().formatHex(jdk(text.getBytes(StandardCharsets.UTF_8))));
    }

    private static byte[] jdk(byte[] bytes) throws NoSuchAlgorithmException {
        return MessageDigest.getInstance("SHA-256").digest(bytes);
    }
}
