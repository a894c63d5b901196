package jixiao.overview.web;

import java.util.List;
import java.util.function.LongPredicate;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.collection.CollectionRounds;
import jixiao.collection.Progress;
import jixiao.collection.Reminders;
import jixiao.collection.UnitProgress;
import jixiao.evaluation.EvaluationStatus;
import jixiao.overview.ExecutionBand;
import jixiao.overview.ListQuery;
import jixiao.overview.Overview;
import jixiao.overview.RegionOverview;
import jixiao.overview.Regions;
import jixiao.rectification.Rectification;
import jixiao.rectification.Rectifications;
import jixiao.scoring.Grade;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The finance bureau's home page: the overview of its region and a year with charts (ECharts, drawn from the table
 * beside each chart, so that every figure is readable and copyable without the chart), each bar a link to the list
 * of the evaluations it counts; the overdue 整改事项 of the year (issue 14, item 5), each a link to the item; and the
 * units of the collection round by where they stand.
 */
@Controller
class OverviewPages {

    static final String PATH = "/overview";

    /** Overdue items the panel lists: the rest are in the 整改 list it links to. */
    static final int OVERDUE_SHOWN = 10;

    private final RegionOverview overviews;
    private final CollectionRounds rounds;
    private final Rectifications rectifications;
    private final Reminders reminders;
    private final Regions regions;

    OverviewPages(
            RegionOverview overviews,
            CollectionRounds rounds,
            Rectifications rectifications,
            Reminders reminders,
            Regions regions) {
        this.regions = regions;
        this.overviews = overviews;
        this.rounds = rounds;
        this.rectifications = rectifications;
        this.reminders = reminders;
    }

    @GetMapping(PATH)
    String overview(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Account who = user.account();
        List<Integer> years = overviews.years(who);
        ListParameters parameters = new ListParameters(params);
        int fallback = years.isEmpty() ? rounds.today().getYear() - 1 : years.get(0);
        ListQuery filter = parameters.query(fallback);
        int year = filter.year() == null ? fallback : filter.year();
        Overview overview = overviews.of(who, year, filter);
        model.addAttribute("user", who);
        model.addAttribute("years", years.contains(year) ? years : with(years, year));
        model.addAttribute("overview", overview);
        LongPredicate inRegion = regions.within(filter.regionId());
        List<Rectification> overdue = rectifications.overdue(who, year).stream()
                .filter(item -> inRegion.test(item.regionId()))
                .filter(item -> filter.unitId() == null || item.unitId() == filter.unitId())
                .filter(item -> filter.search() == null || item.unitName().contains(filter.search()))
                .toList();
        model.addAttribute("overdue", overdue.subList(0, Math.min(OVERDUE_SHOWN, overdue.size())));
        model.addAttribute("overdueCount", overdue.size());
        List<jixiao.organisation.Region> choices = regions.choices(who);
        // the heading names the region the overview is narrowed to
        model.addAttribute(
                "regionName",
                choices.stream()
                        .filter(region -> filter.regionId() != null && region.id() == filter.regionId())
                        .map(jixiao.organisation.Region::name)
                        .findFirst()
                        .orElseGet(() -> overviews.regionName(who)));
        model.addAttribute("regions", choices);
        // 催报: when each late unit was last reminded, and whether it read it
        model.addAttribute("reminders", reminders.latest(overview.late(), year));
        model.addAttribute("filter", filter);
        model.addAttribute("bars", new Bars(year, params));
        model.addAttribute(
                "statuses",
                List.of(EvaluationStatus.UNIT_APPROVED, EvaluationStatus.APPROVED, EvaluationStatus.RETURNED));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("bands", ExecutionBand.values());
        model.addAttribute("progressStates", Progress.values());
        return "overview";
    }

