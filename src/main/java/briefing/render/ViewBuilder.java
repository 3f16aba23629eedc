package briefing.render;

import briefing.graph.Backlink;
import briefing.graph.Mention;
import briefing.model.Actor;
import briefing.model.ActorKind;
import briefing.model.Article;
import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Event;
import briefing.model.Kind;
import briefing.model.Ref;
import briefing.model.Stance;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the graph into the view records of one page, with links relative to that page. It reads the
 * graph only through a {@link TrackedGraph}, so the page's inputs are known.
 */
final class ViewBuilder {
    /** Short English day names by {@link java.time.DayOfWeek} order, as {@code TextStyle.SHORT} gives them. */
    private static final String[] DAY_NAMES = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

    private static final int CONTEXT = 70;

    private final TrackedGraph graph;
    private final MarkdownRenderer markdown;

    /** The words around a mention, by the article text and the mention's place. */
    record Excerpt(String text, int start, int end) {
    }

    private final GenerationCache<Excerpt, String[]> excerpts;

    ViewBuilder(TrackedGraph graph, MarkdownRenderer markdown, GenerationCache<Excerpt, String[]> excerpts) {
        this.graph = graph;
        this.markdown = markdown;
        this.excerpts = excerpts;
    }

    TrackedGraph graph() {
        return graph;
    }

    /** Sources in the order they were published (undated last), then by id. */
    static final Comparator<Article> ARTICLE_ORDER = Comparator
            .comparing((Article a) -> a.published() == null ? null : a.published(),
                    Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Article::id);

    // ---- links ----

    Views.Link link(String root, Kind kind, String id) {
        return new Views.Link(root + kind.route(id), graph.titleOf(kind, id));
    }

    private List<Views.Link> links(String root, Kind kind, List<Ref> refs) {
        return refs.stream().map(Ref::id).distinct().map(id -> link(root, kind, id)).toList();
    }

    private List<Views.Link> backlinks(String root, Kind kind, String id) {
        return graph.linksTo(kind, id).stream().map((Backlink b) -> link(root, b.kind(), b.id())).toList();
    }

    Views.EventItem eventItem(String root, Event e) {
        return new Views.EventItem(link(root, Kind.EVENT, e.id()), e.date().display(), e.date().start().iso(),
                links(root, Kind.ACTOR, e.participants()), e.place());
    }

    Views.ArticleItem articleItem(String root, String articleId) {
        Input.Card a = graph.card(articleId);
        return new Views.ArticleItem(new Views.Link(root + Kind.ARTICLE.route(a.id()), a.title()), outlet(a.outlet()),
                a.published() == null ? "" : a.published().display(), a.published() == null ? "" : a.published().iso(),
                a.dateline(), graph.claimsIn(a.id()).size());
    }

    private Views.ClaimItem claimItem(String root, Claim c) {
        return new Views.ClaimItem(link(root, Kind.CLAIM, c.id()), c.topic(), graph.isDiscrepancy(c.id()));
    }

    static String outlet(String outlet) {
        return outlet.isEmpty() ? "Outlet unknown" : outlet;
    }

    List<Views.ActorGroup> actorGroups(String root) {
        List<Views.ActorGroup> groups = new ArrayList<>();
        for (ActorKind kind : ActorKind.values()) {
            List<Views.ActorItem> items = new ArrayList<>();
            for (Actor a : graph.actors()) {
                if (a.kind() == kind) {
                    List<Mention> ms = graph.mentionsOf(a.id());
                    items.add(new Views.ActorItem(link(root, Kind.ACTOR, a.id()), kind.word(), a.role(), ms.size(),
                            (int) ms.stream().map(Mention::article).distinct().count()));
                }
            }
            items.sort(Comparator.comparing((Views.ActorItem i) -> i.link().text()).thenComparing(i -> i.link().href()));
            if (!items.isEmpty()) {
                groups.add(new Views.ActorGroup(kind.word(), kind.plural(), items));
            }
        }
        return groups;
    }

    // ---- pages ----

