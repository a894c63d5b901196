package jixiao.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.RuleSets;
import jixiao.interchange.InterchangeException;
import jixiao.unit.Role;
import jixiao.unit.Units;
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

    private final Units units;
    private final RuleSets ruleSets;
    private final PasswordEncoder encoder;

    public AdminPages(Units units, RuleSets ruleSets, PasswordEncoder encoder) {
        this.units = units;
        this.ruleSets = ruleSets;
        this.encoder = encoder;
    }

    @GetMapping("/admin")
    String admin(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        model.addAttribute("units", units.units());
        model.addAttribute("accounts", units.accounts());
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
            flash.addFlashAttribute("error", "所属财政局（地区）和单位名称都必须填写");
            return "redirect:/admin";
        }
        try {
            units.createUnit(units.region(region.trim()), name.trim(), code == null ? null : code.trim(), null);
            flash.addFlashAttribute("message", "已新建单位“" + name.trim() + "”");
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute("error", "单位“" + name.trim() + "”在“" + region.trim() + "”已经存在");
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
            problem = "用户名和姓名都必须填写";
        } else if (password.length() < MIN_PASSWORD) {
            problem = "密码至少 " + MIN_PASSWORD + " 个字符（填写的只有 " + password.length() + " 个）";
        } else if (role.belongsToUnit() && unitId == null) {
            problem = role.label() + "必须属于一个单位";
        } else if (role == Role.BUREAU_REVIEWER && (region == null || region.isBlank())) {
            problem = "财政局审核人必须填写所属财政局（地区）";
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
            units.createAccount(
                    username.trim(),
                    encoder.encode(password),
                    displayName.trim(),
                    role,
                    role.belongsToUnit() ? unitId : null,
                    regionId);
            flash.addFlashAttribute("message", "已新建账号“" + username.trim() + "”（" + role.label() + "）");
        } catch (DataIntegrityViolationException e) {
            flash.addFlashAttribute("error", "用户名“" + username.trim() + "”已被使用");
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
            flash.addFlashAttribute("message", "已载入并启用规则集“" + rules.name() + "”版本 " + rules.version());
        } catch (InterchangeException e) {
            flash.addFlashAttribute("error", "规则集文件有误，未载入：" + e.getMessage());
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes flash) {
        ruleSets.activate(id);
        flash.addFlashAttribute("message", "已启用所选规则集");
        return "redirect:/admin";
    }

    @PostMapping("/admin/rule-sets/default")
    String useDefault(RedirectAttributes flash) {
        ruleSets.useDefault();
        flash.addFlashAttribute("message", "已改用内置默认规则集");
        return "redirect:/admin";
    }
}
