package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTest {
    @Test
    void escapesTheFiveCharactersOfMarkup() {
        assertThat(Xml.text("<a href=\"x\">Tom's & Co</a>"))
                .isEqualTo("&lt;a href=&quot;x&quot;&gt;Tom&apos;s &amp; Co&lt;/a&gt;");
    }

    @Test
    void keepsTabAndNewlineAndDropsOtherControlCharacters() {
        assertThat(Xml.text("a\tb\nc\u0000d\u0007e\u001Bf")).isEqualTo("a\tb\ncdef");
    }

    @Test
    void dropsBidiControlsThatCouldReorderWhatAReaderSees() {
        assertThat(Xml.text("abc\u202Edef\u2066g\u2069")).isEqualTo("abcdefg");
    }

    @Test
    void leavesOtherTextAsItIs() {
        assertThat(Xml.text("Valmora – Ünïcödé 港")).isEqualTo("Valmora – Ünïcödé 港");
    }
}