    Views.Actor actor(String root, Actor a) {
        Map<String, List<Mention>> byArticle = new TreeMap<>(Comparator.comparing(graph::articlePosition));
        for (Mention m : graph.mentionsOf(a.id())) {
            byArticle.computeIfAbsent(m.article(), k -> new ArrayList<>()).add(m);
        }
        List<Views.NameUse> names = new ArrayList<>();
        List<Views.MentionGroup> groups = new ArrayList<>();
        byArticle.forEach((articleId, list) -> {
            Views.Link articleLink = link(root, Kind.ARTICLE, articleId);
            names.add(nameUse(articleLink, list));
            String text = graph.text(articleId);
            List<Views.MentionContext> contexts = list.stream().map(m -> {
                String[] around = excerpts.get(new Excerpt(text, m.start(), m.end()), e -> new String[] {
                    Texts.before(text, m.start(), CONTEXT), Texts.after(text, m.end(), CONTEXT)});
                return new Views.MentionContext(articleLink, articleLink.href() + "#" + m.anchor(), around[0],
                        m.name(), around[1]);
            }).toList();
            groups.add(new Views.MentionGroup(articleLink, contexts));
        });
        List<Views.CoActor> co = new ArrayList<>();
        graph.coParticipants(a.id()).forEach((other, count) -> co.add(new Views.CoActor(link(root, Kind.ACTOR, other),
                count)));
        co.sort(Comparator.comparingInt(Views.CoActor::events).reversed().thenComparing(c -> c.actor().text()));
        return new Views.Actor(a.id(), a.name(), a.kind().word(), capitalize(a.kind().word()), a.role(),
                a.affiliation() == null ? null : link(root, Kind.ACTOR, a.affiliation().id()), a.aliases(),
                markdown.render(a.body(), root), names,
                graph.eventsOf(a.id()).stream().map(e -> eventItem(root, e)).toList(),
                graph.claimsAbout(a.id()).stream().map(c -> claimItem(root, c)).toList(), groups,
                graph.affiliatesOf(a.id()).stream().map(x -> link(root, Kind.ACTOR, x)).toList(),
                graph.citing(a.id()).stream().map(x -> link(root, Kind.ARTICLE, x)).toList(), co,
                backlinks(root, Kind.ACTOR, a.id()), a.extra());
    }

    private static Views.NameUse nameUse(Views.Link article, List<Mention> list) {
        Map<String, Integer> counts = new TreeMap<>();
        list.forEach(m -> counts.merge(m.name(), 1, Integer::sum));
        List<Views.Spelling> spellings = new ArrayList<>();
        counts.forEach((name, count) -> spellings.add(new Views.Spelling(name, count)));
        spellings.sort(Comparator.comparingInt(Views.Spelling::count).reversed().thenComparing(Views.Spelling::name));
        return new Views.NameUse(article, spellings, list.size());
    }

    Views.Event event(String root, Event e) {
        List<Views.EventClaim> claims = new ArrayList<>();
        for (Claim c : graph.claimsOfEvent(e.id())) {
            List<Views.SourceStance> sources = new ArrayList<>();
            int silent = graph.count(Kind.ARTICLE) - c.sources().size();
            if (silent <= MAX_SILENT_LISTED) {
                // Few sources: name each, the silent ones too.
                for (String a : graph.articleOrder()) {
                    Stance s = c.stance(a);
                    sources.add(new Views.SourceStance(link(root, Kind.ARTICLE, a), s.word(), s.label()));
                }
                silent = 0;
            } else {
                for (ClaimSource source : sourcesInOrder(c)) {
                    Stance s = source.stance();
                    sources.add(new Views.SourceStance(link(root, Kind.ARTICLE, source.article()), s.word(),
                            s.label()));
                }
            }
            claims.add(new Views.EventClaim(link(root, Kind.CLAIM, c.id()), graph.isDiscrepancy(c.id()), sources,
                    silent));
        }
        return new Views.Event(e.id(), e.title(), e.date().display(), e.date().start().iso(), e.date().isRange(),
                e.dateNote(), e.place(), links(root, Kind.ACTOR, e.participants()),
                graph.relatedTo(e.id()).stream().map(x -> eventItem(root, x)).toList(),
                markdown.render(e.body(), root), claims, backlinks(root, Kind.EVENT, e.id()), e.extra());
    }

