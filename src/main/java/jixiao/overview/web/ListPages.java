package jixiao.overview.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.account.Role;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationStatus;
import jixiao.overview.BatchReview;
import jixiao.overview.EvaluationLists;
import jixiao.overview.ListPage;
import jixiao.overview.ListQuery;
import jixiao.overview.ListRow;
import jixiao.overview.Regions;
import jixiao.report.DocumentFormat;
import jixiao.report.xlsx.ListWorkbook;
import jixiao.report.xlsx.ListWorkbook.Column;
import jixiao.report.xlsx.ListWorkbook.Kind;
import jixiao.scoring.FindingCode;
import jixiao.scoring.Grade;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The list of evaluations for every role (replacing the unit's flat list): a search form with filters, columns that
 * sort, server-side pages, coloured states, the export of the same rows to xlsx, and for the reviewers batch approval
 * and return with one opinion, each row's outcome shown after.
 */
@Controller
class ListPages {

    static final String PATH = "/evaluations";

    private static final String EXPORT = "/evaluations/export.xlsx";

    private final EvaluationLists lists;
    private final BatchReview batch;
    private final MessageSource messages;
    private final AuditTrail audit;

    private final Regions regions;

    ListPages(EvaluationLists lists, BatchReview batch, MessageSource messages, AuditTrail audit, Regions regions) {
        this.regions = regions;
        this.lists = lists;
        this.batch = batch;
        this.messages = messages;
        this.audit = audit;
    }

    @GetMapping(PATH)
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam MultiValueMap<String, String> params,
            Model model) {
        Account who = user.account();
        List<Integer> years = lists.years(who);
        ListParameters parameters = new ListParameters(params);
        ListQuery query = parameters.query(years.isEmpty() ? null : years.get(0));
        ListPage page = lists.page(who, query);
        List<String> problems = new ArrayList<>();
        parameters.problems().forEach(problem -> problems.add(messages.getMessage(problem, locale())));
        model.addAttribute("user", who);
        model.addAttribute("years", years);
        model.addAttribute("query", query);
        model.addAttribute("page", page);
        model.addAttribute("links", new ListLinks(PATH, params, query));
        model.addAttribute("exportLink", new ListLinks(PATH, params, query).export(EXPORT));
        model.addAttribute("problems", problems);
        model.addAttribute("chips", chips(parameters, page));
        model.addAttribute("statuses", statuses(who));
        model.addAttribute("grades", grades());
        model.addAttribute("kinds", EvaluationKind.values());
        model.addAttribute("findings", FindingCode.values());
        model.addAttribute("decides", decides(who));
        model.addAttribute("formats", DocumentFormat.values());
        model.addAttribute("allYears", ListParameters.ALL_YEARS);
        model.addAttribute("regions", regions.choices(who));
        return "evaluations";
    }

    /** Every row of the same search as one workbook, streamed from the database. */
    @GetMapping(EXPORT)
    void export(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam MultiValueMap<String, String> params,
            HttpServletResponse response)
            throws IOException {
        Account who = user.account();
        List<Integer> years = lists.years(who);
        ListQuery query = new ListParameters(params).query(years.isEmpty() ? null : years.get(0));
        String title =
                text("list.export.title", query.year() == null ? text("list.allYears") : String.valueOf(query.year()));
        try (ListWorkbook workbook = new ListWorkbook(text("list.export.sheet"), title, exportColumns())) {
            lists.each(who, query, row -> workbook.add(exportRow(row)));
            String filename =
                    URLEncoder.encode(title + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
            response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
            response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''" + filename);
            workbook.write(response.getOutputStream());
        }
        // the list of a bureau or an administrator holds many units' data (等保2.0 三级: who took which)
        if (!who.role().belongsToUnit()) {
            audit.record(AuditRecord.done(
                    who.username(),
                    "overview.list_exported",
                    title,
                    new ListLinks(PATH, params, query).export(EXPORT)));
        }
    }

    /**
     * Approves or returns the chosen rows with one opinion; each row's outcome is shown on the list it came from.
     * Without an opinion (or without rows) nothing is done.
     */
    @PostMapping(PATH + "/batch")
    String decide(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "ids", required = false) List<Long> ids,
            @RequestParam BatchReview.Decision decision,
            @RequestParam(required = false) String opinion,
            @RequestParam(required = false) String back,
            RedirectAttributes flash) {
        if (!decides(user.account())) {
            throw new EvaluationException.NotAllowed("只有单位审核人和财政局审核人可以批量审核");
        }
        String target = back != null && back.startsWith(PATH) && !back.startsWith(PATH + "/") ? back : PATH;
        if (ids == null || ids.isEmpty()) {
            flash.addFlashAttribute("error", text("list.batch.none"));
            return "redirect:" + target;
        }
        try {
            List<BatchReview.Outcome> outcomes = batch.decide(user.account(), ids, decision, opinion);
            long done = outcomes.stream().filter(BatchReview.Outcome::done).count();
            flash.addFlashAttribute(
                    "message",
                    text(
                            decision == BatchReview.Decision.APPROVE ? "list.batch.approved" : "list.batch.returned",
                            String.valueOf(done),
                            String.valueOf(outcomes.size())));
            flash.addFlashAttribute(
                    "outcomes", outcomes.stream().map(this::outcome).toList());
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute("error", text("list.batch.opinionRequired"));
        }
        return "redirect:" + target;
    }

    /** One row's outcome, as the page says it. */
    /** A flash attribute: kept in the session, in the database, until the redirected page shows it. */
    record OutcomeLine(long id, String name, boolean done, String text) implements java.io.Serializable {}

    private OutcomeLine outcome(BatchReview.Outcome outcome) {
        String name = outcome.name() == null ? "#" + outcome.id() : outcome.name();
        if (outcome.done()) {
            return new OutcomeLine(outcome.id(), name, true, text("list.batch.done"));
        }
        return new OutcomeLine(
                outcome.id(),
                name,
                false,
                text("list.batch.refused." + outcome.refusal().name()));
    }

    /** Whether the user approves and returns from the list: the unit's reviewer and the finance bureau. */
    private static boolean decides(Account who) {
        return who.role() == Role.UNIT_REVIEWER || who.role() == Role.BUREAU_REVIEWER;
    }

    /** The states a user's list can hold: a finance bureau sees none of a unit's own working states. */
    private static List<EvaluationStatus> statuses(Account who) {
        if (who.role() == Role.BUREAU_REVIEWER) {
            return List.of(EvaluationStatus.UNIT_APPROVED, EvaluationStatus.APPROVED, EvaluationStatus.RETURNED);
        }
        return Arrays.asList(EvaluationStatus.values());
    }

    private static List<String> grades() {
        List<String> codes = new ArrayList<>();
        for (Grade grade : Grade.values()) {
            codes.add(grade.name());
        }
        codes.add("INCOMPLETE");
        return codes;
    }

    /**
     * The filters a dashboard's link set that the search form has no field for, each shown with a link that takes it
     * away: parameter → what it says.
     */
    private Map<String, String> chips(ListParameters parameters, ListPage page) {
        Map<String, String> chips = new LinkedHashMap<>();
        ListQuery q = page.query();
        if (q.unitId() != null) {
            String unit = page.rows().isEmpty()
                    ? "#" + q.unitId()
                    : page.rows().get(0).unitName();
            chips.put("unit", text("list.chip.unit", unit));
        }
        if (q.band() != null) {
            chips.put(
                    "band",
                    text("list.chip.band", text("overview.band." + q.band().name())));
        }
        if (q.finding() != null) {
            chips.put("finding", text("list.chip.finding", q.finding().title()));
        }
        if (q.minTotal() != null) {
            chips.put("minTotal", text("list.chip.minTotal", q.minTotal().toPlainString()));
        }
        if (q.maxTotal() != null) {
            chips.put("maxTotal", text("list.chip.maxTotal", q.maxTotal().toPlainString()));
        }
        if (q.todo()) {
            chips.put("todo", text("list.chip.todo"));
        }
        if (q.copied()) {
            chips.put("copied", text("list.chip.copied"));
        }
        return chips;
    }

    private List<Column> exportColumns() {
        return List.of(
                new Column(text("list.column.kind"), Kind.TEXT, 14),
                new Column(text("list.column.unit"), Kind.TEXT, 28),
                new Column(text("list.column.name"), Kind.TEXT, 36),
                new Column(text("list.column.year"), Kind.WHOLE, 8),
                new Column(text("list.column.status"), Kind.TEXT, 12),
                new Column(text("list.column.budget"), Kind.MONEY, 14),
                new Column(text("list.column.executed"), Kind.MONEY, 14),
                new Column(text("list.column.rate"), Kind.PERCENT, 10),
                new Column(text("list.column.claimed"), Kind.SCORE, 10),
                new Column(text("list.column.total"), Kind.SCORE, 10),
                new Column(text("list.column.recheck"), Kind.SCORE, 10),
                new Column(text("list.column.gap"), Kind.SCORE, 10),
                new Column(text("list.column.grade"), Kind.TEXT, 10),
                new Column(text("list.column.unresolved"), Kind.WHOLE, 10),
                new Column(text("list.column.warnings"), Kind.WHOLE, 8));
    }

    private List<Object> exportRow(ListRow row) {
        List<Object> values = new ArrayList<>();
        values.add(text("list.kindOf." + row.kind().name()));
        values.add(row.unitName());
        values.add(row.name());
        values.add(row.fiscalYear());
        values.add(text("status." + row.status().name()));
        values.add(row.budgetInTenThousands());
        values.add(row.executedInTenThousands());
        values.add(row.executionRate());
        values.add(row.claimedTotal());
        values.add(row.total());
        values.add(row.recheckTotal());
        values.add(row.gap().gap());
        values.add(row.gradeCode() == null ? null : text("grade." + row.gradeCode()));
        values.add(row.unresolved());
        values.add(row.warnings());
        return values;
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    private static java.util.Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
