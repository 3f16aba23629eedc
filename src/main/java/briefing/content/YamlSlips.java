package briefing.content;

import briefing.model.Diagnostic;
import briefing.model.SourcePos;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Names a YAML mistake the way an editor would ("the quote opened on line 8 is not closed"), at the
 * line of the slip rather than where the YAML reader gave up, which can be lines later. It looks at
 * the front matter's text around the place the reader stopped and recognises the common slips; for
 * any other mistake it says where reading stopped, with the reader's own words in parentheses.
 */
final class YamlSlips {
    /** A key at the start of a line's content: a plain word, a colon, then a space or the line's end. */
    private static final Pattern KEY = Pattern.compile("([A-Za-z_][A-Za-z0-9_-]*):(?=\\s|$)");
    /** A key written with no space after its colon ({@code outlet:EFE}). */
    private static final Pattern KEY_WITHOUT_SPACE = Pattern.compile("\\s*(?:- )?([A-Za-z_][A-Za-z0-9_-]*):([^\\s/].*)");

    private final SourceFile file;
    private final String[] lines;
    private final int problemLine;
    private final int problemColumn;
    private final Integer contextLine;
    private final String context;
    private final String problem;

    private YamlSlips(SourceFile file, MarkedYamlEngineException e) {
        this.file = file;
        this.lines = file.frontMatter().split("\n", -1);
        this.problemLine = Math.min(e.getProblemMark().map(Mark::getLine).orElse(0), lines.length - 1);
        this.problemColumn = e.getProblemMark().map(Mark::getColumn).orElse(0);
        this.contextLine = e.getContextMark().map(Mark::getLine).orElse(null);
        this.context = e.getContext() == null ? "" : e.getContext();
        this.problem = e.getProblem() == null ? "" : e.getProblem();
    }

    /** The error for a front matter the YAML reader refused. */
    static Diagnostic explain(SourceFile file, MarkedYamlEngineException e) {
        return new YamlSlips(file, e).explain();
    }

    /** A slip at a line of the front matter (counted from 0). */
    private record Slip(int line, String message) {
    }

    private Diagnostic explain() {
        Slip slip = tab()
                .or(this::documentEnd)
                .or(this::unclosedQuote)
                .or(this::textAfterQuote)
                .or(this::missingSpace)
                .or(this::unclosedBrackets)
                .or(this::specific)
                .orElseGet(() -> new Slip(problemLine, "this line cannot be read as 'key: value' lines ("
                        + readerWords() + ")"));
        return Diagnostic.error(new SourcePos(file.path(), slip.line() + file.frontMatterLine()), slip.message());
    }

    private Optional<Slip> tab() {
        for (int k = 0; k <= problemLine; k++) {
            String line = lines[k];
            String indent = line.substring(0, line.length() - line.stripLeading().length());
            if (indent.indexOf('\t') >= 0 && !line.isBlank()) {
                return found(k, "a tab is used for indenting; indent with spaces only");
            }
        }
        return Optional.empty();
    }

    /** A '...' or '---' line inside the front matter, which ends the YAML before its last keys. */
    private Optional<Slip> documentEnd() {
        for (int k = 0; k <= problemLine; k++) {
            String line = lines[k].strip();
            if (line.equals("...") || line.equals("---")) {
                return found(k, "'" + line + "' ends the front matter early; remove this line");
            }
        }
        return Optional.empty();
    }

    /** A quote opened and never closed: at the end of the file, or closed by a quote lines later. */
    private Optional<Slip> unclosedQuote() {
        if (context.equals("while scanning a quoted scalar") && contextLine != null) {
            return found(contextLine, quoteNotClosed(contextLine));
        }
        for (int k = 0; k < problemLine; k++) {
            int start = valueStart(lines[k]);
            if (isQuote(lines[k], start) && closingQuote(lines[k], start) < 0) {
                char quote = lines[k].charAt(start);
                for (int later = k + 1; later <= problemLine; later++) {
                    String line = lines[later];
                    if (indent(line) <= indent(lines[k]) && KEY.matcher(line).region(indent(line), line.length())
                            .lookingAt()) {
                        return found(k, quoteNotClosed(k)); // the next key came before the closing quote
                    }
                    if (line.indexOf(quote) >= 0) {
                        break; // a value over several lines, closed here
                    }
                }
            }
        }
        return Optional.empty();
    }

    private String quoteNotClosed(int line) {
        int start = valueStart(lines[line]);
        char quote = start < lines[line].length() ? lines[line].charAt(start) : '"';
        return "the quote (" + quote + ") opened on line " + (line + file.frontMatterLine())
                + " is not closed; end the value with " + quote + " on the same line";
    }

    /** A quoted value followed by more text: a quote inside the value, or an apostrophe in single quotes. */
    private Optional<Slip> textAfterQuote() {
        String line = lines[problemLine];
        int start = valueStart(line);
        if (!isQuote(line, start)) {
            return Optional.empty();
        }
        int close = closingQuote(line, start);
        String rest = close < 0 ? "" : line.substring(close + 1).strip();
        if (rest.isEmpty() || rest.startsWith("#")) {
            return Optional.empty();
        }
        String value = line.substring(start).strip();
        if (line.charAt(start) == '\'' && Character.isLetter(rest.charAt(0))) {
            return found(problemLine, "the apostrophe in " + value + " ends the quoted value early; inside single"
                    + " quotes write an apostrophe twice ('') or put the value in double quotes");
        }
        return found(problemLine, "text follows the closing quote in " + value + "; to use "
                + line.charAt(start) + " inside a value, put the whole value in the other kind of quotes");
    }

