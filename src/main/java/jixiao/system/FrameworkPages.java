package jixiao.system;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.account.Role;
import jixiao.audit.AuditActions;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.UnitFrameworks;
import jixiao.interchange.InterchangeException;
import jixiao.scoring.UnitFramework;
import jixiao.shared.Points;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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
 * 管理员: the 部门（单位）整体自评 framework versions (整体自评框架): list, upload and activate a unit-framework/1 file,
 * and edit the active one's weights and inferred bases into a new version.
 */
@Controller
public class FrameworkPages {

    private static final String PAGE = "redirect:/admin/frameworks";

    private final UnitFrameworks frameworks;
    private final ConfigurationActs acts;
    private final MessageSource messages;

    FrameworkPages(UnitFrameworks frameworks, ConfigurationActs acts, MessageSource messages) {
        this.frameworks = frameworks;
        this.acts = acts;
        this.messages = messages;
    }

    @GetMapping("/admin/frameworks")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        model.addAttribute("frameworks", frameworks.list());
        model.addAttribute("active", frameworks.active());
        model.addAttribute("admin", user.role() == Role.ADMINISTRATOR);
        return "frameworks";
    }

    @PostMapping("/admin/frameworks")
    String load(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        try {
            String content = new String(file.getBytes(), StandardCharsets.UTF_8);
            UnitFramework framework = acts.change(
                    user,
                    AuditActions.FRAMEWORK_LOADED,
                    () -> frameworks.load(content, user.getUsername()),
                    loaded -> new ConfigurationActs.Entry("整体自评框架 " + loaded.name() + " " + loaded.version(), "载入并启用"));
            flash.addFlashAttribute("message", text("admin.frameworkLoaded", framework.name(), framework.version()));
        } catch (InterchangeException e) {
            // the reader's message names the JSON path and the value, in Chinese like the file's own terms
            flash.addFlashAttribute("error", text("admin.error.frameworkFile", e.getMessage()));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute(
                    "error",
                    "weight".equals(e.field())
                            ? text("admin.error.frameworkWeights", e.value())
                            : text("admin.error.frameworkVersionLoaded"));
        }
        return PAGE;
    }

    @PostMapping("/admin/frameworks/{id}/activate")
    String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        acts.change(
                user,
                AuditActions.FRAMEWORK_ACTIVATED,
                () -> {
                    frameworks.activate(id);
                    return frameworks.find(id);
                },
                found -> new ConfigurationActs.Entry("整体自评框架 " + id
                        + found.map(f -> " " + f.name() + " " + f.version()).orElse("")));
        flash.addFlashAttribute("message", text("admin.frameworkActivated"));
        return PAGE;
    }

    /** The active framework with the typed weights and bases, saved as a new version and activated. */
    @PostMapping("/admin/frameworks/edit")
    String edit(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String version,
            @RequestParam("weight") List<String> weights,
            @RequestParam(name = "basis", required = false) List<String> bases,
            RedirectAttributes flash) {
        UnitFramework active = frameworks.active();
        if (version == null || version.isBlank()) {
            flash.addFlashAttribute("error", text("admin.error.versionRequired"));
            return PAGE;
        }
        if (weights.size() != active.items().size()) {
            flash.addFlashAttribute(
                    "error",
                    text(
                            "admin.error.weightCount",
                            String.valueOf(weights.size()),
                            String.valueOf(active.items().size())));
            return PAGE;
        }
        List<UnitFramework.Item> items = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            UnitFramework.Item item = active.items().get(i);
            BigDecimal weight;
            try {
                weight = new BigDecimal(weights.get(i).trim());
            } catch (NumberFormatException e) {
                flash.addFlashAttribute("error", text("form.notANumber", weightOf(item), weights.get(i)));
                return PAGE;
            }
            if (weight.signum() < 0) {
                flash.addFlashAttribute("error", text("form.negative", weightOf(item), weights.get(i)));
                return PAGE;
            }
            String basis = bases == null || i >= bases.size() ? null : bases.get(i);
            items.add(new UnitFramework.Item(item.area(), item.name(), Points.of(weight), basis, item.measure()));
        }
        try {
            UnitFramework saved = acts.change(
                    user,
                    AuditActions.FRAMEWORK_SAVED,
                    () -> frameworks.save(new UnitFramework(active.name(), version.trim(), items), user.getUsername()),
                    framework -> new ConfigurationActs.Entry(
                            "整体自评框架 " + framework.name() + " " + framework.version(),
                            "分值合计 " + framework.totalWeight() + "，已启用"));
            flash.addFlashAttribute(
                    "message",
                    text(
                            "admin.frameworkSaved",
                            saved.name(),
                            saved.version(),
                            saved.totalWeight().toString()));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute(
                    "error",
                    "weight".equals(e.field())
                            ? text("admin.error.frameworkWeights", e.value())
                            : text("admin.error.frameworkVersionExists", active.name(), version.trim()));
        }
        return PAGE;
    }

    private String weightOf(UnitFramework.Item item) {
        return text("admin.weightOf", item.name());
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
