package briefing.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * A deterministic synthetic corpus for the benchmark: the same N gives byte-identical files.
 *
 * <p>Writes {@code OUT/briefing/content/} (content format v1) and {@code OUT/hugo/} (an equivalent
 * Hugo site: articles with {@code actors}/{@code events} taxonomies, term pages carrying the
 * profiles, claim pages, a claims table, lean templates).
 *
 * <p>N articles of about 600 words, each naming several actors by name and alias; N/5 actors,
 * N/10 events, N/4 claims with 2 to 5 sources each, whose quotes are sentences copied from the
 * articles. Every actor and every alias occurs in some article, every article is used by a
 * claim and every event has participants, so the corpus builds without warnings.
 *
 * <p>Usage: {@code java briefing.bench.CorpusGenerator N OUT [SEED]}
 */
public final class CorpusGenerator {
    private static final String[] SYLLABLES = {"ka", "ro", "mi", "tel", "van", "sor", "du", "lin", "pe", "zar",
            "quo", "bri", "fen", "gul", "hax", "jex"};
    private static final String[] GIVEN = {"Ana", "Boris", "Clara", "Dmitri", "Elena", "Farid", "Greta", "Hiro",
            "Ines", "Jonas", "Kira", "Luca", "Mara", "Nils", "Olga", "Pavel", "Rosa", "Sami", "Tomas", "Vera"};
    private static final String[] TITLES = {"Minister", "General", "Ambassador", "Senator", "Governor", "Director"};
    private static final String[] ORG_WORDS = {"Council", "Institute", "Agency", "Front", "Union", "Bureau"};
    private static final String[] STANCES = {"reports", "attributes", "disputes", "differs"};
    private static final String[] TOPICS = {"Arms", "Dates", "Names", "Diplomacy", "Economy", "Security"};
    private static final String[] OUTLETS = {"Wire One", "Daily Ledger", "Harbour Post", "Evening Courier",
            "Radio Meridian"};
    private static final String[] WORDS = ("the a of and to in on for with at by from about after before during "
            + "officials delegation talks meeting agreement ministry statement report visit border talks region "
            + "security trade cooperation military exercise summit capital harbour airport railway bridge treaty "
            + "sanctions shipment cargo convoy province election parliament council budget reform protest market "
            + "energy grid pipeline drought harvest flood relief aid mission envoy spokesman press conference "
            + "said told announced denied confirmed suggested claimed warned promised described noted added "
            + "reported insisted signed rejected welcomed criticised praised discussed reviewed postponed "
            + "new old major minor recent several two three dozen many few local regional national foreign "
            + "western eastern northern southern early late long short public private formal informal quiet "
            + "week month year morning evening day night spring summer autumn winter season decade period "
            + "plan proposal draft deal offer request demand warning promise claim account version detail "
            + "figure number estimate total share rate price cost loss gain growth decline increase drop "
            + "was were had has have would could might should will may did not also still already only "
            + "that which while when where because although since until unless though whether as than "
            + "its their his her our this these those such other another each every both either").split(" ");

    private final int n;
    private final Random random;
    private final List<Actor> actors = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<Claim> claims = new ArrayList<>();

    record Actor(String id, String name, List<String> aliases, String kind, String role, String affiliation) {
    }

    record Article(String id, String title, String outlet, String published, List<Integer> actors, int event,
            List<List<String>> paragraphs) {
    }

    record Event(String id, String title, String date, String place, List<Integer> participants, Integer related) {
    }

    record Source(int article, String stance, String quote, String value) {
    }

    record Claim(String id, String statement, String topic, List<Integer> about, int event, List<Source> sources) {
    }

