package jixiao.overview;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.overview.TextFingerprints.Field;
import jixiao.overview.TextFingerprints.Fingerprint;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * text_fingerprint and text_copy: an evaluation's fingerprints replaced on every save, matched by hash against every
 * other evaluation's, and the copies found kept in both directions.
 */
@Repository
class CopyStore {

    /**
     * A sentence that more evaluations than this share is boilerplate ("严格按照资金管理办法使用"), not a copy of one of
     * them: it is not matched.
     */
    static final int COMMON = 50;

    /**
     * A text is copied where at least this share of it (in characters of its sentences) is found in the other's: more
     * than half, so that one stock sentence beside the unit's own does not make a copy.
     */
    static final int SHARE = 60;

    private final JdbcClient jdbc;

    CopyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Replaces an evaluation's fingerprints and the copies found with it (in both directions) by those of its new
     * texts ({@code isNew}: it was just created and has none yet); other evaluations of the same unit and year are not
     * compared (the engine's GOAL_COPIED tells those).
     */
    void replace(long id, long unitId, int year, List<Fingerprint> fingerprints, boolean isNew) {
        if (!isNew) {
            // two statements, each on its own index (an OR of the two columns would read the whole table)
            jdbc.sql("DELETE FROM text_copy WHERE evaluation_id = ?").param(id).update();
            jdbc.sql("DELETE FROM text_copy WHERE other_id = ?").param(id).update();
            jdbc.sql("DELETE FROM text_fingerprint WHERE evaluation_id = ?")
                    .param(id)
                    .update();
        }
        if (fingerprints.isEmpty()) {
            return;
        }
        StringBuilder insert = new StringBuilder(
                "INSERT INTO text_fingerprint (evaluation_id, field, part, hash, length, total, excerpt) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            Fingerprint f = fingerprints.get(i);
            insert.append(i == 0 ? "(?, ?, ?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?, ?, ?)");
            params.addAll(List.of(id, f.field().name(), f.part(), f.hash(), f.length(), f.total(), f.excerpt()));
        }
        jdbc.sql(insert.toString()).params(params).update();
        copies(id, unitId, year, fingerprints);
    }

    /** A sentence (or whole text) of another evaluation with the same hash as one of this one's. */
    private record Match(
            long other, Field field, int otherPart, int otherLength, int otherTotal, int part, String excerpt) {}

    /**
     * The pairs this evaluation's fingerprints make with other evaluations': the share of each one's text the other
     * holds, counted in characters of the sentences found, or 100 where the whole text is the same.
     */
    private void copies(long id, long unitId, int year, List<Fingerprint> fingerprints) {
        Set<Long> common = common(fingerprints);
        Map<Long, Fingerprint> byPart = new HashMap<>();
        Map<Field, Integer> length = new EnumMap<>(Field.class);
        for (Fingerprint f : fingerprints) {
            byPart.put(key(f.field(), f.part()), f);
            length.put(f.field(), f.total());
        }
        Map<String, Pair> pairs = new LinkedHashMap<>();
        for (Match match : matches(id, unitId, year, common)) {
            Fingerprint mine = byPart.get(key(match.field(), match.part()));
            Pair pair = pairs.computeIfAbsent(
                    match.other() + "/" + match.field(),
                    k -> new Pair(match.other(), match.field(), match.otherTotal(), match.excerpt()));
            if (match.part() == 0) {
                pair.whole = true;
                pair.excerpt = match.excerpt();
            } else if (pair.parts.add(match.part())) {
                pair.length += mine.length();
                if (pair.otherParts.add(match.otherPart())) {
                    pair.otherLength += match.otherLength();
                }
            }
        }
        if (pairs.isEmpty()) {
            return;
        }
        List<Object[]> copies = new ArrayList<>();
        for (Pair pair : pairs.values()) {
            int mine = share(pair.whole, pair.length, length.getOrDefault(pair.field, 0));
            int theirs = share(pair.whole, pair.otherLength, pair.otherTotal);
            if (mine >= SHARE) {
                copies.add(new Object[] {id, pair.other, pair.field.name(), mine, pair.excerpt});
            }
            if (theirs >= SHARE) {
                copies.add(new Object[] {pair.other, id, pair.field.name(), theirs, pair.excerpt});
            }
        }
        insertCopies(copies);
    }

    /** The fingerprints of other evaluations (not of the same unit and year) with the hashes of this one's. */
    private List<Match> matches(long id, long unitId, int year, Set<Long> common) {
        List<Object> params = new ArrayList<>(List.of(id, unitId, year));
        params.addAll(common);
        return jdbc.sql("SELECT o.evaluation_id AS other, o.field, o.part AS other_part, o.length AS other_length,"
                        + " o.total AS other_total, m.part, m.excerpt FROM text_fingerprint m JOIN text_fingerprint o ON o.hash = m.hash"
                        + " AND o.field = m.field AND o.evaluation_id <> m.evaluation_id"
                        + " JOIN project_evaluation oe ON oe.id = o.evaluation_id"
                        + " WHERE m.evaluation_id = ? AND NOT (oe.unit_id = ? AND oe.fiscal_year = ?)"
                        + " AND ((m.part = 0 AND o.part = 0) OR (m.part > 0 AND o.part > 0))"
                        + (common.isEmpty()
                                ? ""
                                : " AND m.hash NOT IN (" + ListStore.placeholders(common.size()) + ")"))
                .params(params)
                .query((rs, n) -> new Match(
                        rs.getLong("other"),
                        Field.valueOf(rs.getString("field")),
                        rs.getInt("other_part"),
                        rs.getInt("other_length"),
                        rs.getInt("other_total"),
                        rs.getInt("part"),
                        rs.getString("excerpt")))
                .list();
    }

    /** A pair of evaluations sharing one field's text. */
    private static final class Pair {
        final long other;
        final Field field;
        final int otherTotal;
        final Set<Integer> parts = new HashSet<>();
        final Set<Integer> otherParts = new HashSet<>();
        int length;
        int otherLength;
        boolean whole;
        String excerpt;

        Pair(long other, Field field, int otherTotal, String excerpt) {
            this.other = other;
            this.field = field;
            this.otherTotal = otherTotal;
            this.excerpt = excerpt;
        }
    }

    private static int share(boolean whole, int found, int of) {
        if (whole) {
            return 100;
        }
        return of == 0 ? 0 : Math.min(100, found * 100 / of);
    }

    private static long key(Field field, int part) {
        return ((long) field.ordinal() << 32) | part;
    }

    /** The hashes of these fingerprints that more than {@link #COMMON} evaluations have. */
    private Set<Long> common(List<Fingerprint> fingerprints) {
        Set<Long> hashes = new HashSet<>();
        fingerprints.forEach(f -> hashes.add(f.hash()));
        List<Object> params = new ArrayList<>(hashes);
        params.add(COMMON);
        return new HashSet<>(jdbc.sql("SELECT hash FROM text_fingerprint WHERE hash IN ("
                        + ListStore.placeholders(hashes.size()) + ") GROUP BY hash"
                        + " HAVING COUNT(DISTINCT evaluation_id) > ?")
                .params(params)
                .query(Long.class)
                .list());
    }

    /** The copies found, in one statement. */
    private void insertCopies(List<Object[]> copies) {
        if (copies.isEmpty()) {
            return;
        }
        StringBuilder sql =
                new StringBuilder("INSERT INTO text_copy (evaluation_id, other_id, field, share, excerpt) VALUES ");
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            sql.append(i == 0 ? "(?, ?, ?, ?, ?)" : ", (?, ?, ?, ?, ?)");
            params.addAll(List.of(copies.get(i)));
        }
        jdbc.sql(sql.toString()).params(params).update();
    }

