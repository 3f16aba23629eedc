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
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code data/comparison.csv}: the comparison table for spreadsheets. A row per claim, in id order:
 * its id, statement, topic, kind of difference and independent origins; then a column per source, in
 * the order the site lists sources, headed by the source's label, holding the source's stance and,
 * after a colon, its value ({@code differs: 8–1}); empty where the source is silent.
 *
 * <p>Past {@link #WIDE_MAX_SOURCES} sources no spreadsheet opens a row that wide (16 384 columns at
 * most), and the table would grow with claims times sources: the file is then long instead, a row
 * per claim and covering source, with the source's label, stance and value in the last three columns.
 *
 * <p>RFC 4180: UTF-8, lines ending CRLF, a field quoted when it holds a comma, a quote or a line
 * break, a quote doubled. A field that begins with {@code = + - @} (or a tab or carriage return) gets a
 * leading apostrophe, so no spreadsheet reads content as a formula; bidi controls are dropped, as on
 * the pages.
 */
final class ComparisonCsv {
    private static final char[] COMMAS = ",".repeat(4096).toCharArray();
    /** Up to this many sources a column each; past it, the long form. */
    static final int WIDE_MAX_SOURCES = 16_384 - 5;

    private ComparisonCsv() {
    }

    static void write(Graph graph, OutputStream stream) throws IOException {
        write(graph, stream, WIDE_MAX_SOURCES);
    }

    /** The file, wide up to {@code wideMax} sources, long past it. */
    static void write(Graph graph, OutputStream stream, int wideMax) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        if (graph.articleOrder().size() > wideMax) {
            writeLong(graph, out);
        } else {
            writeWide(graph, out);
        }
        out.flush();
    }

    /** A row per claim and covering source, in id order, then the sources in the site's order. */
    private static void writeLong(Graph graph, Writer out) throws IOException {
        List<String> row = new ArrayList<>(List.of("id", "statement", "topic", "kind", "origins", "source", "stance",
                "value"));
        line(out, row);
        out.write("\r\n");
        for (Claim c : graph.claims()) {
            TreeMap<Integer, ClaimSource> covering = new TreeMap<>();
            for (ClaimSource source : c.sources()) {
                int at = graph.articlePosition(source.article());
                if (at >= 0) {
                    covering.putIfAbsent(at, source);
                }
            }
            String kind = graph.kind(c.id()).word();
            String origins = String.join("; ", graph.origins(c.id()));
            for (ClaimSource source : covering.values()) {
                row.clear();
                row.addAll(List.of(c.id(), c.statement(), c.topic(), kind, origins, graph.label(source.article()),
                        source.stance().word(), source.value()));
                line(out, row);
                out.write("\r\n");
            }
        }
    }

    private static void writeWide(Graph graph, Writer out) throws IOException {
        List<Article> sources = graph.articleOrder();
        List<String> row = new ArrayList<>(5 + sources.size());
        row.addAll(List.of("id", "statement", "topic", "kind", "origins"));
        sources.forEach(a -> row.add(graph.label(a.id())));
        line(out, row);
        out.write("\r\n");
        for (Claim c : graph.claims()) {
            row.clear();
            row.add(c.id());
            row.add(c.statement());
            row.add(c.topic());
            row.add(graph.kind(c.id()).word());
            row.add(String.join("; ", graph.origins(c.id())));
            line(out, row);
            // Most sources are silent on a claim: their empty cells are written as one run of commas.
            TreeMap<Integer, String> cells = new TreeMap<>();
            for (ClaimSource source : c.sources()) {
                int at = graph.articlePosition(source.article());
                if (at >= 0) {
                    cells.putIfAbsent(at, cell(source));
                }
            }
            int next = 0;
            for (Map.Entry<Integer, String> cell : cells.entrySet()) {
                commas(out, cell.getKey() - next + 1);
                out.write(field(cell.getValue()));
                next = cell.getKey() + 1;
            }
            commas(out, sources.size() - next);
            out.write("\r\n");
        }
    }

    /** {@code n} commas: the separators of {@code n} fields, of which all but the last are empty. */
    private static void commas(Writer out, int n) throws IOException {
        for (int left = n; left > 0; left -= COMMAS.length) {
            out.write(COMMAS, 0, Math.min(left, COMMAS.length));
        }
    }

    /** A source's cell: its stance, and its value after a colon. */
    private static String cell(ClaimSource source) {
        String stance = source.stance().word();
        return source.value().isEmpty() ? stance : stance + ": " + source.value();
    }

    /** The fields, separated by commas, without the line's end. */
    private static void line(Writer out, List<String> fields) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(field(fields.get(i)));
        }
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