    private Optional<Slip> missingSpace() {
        for (int k = 0; k <= problemLine; k++) {
            Matcher m = KEY_WITHOUT_SPACE.matcher(lines[k]);
            if (m.matches()) {
                return found(k, "there is no space after the colon in '" + lines[k].strip() + "'; write '"
                        + m.group(1) + ": " + m.group(2).strip() + "'");
            }
        }
        return Optional.empty();
    }

    private Optional<Slip> unclosedBrackets() {
        if (contextLine != null && context.startsWith("while parsing a flow ")) {
            char open = context.endsWith("sequence") ? '[' : '{';
            char close = open == '[' ? ']' : '}';
            return found(contextLine, "the '" + open + "' opened on line " + (contextLine + file.frontMatterLine())
                    + " is not closed with '" + close + "' on the same line");
        }
        String line = lines[problemLine];
        int start = valueStart(line);
        if (problem.startsWith("expected <block end>") && start < line.length() && start < problemColumn
                && "[{".indexOf(line.charAt(start)) >= 0) {
            return found(problemLine, "a value that starts with '" + line.charAt(start) + "' is read as a "
                    + (line.charAt(start) == '[' ? "list" : "mapping") + ", and text follows it; if it is text,"
                    + " put the whole value in quotes");
        }
        return Optional.empty();
    }

    /** Slips told apart by what the reader expected, at the line it stopped. */
    private Optional<Slip> specific() {
        String line = lines[problemLine];
        int indent = indent(line);
        if (problem.startsWith("could not find expected ':'") && contextLine != null) {
            String item = lines[contextLine].strip();
            if (item.length() > 1 && item.charAt(0) == '-' && item.charAt(1) != '-') {
                return found(contextLine, "a list item needs a space after its '-': write '- "
                        + item.substring(1).strip() + "'");
            }
            return found(contextLine, "'" + lines[contextLine].strip() + "' has no colon; write 'key: value'");
        }
        if (problem.startsWith("mapping values are not allowed")) {
            Matcher key = KEY.matcher(line).region(valueIndent(line), line.length());
            if (key.lookingAt() && key.end() < problemColumn) {
                return found(problemLine, "the value of '" + key.group(1) + "' contains ': ', which starts a new"
                        + " key; put the whole value in quotes");
            }
            int above = contentLineBefore(problemLine);
            if (above >= 0 && indent > indent(lines[above])) {
                return found(problemLine, indentedMore());
            }
        }
        if (problem.startsWith("expected <block end>, but found '-'")) {
            return found(problemLine, "a list item ('- ') outside a list: put the list's key on a line of its own"
                    + " (such as 'aliases:') and each item below it");
        }
        if (problem.startsWith("expected <block end>") && problemColumn == indent) {
            int above = contentLineBefore(problemLine);
            if (above >= 0 && indent > indent(lines[above])) {
                return found(problemLine, indentedMore());
            }
            return found(problemLine, "line " + (problemLine + file.frontMatterLine()) + " is indented less than"
                    + " the key it belongs to" + (above < 0 ? "" : " (line " + (above + file.frontMatterLine())
                    + " is indented " + indent(lines[above]) + " spaces, this line " + indent + ")")
                    + "; indent it exactly like the other keys or items of its group");
        }
        if (problem.startsWith("found character") && problem.contains("cannot start any token")) {
            char c = problemColumn < line.length() ? line.charAt(problemColumn) : ' ';
            return found(problemLine, "a value cannot start with '" + c + "'; put the whole value in quotes");
        }
        if (context.equals("while scanning an alias") || problem.startsWith("found undefined alias")) {
            return found(problemLine, "a value that starts with '*' is read as a reference to another value;"
                    + " if it is text, put the whole value in quotes");
        }
        return Optional.empty();
    }

    private String indentedMore() {
        return "line " + (problemLine + file.frontMatterLine()) + " is indented more than the line above it, whose"
                + " value is already given; indent it like the line above";
    }

    private String readerWords() {
        String words = problem.replaceAll("\\s*\\(Do not use .*\\)$", "").replace("\\t(TAB)", "tab");
        return "the YAML reader says: " + (words.isEmpty() ? context : words);
    }

    private Optional<Slip> found(int line, String message) {
        return Optional.of(new Slip(line, message));
    }

    private int contentLineBefore(int line) {
        for (int k = line - 1; k >= 0; k--) {
            String text = lines[k].strip();
            if (!text.isEmpty() && !text.startsWith("#")) {
                return k;
            }
        }
        return -1;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** Where a line's content starts after its indentation and any list dashes. */
    private static int valueIndent(String line) {
        int i = indent(line);
        while (line.startsWith("- ", i)) {
            i += 2;
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    /** Where a line's value starts: after its indentation, list dashes and key. */
    private static int valueStart(String line) {
        int i = valueIndent(line);
        Matcher key = KEY.matcher(line).region(i, line.length());
        if (key.lookingAt()) {
            i = key.end();
            while (i < line.length() && line.charAt(i) == ' ') {
                i++;
            }
        }
        return i;
    }

    private static boolean isQuote(String line, int at) {
        return at < line.length() && (line.charAt(at) == '"' || line.charAt(at) == '\'');
    }

    /** Where the quote opened at {@code start} closes on the same line, or -1. */
    private static int closingQuote(String line, int start) {
        char quote = line.charAt(start);
        for (int i = start + 1; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quote == '"' && c == '\\') {
                i++;
            } else if (c == quote) {
                if (quote == '\'' && i + 1 < line.length() && line.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }
}
