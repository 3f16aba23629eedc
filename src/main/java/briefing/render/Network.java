package briefing.render;

import briefing.graph.Query;
import briefing.model.Actor;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who appears with whom: the actors that take part in events, laid out at build time on the two
 * sides of an ellipse (grouped by kind, names written outwards so they never collide), with a
 * line between two actors for the events they share. Coordinates are in a box {@link #WIDTH} wide
 * and {@code height} high; the template draws them as an SVG whose every node is a link.
 */
public final class Network {
    /** The most actors drawn; with more, those in the most events are kept. */
    static final int MAX_NODES = 40;
    public static final int WIDTH = 1300;
    private static final double CENTER_X = WIDTH / 2.0;
    private static final double RADIUS_X = 190;
    private static final double ROW = 44;

    /** An actor on the circle, and where its label goes ({@code anchor}: start or end). */
    public record Node(String id, Views.Link link, String kind, int events, String x, String y, String labelX,
            String labelY, String anchor) {
    }

    /** A line between two actors, as thick as the number of events they share. */
    public record Edge(String from, String to, int events, String x1, String y1, String x2, String y2,
            String width) {
    }

    public record View(List<Node> nodes, List<Edge> edges, int hidden, int height) {
        public boolean isEmpty() {
            return edges.isEmpty();
        }
    }

    private Network() {
    }

    /** The network as seen from {@code page}: every node links to its actor's page. */
    static View of(PageView page) {
        TrackedGraph graph = page.graph;
        List<Actor> actors = new ArrayList<>();
        for (Actor a : graph.get(Query.ACTORS)) {
            if (!graph.get(Query.CO_PARTICIPANTS, a.id()).isEmpty()) {
                actors.add(a);
            }
        }
        int hidden = 0;
        if (actors.size() > MAX_NODES) {
            actors.sort(Comparator.comparingInt((Actor a) -> -graph.get(Query.EVENTS_OF, a.id()).size()).thenComparing(Actor::id));
            hidden = actors.size() - MAX_NODES;
            actors = new ArrayList<>(actors.subList(0, MAX_NODES));
        }
        Map<String, Integer> position = new HashMap<>();
        List<String> order = page.inActorOrder(actors.stream().map(Actor::id).toList());
        for (int i = 0; i < order.size(); i++) {
            position.put(order.get(i), i);
        }
        actors.sort(Comparator.comparing((Actor a) -> a.kind().ordinal()).thenComparing(a -> position.get(a.id())));
        Map<String, double[]> at = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        int n = actors.size();
        int perSide = (n + 1) / 2;
        double radiusY = Math.max(1, perSide - 1) * ROW / 2;
        int height = (int) Math.ceil(2 * radiusY + 2 * ROW);
        double centerY = height / 2.0;
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            // Alternate sides, so that actors of one kind (next to each other in the order) face each other.
            boolean left = i % 2 == 0;
            int row = i / 2;
            int rows = left ? perSide : n / 2;
            // Evenly spaced rows down each side; x follows the ellipse, so lines fan out instead of overlapping.
            double t = rows == 1 ? 0 : -1 + 2.0 * row / (rows - 1);
            double y = centerY + t * radiusY;
            double dx = RADIUS_X * Math.sqrt(Math.max(0, 1 - t * t * 0.85));
            double x = left ? CENTER_X - dx : CENTER_X + dx;
            at.put(a.id(), new double[] {x, y});
            double lx = left ? x - 18 : x + 18;
            nodes.add(new Node(a.id(), page.link(Kind.ACTOR, a.id()), a.kind().word(),
                    graph.get(Query.EVENTS_OF, a.id()).size(), num(x), num(y), num(lx), num(y + 8), left ? "end" : "start"));
        }
        List<Edge> edges = new ArrayList<>();
        for (Actor a : actors) {
            graph.get(Query.CO_PARTICIPANTS, a.id()).forEach((other, count) -> {
                if (a.id().compareTo(other) < 0 && at.containsKey(other)) {
                    double[] p = at.get(a.id());
                    double[] q = at.get(other);
                    edges.add(new Edge(a.id(), other, count, num(p[0]), num(p[1]), num(q[0]), num(q[1]),
                            num(Math.min(8, 1 + count * 1.5))));
                }
            });
        }
        edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to));
        return new View(List.copyOf(nodes), List.copyOf(edges), hidden, Math.max(height, 200));
    }

    /**
     * {@code v} with one decimal, exactly as {@code String.format(Locale.ROOT, "%.1f", v)} writes it (the
     * shortest decimal form of {@code v} rounded half up), without a formatter for each number.
     */
    static String num(double v) {
        if (!(v >= 0 && v < 1e7)) {
            return String.format(Locale.ROOT, "%.1f", v);
        }
        String s = Double.toString(v); // plain notation from 0.001 up
        if (s.indexOf('E') >= 0) {
            return "0.0";
        }
        int dot = s.indexOf('.');
        if (dot + 2 >= s.length() || s.charAt(dot + 2) < '5') {
            return s.substring(0, dot + 2);
        }
        char[] digits = (s.substring(0, dot) + s.charAt(dot + 1)).toCharArray(); // tenths, to round up
        int i = digits.length - 1;
        while (i >= 0 && digits[i] == '9') {
            digits[i--] = '0';
        }
        String tenths;
        if (i < 0) {
            tenths = "1" + new String(digits);
        } else {
            digits[i]++;
            tenths = new String(digits);
        }
        return tenths.substring(0, tenths.length() - 1) + "." + tenths.charAt(tenths.length() - 1);
    }
}
