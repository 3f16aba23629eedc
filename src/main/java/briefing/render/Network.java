package briefing.render;

import briefing.graph.Graph;
import briefing.model.Actor;
import briefing.model.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Who appears with whom: the actors that take part in events, laid out at build time on a circle
 * (grouped by kind), with a line between two actors for each event they share. Coordinates are
 * in a 1000 × 1000 box; the template draws them as an SVG whose every node is a link.
 */
public final class Network {
    /** The most actors drawn; with more, those in the most events are kept. */
    static final int MAX_NODES = 40;
    private static final double CENTER = 500;
    private static final double RADIUS = 300;

    /** An actor on the circle, and where its label goes ({@code anchor}: start or end). */
    public record Node(String id, Views.Link link, String kind, int events, String x, String y, String labelX,
            String labelY, String anchor) {
    }

    /** A line between two actors, as thick as the number of events they share. */
    public record Edge(String from, String to, int events, String x1, String y1, String x2, String y2,
            String width) {
    }

    public record View(List<Node> nodes, List<Edge> edges, int hidden) {
        public boolean isEmpty() {
            return edges.isEmpty();
        }
    }

    private Network() {
    }

    static View of(Graph graph, ViewBuilder views, String root) {
        List<Actor> actors = new ArrayList<>();
        for (Actor a : graph.actors()) {
            if (!graph.coParticipants(a.id()).isEmpty()) {
                actors.add(a);
            }
        }
        int hidden = 0;
        if (actors.size() > MAX_NODES) {
            actors.sort(Comparator.comparingInt((Actor a) -> -graph.eventsOf(a.id()).size()).thenComparing(Actor::id));
            hidden = actors.size() - MAX_NODES;
            actors = new ArrayList<>(actors.subList(0, MAX_NODES));
        }
        actors.sort(Comparator.comparing((Actor a) -> a.kind().ordinal()).thenComparing(Actor::name)
                .thenComparing(Actor::id));
        Map<String, double[]> at = new HashMap<>();
        List<Node> nodes = new ArrayList<>();
        int n = actors.size();
        for (int i = 0; i < n; i++) {
            Actor a = actors.get(i);
            double angle = -Math.PI / 2 + 2 * Math.PI * i / n;
            double x = CENTER + RADIUS * Math.cos(angle);
            double y = CENTER + RADIUS * Math.sin(angle);
            at.put(a.id(), new double[] {x, y});
            double lx = CENTER + (RADIUS + 18) * Math.cos(angle);
            double ly = CENTER + (RADIUS + 18) * Math.sin(angle) + 6;
            nodes.add(new Node(a.id(), views.link(root, Kind.ACTOR, a.id()), a.kind().word(),
                    graph.eventsOf(a.id()).size(), num(x), num(y), num(lx), num(ly),
                    Math.cos(angle) < -0.01 ? "end" : "start"));
        }
        List<Edge> edges = new ArrayList<>();
        for (Actor a : actors) {
            graph.coParticipants(a.id()).forEach((other, count) -> {
                if (a.id().compareTo(other) < 0 && at.containsKey(other)) {
                    double[] p = at.get(a.id());
                    double[] q = at.get(other);
                    edges.add(new Edge(a.id(), other, count, num(p[0]), num(p[1]), num(q[0]), num(q[1]),
                            num(Math.min(8, 1 + count * 1.5))));
                }
            });
        }
        edges.sort(Comparator.comparing(Edge::from).thenComparing(Edge::to));
        return new View(List.copyOf(nodes), List.copyOf(edges), hidden);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
