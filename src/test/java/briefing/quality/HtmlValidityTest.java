package briefing.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of every checked site passes the W3C Nu HTML Checker with zero errors. */
class HtmlValidityTest {
    @TempDir
    Path tmp;

    @Test
    void everyPagePassesTheNuHtmlChecker() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        List<String> errors = new ArrayList<>();
        int checked = 0;
        for (BuiltSites.Site site : BuiltSites.build(tmp)) {
            for (String page : site.pages()) {
                String report = validator.validate(site.root().resolve(page));
                checked++;
                for (String line : report.split("\n")) {
                    if (line.contains(": error:") || line.contains(": fatal")
                            || line.contains("non-document-error")) {
                        errors.add(site.name() + " " + page + ": " + line.substring(line.indexOf(':', 5) + 1));
                    }
                }
            }
        }
        assertThat(checked).as("pages checked").isGreaterThan(10);
        assertThat(errors).as("Nu HTML Checker errors on %d pages", checked).isEmpty();
    }
}
