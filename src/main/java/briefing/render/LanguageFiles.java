package briefing.render;

import briefing.model.Diagnostic;
import briefing.model.Settings;
import briefing.model.SourcePos;
import briefing.model.Suggest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds and reads the language file of a briefing's {@code language}: {@code lang/<tag>.properties}
 * in the editor's templates folder, else the bundled one; for a tag with a region ({@code es-MX})
 * the file of the tag, then of its base language ({@code es}); English, the bundled
 * {@code lang/en.properties}, for every key the others leave out. Reports, as warnings, a language
 * without a file, keys an editor's file leaves to English, and keys no page uses.
 */
final class LanguageFiles {
    /** The language every other one falls back to, and the one whose file lists every key. */
    static final String BASE = "en";
    private static final String FOLDER = "lang/";

    private final Path overrides;
    private final String bundled;

    /**
     * @param overrides the editor's templates folder, or null
     * @param bundled   the resource folder of the bundled templates
     */
    LanguageFiles(Path overrides, String bundled) {
        this.overrides = overrides;
        this.bundled = bundled;
    }

    /** The words for what {@code settings} asks, with the problems found on the way. */
    record Loaded(Words words, List<Diagnostic> problems) {
    }

    Loaded load(Settings settings) {
        List<Diagnostic> problems = new ArrayList<>();
        Map<String, String> english = read(BASE, problems);
        String tag = settings.language().isEmpty() ? BASE : settings.language();
        List<String> chain = chain(tag);
        Map<String, String> texts = new LinkedHashMap<>(english);
        String found = null;
        // From the most general to the most particular, each file's texts over the last's.
        for (int i = chain.size() - 1; i >= 0; i--) {
            String candidate = chain.get(i);
            Map<String, String> own = candidate.equals(BASE) ? null : read(candidate, problems);
            if (own != null) {
                unknownKeys(candidate, own, english, problems);
                texts.putAll(own);
                found = candidate;
            }
        }
        if (found == null && !chain.get(0).equals(BASE)) {
            String base = chain.get(chain.size() - 2);
            String where = overrides == null ? "a templates folder given with --templates" : overrides.toString();
            problems.add(Diagnostic.warning(new SourcePos(settings.path(), settings.languageLine()),
                    "there is no interface in '" + tag + "', so the pages' headings, labels and dates are in"
                            + " English; to add one, copy en.properties (docs/languages.md says where it is) to "
                            + where + "/" + FOLDER + base + ".properties and translate its texts"));
        } else if (found != null) {
            missingKeys(found, english, problems);
        }
        found = found == null ? BASE : found;
        datePatterns(found, texts, english, problems);
        return new Loaded(new Words(found, texts), problems);
    }

    /** The tags to look for, most particular first: es-MX, es; English last. */
    static List<String> chain(String tag) {
        List<String> chain = new ArrayList<>();
        String t = tag.strip();
        while (!t.isEmpty()) {
            String normal = normal(t);
            if (!chain.contains(normal)) {
                chain.add(normal);
            }
            int dash = t.lastIndexOf('-');
            t = dash < 0 ? "" : t.substring(0, dash);
        }
        if (!chain.contains(BASE)) {
            chain.add(BASE);
        }
        return chain;
    }

    /** A tag as its file is named: the language in lower case, the rest as written (es-MX, zh-Hant). */
    private static String normal(String tag) {
        int dash = tag.indexOf('-');
        return dash < 0 ? tag.toLowerCase(Locale.ROOT) : tag.substring(0, dash).toLowerCase(Locale.ROOT)
                + tag.substring(dash);
    }