    CorpusGenerator(int n, long seed) {
        if (n < 10) {
            throw new IllegalArgumentException("N must be at least 10");
        }
        this.n = n;
        this.random = new Random(seed);
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: CorpusGenerator N OUT [SEED]");
            System.exit(2);
        }
        int n = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261123L;
        CorpusGenerator g = new CorpusGenerator(n, seed);
        g.generate();
        deleteTree(out);
        g.writeBriefing(out.resolve("briefing/content"));
        g.writeHugo(out.resolve("hugo"));
        System.out.printf(Locale.ROOT, "N=%d: %d articles, %d actors, %d events, %d claims -> %s%n", n,
                g.articles.size(), g.actors.size(), g.events.size(), g.claims.size(), out);
    }

    // ---------------------------------------------------------------- generation

    void generate() {
        int nActors = Math.max(2, n / 5);
        int nEvents = Math.max(1, n / 10);
        int nClaims = Math.max(1, n / 4);
        int states = Math.max(1, nActors / 10);
        for (int i = 0; i < nActors; i++) {
            String surname = surname(i);
            String id = String.format(Locale.ROOT, "actor-%05d", i + 1);
            if (i < states) {
                actors.add(new Actor(id, "Republic of " + surname, List.of(surname), "state", null, null));
            } else if (i % 3 == 0) {
                String word = ORG_WORDS[random.nextInt(ORG_WORDS.length)];
                actors.add(new Actor(id, surname + " " + word, List.of(surname, "the " + word + " of " + surname),
                        "organization", word + " based in the Republic of " + surname(i % states), null));
            } else {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                String title = TITLES[random.nextInt(TITLES.length)];
                String affiliation = String.format(Locale.ROOT, "actor-%05d", i % states + 1);
                actors.add(new Actor(id, given + " " + surname, List.of(surname, title + " " + surname), "person",
                        title + " of the Republic of " + surname(i % states), affiliation));
            }
        }
        for (int j = 0; j < n; j++) {
            // actor j mod A is the article's main actor (so every actor occurs), plus 2 to 4 others
            Set<Integer> named = new LinkedHashSet<>();
            named.add(j % nActors);
            int others = 2 + random.nextInt(3);
            while (named.size() < Math.min(nActors, 1 + others)) {
                named.add(random.nextInt(nActors));
            }
            int event = Math.min(j / 10, nEvents - 1);
            String id = String.format(Locale.ROOT, "article-%05d", j + 1);
            String title = "Report " + (j + 1) + ": " + actors.get(j % nActors).name() + " and the "
                    + pick() + " " + pick();
            String published = date(j);
            articles.add(new Article(id, title, OUTLETS[j % OUTLETS.length], published, List.copyOf(named), event,
                    paragraphs(List.copyOf(named))));
        }
        for (int e = 0; e < nEvents; e++) {
            Set<Integer> participants = new TreeSet<>();
            int want = 2 + random.nextInt(3);
            for (int j = e * 10; j < Math.min(n, e * 10 + 10) && participants.size() < want; j++) {
                participants.add(articles.get(j).actors().get(0));
            }
            while (participants.size() < Math.min(2, nActors)) {
                participants.add(random.nextInt(nActors));
            }
            String id = String.format(Locale.ROOT, "event-%05d", e + 1);
            events.add(new Event(id, "The " + pick() + " " + pick() + " in " + surname(e % nActors), date(e * 10),
                    surname((e * 7) % nActors), List.copyOf(participants), e > 0 && e % 3 == 0 ? e - 1 : null));
        }
        // sources: claim c starts at article 4c and takes 2 to 5 consecutive articles; then every
        // article left out is added to a claim with room for one more
        List<List<Integer>> sourceLists = new ArrayList<>();
        boolean[] used = new boolean[n];
        for (int c = 0; c < nClaims; c++) {
            int k = 2 + random.nextInt(4);
            List<Integer> list = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                int a = (4 * c + s) % n;
                list.add(a);
                used[a] = true;
            }
            sourceLists.add(list);
        }
        int cursor = 0;
        for (int a = 0; a < n; a++) {
            if (used[a]) {
                continue;
            }
            while (sourceLists.get(cursor).size() >= 5) {
                cursor = (cursor + 1) % nClaims;
            }
            sourceLists.get(cursor).add(a);
            used[a] = true;
        }
        for (int c = 0; c < nClaims; c++) {
            List<Source> sources = new ArrayList<>();
            Set<Integer> about = new TreeSet<>();
            for (int a : sourceLists.get(c)) {
                Article article = articles.get(a);
                List<String> paragraph = article.paragraphs().get(random.nextInt(article.paragraphs().size()));
                String sentence = paragraph.get(random.nextInt(paragraph.size()));
                String quote = sentence.substring(0, sentence.length() - 1); // without the full stop
                String stance = STANCES[random.nextInt(STANCES.length)];
                // A source that differs gives its version: without a value it would be warned about.
                String value = random.nextInt(3) == 0 || stance.equals("differs") ? (10 + random.nextInt(90)) + " "
                        + pick() : null;
                sources.add(new Source(a, stance, quote, value));
                if (about.size() < 2) {
                    about.add(article.actors().get(0));
                }
            }
            String id = String.format(Locale.ROOT, "claim-%05d", c + 1);
            String statement = cap(pick()) + " " + pick() + " " + pick() + " " + pick() + " " + pick();
            claims.add(new Claim(id, statement, TOPICS[c % TOPICS.length], List.copyOf(about),
                    articles.get(sourceLists.get(c).get(0)).event(), sources));
        }
    }

    /** A unique capitalised surname for actor i: four syllables, i written in base 16, never an English word. */
    private static String surname(int i) {
        StringBuilder b = new StringBuilder();
        int v = i;
        for (int k = 0; k < 4; k++) {
            b.append(SYLLABLES[v % 16]);
            v /= 16;
        }
        if (v > 0) {
            b.append(SYLLABLES[v % 16]).append("a");
        }
        return cap(b.toString());
    }

    private static String date(int j) {
        int day = j % 365;
        return java.time.LocalDate.of(2023, 1, 1).plusDays(day).toString();
    }

    private String pick() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private static String cap(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** About 600 words in 6 paragraphs of 5 sentences; names every actor, the main one by name and each alias. */
    private List<List<String>> paragraphs(List<Integer> named) {
        List<String> mentions = new ArrayList<>();
        Actor main = actors.get(named.get(0));
        mentions.add(main.name());
        mentions.addAll(main.aliases());
        for (int k = 1; k < named.size(); k++) {
            Actor other = actors.get(named.get(k));
            mentions.add(other.name());
            if (random.nextBoolean()) {
                mentions.add(other.aliases().get(random.nextInt(other.aliases().size())));
            }
        }
        int sentences = 30;
        // which sentences carry a mention: spread evenly, in order
        List<List<String>> paragraphs = new ArrayList<>();
        int m = 0;
        for (int p = 0; p < 6; p++) {
            List<String> paragraph = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                int index = p * 5 + s;
                String mention = null;
                if (m < mentions.size() && index * mentions.size() / sentences >= m) {
                    mention = mentions.get(m++);
                } else if (random.nextInt(4) == 0) {
                    mention = main.aliases().get(0);
                }
                paragraph.add(sentence(mention));
            }
            paragraphs.add(paragraph);
        }
        return paragraphs;
    }

    private String sentence(String mention) {
        int words = 14 + random.nextInt(11);
        StringBuilder b = new StringBuilder();
        int at = mention == null ? -1 : random.nextInt(words / 2);
        for (int w = 0; w < words; w++) {
            if (b.length() > 0) {
                b.append(' ');
            }
            if (w == at) {
                b.append(mention);
            } else {
                b.append(pick());
            }
        }
        b.append('.');
        return cap(b.toString());
    }

    // ---------------------------------------------------------------- briefing content

    void writeBriefing(Path content) throws IOException {
        write(content.resolve("index.md"), """
                ---
                title: "Synthetic briefing, N = %d"
                subtitle: "A generated corpus for the benchmark"
                language: en
                ---
                A generated briefing of %d articles, %d actors, %d events and %d claims. It begins with \
                [the first report](article:%s), about [%s](actor:%s).
                """.formatted(n, articles.size(), actors.size(), events.size(), claims.size(), articles.get(0).id(),
                actors.get(0).name(), actors.get(0).id()));
        for (Actor a : actors) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("name: ").append(q(a.name())).append('\n');
            b.append("aliases: [").append(String.join(", ", a.aliases().stream().map(CorpusGenerator::q).toList()))
                    .append("]\n");
            b.append("kind: ").append(a.kind()).append('\n');
            if (a.role() != null) {
                b.append("role: ").append(q(a.role())).append('\n');
            }
            if (a.affiliation() != null) {
                b.append("affiliation: ").append(a.affiliation()).append('\n');
            }
            b.append("---\n").append(profile(a, true));
            write(content.resolve("actors/" + a.id() + ".md"), b.toString());
        }
        for (Article a : articles) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("title: ").append(q(a.title())).append('\n');
            b.append("outlet: ").append(q(a.outlet())).append('\n');
            // Many articles share an outlet: each gets a label of its own, as an editor would give it.
            b.append("label: ").append(q(a.outlet() + " " + a.id())).append('\n');
            b.append("published: ").append(a.published()).append('\n');
            b.append("dateline: ").append(surname(a.actors().get(0))).append('\n');
            if (a.actors().size() > 2) {
                b.append("cites: [").append(actors.get(a.actors().get(2)).id()).append("]\n");
            }
            b.append("---\n").append(text(a));
            write(content.resolve("articles/" + a.id() + ".md"), b.toString());
        }
        for (Event e : events) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("title: ").append(q(e.title())).append('\n');
            b.append("date: ").append(e.date()).append('\n');
            b.append("place: ").append(e.place()).append('\n');
            b.append("participants: [")
                    .append(String.join(", ", e.participants().stream().map(i -> actors.get(i).id()).toList()))
                    .append("]\n");
            if (e.related() != null) {
                b.append("related: [").append(events.get(e.related()).id()).append("]\n");
            }
            b.append("---\n").append(eventBody(e, true));
            write(content.resolve("events/" + e.id() + ".md"), b.toString());
        }
        for (Claim c : claims) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("statement: ").append(q(c.statement())).append('\n');
            b.append("topic: ").append(c.topic()).append('\n');
            b.append("about: [").append(String.join(", ", c.about().stream().map(i -> actors.get(i).id()).toList()))
                    .append("]\n");
            b.append("event: ").append(events.get(c.event()).id()).append('\n');
            b.append("sources:\n");
            for (Source s : c.sources()) {
                b.append("  ").append(articles.get(s.article()).id()).append(":\n");
                b.append("    stance: ").append(s.stance()).append('\n');
                b.append("    quote: ").append(q(s.quote())).append('\n');
                if (s.value() != null) {
                    b.append("    value: ").append(q(s.value())).append('\n');
                }
            }
            b.append("---\n").append(claimBody(c, true));
            write(content.resolve("claims/" + c.id() + ".md"), b.toString());
        }
    }

    private String profile(Actor a, boolean links) {
        int first = actors.indexOf(a) % n;
        String article = links ? "[" + articles.get(first).title() + "](article:" + articles.get(first).id() + ")"
                : articles.get(first).title();
        return a.name() + " is a synthetic " + a.kind() + (a.role() == null ? "" : ", " + a.role())
                + ". Also named " + String.join(" or ", a.aliases()) + ". First seen in " + article + ".\n\n"
                + "The profile goes on for a while: " + sentence(null) + " " + sentence(null) + "\n";
    }

    private static String text(Article a) {
        StringBuilder b = new StringBuilder();
        for (List<String> p : a.paragraphs()) {
            if (b.length() > 0) {
                b.append('\n');
            }
            b.append(String.join(" ", p)).append('\n');
        }
        return b.toString();
    }

    private String eventBody(Event e, boolean links) {
        StringBuilder b = new StringBuilder("What happened: ");
        List<String> names = new ArrayList<>();
        for (int p : e.participants()) {
            Actor a = actors.get(p);
            names.add(links ? "[" + a.name() + "](actor:" + a.id() + ")" : a.name());
        }
        b.append(String.join(", ", names)).append(" took part. ").append(sentence(null)).append('\n');
        return b.toString();
    }

    private String claimBody(Claim c, boolean links) {
        Event e = events.get(c.event());
        String event = links ? "[" + e.title() + "](event:" + e.id() + ")" : e.title();
        return "The sources compared on this claim are tied to " + event + ". " + sentence(null) + "\n";
    }

    // ---------------------------------------------------------------- Hugo site

    void writeHugo(Path site) throws IOException {
        write(site.resolve("config.toml"), """
                baseURL = "/"
                languageCode = "en"
                title = "Synthetic briefing, N = %d"
                disableKinds = ["RSS", "sitemap", "robotsTXT"]
                relativeURLs = true
                [taxonomies]
                  actor = "actors"
                  event = "events"
                [markup.goldmark.renderer]
                  unsafe = false
                """.formatted(n));
        write(site.resolve("content/_index.md"), """
                ---
                title: "Synthetic briefing, N = %d"
                ---
                A generated briefing of %d articles, %d actors, %d events and %d claims.
                """.formatted(n, articles.size(), actors.size(), events.size(), claims.size()));
        for (Article a : articles) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("title: ").append(q(a.title())).append('\n');
            b.append("date: ").append(a.published()).append('\n');
            b.append("outlet: ").append(q(a.outlet())).append('\n');
            b.append("actors: [").append(String.join(", ", a.actors().stream().sorted()
                    .map(i -> actors.get(i).id()).toList())).append("]\n");
            b.append("events: [").append(events.get(a.event()).id()).append("]\n");
            b.append("---\n").append(text(a));
            write(site.resolve("content/articles/" + a.id() + ".md"), b.toString());
        }
        for (Actor a : actors) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("title: ").append(q(a.name())).append('\n');
            b.append("aliases_names: [").append(String.join(", ", a.aliases().stream().map(CorpusGenerator::q)
                    .toList())).append("]\n");
            b.append("kind: ").append(a.kind()).append('\n');
            if (a.role() != null) {
                b.append("role: ").append(q(a.role())).append('\n');
            }
            b.append("---\n").append(profile(a, false));
            write(site.resolve("content/actors/" + a.id() + "/_index.md"), b.toString());
        }
        for (Event e : events) {
            String b = "---\ntitle: " + q(e.title()) + "\ndate: " + e.date() + "\nplace: " + e.place() + "\n---\n"
                    + eventBody(e, false);
            write(site.resolve("content/events/" + e.id() + "/_index.md"), b);
        }
        write(site.resolve("content/claims/_index.md"), "---\ntitle: Claims\n---\n");
        for (Claim c : claims) {
            StringBuilder b = new StringBuilder("---\n");
            b.append("title: ").append(q(c.statement())).append('\n');
            b.append("topic: ").append(c.topic()).append('\n');
            b.append("sources:\n");
            for (Source s : c.sources()) {
                b.append("  - article: ").append(articles.get(s.article()).id()).append('\n');
                b.append("    stance: ").append(s.stance()).append('\n');
                b.append("    quote: ").append(q(s.quote())).append('\n');
                if (s.value() != null) {
                    b.append("    value: ").append(q(s.value())).append('\n');
                }
            }
            b.append("---\n").append(claimBody(c, false));
            write(site.resolve("content/claims/" + c.id() + ".md"), b.toString());
        }
        write(site.resolve("content/compare.md"), "---\ntitle: Comparison\nlayout: compare\n---\n"
                + "Claims by sources.\n");
        write(site.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="utf-8"><title>{{ .Title }} · {{ .Site.Title }}</title></head>
                <body><nav><a href="{{ "/" | relURL }}">Home</a> <a href="{{ "/compare/" | relURL }}">Compare</a></nav>
                <main>{{ block "main" . }}{{ end }}</main></body></html>
                """);
        write(site.resolve("layouts/_default/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ with .Params.outlet }}<p>{{ . }}</p>{{ end }}
                {{ with .Params.actors }}<p>Actors: {{ range . }}<a href="{{ printf "/actors/%s/" . | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}
                {{ with .Params.events }}<p>Events: {{ range . }}<a href="{{ printf "/events/%s/" . | relURL }}">{{ . }}</a> {{ end }}</p>{{ end }}
                {{ .Content }}{{ end }}
                """);
        write(site.resolve("layouts/_default/list.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>
                {{ .Content }}
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
                """);
        write(site.resolve("layouts/claims/single.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1><p>{{ .Params.topic }}</p>
                {{ .Content }}
                <table>{{ range .Params.sources }}<tr><td><a href="{{ printf "/articles/%s/" .article | relURL }}">{{ .article }}</a></td><td>{{ .stance }}</td><td>{{ .quote }}</td><td>{{ .value }}</td></tr>{{ end }}</table>{{ end }}
                """);
        write(site.resolve("layouts/_default/compare.html"), """
                {{ define "main" }}<h1>{{ .Title }}</h1>{{ .Content }}
                <table>{{ range where .Site.RegularPages "Section" "claims" }}<tr><td><a href="{{ .RelPermalink }}">{{ .Title }}</a></td>{{ range .Params.sources }}<td>{{ .article }}: {{ .stance }} {{ .value }}</td>{{ end }}</tr>{{ end }}</table>{{ end }}
                """);
    }

    // ---------------------------------------------------------------- files

    /** A YAML double-quoted string (the generated text has no quotes or backslashes). */
    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
