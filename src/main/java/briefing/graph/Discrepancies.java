package briefing.graph;

import briefing.model.Claim;
import briefing.model.ClaimSource;
import briefing.model.Diagnostic;
import briefing.model.DiscrepancyKind;
import briefing.model.Ref;
import briefing.model.Stance;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The kind of each claim's discrepancy, computed and as the editor chose it, and each claim's
 * independent origins. Made afresh in every build: it is a pass over each claim's few sources, cheaper
 * than keeping it, and so always follows an edited claim.
 *
 * @param computed the kind the sources show, by claim id
 * @param chosen   the editor's override where it is valid, else the computed kind, by claim id
 * @param origins  the distinct origins of the sources that report or attribute a claim, sorted, by claim id
 * @param via      the actor ids a source names in any {@code via}, sorted, by article id
 */
record Discrepancies(Map<String, DiscrepancyKind> computed, Map<String, DiscrepancyKind> chosen,
        Map<String, List<String>> origins, Map<String, List<String>> via) {

    /** Marks, punctuation and spaces, none of which makes a spelling a different name. */
    private static final Pattern NOT_LETTERS = Pattern.compile("[\\p{M}\\p{P}\\p{Z}\\s]+");

    /** Works out every claim's kind and origins; reports an override stronger than the sources show. */
    static Discrepancies of(List<Claim> claims, List<Diagnostic> problems) {
        Map<String, DiscrepancyKind> computed = new HashMap<>();
        Map<String, DiscrepancyKind> chosen = new HashMap<>();
        Map<String, List<String>> origins = new HashMap<>();
        Map<String, Set<String>> via = new HashMap<>();
        for (Claim c : claims) {
            DiscrepancyKind kind = computedKind(c);
            computed.put(c.id(), kind);
            DiscrepancyKind override = c.discrepancy();
            if (override != null && override.isStrongerThan(kind)) {
                problems.add(Diagnostic.error(c.discrepancyPos(), "'discrepancy: " + override.word()
                        + "' is stronger than what the sources show (computed: " + kind.word()
                        + "); an editor may only weaken it"));
                override = null;
            }
            chosen.put(c.id(), override == null ? kind : override);
            origins.put(c.id(), origins(c));
            for (ClaimSource s : c.sources()) {
                s.via().forEach(r -> via.computeIfAbsent(s.article(), k -> new TreeSet<>()).add(r.id()));
            }
        }
        Map<String, List<String>> viaLists = new HashMap<>();
        via.forEach((article, ids) -> viaLists.put(article, List.copyOf(ids)));
        return new Discrepancies(computed, chosen, origins, viaLists);
    }

    /**
     * The kind the sources show, strongest first: a conflict when one reports or attributes the claim
     * and another disputes it; else a detail when their values differ (compared as
     * {@link QuoteFinder#normalize} does); a spelling when those values differ only in letter case,
     * accents, hyphens, spaces or punctuation; else none.
     */
    static DiscrepancyKind computedKind(Claim claim) {
        boolean asserted = claim.sources().stream().anyMatch(s -> asserts(s.stance()));
        boolean disputed = claim.sources().stream().anyMatch(s -> s.stance() == Stance.DISPUTES);
        if (asserted && disputed) {
            return DiscrepancyKind.CONFLICT;
        }
        List<String> values = claim.sources().stream().filter(ClaimSource::hasValue)
                .map(s -> QuoteFinder.normalize(s.value())).distinct().toList();
        if (values.size() < 2) {
            return DiscrepancyKind.NONE;
        }
        long spellings = values.stream().map(Discrepancies::letters).distinct().count();
        return spellings > 1 ? DiscrepancyKind.DETAIL : DiscrepancyKind.SPELLING;
    }

    /** A value reduced to its letters and digits, lower case, without accents. */
    static String letters(String value) {
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFKD);
        return NOT_LETTERS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The origins of a claim: each asserting source's {@code via}, or its own id without one. */
    private static List<String> origins(Claim claim) {
        Set<String> origins = new TreeSet<>();
        for (ClaimSource s : claim.sources()) {
            if (!asserts(s.stance())) {
                continue;
            }
            if (s.via().isEmpty()) {
                origins.add(s.article());
            } else {
                s.via().stream().map(Ref::id).forEach(origins::add);
            }
        }
        return List.copyOf(origins);
    }

    private static boolean asserts(Stance stance) {
        return stance == Stance.REPORTS || stance == Stance.ATTRIBUTES;
    }
}
