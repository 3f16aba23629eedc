package briefing.site;

/** Hears how far a build has got: the stage, and for rendering, pages done of the total. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    /** Called from any thread, possibly often: implementations throttle and must be thread-safe. */
    void update(String stage, int done, int total);
}
