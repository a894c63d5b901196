package jixiao.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jixiao.account.Accounts;
import jixiao.evaluation.Imports;
import jixiao.evaluation.Workflow;
import jixiao.evaluation.web.AccessScenarios.Actor;
import jixiao.integration.Api;
import jixiao.integration.Evaluations;
import jixiao.integration.Organisations;
import jixiao.integration.Organisations.Unit;
import jixiao.organisation.BudgetUnits;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.provider.Arguments;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The world of a feature's access table ({@link AccessCast}: the unit under test, its region, another region, every
 * {@link Actor} signed in), with the services a test moves evaluations through and the table itself: one row per
 * actor, one expected status per operation of the feature's {@code Operation} enum.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class CastScenarios {

    private final String city;
    private final String otherCity;

    @LocalServerPort
    protected int port;

    @Autowired
    protected BudgetUnits units;

    @Autowired
    protected Accounts accounts;

    @Autowired
    protected Imports imports;

    @Autowired
    protected Workflow workflow;

    @Autowired
    protected JdbcClient jdbc;

    protected Organisations organisations;
    protected Evaluations evaluations;
    protected Unit theUnit;
    protected final Map<Actor, Api> actors = new EnumMap<>(Actor.class);

    /** The cast's region is named after {@code city}, "another region" after {@code otherCity}. */
    protected CastScenarios(String city, String otherCity) {
        this.city = city;
        this.otherCity = otherCity;
    }

    @BeforeAll
    protected void cast() {
        organisations = new Organisations(units, accounts);
        evaluations = new Evaluations(imports, workflow, organisations);
        AccessCast cast = AccessCast.of(organisations, port, city, otherCity);
        theUnit = cast.theUnit();
        actors.putAll(cast.actors());
    }

    /**
     * The cells of an access table as (actor, operation, expected status); refused unless every actor has a row with
     * a status for every operation.
     */
    protected static <O extends Enum<O>> Stream<Arguments> table(String table, Class<O> operations) {
        O[] all = operations.getEnumConstants();
        List<Arguments> cells = new ArrayList<>();
        List<Actor> rows = new ArrayList<>();
        table.lines().forEach(line -> {
            String[] row = line.trim().split("\\s+");
            assertThat(row).as("a status per operation: " + line).hasSize(all.length + 1);
            rows.add(Actor.valueOf(row[0]));
            for (O operation : all) {
                cells.add(
                        Arguments.of(Actor.valueOf(row[0]), operation, Integer.parseInt(row[operation.ordinal() + 1])));
            }
        });
        assertThat(rows).as("a row for every actor").containsExactlyInAnyOrder(Actor.values());
        return cells.stream();
    }
}
