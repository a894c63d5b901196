package jixiao.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import jixiao.sampling.StratifiedSample.Pick;
import jixiao.sampling.StratifiedSample.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The draw of 抽评 as a pure function: what it picks, how many, from which strata, and that it draws again the same. */
class StratifiedSampleTest {

    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);

    /** 全年预算数 in 万元 → a candidate in 元; unit 1 to 3 by its position, ids from 1. */
    private static List<Candidate> population(int units, double... budgetsInWan) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < budgetsInWan.length; i++) {
            long unit = 1 + i % units;
            BigDecimal budget = budgetsInWan[i] < 0
                    ? null
                    : BigDecimal.valueOf(budgetsInWan[i]).multiply(WAN);
            out.add(new Candidate(i + 1, unit, "单位" + unit, "项目" + (i + 1), budget));
        }
        return out;
    }

    private static SampleParameters parameters(String thresholdWan, String share, String... bandsWan) {
        return new SampleParameters(
                new BigDecimal(thresholdWan).multiply(WAN),
                new BigDecimal(share),
                Stream.of(bandsWan).map(b -> new BigDecimal(b).multiply(WAN)).toList());
    }

    private static List<Long> ids(List<Pick> picks) {
        return picks.stream().map(p -> p.candidate().evaluationId()).toList();
    }

    @Test
    void everyProjectAtOrAboveTheAmountIsPickedLargestFirst() {
        List<Candidate> all = population(3, 5, 600, 20, 500, 499.99, 1000);

        List<Pick> picks = StratifiedSample.draw(all, parameters("500", "0"), 7);

        assertThat(ids(picks)).containsExactly(6L, 2L, 4L);
        assertThat(picks).allMatch(p -> p.reason() == Reason.ABOVE_THRESHOLD);
        assertThat(picks).extracting(Pick::position).containsExactly(1, 2, 3);
    }

    /** ceil(share × the others): 不少于 the share, so that a small region still has its random part. */
    @ParameterizedTest(name = "{0} others at {1} → {2} drawn")
    @CsvSource({"10, 0.2, 2", "7, 0.2, 2", "1, 0.1, 1", "0, 0.5, 0", "12, 0, 0", "12, 1, 12", "9, 0.3333, 3"})
    void theRandomPartIsTheShareOfTheOthersRoundedUp(int others, String share, int drawn) {
        double[] budgets = new double[others];
        java.util.Arrays.fill(budgets, 10);

        List<Pick> picks = StratifiedSample.draw(population(3, budgets), parameters("100", share), 11);

        assertThat(picks).hasSize(drawn).allMatch(p -> p.reason() == Reason.RANDOM);
    }

    static Stream<Arguments> allocations() {
        return Stream.of(
                // strata sizes, share, quotas: whole parts first, the rest to the largest remainders
                Arguments.of(List.of(10, 10), "0.3", List.of(3, 3)),
                Arguments.of(List.of(5, 3, 2), "0.4", List.of(2, 1, 1)),
                Arguments.of(List.of(7, 1, 1, 1), "0.2", List.of(2, 0, 0, 0)),
                Arguments.of(List.of(4, 4), "1", List.of(4, 4)),
                Arguments.of(List.of(6, 9), "0", List.of(0, 0)));
    }

    @ParameterizedTest(name = "strata {0} at {1} → {2}")
    @MethodSource("allocations")
    void theRandomPartIsAllocatedToTheStrataInProportionByTheLargestRemainder(
            List<Integer> sizes, String share, List<Integer> quotas) {
        List<List<Candidate>> strata = new ArrayList<>();
        long id = 1;
        for (int size : sizes) {
            List<Candidate> stratum = new ArrayList<>();
            for (int i = 0; i < size; i++) {
                stratum.add(new Candidate(id++, 1, "单位", "项目", BigDecimal.ONE));
            }
            strata.add(stratum);
        }

        int[] allocated = StratifiedSample.quotas(strata, (int) (id - 1), new BigDecimal(share), new Random(3));

        assertThat(allocated)
                .containsExactly(quotas.stream().mapToInt(Integer::intValue).toArray());
    }

    @Test
    void equalRemaindersAreBrokenBySeedNotByOrderSoNoUnitIsAlwaysFirst() {
        // nine units with one small project each and a share that gives three picks: which units, depends on the seed
        double[] budgets = new double[9];
        java.util.Arrays.fill(budgets, 1);
        List<Candidate> all = population(9, budgets);
        Set<List<Long>> lists = new HashSet<>();

        for (long seed = 1; seed <= 20; seed++) {
            lists.add(ids(StratifiedSample.draw(all, parameters("100", "0.3"), seed)));
        }

        assertThat(lists).hasSizeGreaterThan(5);
        assertThat(lists).allMatch(list -> list.size() == 3);
    }

    @Test
    void eachStratumOfBandAndUnitGivesItsShare() {
        // unit 1: ten projects below 50 万, ten from 50 万; unit 2: ten below 50 万
        List<Candidate> all = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            long unit = i < 20 ? 1 : 2;
            BigDecimal budget = BigDecimal.valueOf(i < 10 || i >= 20 ? 10 : 60).multiply(WAN);
            all.add(new Candidate(i + 1, unit, "单位" + unit, "项目" + i, budget));
        }

        List<Pick> picks = StratifiedSample.draw(all, parameters("1000", "0.2", "50"), 99);

        assertThat(picks).hasSize(6);
        assertThat(picks.stream().filter(p -> p.candidate().unitId() == 1 && p.band() == 0))
                .hasSize(2);
        assertThat(picks.stream().filter(p -> p.candidate().unitId() == 1 && p.band() == 1))
                .hasSize(2);
        assertThat(picks.stream().filter(p -> p.candidate().unitId() == 2)).hasSize(2);
    }

    @Test
    void theSameSeedAndDataGiveTheSameListWhateverOrderTheDataCameIn() {
        List<Candidate> all = population(4, 3, 80, 12, 7, 45, 300, 2, 19, 66, 5, 1, 90, -1, 23, 600, 8);
        List<Candidate> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(1));
        SampleParameters p = parameters("500", "0.25", "10", "50");

        List<Pick> first = StratifiedSample.draw(all, p, 20240301L);
        List<Pick> again = StratifiedSample.draw(shuffled, p, 20240301L);

        assertThat(again).isEqualTo(first);
        assertThat(StratifiedSample.digest(shuffled)).isEqualTo(StratifiedSample.digest(all));
    }

    /**
     * A draw stored years ago must draw the same today: the list of one seed over one population is pinned here, so
     * that a change of the method (which would silently make stored draws irreproducible) fails this test.
     */
    @Test
    void aStoredDrawStaysReproducibleAcrossVersions() {
        List<Candidate> all = population(3, 3, 80, 12, 7, 45, 300, 2, 19, 66, 5, 1, 90, -1, 23, 600, 8);

        List<Pick> picks = StratifiedSample.draw(all, parameters("200", "0.3", "10", "50"), 42L);

        assertThat(ids(picks)).isEqualTo(PINNED);
    }

    /** 600 万 and 300 万 above the amount, then ceil(30 % of the other 14) = 5 drawn by seed 42. */
    private static final List<Long> PINNED = List.of(15L, 6L, 10L, 16L, 5L, 3L, 9L);

    @Test
    void projectsWithoutABudgetAreTheirOwnStratumAndCanBeDrawn() {
        List<Candidate> all = population(1, -1, -1, -1, -1);

        List<Pick> picks = StratifiedSample.draw(all, parameters("0", "1"), 5);

        assertThat(picks).hasSize(4).allMatch(p -> p.band() == -1 && p.reason() == Reason.RANDOM);
    }

    @Test
    void anEvaluationTwiceInThePopulationIsRefused() {
        Candidate one = new Candidate(1, 1, "单位", "项目", BigDecimal.ONE);

        assertThatThrownBy(() -> StratifiedSample.draw(List.of(one, one), parameters("1", "0.5"), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("evaluation 1");
    }

    @Test
    void theFingerprintChangesWithTheData() {
        List<Candidate> all = population(2, 1, 2, 3);
        List<Candidate> changed = new ArrayList<>(all);
        Candidate last = changed.remove(2);
        changed.add(new Candidate(
                last.evaluationId(),
                last.unitId(),
                last.unitName(),
                last.projectName(),
                last.budget().add(WAN)));

        assertThat(StratifiedSample.digest(changed))
                .isNotEqualTo(StratifiedSample.digest(all))
                .hasSize(64);
    }

    @ParameterizedTest(name = "{0} 万 → band {1}")
    @CsvSource({"5, 0", "10, 1", "49.99, 1", "50, 2", "1000, 2"})
    void aBudgetFallsInTheBandOfItsBounds(String wan, int band) {
        assertThat(parameters("100", "0", "10", "50").band(new BigDecimal(wan).multiply(WAN)))
                .isEqualTo(band);
    }

    @Test
    void parametersOutOfRangeAreRefused() {
        assertThatThrownBy(() -> parameters("1", "1.5")).hasMessageContaining("share");
        assertThatThrownBy(() -> parameters("-1", "0.5")).hasMessageContaining("threshold");
        assertThatThrownBy(() -> parameters("1", "0.5", "50", "10")).hasMessageContaining("ascending");
    }
}
