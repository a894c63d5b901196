package jixiao.review.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jixiao.account.CurrentUser;
import jixiao.account.Role;
import jixiao.review.DeductionEntry;
import jixiao.review.DeductionScale;
import jixiao.review.DeductionScales;
import jixiao.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deduction scale (扣分标准) in force where the user works, published for everyone of the region to read; the
 * region's finance bureau edits and publishes its own, or withdraws it to use the one above again.
 */
@Controller
public class DeductionScalePages {

    private final DeductionScales scales;
    private final MessageSource messages;

    public DeductionScalePages(DeductionScales scales, MessageSource messages) {
        this.scales = scales;
        this.messages = messages;
    }

    @GetMapping("/review/scale")
    String scale(@AuthenticationPrincipal CurrentUser user, Model model) {
        DeductionScale scale = scales.of(user.account());
        return show(model, user, scale, ScaleForm.of(scale), List.of());
    }

    /** Publishes the edited scale, or (action "add") shows the form again with one more blank row. */
    @PostMapping("/review/scale")
    String publish(
            @AuthenticationPrincipal CurrentUser user,
            @ModelAttribute("form") ScaleForm form,
            @RequestParam(required = false) String action,
            Model model,
            RedirectAttributes flash) {
        if ("add".equals(action)) {
            form.addRow();
            return show(model, user, scales.of(user.account()), form, List.of());
        }
        List<Problem> problems = scales.publish(user.account(), form.typed());
        if (!problems.isEmpty()) {
            model.addAttribute("error", text("review.scale.notSaved", problems.size()));
            return show(model, user, scales.of(user.account()), form, problems);
        }
        flash.addFlashAttribute("message", text("review.scale.published"));
        return "redirect:/review/scale";
    }

    @PostMapping("/review/scale/withdraw")
    String withdraw(@AuthenticationPrincipal CurrentUser user, RedirectAttributes flash) {
        scales.withdraw(user.account());
        flash.addFlashAttribute("message", text("review.scale.withdrawn"));
        return "redirect:/review/scale";
    }

    private String show(Model model, CurrentUser user, DeductionScale scale, ScaleForm form, List<Problem> problems) {
        Map<String, String> byField = new LinkedHashMap<>();
        for (Problem problem : problems) {
            byField.put(
                    problem.field(),
                    messages.getMessage(problem.key(), problem.args().toArray(), LocaleContextHolder.getLocale()));
        }
        boolean bureau = user.role() == Role.BUREAU_REVIEWER;
        model.addAttribute("scale", scale);
        model.addAttribute("form", form);
        model.addAttribute("problems", byField);
        model.addAttribute("editable", bureau);
        model.addAttribute("appliesTo", DeductionEntry.AppliesTo.values());
        model.addAttribute("user", user.account());
        return "review-scale";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
