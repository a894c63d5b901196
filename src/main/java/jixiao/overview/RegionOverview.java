package jixiao.overview;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import jixiao.account.Account;
import jixiao.collection.CollectionRound;
import jixiao.collection.CollectionRounds;
import jixiao.collection.Progress;
import jixiao.collection.UnitProgress;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.UnitRevisions;
import jixiao.organisation.BudgetUnits;
import jixiao.organisation.Region;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Grade;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The finance bureau's overview of its region and a year ({@link Overview}). Its distributions count the project
 * evaluations the bureau's list holds (what was sent to it) under the same filters, so that a bar and the list it
 * opens agree; where each unit stands counts every evaluation of the year, drafts included, by state only.
 */
@Service
@Transactional(readOnly = true)
public class RegionOverview {

    /** Bars a chart of units shows: the rest are in the list. */
    static final int TOP = 15;

    private final OverviewStore store;
    private final EvaluationLists lists;
    private final EvaluationAccess access;
    private final CollectionRounds rounds;
    private final CopyStore copies;
    private final BudgetUnits units;
    private final UnitRevisions revisions;
    private final Regions regions;

    public RegionOverview(
            OverviewStore store,
            EvaluationLists lists,
            EvaluationAccess access,
            CollectionRounds rounds,
            CopyStore copies,
            BudgetUnits units,
            UnitRevisions revisions,
            Regions regions) {
        this.store = store;
        this.lists = lists;
        this.access = access;
        this.rounds = rounds;
        this.copies = copies;
        this.units = units;
        this.revisions = revisions;
        this.regions = regions;
    }

    /** The name of the bureau's region. */
    public String regionName(Account who) {
        requireBureau(who);
        return units.regions().stream()
                .filter(region -> region.id() == who.regionId())
                .map(Region::name)
                .findFirst()
                .orElse("");
    }

    /** The years the bureau can look at: those with evaluations and those it set a round for, latest first. */
    public List<Integer> years(Account who) {
        requireBureau(who);
        // every year the region's units have evaluations of, drafts too: their progress is the overview's first part
        TreeSet<Integer> years = new TreeSet<>(lists.years(new Reach(access.scope(who), false, List.of())));
        rounds.rounds(who).forEach(round -> years.add(round.fiscalYear()));
        return new ArrayList<>(years.descendingSet());
    }

    /**
     * The overview of a year under the filter's unit (name or id), state and grade; the filter's other conditions
     * are the charts' own.
     */
    public Overview of(Account who, int year, ListQuery filter) {
        requireBureau(who);
        Reach reach = Reach.of(who, regions.narrowed(access.scope(who), filter.regionId()));
        GapRule gaps = lists.gaps();
        CollectionRound round = rounds.round(who, year).orElse(null);
        LocalDate today = rounds.today();
        // a dozen GROUP BYs over the year's 100,000 rows: kept until a unit of the region changes (or the round, the
        // rule set's bands, the day)
        return revisions.of(
                reach.scope(),
                new Figures(reach, year, filter.onPage(1), gaps, round, today),
                () -> compute(who, reach, year, filter, gaps, round, today));
    }

    /** Everything an overview is computed from besides the region's evaluations. */
    private record Figures(
            Reach reach, int year, ListQuery filter, GapRule gaps, CollectionRound round, LocalDate today) {}