    Views.Article article(String root, Article a, String sha256) {
        List<Claim> claims = graph.claimsIn(a.id());
        Map<String, Integer> numbers = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        claims.forEach(c -> {
            numbers.put(c.id(), graph.claimNumber(c.id()));
            titles.put(c.id(), c.statement());
        });
        Highlights highlights = new Highlights(graph.mentionsIn(a.id()), graph.quotesIn(a.id()), numbers, titles);
        String text = markdown.renderArticle(a.body(), root, highlights);

        List<Views.CoverageGroup> coverage = new ArrayList<>();
        for (Stance stance : Stance.values()) {
            if (stance == Stance.SILENT) {
                continue;
            }
            List<Views.CoverageItem> items = new ArrayList<>();
            for (Claim c : claims) {
                ClaimSource s = c.source(a.id()).orElseThrow();
                if (s.stance() == stance) {
                    items.add(new Views.CoverageItem(link(root, Kind.CLAIM, c.id()), s.value(),
                            "#q-" + c.id(), graph.claimNumber(c.id())));
                }
            }
            if (!items.isEmpty()) {
                coverage.add(new Views.CoverageGroup(stance.word(), stance.label(), stance.meaning(), items));
            }
        }
        int silentCount = graph.count(Kind.CLAIM) - claims.size();
        List<Views.Link> silent = silentCount > MAX_SILENT_LISTED ? List.of() : graph.claims().stream()
                .filter(c -> c.stance(a.id()) == Stance.SILENT).map(c -> link(root, Kind.CLAIM, c.id()))
                .toList();
        Map<String, List<Mention>> byActor = new TreeMap<>();
        graph.mentionsIn(a.id()).forEach(m -> byActor.computeIfAbsent(m.actor(), k -> new ArrayList<>()).add(m));
        List<Views.NameUse> actors = new ArrayList<>();
        byActor.forEach((actorId, list) -> actors.add(nameUse(link(root, Kind.ACTOR, actorId), list)));
        actors.sort(Comparator.comparingInt(Views.NameUse::total).reversed()
                .thenComparing(n -> n.article().text()));
        return new Views.Article(a.id(), a.title(), outlet(a.outlet()),
                a.published() == null ? "" : a.published().display(),
                a.published() == null ? "" : a.published().iso(), a.dateline(), a.url(),
                links(root, Kind.ACTOR, a.cites()), a.notes(), text, coverage, silent, silentCount, actors,
                backlinks(root, Kind.ARTICLE, a.id()), sha256, a.extra());
    }

    Views.Claim claim(String root, Claim c) {
        List<Views.SourceQuote> sources = new ArrayList<>();
        int silentCount = graph.count(Kind.ARTICLE) - (int) c.sources().stream().map(ClaimSource::article).distinct()
                .count();
        List<Views.Link> silent = new ArrayList<>();
        if (silentCount <= MAX_SILENT_LISTED) {
            for (String a : graph.articleOrder()) {
                if (c.source(a).isEmpty()) {
                    silent.add(link(root, Kind.ARTICLE, a));
                }
            }
        }
        for (ClaimSource s : sourcesInOrder(c)) {
            Input.Card a = graph.card(s.article());
            Views.Link articleLink = new Views.Link(root + Kind.ARTICLE.route(a.id()), a.title());
            String original = a.url().isEmpty() ? "" : a.url() + textFragment(s.quote());
            sources.add(new Views.SourceQuote(articleLink, outlet(a.outlet()),
                    a.published() == null ? "" : a.published().display(), s.stance().word(), s.stance().label(),
                    s.value(), s.quote(), s.note(), articleLink.href() + "#q-" + c.id(), original));
        }
        return new Views.Claim(c.id(), c.statement(), c.topic(), graph.isDiscrepancy(c.id()),
                markdown.render(c.body(), root), links(root, Kind.ACTOR, c.about()),
                c.event() == null ? null : link(root, Kind.EVENT, c.event().id()), sources, silent, silentCount,
                backlinks(root, Kind.CLAIM, c.id()), c.extra());
    }

    /** Lists of silent items longer than this are given as a count: with many sources they say little. */
    static final int MAX_SILENT_LISTED = 40;

    /** A claim's sources in the order the site shows sources (by publication, then id). */
    private List<ClaimSource> sourcesInOrder(Claim c) {
        List<ClaimSource> sources = new ArrayList<>(c.sources());
        sources.sort(Comparator.comparingInt(s -> graph.articlePosition(s.article())));
        return sources;
    }

