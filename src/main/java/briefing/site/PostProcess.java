package briefing.site;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Post-processing of rendered pages: a chain of small steps, applied in order, each taking a page's
 * text and handing on the changed text. A chain is immutable and may be shared between threads.
 *
 * <p>The build's chain is {@link #EMPTY}: its pages are written exactly as the templates render them.
 * Changes the build makes to finished pages go here as steps, one step per change; {@code serve}
 * composes its own chain for the pages it serves.
 */
public final class PostProcess {
    /** One change to a finished page. */
    @FunctionalInterface
    public interface Step {
        /**
         * @param path the page's path in the site, such as {@code claims/strike-legal.html}
         * @param page the page's text, as the steps before this one left it
         * @return the page's text with this step's change
         */
        String apply(String path, String page);
    }

    /** The chain of no steps: pages stay as they are, byte for byte, and are not even decoded. */
    public static final PostProcess EMPTY = new PostProcess(List.of());

    private final List<Step> steps;

    private PostProcess(List<Step> steps) {
        this.steps = steps;
    }

    /** A chain of the given steps, applied in the order given. */
    public static PostProcess of(Step... steps) {
        return EMPTY.then(steps);
    }

    /** A chain of this chain's steps followed by the given ones; this chain is unchanged. */
    public PostProcess then(Step... more) {
        List<Step> all = new ArrayList<>(steps);
        for (Step step : more) {
            all.add(Objects.requireNonNull(step, "a post-processing step is null"));
        }
        return new PostProcess(List.copyOf(all));
    }

    /** Whether the chain has no steps. */
    public boolean isEmpty() {
        return steps.isEmpty();
    }

    /**
     * Applies the steps in order to one page.
     *
     * @param path the page's path in the site
     * @param page the page's UTF-8 bytes
     * @return the changed page's UTF-8 bytes; {@code page} itself when the chain is empty
     */
    public byte[] apply(String path, byte[] page) {
        if (steps.isEmpty()) {
            return page;
        }
        String text = new String(page, StandardCharsets.UTF_8);
        for (Step step : steps) {
            text = step.apply(path, text);
        }
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
