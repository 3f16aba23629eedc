package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A route's equality, written out by hand: a rebuild takes a page over from the last one only with an equal route. */
class RouteTest {
    @Test
    void routesAreEqualExactlyWhenPathKindAndIdAre() {
        Route actor = new Route("actors/ana.html", PageKind.ACTOR, "ana");
        Route same = new Route(new String("actors/ana.html"), PageKind.ACTOR, new String("ana"));
        assertThat(actor).isEqualTo(same).hasSameHashCodeAs(same);

        List<Route> others = new ArrayList<>(List.of(
                new Route("actors/bo.html", PageKind.ACTOR, "ana"),
                new Route("actors/ana.html", PageKind.EVENT, "ana"),
                new Route("actors/ana.html", PageKind.ACTOR, "bo")));
        others.add(new Route("actors/ana.html", PageKind.ACTOR, null));
        for (Route other : others) {
            assertThat(actor).as("%s", other).isNotEqualTo(other);
            assertThat(other).as("%s", other).isNotEqualTo(actor);
        }
        Route list = new Route("actors/index.html", PageKind.ACTORS, null);
        assertThat(list).isEqualTo(new Route("actors/index.html", PageKind.ACTORS, null)).isNotEqualTo(null);
        assertThat(new HashSet<>(List.of(actor, same, list))).hasSize(2);
    }
}