    /** A {@code #:~:text=} fragment that makes a browser scroll to and highlight the quote in the original. */
    static String textFragment(String quote) {
        String[] words = Texts.oneLine(quote).split(" ");
        if (words.length <= 8) {
            return "#:~:text=" + encodeFragment(String.join(" ", words));
        }
        String start = String.join(" ", java.util.Arrays.copyOfRange(words, 0, 4));
        String end = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - 4, words.length));
        return "#:~:text=" + encodeFragment(start) + "," + encodeFragment(end);
    }

    private static String encodeFragment(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20").replace("-", "%2D")
                .replace("*", "%2A");
    }

    static final Map<Stance, String> SYMBOLS = Map.of(Stance.REPORTS, "\u25CF", Stance.ATTRIBUTES, "\u25D0",
            Stance.DISPUTES, "\u2715", Stance.DIFFERS, "\u2260", Stance.SILENT, "\u2013");

    /** Up to this many sources the comparison is a table of claims × sources; past it, a list per claim. */
    static final int MATRIX_MAX_SOURCES = 12;

    Views.Compare compare(String root) {
        List<String> articleOrder = graph.articleOrder();
        boolean matrix = articleOrder.size() <= MATRIX_MAX_SOURCES;
        List<Views.Column> columns = new ArrayList<>();
        if (matrix) {
            for (String id : articleOrder) {
                Input.Card a = graph.card(id);
                Map<String, Integer> totals = new LinkedHashMap<>();
                for (Stance s : Stance.values()) {
                    totals.put(s.word(), 0);
                }
                for (Claim c : graph.claims()) {
                    totals.merge(c.stance(a.id()).word(), 1, Integer::sum);
                }
                columns.add(new Views.Column(new Views.Link(root + Kind.ARTICLE.route(a.id()), a.title()),
                        Texts.shorten(a.title(), 60), outlet(a.outlet()),
                        a.published() == null ? "" : a.published().display(), totals));
            }
        }
        Map<String, List<Views.Row>> byTopic = new TreeMap<>();
        int discrepancies = 0;
        for (Claim c : graph.claims()) {
            List<Views.Cell> cells = new ArrayList<>();
            if (matrix) {
                for (String a : articleOrder) {
                    cells.add(cell(root, c, graph.card(a), c.source(a).orElse(null)));
                }
            } else {
                for (ClaimSource s : sourcesInOrder(c)) {
                    cells.add(cell(root, c, graph.card(s.article()), s));
                }
            }
            boolean discrepancy = graph.isDiscrepancy(c.id());
            discrepancies += discrepancy ? 1 : 0;
            int silent = matrix ? 0 : articleOrder.size() - cells.size();
            byTopic.computeIfAbsent(c.topic().isEmpty() ? "\uFFFF" : c.topic(), k -> new ArrayList<>())
                    .add(new Views.Row(link(root, Kind.CLAIM, c.id()), c.id(), discrepancy, cells, silent));
        }
        List<Views.TopicGroup> topics = new ArrayList<>();
        byTopic.forEach((topic, rows) -> {
            String name = topic.equals("\uFFFF") ? "Other" : topic;
            topics.add(new Views.TopicGroup(name, "topic-" + Texts.slug(name), rows));
        });
        List<Views.StanceKey> legend = new ArrayList<>();
        for (Stance s : Stance.values()) {
            legend.add(new Views.StanceKey(s.word(), s.label(), SYMBOLS.get(s), s.meaning()));
        }
        return new Views.Compare(matrix, columns, topics, legend, discrepancies);
    }

    private Views.Cell cell(String root, Claim c, Input.Card a, ClaimSource source) {
        Stance s = source == null ? Stance.SILENT : source.stance();
        return new Views.Cell(a.id(), new Views.Link(root + Kind.ARTICLE.route(a.id()), outlet(a.outlet()) + ": "
                + Texts.shorten(a.title(), 60)), s.word(), s.label(), SYMBOLS.get(s),
                source == null ? "" : source.value(),
                source == null ? "" : root + Kind.ARTICLE.route(a.id()) + "#q-" + c.id(),
                source == null ? "" : source.quote());
    }

    Views.Index index(String root) {
        var settings = graph.settings();
        List<Views.ClaimItem> discrepancies = graph.claims().stream().filter(c -> graph.isDiscrepancy(c.id()))
                .map(c -> claimItem(root, c)).toList();
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("sources", graph.count(Kind.ARTICLE));
        counts.put("actors", graph.count(Kind.ACTOR));
        counts.put("events", graph.count(Kind.EVENT));
        counts.put("claims", graph.count(Kind.CLAIM));
        counts.put("discrepancies", discrepancies.size());
        List<Event> timeline = graph.timeline();
        if (timeline.size() > FRONT_PAGE_ITEMS) {
            // The events with the most participants and claims, kept in date order.
            List<Event> busiest = new ArrayList<>(timeline);
            busiest.sort(Comparator.comparingInt((Event e) -> -(e.participants().size()
                    + graph.claimsOfEvent(e.id()).size())).thenComparing(Event::id));
            var keep = new java.util.HashSet<>(busiest.subList(0, FRONT_PAGE_ITEMS));
            timeline = timeline.stream().filter(keep::contains).toList();
        }
        List<Views.ActorGroup> groups = actorGroups(root).stream().map(g -> {
            if (g.actors().size() <= FRONT_PAGE_ITEMS) {
                return g;
            }
            List<Views.ActorItem> top = new ArrayList<>(g.actors());
            top.sort(Comparator.comparingInt((Views.ActorItem i) -> -i.mentions()).thenComparing(i -> i.link().text()));
            top = new ArrayList<>(top.subList(0, FRONT_PAGE_ITEMS));
            top.sort(Comparator.comparing((Views.ActorItem i) -> i.link().text()).thenComparing(i -> i.link().href()));
            return new Views.ActorGroup(g.kind(), g.heading(), top);
        }).toList();
        List<String> articleOrder = graph.articleOrder();
        List<String> sources = articleOrder.size() <= FRONT_PAGE_ITEMS ? articleOrder
                : articleOrder.subList(articleOrder.size() - FRONT_PAGE_ITEMS, articleOrder.size());
        return new Views.Index(markdown.render(settings.body(), root),
                timeline.stream().map(e -> eventItem(root, e)).toList(), groups,
                sources.stream().map(a -> articleItem(root, a)).toList(),
                discrepancies.subList(0, Math.min(discrepancies.size(), FRONT_PAGE_ITEMS)), counts,
                Network.of(graph, this, root));
    }

    /** How many events, actors of a kind, sources and discrepancies the front page lists at most. */
    static final int FRONT_PAGE_ITEMS = 24;

    Views.Timeline timeline(String root) {
        List<Views.EventItem> items = new ArrayList<>();
        List<Views.TimelineEntry> entries = new ArrayList<>();
        java.time.LocalDate previousEnd = null;
        for (Event e : graph.timeline()) {
            Views.EventItem item = eventItem(root, e);
            items.add(item);
            var d = e.date();
            String precision = d.isRange() ? "range" : d.start().hasDay() ? "day" : d.start().hasMonth() ? "month" : "year";
            String label = switch (precision) {
                case "range" -> span(d.start().first(), d.end().last(), d.start().hasDay() && d.end().hasDay());
                case "month" -> "day not known";
                case "year" -> "month not known";
                default -> "";
            };
            String gap = "";
            if (previousEnd != null && d.start().first().isAfter(previousEnd)) {
                long years = java.time.temporal.ChronoUnit.YEARS.between(previousEnd, d.start().first());
                long months = java.time.temporal.ChronoUnit.MONTHS.between(previousEnd, d.start().first());
                gap = years >= 1 ? years + (years == 1 ? " year" : " years") + " later"
                        : months >= 2 ? months + " months later" : "";
            }
            java.time.LocalDate end = d.end().last();
            previousEnd = previousEnd == null || end.isAfter(previousEnd) ? end : previousEnd;
            entries.add(new Views.TimelineEntry(item, precision, label, gap));
        }
        return new Views.Timeline(items, entries, dayChart(root));
    }

    private static final int CHART_DAYS = 14;

    /** How long a range lasts, in words: "3 days", "about 5 months", "about 3 years". */
    private static String span(java.time.LocalDate from, java.time.LocalDate to, boolean exact) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(from, to) + 1;
        long months = java.time.temporal.ChronoUnit.MONTHS.between(from, to.plusDays(1));
        long years = java.time.temporal.ChronoUnit.YEARS.between(from, to.plusDays(1));
        if (days <= 60) {
            return (exact ? "" : "up to ") + days + (days == 1 ? " day" : " days");
        }
        if (years < 2) {
            return "about " + Math.max(months, 2) + " months";
        }
        return "about " + years + " years";
    }

    /** The busiest stretch of at most two weeks with day-precise events, drawn day by day. */
    private Views.DayChart dayChart(String root) {
        List<Event> precise = graph.timeline().stream().filter(e -> e.date().start().hasDay()).toList();
        java.time.LocalDate best = null;
        int bestCount = 0;
        for (Event e : precise) {
            java.time.LocalDate from = e.date().start().first();
            int n = (int) precise.stream().map(x -> x.date().start().first())
                    .filter(x -> !x.isBefore(from) && x.isBefore(from.plusDays(CHART_DAYS))).count();
            if (n > bestCount) {
                bestCount = n;
                best = from;
            }
        }
        if (best == null || bestCount < 3) {
            return null;
        }
        java.time.LocalDate first = best;
        java.time.LocalDate last = first;
        for (Event e : precise) {
            var s = e.date().start().first();
            if (!s.isBefore(first) && s.isBefore(first.plusDays(CHART_DAYS))) {
                var end = e.date().end().hasDay() ? e.date().end().last() : s;
                var capped = end.isBefore(first.plusDays(CHART_DAYS)) ? end : first.plusDays(CHART_DAYS - 1);
                last = capped.isAfter(last) ? capped : last;
            }
        }
        List<String> days = new ArrayList<>();
        for (var d = first; !d.isAfter(last); d = d.plusDays(1)) {
            days.add(DAY_NAMES[d.getDayOfWeek().ordinal()] + " " + d.getDayOfMonth());
        }
        List<Views.DayBar> bars = new ArrayList<>();
        for (Event e : graph.timeline()) {
            var s = e.date().start().first();
            var end = e.date().end().last();
            if (end.isBefore(first) || s.isAfter(last)) {
                continue;
            }
            boolean approximate = !e.date().start().hasDay() || !e.date().end().hasDay();
            var from = s.isBefore(first) ? first : s;
            var to = end.isAfter(last) ? last : end;
            bars.add(new Views.DayBar(link(root, Kind.EVENT, e.id()), e.date().display(),
                    (int) java.time.temporal.ChronoUnit.DAYS.between(first, from) + 1,
                    (int) java.time.temporal.ChronoUnit.DAYS.between(first, to) + 2, approximate, s.isBefore(first),
                    end.isAfter(last)));
        }
        String caption = new briefing.model.PartialDate(first.getYear(), first.getMonthValue(), first.getDayOfMonth())
                .display() + " to " + new briefing.model.PartialDate(last.getYear(), last.getMonthValue(),
                        last.getDayOfMonth()).display() + ", day by day";
        return new Views.DayChart(caption, days, bars);
    }

    Views.ArticleList articleList(String root) {
        return new Views.ArticleList(graph.articleOrder().stream().map(a -> articleItem(root, a)).toList());
    }

    Views.Search search(String root) {
        List<Views.SearchItem> items = new ArrayList<>();
        for (Actor a : graph.actors()) {
            items.add(new Views.SearchItem("Actor", link(root, Kind.ACTOR, a.id()),
                    String.join(" ", a.aliases()) + " " + a.role()));
        }
        for (Event e : graph.timeline()) {
            items.add(new Views.SearchItem("Event", link(root, Kind.EVENT, e.id()), e.date().display() + " " + e.place()));
        }
        for (Claim c : graph.claims()) {
            items.add(new Views.SearchItem("Claim", link(root, Kind.CLAIM, c.id()), c.topic()));
        }
        for (String id : graph.articleOrder()) {
            Input.Card a = graph.card(id);
            items.add(new Views.SearchItem("Source", new Views.Link(root + Kind.ARTICLE.route(id), a.title()),
                    outlet(a.outlet()) + " " + a.dateline()));
        }
        return new Views.Search(items);
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