    /** The copies of one evaluation's texts found in the others the reach holds, the largest share first. */
    List<CopiedText> of(long id, Reach reach) {
        List<Object> params = new ArrayList<>();
        params.add(id);
        String others = ListStore.reach(reach, "o", "ou", params);
        return jdbc.sql("SELECT c.evaluation_id, e.name, eu.name AS unit_name, e.fiscal_year, c.other_id, o.kind,"
                        + " o.name AS other_name, ou.name AS other_unit, o.fiscal_year AS other_year, o.status"
                        + " AS other_status, c.field, c.share, c.excerpt FROM text_copy c"
                        + " JOIN project_evaluation e ON e.id = c.evaluation_id JOIN budget_unit eu ON eu.id = e.unit_id"
                        + " JOIN project_evaluation o ON o.id = c.other_id JOIN budget_unit ou ON ou.id = o.unit_id"
                        + " WHERE c.evaluation_id = ?" + others
                        + " ORDER BY c.share DESC, o.fiscal_year DESC, ou.name, o.name, c.field")
                .params(params)
                .query((rs, n) -> copied(rs))
                .list();
    }

    /**
     * The copies among the reach's evaluations of a year (an evaluation of another year only as the one copied from),
     * each pair of the same year once (the later evaluation as the copy), the largest share first.
     */
    List<CopiedText> ofYear(Reach reach, ListQuery filter, GapRule gaps, int limit) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, filter, gaps, params);
        String others = ListStore.reach(reach, "o", "ou", params);
        params.add(limit);
        return jdbc.sql("SELECT c.evaluation_id, e.name, u.name AS unit_name, e.fiscal_year, c.other_id, o.kind,"
                        + " o.name AS other_name, ou.name AS other_unit, o.fiscal_year AS other_year, o.status"
                        + " AS other_status, c.field, c.share, c.excerpt" + COPIES_OF_YEAR + where + others
                        + " AND (o.fiscal_year <> e.fiscal_year OR c.evaluation_id > c.other_id)"
                        + " ORDER BY c.share DESC, c.evaluation_id DESC, c.field LIMIT ?")
                .params(params)
                .query((rs, n) -> copied(rs))
                .list();
    }

    /**
     * The copies with their two evaluations and units. Outer joins, each certain to find its row (foreign keys), so
     * that H2 reads the few copies first instead of every evaluation of the year (1 s at 100,000 projects); PostgreSQL
     * makes them inner joins.
     */
    private static final String COPIES_OF_YEAR = " FROM text_copy c"
            + " LEFT JOIN project_evaluation e ON e.id = c.evaluation_id LEFT JOIN budget_unit u ON u.id = e.unit_id"
            + " LEFT JOIN project_evaluation o ON o.id = c.other_id LEFT JOIN budget_unit ou ON ou.id = o.unit_id";

    /** How many of the reach's evaluations of the query repeat another's text. */
    long countOfYear(Reach reach, ListQuery filter, GapRule gaps) {
        List<Object> params = new ArrayList<>();
        String where = ListStore.where(reach, filter, gaps, params);
        String others = ListStore.reach(reach, "o", "ou", params);
        return jdbc.sql("SELECT COUNT(DISTINCT c.evaluation_id)" + COPIES_OF_YEAR + where + others
                        + " AND (o.fiscal_year <> e.fiscal_year OR c.evaluation_id > c.other_id)")
                .params(params)
                .query(Long.class)
                .single();
    }

    private static CopiedText copied(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new CopiedText(
                rs.getLong("evaluation_id"),
                rs.getString("name"),
                rs.getString("unit_name"),
                rs.getInt("fiscal_year"),
                rs.getLong("other_id"),
                EvaluationKind.valueOf(rs.getString("kind")),
                rs.getString("other_name"),
                rs.getString("other_unit"),
                rs.getInt("other_year"),
                EvaluationStatus.valueOf(rs.getString("other_status")),
                rs.getString("field"),
                rs.getInt("share"),
                rs.getString("excerpt"));
    }
}