    /**
     * The texts of one language: the editor's file over the bundled one (an editor's file may change a
     * few words only); null when neither exists.
     */
    private Map<String, String> read(String tag, List<Diagnostic> problems) {
        String name = FOLDER + tag + ".properties";
        Map<String, String> texts = null;
        try (InputStream in = LanguageFiles.class.getResourceAsStream(bundled + "/" + name)) {
            if (in != null) {
                texts = parse("(bundled) " + name, decode(in.readAllBytes(), name), problems);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (overrides != null && Files.isRegularFile(overrides.resolve(name))) {
            Path file = overrides.resolve(name);
            try {
                Map<String, String> own = parse(file.toString(), decode(Files.readAllBytes(file), file.toString()),
                        problems);
                if (texts == null) {
                    texts = own;
                } else {
                    texts.putAll(own);
                }
            } catch (CharacterCodingException e) {
                problems.add(Diagnostic.error(new SourcePos(file.toString(), 0),
                        "the language file is not UTF-8 text; save it as UTF-8"));
            } catch (IOException e) {
                problems.add(Diagnostic.error(new SourcePos(file.toString(), 0),
                        "cannot read the language file: " + e.getMessage()));
            }
        }
        return texts;
    }

    private static String decode(byte[] bytes, String name) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
    }

    /**
     * Reads {@code key = text} lines: blank lines and lines starting with {@code #} or {@code !} are
     * comments; a line ending in a backslash goes on on the next line. The text is kept as written.
     */
    static Map<String, String> parse(String path, String text, List<Diagnostic> problems) {
        Map<String, String> texts = new LinkedHashMap<>();
        String[] lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            int number = i + 1;
            String line = lines[i].strip();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).strip();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
                continue;
            }
            StringBuilder full = new StringBuilder(line);
            while (full.length() > 0 && full.charAt(full.length() - 1) == '\\' && i + 1 < lines.length) {
                full.setLength(full.length() - 1);
                full.append(lines[++i].strip());
            }
            int eq = full.indexOf("=");
            if (eq <= 0) {
                problems.add(Diagnostic.error(new SourcePos(path, number),
                        "a line of a language file is 'key = text'; this one has no '=' after a key"));
                continue;
            }
            String key = full.substring(0, eq).strip();
            if (texts.put(key, full.substring(eq + 1).strip()) != null) {
                problems.add(Diagnostic.warning(new SourcePos(path, number),
                        "'" + key + "' is given twice; the last one is used"));
            }
        }
        return texts;
    }

    /** A warning for each key of a language's file that English does not have. */
    private void unknownKeys(String tag, Map<String, String> own, Map<String, String> english,
            List<Diagnostic> problems) {
        Path file = overrides == null ? null : overrides.resolve(FOLDER + tag + ".properties");
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        for (String key : own.keySet()) {
            if (!english.containsKey(key)) {
                String near = Suggest.closest(key, english.keySet());
                problems.add(Diagnostic.warning(new SourcePos(file.toString(), lineOf(file, key)),
                        "no page uses the key '" + key + "'" + (near == null ? "" : "; did you mean '" + near + "'?")));
            }
        }
    }

    /** A warning for each key left to English by the editor's file of a language not bundled. */
    private void missingKeys(String tag, Map<String, String> english, List<Diagnostic> problems) {
        Path file = overrides == null ? null : overrides.resolve(FOLDER + tag + ".properties");
        if (file == null || !Files.isRegularFile(file)) {
            return;
        }
        Map<String, String> own = new LinkedHashMap<>();
        for (String t : chain(tag)) {
            if (t.equals(BASE)) {
                break;
            }
            Map<String, String> one = read(t, new ArrayList<>());
            if (one != null) {
                one.forEach(own::putIfAbsent);
            }
        }
        for (String key : english.keySet()) {
            if (!own.containsKey(key)) {
                problems.add(Diagnostic.warning(new SourcePos(file.toString(), 0), "the key '" + key
                        + "' is missing, so its text is shown in English: '" + english.get(key) + "'"));
            }
        }
    }

    /** A date form that is not a pattern the JDK reads is replaced by the English one, with a warning. */
    private void datePatterns(String tag, Map<String, String> texts, Map<String, String> english,
            List<Diagnostic> problems) {
        for (Map.Entry<String, String> e : texts.entrySet()) {
            if (e.getKey().startsWith("date.") && !e.getKey().equals("date.withTime")) {
                try {
                    DateTimeFormatter.ofPattern(e.getValue());
                } catch (IllegalArgumentException bad) {
                    Path file = overrides == null ? null : overrides.resolve(FOLDER + tag + ".properties");
                    String where = file != null && Files.isRegularFile(file) ? file.toString()
                            : "(bundled) " + FOLDER + tag + ".properties";
                    problems.add(Diagnostic.warning(new SourcePos(where, file == null ? 0 : lineOf(file, e.getKey())),
                            "'" + e.getKey() + "' is not a date pattern (letters such as d, MMMM and y, other words"
                                    + " in single quotes); the English one is used: " + bad.getMessage()));
                    e.setValue(english.get(e.getKey()));
                }
            }
        }
    }

    private static int lineOf(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith(key) && l.substring(key.length()).strip().startsWith("=")) {
                    return i + 1;
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return 0;
    }
}
