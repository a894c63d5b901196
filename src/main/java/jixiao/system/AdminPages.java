package jixiao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jixiao.account.Accounts;
import jixiao.account.CurrentUser;
import jixiao.account.Role;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.RuleSets;
import jixiao.interchange.InterchangeException;
import jixiao.organisation.BudgetUnits;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 管理员: budget units, accounts and rule sets (only administrators reach /admin). */
@Controller
public class AdminPages {

    private static final int MIN_PASSWORD = 10;

    private final BudgetUnits units;
    private final Accounts accounts;
    private final RuleSets ruleSets;
    private final PasswordEncoder encoder;
    private final MessageSource messages;

    public AdminPages(
            BudgetUnits units, Accounts accounts, RuleSets ruleSets, PasswordEncoder encoder, MessageSource messages) {
        this.units = units;
        this.accounts = accounts;
        this.ruleSets = ruleSets;
        this.encoder = encoder;
        this.messages = messages;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        model.addAttribute("units", units.units());
        model.addAttribute("accounts", accounts.accounts());
        model.addAttribute("roles", Role.values());
        model.addAttribute("ruleSets", ruleSets.list());
        model.addAttribute("activeRules", ruleSets.active());
        return "admin";
    }

    @PostMapping("/admin/units")
    String createUnit(
            @RequestParam String region,
            @RequestParam String name,
            @RequestParam(required = false) String code,
            RedirectAttributes flash) {
        if (region.isBlank() || name.isBlank()) {
            flash.addFlashAttribute("error", text("admin.error.unitFields"));
            return "redirect:/admin";
        }
        try {
            units.createUnit(units.region(region.trim()), name.trim(), code == null ? null : code.trim(), null);
            flash.addFlashAttribute("message", text("admin.unitCreated", name.trim()));
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute("error", text("admin.error.unitExists", name.trim(), region.trim()));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/accounts")
    String createAccount(
            @RequestParam String username,
            @RequestParam String displayName,
            @RequestParam Role role,
            @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String region,
            @RequestParam String password,
            RedirectAttributes flash) {
        String problem = null;
        if (username.isBlank() || displayName.isBlank()) {
            problem = text("admin.error.accountFields");
        } else if (password.length() < MIN_PASSWORD) {
            problem =
                    text("admin.error.passwordShort", String.valueOf(MIN_PASSWORD), String.valueOf(password.length()));
        } else if (role.belongsToUnit() && unitId == null) {
            problem = text("admin.error.unitRequired", roleName(role));
        } else if (role == Role.BUREAU_REVIEWER && (region == null || region.isBlank())) {
            problem = text("admin.error.regionRequired");
        }
        if (problem != null) {
            flash.addFlashAttribute("error", problem);
            return "redirect:/admin";
        }
        Long regionId = null;
        if (role.belongsToUnit()) {
            regionId = units.unit(unitId).orElseThrow().regionId();
        } else if (role == Role.BUREAU_REVIEWER) {
            regionId = units.region(region.trim());
        }
        try {
            accounts.createAccount(
                    username.trim(),
                    encoder.encode(password),
                    displayName.trim(),
                    role,
                    role.belongsToUnit() ? unitId : null,
                    regionId);
            flash.addFlashAttribute("message", text("admin.accountCreated", username.trim(), roleName(role)));
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute("error", text("admin.error.usernameTaken", username.trim()));
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
            var rules = ruleSets.load(new String(file.getBytes(), StandardCharsets.UTF_8), user.getUsername());
            flash.addFlashAttribute("message", text("admin.rulesLoaded", rules.name(), rules.version()));
        } catch (InterchangeException e) {
            flash.addFlashAttribute("error", text("admin.error.rulesFile", e.getMessage()));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute(
                    "error",
                    "level1Weights".equals(e.field())
                            ? text("admin.error.ruleWeights", e.value())
                            : text("admin.error.versionLoaded"));
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        ruleSets.activate(id);
        flash.addFlashAttribute("message", text("admin.rulesActivated"));
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/default")
    String useDefault(RedirectAttributes flash) {
        ruleSets.useDefault();
        flash.addFlashAttribute("message", text("admin.defaultRules"));
        return "redirect:/admin";
    }

    private String roleName(Role role) {
        return text("role." + role.name());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
