package briefing.render;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.graph.Query;
import org.junit.jupiter.api.Test;

/** The numbers a run of rebuilds gives the inputs its pages read: one per input, the same each time asked. */
class InputIndexTest {
    @Test
    void anInputKeepsItsNumberAndEqualInputsShareIt() {
        InputIndex index = new InputIndex();
        int article = index.numberOf(new Input(Query.ARTICLE, null, "efe"));
        int order = index.numberOf(Input.of(Query.ARTICLE_ORDER));

        assertThat(article).isZero();
        assertThat(order).isEqualTo(1);
        assertThat(index.numberOf(new Input(Query.ARTICLE, null, new String("efe")))).isEqualTo(article);
        assertThat(index.numberOf(new Input(Query.ARTICLE, null, "tass"))).isEqualTo(2);
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.input(order)).isEqualTo(Input.of(Query.ARTICLE_ORDER));
    }

    @Test
    void aThreadThatFindsTheInputNumberedWhileItWaitedTakesThatNumber() throws Exception {
        InputIndex index = new InputIndex();
        Input input = new Input(Query.ARTICLE, null, "efe");
        int[] got = new int[1];
        Thread other;
        // Holding the index's lock, as a thread giving a number does: the other thread, which has not
        // found the input, waits for it; meanwhile the input gets its number here.
        synchronized (index) {
            other = new Thread(() -> got[0] = index.numberOf(input));
            other.start();
            while (other.getState() != Thread.State.BLOCKED) {
                Thread.onSpinWait();
            }
            assertThat(index.numberOf(input)).isZero();
        }
        other.join();
        assertThat(got[0]).isZero();
        assertThat(index.size()).isEqualTo(1);
    }
}
