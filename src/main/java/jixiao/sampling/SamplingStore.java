package jixiao.sampling;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.evaluation.Scope;
import jixiao.sampling.StratifiedSample.Pick;
import jixiao.sampling.StratifiedSample.Reason;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** sample_draw and sample_candidate, and the population of a draw read from the evaluations. */
@Repository
class SamplingStore {

    private static final String SELECT_DRAW = "SELECT d.*, r.name AS region_name,"
            + " (SELECT COUNT(*) FROM sample_candidate c WHERE c.draw_id = d.id AND c.picked IS NOT NULL) AS picked"
            + " FROM sample_draw d JOIN region r ON r.id = d.region_id";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    SamplingStore(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * The project evaluations of a scope and year that the bureau holds (单位已审核, 已审核), with their 全年预算数 in
     * 元: the population of a draw.
     */
    List<Candidate> population(Scope scope, int fiscalYear) {
        List<Object> params = new ArrayList<>();
        params.add(fiscalYear);
        String where = scope.condition("e.unit_id", "u.region_id", params);
        return jdbc.sql("SELECT e.id, e.unit_id, u.name AS unit_name, e.name, e.budget FROM project_evaluation e"
                        + " JOIN budget_unit u ON u.id = e.unit_id WHERE e.kind = 'PROJECT' AND e.fiscal_year = ?"
                        + where
                        + " AND e.status IN ('UNIT_APPROVED', 'APPROVED') ORDER BY e.id")
                .params(params)
                .query((rs, n) -> new Candidate(
                        rs.getLong("id"),
                        rs.getLong("unit_id"),
                        rs.getString("unit_name"),
                        rs.getString("name"),
                        rs.getBigDecimal("budget")))
                .list();
    }

    long insert(
            long regionId,
            int fiscalYear,
            long seed,
            SampleParameters parameters,
            List<Candidate> population,
            String digest,
            List<Pick> picks,
            LocalDateTime at,
            String by) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO sample_draw (region_id, fiscal_year, seed, threshold, share, bands, population,"
                        + " population_digest, drawn_at, drawn_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        regionId,
                        fiscalYear,
                        seed,
                        parameters.threshold(),
                        parameters.share(),
                        bands(parameters.bands()),
                        population.size(),
                        digest,
                        Timestamp.valueOf(at),
                        by)
                .update(key, "id");
        long id = key.getKey().longValue();
        Map<Long, Pick> picked = new HashMap<>();
        picks.forEach(p -> picked.put(p.candidate().evaluationId(), p));
        List<Object[]> rows = new ArrayList<>();
        for (Candidate c : population) {
            Pick pick = picked.get(c.evaluationId());
            rows.add(new Object[] {
                id,
                c.evaluationId(),
                c.unitId(),
                c.unitName(),
                c.projectName(),
                c.budget(),
                pick == null ? null : pick.reason().name(),
                pick == null ? null : pick.position()
            });
        }
        template.batchUpdate(
                "INSERT INTO sample_candidate (draw_id, evaluation_id, unit_id, unit_name, project_name, budget, picked,"
                        + " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
                new int[] {
                    java.sql.Types.BIGINT,
                    java.sql.Types.BIGINT,
                    java.sql.Types.BIGINT,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.NUMERIC,
                    java.sql.Types.VARCHAR,
                    java.sql.Types.INTEGER
                });
        return id;
    }

    /** The draws of these regions, newest first. */
    List<SampleDraw> draws(List<Long> regionIds) {
        List<Object> params = new ArrayList<>();
        String where = Scope.regions(regionIds).condition("d.unit_id", "d.region_id", params);
        return jdbc.sql(SELECT_DRAW + " WHERE 1 = 1" + where + " ORDER BY d.id DESC")
                .params(params)
                .query(SamplingStore::draw)
                .list();
    }

    Optional<SampleDraw> draw(long id) {
        return jdbc.sql(SELECT_DRAW + " WHERE d.id = ?")
                .param(id)
                .query(SamplingStore::draw)
                .optional();
    }

    /** The population a draw was made from, as it was then. */
    List<Candidate> candidates(long drawId) {
        return jdbc.sql("SELECT * FROM sample_candidate WHERE draw_id = ? ORDER BY evaluation_id")
                .param(drawId)
                .query((rs, n) -> candidate(rs))
                .list();
    }

    /** The picks of a draw as stored, in the order of the sample list. */
    List<Pick> picks(long drawId, SampleParameters parameters) {
        return jdbc.sql("SELECT * FROM sample_candidate WHERE draw_id = ? AND picked IS NOT NULL ORDER BY position")
                .param(drawId)
                .query((rs, n) -> {
                    Candidate c = candidate(rs);
                    return new Pick(
                            c,
                            Reason.valueOf(rs.getString("picked")),
                            parameters.band(c.budget()),
                            rs.getInt("position"));
                })
                .list();
    }

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(
                rs.getLong("evaluation_id"),
                rs.getLong("unit_id"),
                rs.getString("unit_name"),
                rs.getString("project_name"),
                rs.getBigDecimal("budget"));
    }

    private static SampleDraw draw(ResultSet rs, int n) throws SQLException {
        return new SampleDraw(
                rs.getLong("id"),
                rs.getLong("region_id"),
                rs.getString("region_name"),
                rs.getInt("fiscal_year"),
                rs.getLong("seed"),
                new SampleParameters(
                        rs.getBigDecimal("threshold"), rs.getBigDecimal("share"), bands(rs.getString("bands"))),
                rs.getInt("population"),
                rs.getString("population_digest"),
                rs.getInt("picked"),
                rs.getTimestamp("drawn_at").toLocalDateTime(),
                rs.getString("drawn_by"));
    }

    private static String bands(List<BigDecimal> bands) {
        return String.join(",", bands.stream().map(BigDecimal::toPlainString).toList());
    }

    private static List<BigDecimal> bands(String text) {
        return text.isBlank()
                ? List.of()
                : Arrays.stream(text.split(",")).map(BigDecimal::new).toList();
    }
}
