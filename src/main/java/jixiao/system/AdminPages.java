package jixiao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jixiao.account.CurrentUser;
import jixiao.audit.AuditActions;
import jixiao.interchange.InterchangeException;
import jixiao.organisation.BudgetUnits;
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

    private final BudgetUnits units;
    private final RuleSets ruleSets;
    private final ConfigurationActs acts;
    private final MessageSource messages;

    AdminPages(BudgetUnits units, RuleSets ruleSets, ConfigurationActs acts, MessageSource messages) {
        this.units = units;
        this.ruleSets = ruleSets;
        this.acts = acts;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        model.addAttribute("units", units.units());
        model.addAttribute("ruleSets", ruleSets.list());
        model.addAttribute("activeRules", ruleSets.active());
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
            RedirectAttributes flash)
            throws IOException {
        try {
            String content = new String(file.getBytes(), StandardCharsets.UTF_8);
            var rules = acts.change(
                    user,
                    AuditActions.RULE_SET_LOADED,
                    () -> ruleSets.load(content, user.getUsername()),
                    loaded -> new ConfigurationActs.Entry("规则集 " + loaded.name() + " " + loaded.version(), "载入并启用"));
            flash.addFlashAttribute("message", text("admin.rulesLoaded", rules.name(), rules.version()));
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
    String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        acts.change(
                user,
                AuditActions.RULE_SET_ACTIVATED,
                () -> {
                    ruleSets.activate(id);
                    return id;
                },
                activated -> new ConfigurationActs.Entry("规则集 " + activated + " " + versionOf(activated)));
        flash.addFlashAttribute("message", text("admin.rulesActivated"));
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/default")
    String useDefault(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        acts.change(
                user,
                AuditActions.RULE_SET_DEFAULT,
                () -> {
                    ruleSets.useDefault();
                    return 0;
                },
                none -> new ConfigurationActs.Entry("规则集 内置默认"));
        flash.addFlashAttribute("message", text("admin.defaultRules"));
        return "redirect:/admin";
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
