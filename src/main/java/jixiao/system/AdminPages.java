package jixiao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.audit.AuditActions;
import jixiao.interchange.InterchangeException;
import jixiao.organisation.BudgetUnits;
import jixiao.rules.RuleSetChanges;
import jixiao.rules.RuleSets;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 系统管理员: budget units and rule sets (only the system administrator reaches /admin; accounts are the security
 * administrator's, {@code jixiao.account.web}). Every change goes into the audit trail with it.
 */
@Controller
public class AdminPages {

    /** The years a root can be chosen from, as the region rule set pages offer them. */
    private static final int FIRST_YEAR = 2000;

    private static final int LAST_YEAR = 2100;

    private final BudgetUnits units;
    private final RuleSets ruleSets;
    private final RuleSetChanges changes;
    private final ConfigurationActs acts;
    private final MessageSource messages;
    private final Clock clock;

    AdminPages(
            BudgetUnits units,
            RuleSets ruleSets,
            RuleSetChanges changes,
            ConfigurationActs acts,
            MessageSource messages,
            Clock clock) {
        this.units = units;
        this.ruleSets = ruleSets;
        this.changes = changes;
        this.acts = acts;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal CurrentUser user, Model model) {
        int year = evaluatedYear();
        model.addAttribute("user", user.account());
        model.addAttribute("units", units.units());
        model.addAttribute("ruleSets", ruleSets.list());
        model.addAttribute("roots", ruleSets.roots());
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(year + 1, year, year - 1, year - 2));
        model.addAttribute("rootOfYear", ruleSets.rootOf(year));
        model.addAttribute("rulesOfYear", ruleSets.root(year));
        return "admin";
    }

    @PostMapping("/admin/units")
    String createUnit(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String region,
            @RequestParam String name,
            @RequestParam(required = false) String code,
            RedirectAttributes flash) {
        if (region.isBlank() || name.isBlank()) {
            flash.addFlashAttribute("error", text("admin.error.unitFields"));
            return "redirect:/admin";
        }
        try {
            acts.change(
                    user,
                    AuditActions.UNIT_CREATED,
                    () -> units.createUnit(
                            units.region(region.trim()), name.trim(), code == null ? null : code.trim(), null),
                    id -> new ConfigurationActs.Entry("单位 " + id + " " + name.trim(), "地区 " + region.trim()));
            flash.addFlashAttribute("message", text("admin.unitCreated", name.trim()));
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute("error", text("admin.error.unitExists", name.trim(), region.trim()));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets")
    String loadRuleSet(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            @RequestParam(required = false) String fromYear,
            RedirectAttributes flash)
            throws IOException {
        Integer year = yearOf(fromYear, flash);
        if (year == null) {
            return "redirect:/admin";
        }
        try {
            String content = new String(file.getBytes(), StandardCharsets.UTF_8);
            var rules = acts.change(
                    user,
                    AuditActions.RULE_SET_LOADED,
                    () -> changes.loadRoot(content, year, user.getUsername()),
                    loaded -> new ConfigurationActs.Entry(
                            "规则集 " + loaded.name() + " " + loaded.version(), "载入，自 " + year + " 年度起为全国根规则集"));
            flash.addFlashAttribute("message", text("rulesfinish.rootLoaded", rules.name(), rules.version(), year));
        } catch (InterchangeException e) {
            flash.addFlashAttribute("error", text("admin.error.rulesFile", e.getMessage()));
        } catch (RuleSets.NotLoaded e) {
            flash.addFlashAttribute(
                    "error",
                    "level1Weights".equals(e.field())
                            ? text("admin.error.ruleWeights", e.value())
                            : text("admin.error.versionLoaded"));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/{id}/activate")
    String activate(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(required = false) String fromYear,
            RedirectAttributes flash) {
        if (ruleSets.list().stream().noneMatch(r -> r.id() == id)) {
            flash.addFlashAttribute("error", text("rulesfinish.noSuchRuleSet", id));
            return "redirect:/admin";
        }
        return chooseRoot(user, id, fromYear, flash);
    }

    @PostMapping("/admin/rule-sets/default")
    String useDefault(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String fromYear,
            RedirectAttributes flash) {
        return chooseRoot(user, null, fromYear, flash);
    }

    /** Makes a loaded set (null: the built-in default) the national root from the posted year on, in the trail. */
    private String chooseRoot(CurrentUser user, Long id, String fromYear, RedirectAttributes flash) {
        Integer year = yearOf(fromYear, flash);
        if (year == null) {
            return "redirect:/admin";
        }
        String name = id == null ? "内置默认" : id + " " + versionOf(id);
        acts.change(
                user,
                id == null ? AuditActions.RULE_SET_DEFAULT : AuditActions.RULE_SET_ACTIVATED,
                () -> changes.chooseRoot(id, year, user.getUsername()),
                rescored -> new ConfigurationActs.Entry(
                        "规则集 " + name, "自 " + year + " 年度起为全国根规则集，重新计分的草稿 " + rescored + " 份"));
        flash.addFlashAttribute(
                "message",
                id == null
                        ? text("rulesfinish.rootDefault", year)
                        : text("rulesfinish.rootChosen", versionOf(id), year));
        return "redirect:/admin";
    }

    /** Last year, the one being evaluated. */
    private int evaluatedYear() {
        return LocalDate.now(clock).getYear() - 1;
    }

    /**
     * The year a root is chosen from: the one posted, or the year being evaluated; null (and the error on the page,
     * naming the value) where it is not a year the system keeps rule sets for.
     */
    private Integer yearOf(String posted, RedirectAttributes flash) {
        if (posted == null || posted.isBlank()) {
            return evaluatedYear();
        }
        try {
            int year = Integer.parseInt(posted.trim());
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return year;
            }
        } catch (NumberFormatException e) {
            // refused below with the value
        }
        flash.addFlashAttribute("error", text("rulesfinish.badYear", posted, FIRST_YEAR, LAST_YEAR));
        return null;
    }

    private String versionOf(long id) {
        return ruleSets.list().stream()
                .filter(v -> v.id() == id)
                .map(v -> v.name() + " " + v.version())
                .findFirst()
                .orElse("");
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
