package briefing.render;

import briefing.graph.Graph;
import briefing.model.Article;
import briefing.model.BidiControls;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code data/comparison.csv}: the comparison table for spreadsheets. A row per claim, in id order:
 * its id, statement, topic, kind of difference and independent origins; then a column per source, in
 * the order the site lists sources, headed by the source's label, holding the source's stance and,
 * after a colon, its value ({@code differs: 8–1}); empty where the source is silent.
 *
 * <p>RFC 4180: UTF-8, lines ending CRLF, a field quoted when it holds a comma, a quote or a line
 * break, a quote doubled. A field that begins with {@code = + - @} (or a tab or carriage return) gets a
 * leading apostrophe, so no spreadsheet reads content as a formula; bidi controls are dropped, as on
 * the pages.
 */
final class ComparisonCsv {
    private ComparisonCsv() {
    }

    static void write(Graph graph, OutputStream stream) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        List<Article> sources = graph.articleOrder();
        List<String> row = new ArrayList<>(5 + sources.size());
        row.addAll(List.of("id", "statement", "topic", "kind", "origins"));
        sources.forEach(a -> row.add(graph.label(a.id())));
        line(out, row);
        for (Claim c : graph.claims()) {
            row.clear();
            row.add(c.id());
            row.add(c.statement());
            row.add(c.topic());
            row.add(graph.kind(c.id()).word());
            row.add(String.join("; ", graph.origins(c.id())));
            String[] cells = new String[sources.size()];
            for (ClaimSource source : c.sources()) {
                int at = graph.articlePosition(source.article());
                if (at >= 0 && cells[at] == null) {
                    cells[at] = cell(source);
                }
            }
            for (String cell : cells) {
                row.add(cell == null ? "" : cell);
            }
            line(out, row);
        }
        out.flush();
    }

    /** A source's cell: its stance, and its value after a colon. */
    private static String cell(ClaimSource source) {
        String stance = source.stance().word();
        return source.value().isEmpty() ? stance : stance + ": " + source.value();
    }

    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
        out.write("\r\n");
    }

    /** One field, quoted and defused as the class says. */
    static String field(String text) {
        String plain = BidiControls.strip(text);
        String safe = !plain.isEmpty() && "=+-@\t\r".indexOf(plain.charAt(0)) >= 0 ? "'" + plain : plain;
        boolean quote = false;
        for (int i = 0; i < safe.length() && !quote; i++) {
            char c = safe.charAt(i);
            quote = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return quote ? '"' + safe.replace("\"", "\"\"") + '"' : safe;
    }
}
