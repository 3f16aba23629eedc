package briefing.render;

import briefing.model.EventDate;
import briefing.model.PartialDate;
import briefing.model.Published;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.TemplateHTMLOutputModel;
import freemarker.core.TemplateMarkupOutputModel;
import freemarker.template.SimpleScalar;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The words of the site's interface in one language: every heading, label, message and date form the
 * pages show, read once per build from a language file ({@link LanguageFiles}) and shared by all pages.
 * Java views ask by key ({@link #text}, {@link #format}, {@link #count}); templates receive the same
 * words as {@code t}: {@code ${t.nav.search}}, {@code ${t.count.sources(n)}}, {@code ${t.pair.lede(a, b)}}.
 *
 * <p>A text may hold placeholders {@code {0}}, {@code {1}}, ...; a plural text is a group of keys
 * {@code name.zero} (optional), {@code name.one} and {@code name.other}, chosen by the number in {@code {0}}.
 * Texts are split at their placeholders once, when the file is read; nothing is parsed per call.
 */
public final class Words {
    private final String language;
    private final Map<String, String> texts;
    private final Map<String, Pattern> patterns;
    private final Node root;
    private final DateTimeFormatter day;
    private final DateTimeFormatter month;
    private final DateTimeFormatter rangeDayStart;
    private final DateTimeFormatter rangeMonthDayStart;
    private final DateTimeFormatter rangeMonthStart;
    private final DateTimeFormatter chartDay;
    private final DateTimeFormatter time;

    /**
     * @param language the language of the texts (its locale gives month and day names)
     * @param texts    every key with its text
     */
    Words(String language, Map<String, String> texts) {
        this.language = language;
        this.texts = Map.copyOf(texts);
        Map<String, Pattern> parsed = new HashMap<>();
        texts.forEach((k, v) -> parsed.put(k, Pattern.of(v)));
        this.patterns = parsed;
        this.root = Node.tree(this, texts.keySet());
        Locale locale = Locale.forLanguageTag(language);
        this.day = DateTimeFormatter.ofPattern(text("date.day"), locale);
        this.month = DateTimeFormatter.ofPattern(text("date.month"), locale);
        this.rangeDayStart = DateTimeFormatter.ofPattern(text("date.range.dayStart"), locale);
        this.rangeMonthDayStart = DateTimeFormatter.ofPattern(text("date.range.monthDayStart"), locale);
        this.rangeMonthStart = DateTimeFormatter.ofPattern(text("date.range.monthStart"), locale);
        this.chartDay = DateTimeFormatter.ofPattern(text("date.chartDay"), locale);
        this.time = DateTimeFormatter.ofPattern(text("date.time"), locale);
    }

    /** The language tag these words are in, as found ({@code es} for a briefing in {@code es-MX}). */
    public String language() {
        return language;
    }

    /** The words as templates receive them: {@code t}. */
    TemplateModel model() {
        return root;
    }

    /** The text of a key; a key that is not there is a mistake in the code, not in the content. */
    String text(String key) {
        String t = texts.get(key);
        if (t == null) {
            throw new IllegalArgumentException("no interface text '" + key + "'");
        }
        return t;
    }

    /** The text of a key with its placeholders filled in. */
    String format(String key, Object... args) {
        Pattern p = patterns.get(key);
        if (p == null) {
            throw new IllegalArgumentException("no interface text '" + key + "'");
        }
        return p.fill(args, false);
    }

    /** A count in words, the plural form chosen by {@code n}: {@code count.sources} gives "4 sources". */
    String count(String key, int n, Object... more) {
        Object[] args = new Object[more.length + 1];
        args[0] = n;
        System.arraycopy(more, 0, args, 1, more.length);
        return format(plural(key, n), args);
    }

    /** The key of the plural form of {@code key} for {@code n}. */
    private String plural(String key, long n) {
        if (n == 0 && texts.containsKey(key + ".zero")) {
            return key + ".zero";
        }
        return key + (n == 1 ? ".one" : ".other");
    }

    // ---- dates ----

    /** A date as a reader reads it: "26 July 2023", "July 2023", "2023" (in the language's own forms). */
    String date(PartialDate d) {
        if (!d.hasMonth()) {
            return Integer.toString(d.year());
        }
        return d.hasDay() ? day.format(d.first()) : month.format(d.first());
    }

    /** A publication date, with its time of day when one was given. */
    String date(Published p) {
        if (p == null) {
            return "";
        }
        String d = date(PartialDate.of(p.date()));
        return p.time().isEmpty() ? d : format("date.withTime", d, p.time());
    }

    /**
     * An event's date or range: "11–15 March 2024", "March–May 2024", "1950–1953"; a day with its time
     * of day, "26 July 2023, 14:30".
     */
    String date(EventDate e) {
        if (!e.isRange()) {
            String d = date(e.start());
            return e.time() == null ? d : format("date.withTime", d, time.format(e.time()));
        }
        PartialDate a = e.start();
        PartialDate b = e.end();
        return switch (e.rangeForm()) {
            case DAYS_OF_A_MONTH -> rangeDayStart.format(a.first()) + "\u2013" + date(b);
            case DAYS_OF_A_YEAR -> rangeMonthDayStart.format(a.first()) + " \u2013 " + date(b);
            case MONTHS_OF_A_YEAR -> rangeMonthStart.format(a.first()) + "\u2013" + date(b);
            case YEARS -> a.year() + "\u2013" + b.year();
            case WHOLE_DATES -> date(a) + " \u2013 " + date(b);
        };
    }

    /** A day of the timeline's chart: "Wed 26". */
    String chartDay(LocalDate d) {
        return chartDay.format(d);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Words w && w.language.equals(language) && w.texts.equals(texts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(language, texts);
    }

    @Override
    public String toString() {
        return "words in " + language;
    }

    /** A text split at its placeholders: literal parts, and between them the numbers of the arguments. */
    private record Pattern(String[] parts, int[] args) {
        static Pattern of(String text) {
            List<String> parts = new ArrayList<>();
            List<Integer> args = new ArrayList<>();
            int from = 0;
            int i = text.indexOf('{');
            while (i >= 0) {
                int close = text.indexOf('}', i);
                if (close > i + 1 && text.substring(i + 1, close).chars().allMatch(Character::isDigit)
                        && close - i <= 3) {
                    parts.add(text.substring(from, i));
                    args.add(Integer.parseInt(text.substring(i + 1, close)));
                    from = close + 1;
                }
                i = text.indexOf('{', i + 1);
            }
            parts.add(text.substring(from));
            return new Pattern(parts.toArray(String[]::new), args.stream().mapToInt(Integer::intValue).toArray());
        }

        /** The text with each placeholder replaced by its argument; with {@code html}, the parts escaped. */
        String fill(Object[] values, boolean html) {
            if (args.length == 0 && !html) {
                return parts[0];
            }
            StringBuilder out = new StringBuilder(parts[0].length() + 32);
            for (int i = 0; i < parts.length; i++) {
                out.append(html ? escape(parts[i]) : parts[i]);
                if (i < args.length) {
                    Object v = args[i] < values.length ? values[args[i]] : "{" + args[i] + "}";
                    out.append(html && !(v instanceof Markup) ? escape(String.valueOf(v)) : String.valueOf(v));
                }
            }
            return out.toString();
        }

        private static String escape(String s) {
            return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }

    /** HTML a template hands as an argument (a link), put into the text as it is. */
    private record Markup(String html) {
        @Override
        public String toString() {
            return html;
        }
    }

    /**
     * One key, or the start of several ({@code nav} of {@code nav.search}), as templates see it: its text
     * ({@code ${t.nav.search}}), the keys under it ({@code t.nav}), and a method that fills in its
     * placeholders, choosing the plural form when it has them ({@code ${t.count.sources(4)}}). Given an
     * argument that is markup (a link captured with {@code <#assign>}), the method returns markup.
     */
    private static final class Node implements TemplateScalarModel, TemplateHashModel, TemplateMethodModelEx {
        private final Words words;
        private final String key;
        private final Map<String, Node> children = new HashMap<>();

        private Node(Words words, String key) {
            this.words = words;
            this.key = key;
        }

        static Node tree(Words words, Iterable<String> keys) {
            Node root = new Node(words, "");
            for (String k : keys) {
                Node n = root;
                for (String part : k.split("\\.")) {
                    String path = n.key.isEmpty() ? part : n.key + "." + part;
                    n = n.children.computeIfAbsent(part, p -> new Node(words, path));
                }
            }
            return root;
        }

        @Override
        public String getAsString() throws TemplateModelException {
            String t = words.texts.get(key);
            if (t == null) {
                throw new TemplateModelException("there is no interface text 't." + key + "'"
                        + (children.isEmpty() ? "" : "; keys under it: " + String.join(", ", children.keySet())));
            }
            return t;
        }

        @Override
        public TemplateModel get(String name) {
            return children.get(name);
        }

        @Override
        public boolean isEmpty() {
            return children.isEmpty();
        }

        @Override
        public Object exec(List arguments) throws TemplateModelException {
            Object[] values = new Object[arguments.size()];
            boolean html = false;
            for (int i = 0; i < values.length; i++) {
                Object a = arguments.get(i);
                if (a instanceof TemplateMarkupOutputModel<?> m) {
                    if (!(m instanceof TemplateHTMLOutputModel h)) {
                        throw new TemplateModelException("t." + key + ": an argument is markup other than HTML");
                    }
                    values[i] = new Markup(HTMLOutputFormat.INSTANCE.getMarkupString(h));
                    html = true;
                } else if (a instanceof TemplateNumberModel n) {
                    values[i] = n.getAsNumber();
                } else if (a instanceof TemplateScalarModel s) {
                    values[i] = s.getAsString();
                } else {
                    throw new TemplateModelException("t." + key + ": argument " + i + " is neither text nor a number");
                }
            }
            String k = key;
            if (words.texts.get(key) == null && children.containsKey("other")) {
                if (values.length == 0 || !(values[0] instanceof Number n)) {
                    throw new TemplateModelException("t." + key + " has plural forms: give the count first");
                }
                k = words.plural(key, n.longValue());
            }
            Pattern p = words.patterns.get(k);
            if (p == null) {
                throw new TemplateModelException("there is no interface text 't." + k + "'");
            }
            String out = p.fill(values, html);
            return html ? HTMLOutputFormat.INSTANCE.fromMarkup(out) : new SimpleScalar(out);
        }
    }
}
