package briefing.graph;

/**
 * How completely the claims are sourced: the cells of the claim-by-article table that an article
 * fills, the claims with a single source, and the claims of each kind of difference, counted as the
 * pages count them (after the editor's overrules).
 *
 * @param cells        claims times articles
 * @param filled       the cells where an article takes a stance on a claim
 * @param singleSource the claims with exactly one source
 * @param conflicts    the claims where one source disputes what another reports
 * @param details      the claims whose sources give different values
 * @param spellings    the claims whose sources' values differ only in spelling
 */
public record Coverage(long cells, long filled, long singleSource, long conflicts, long details, long spellings) {

    /** The share of cells filled, in whole percent (0 when there are no cells). */
    public long percent() {
        return cells == 0 ? 0 : Math.round(100.0 * filled / cells);
    }
}