    /** The units of the year's collection round, optionally only those in one state or the late ones. */
    @GetMapping(PATH + "/units")
    String units(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Progress progress,
            @RequestParam(required = false) boolean late,
            @RequestParam(required = false) Long region,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "50") int size,
            Model model) {
        Account who = user.account();
        List<Integer> years = overviews.years(who);
        int shown = year != null ? year : years.isEmpty() ? rounds.today().getYear() - 1 : years.get(0);
        List<UnitProgress> all = rounds.progress(who, shown);
        LongPredicate inRegion = regions.within(region);
        List<UnitProgress> matching = all.stream()
                .filter(unit -> progress == null || unit.progress() == progress)
                .filter(unit -> !late || unit.late())
                .filter(unit -> inRegion.test(unit.regionId()))
                .toList();
        // a province's round has thousands of units: a page of them, as the lists of evaluations
        int perPage = UNIT_PAGE_SIZES.contains(size) ? size : UNIT_PAGE_SIZES.get(1);
        int pages = Math.max(1, (matching.size() + perPage - 1) / perPage);
        int current = Math.min(Math.max(page, 1), pages);
        model.addAttribute("user", who);
        model.addAttribute("year", shown);
        model.addAttribute("progress", progress);
        model.addAttribute("late", late);
        model.addAttribute("region", region);
        model.addAttribute("regions", regions.choices(who));
        model.addAttribute("round", rounds.round(who, shown).orElse(null));
        model.addAttribute(
                "units", matching.subList((current - 1) * perPage, Math.min(current * perPage, matching.size())));
        model.addAttribute("matching", matching.size());
        model.addAttribute("total", all.size());
        model.addAttribute("page", current);
        model.addAttribute("pages", pages);
        model.addAttribute("size", perPage);
        model.addAttribute("sizes", UNIT_PAGE_SIZES);
        // 催报: the latest reminder of each unit, the text a reminder says by default, how many units are late
        model.addAttribute("reminders", reminders.latest(all, shown));
        model.addAttribute("defaultMessage", reminders.defaultMessage(who, shown));
        model.addAttribute(
                "lateCount",
                all.stream()
                        .filter(UnitProgress::late)
                        .filter(unit -> inRegion.test(unit.regionId()))
                        .count());
        return "overview-units";
    }

    /** The page sizes of the units of a round, as the lists offer them. */
    private static final List<Integer> UNIT_PAGE_SIZES = List.of(20, 50, 100);

    private static List<Integer> with(List<Integer> years, int year) {
        List<Integer> all = new java.util.ArrayList<>(years);
        all.add(year);
        all.sort(java.util.Comparator.reverseOrder());
        return all;
    }

    /**
     * The links of the overview's bars: the list of the project evaluations a bar counts, under the overview's own
     * filters (year, region, unit, state, grade) and the bar's.
     */
    public static final class Bars {

        private final int year;
        private final MultiValueMap<String, String> filters = new LinkedMultiValueMap<>();

        Bars(int year, MultiValueMap<String, String> params) {
            this.year = year;
            for (String name : List.of("q", "region", "unit", "status", "grade")) {
                String value = params.getFirst(name);
                if (value != null && !value.isBlank()) {
                    filters.add(name, value);
                }
            }
        }

        public String grade(String code) {
            return list("grade", code);
        }

        public String totals(int from, int to) {
            MultiValueMap<String, String> params = base();
            params.set("minTotal", String.valueOf(from));
            params.set("maxTotal", String.valueOf(to));
            return ListLinks.link(ListPages.PATH, params);
        }

        public String band(String band) {
            return list("band", band);
        }

        public String finding(String code) {
            return list("finding", code);
        }

        public String unit(long unitId) {
            return list("unit", String.valueOf(unitId));
        }

        public String unresolved(long unitId) {
            MultiValueMap<String, String> params = base();
            params.set("unit", String.valueOf(unitId));
            params.set("unresolved", "true");
            return ListLinks.link(ListPages.PATH, params);
        }

        public String largeGaps() {
            return list("largeGap", "true");
        }

        public String copied() {
            return list("copied", "true");
        }

        /** The units of the round in one state. */
        public String progress(String state) {
            return PATH + "/units?year=" + year + region() + "&progress=" + state;
        }

        public String late() {
            return PATH + "/units?year=" + year + region() + "&late=true";
        }

        /** The region the overview is narrowed to, as a parameter of the units page (or nothing). */
        private String region() {
            String region = filters.getFirst("region");
            return region == null ? "" : "&region=" + region;
        }

        private String list(String name, String value) {
            MultiValueMap<String, String> params = base();
            params.set(name, value);
            return ListLinks.link(ListPages.PATH, params);
        }

        private MultiValueMap<String, String> base() {
            MultiValueMap<String, String> params = new LinkedMultiValueMap<>(filters);
            params.set("year", String.valueOf(year));
            params.set("kind", "PROJECT");
            return params;
        }
    }
}