    private Overview compute(
            Account who,
            Reach reach,
            int year,
            ListQuery filter,
            GapRule gaps,
            CollectionRound round,
            LocalDate today) {
        ListQuery projects = filtered(filter, year, false, filter.unitId());
        List<UnitProgress> units = rounds.progress(who, year).stream()
                .filter(unit -> reach.scope().reaches(unit.unitId(), unit.regionId()))
                .filter(unit -> filter.unitId() == null || unit.unitId() == filter.unitId())
                .filter(unit -> filter.search() == null || unit.unitName().contains(filter.search()))
                .toList();
        Map<Progress, Long> progress = new EnumMap<>(Progress.class);
        for (Progress state : Progress.values()) {
            progress.put(state, 0L);
        }
        units.forEach(unit -> progress.merge(unit.progress(), 1L, Long::sum));

        // each unit's share, kept until that unit changes: after a save only the saving unit's is read again
        OverviewStore.Queries queries = new OverviewStore.Queries(
                year,
                filtered(filter, year, false, null),
                filtered(filter, null, false, null),
                filtered(filter, year, true, null));
        Map<Long, OverviewStore.UnitPart> all = revisions.ofEachUnit(
                reach.scope(),
                new Parts(queries, gaps, reach.sentToBureauOnly()),
                OverviewStore.UnitPart.NONE,
                changed -> store.parts(reach, queries, gaps, changed));
        List<OverviewStore.UnitPart> parts = all.entrySet().stream()
                .filter(unit -> filter.unitId() == null || unit.getKey().equals(filter.unitId()))
                .map(Map.Entry::getValue)
                .toList();

        Map<String, Long> grades = new LinkedHashMap<>();
        for (Grade grade : Grade.values()) {
            grades.put(grade.name(), 0L);
        }
        Map<Integer, Long> bands = new LinkedHashMap<>();
        for (int from : new int[] {90, 80, 70, 60, 0}) {
            bands.put(from, 0L);
        }
        Map<ExecutionBand, Long> rates = new EnumMap<>(ExecutionBand.class);
        for (ExecutionBand band : ExecutionBand.values()) {
            rates.put(band, 0L);
        }
        long count = 0;
        for (OverviewStore.UnitPart unit : parts) {
            for (OverviewStore.Distribution part : unit.distribution()) {
                count += part.count();
                String grade = ListRow.gradeCodeOf(part.grade());
                if (grades.containsKey(grade)) {
                    grades.merge(grade, part.count(), Long::sum);
                }
                if (bands.containsKey(part.totalBand())) {
                    bands.merge(part.totalBand(), part.count(), Long::sum);
                }
                rates.merge(part.rateBand(), part.count(), Long::sum);
            }
        }
        List<Overview.TotalBand> totals = new ArrayList<>();
        bands.forEach((from, n) ->
                totals.add(new Overview.TotalBand(from, from == 90 ? 100 : from == 0 ? 60 : from + 10, n)));

        List<Overview.UnitFigures> figures = parts.stream()
                .map(OverviewStore.UnitPart::thisYear)
                .filter(Objects::nonNull)
                .map(u -> new Overview.UnitFigures(
                        u.unitId(), u.unitName(), u.projects(), u.budget(), u.executed(), u.unresolved()))
                .toList();
        List<Overview.UnitFigures> money = figures.stream()
                .sorted(Comparator.comparing(Overview.UnitFigures::budget)
                        .reversed()
                        .thenComparing(Overview.UnitFigures::unitName))
                .limit(TOP)
                .toList();
        List<Overview.UnitFigures> unresolved = figures.stream()
                .filter(u -> u.unresolved() > 0)
                .sorted(Comparator.comparingLong(Overview.UnitFigures::unresolved)
                        .reversed()
                        .thenComparing(Overview.UnitFigures::unitName))
                .limit(TOP)
                .toList();
        List<Overview.UnitChange> changes = new ArrayList<>();
        for (OverviewStore.UnitPart unit : parts) {
            OverviewStore.UnitYear now = unit.thisYear();
            OverviewStore.UnitYear before = unit.lastYear();
            if (now != null && before != null && now.meanTotal() != null && before.meanTotal() != null) {
                changes.add(new Overview.UnitChange(
                        now.unitId(),
                        now.unitName(),
                        before.meanTotal().setScale(2, RoundingMode.HALF_UP),
                        now.meanTotal().setScale(2, RoundingMode.HALF_UP)));
            }
        }
        int both = changes.size();
        List<Overview.UnitChange> largestChanges = changes.stream()
                .sorted(Comparator.comparing(
                                (Overview.UnitChange c) -> c.change().abs())
                        .reversed()
                        .thenComparing(Overview.UnitChange::unitName))
                .limit(TOP)
                .toList();

        Map<FindingCode, long[]> byCode = new EnumMap<>(FindingCode.class);
        for (OverviewStore.UnitPart unit : parts) {
            for (Overview.FindingCount found : unit.findings()) {
                long[] sums = byCode.computeIfAbsent(found.code(), code -> new long[2]);
                sums[0] += found.findings();
                sums[1] += found.evaluations();
            }
        }
        List<Overview.FindingCount> findings = byCode.entrySet().stream()
                .map(found -> new Overview.FindingCount(found.getKey(), found.getValue()[0], found.getValue()[1]))
                .sorted(Comparator.comparingLong(Overview.FindingCount::findings)
                        .reversed()
                        .thenComparing(f -> f.code().name()))
                .limit(10)
                .toList();
        List<ListRow> largestGaps = parts.stream()
                .flatMap(unit -> unit.largestGaps().stream())
                .sorted(LARGEST_GAP_FIRST)
                .limit(OverviewStore.GAPS)
                .toList();
        long gapCount =
                parts.stream().mapToLong(OverviewStore.UnitPart::largeGaps).sum();
        return new Overview(
                year,
                round,
                today,
                units.size(),
                progress,
                units.stream().filter(UnitProgress::late).toList(),
                count,
                grades,
                totals,
                rates,
                money,
                findings,
                unresolved,
                largestChanges,
                both,
                largestGaps,
                gapCount,
                copies.ofYear(reach, projects, gaps, 10),
                copies.countOfYear(reach, projects, gaps));
    }

    /** What the units' parts are computed from besides their evaluations (the same for every bureau above them). */
    private record Parts(OverviewStore.Queries queries, GapRule gaps, boolean sentToBureauOnly) {}

    /** The order of {@link OverviewStore#LARGEST_GAP_FIRST}: the largest gap between 自评 and 复核 first. */
    private static final Comparator<ListRow> LARGEST_GAP_FIRST = Comparator.comparing((ListRow row) ->
                    row.claimedTotal().subtract(row.recheckTotal()).abs())
            .reversed()
            .thenComparingLong(ListRow::id);

    /** The filter's unit, state and grade, on the project evaluations of a year (or of any year). */
    private static ListQuery filtered(ListQuery filter, Integer year, boolean largeGap, Long unitId) {
        return new ListQuery(
                year,
                filter.search(),
                filter.status(),
                filter.grade(),
                EvaluationKind.PROJECT,
                false,
                null,
                null,
                null,
                largeGap,
                null,
                unitId,
                // the region narrows the reach itself (Reach#within)
                null,
                null,
                null,
                null,
                false,
                false,
                null,
                false,
                1,
                ListQuery.DEFAULT_SIZE);
    }

    private static void requireBureau(Account who) {
        if (!Reach.isBureau(who)) {
            throw new EvaluationException.NotAllowed("总览只提供给财政局审核人");
        }
    }
}
