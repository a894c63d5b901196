package jixiao.account.web;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import jixiao.account.AccountAdministration;
import jixiao.account.AccountException;
import jixiao.account.CurrentUser;
import jixiao.account.PasswordPolicies;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Everybody's own password: the current one, the new one twice, checked against the policy in force. A user whose
 * password was set by someone else or has expired is led here and can do nothing else first. After the change the
 * user signs in again with the new password.
 */
@Controller
public class PasswordPage {

    private final AccountAdministration administration;
    private final PasswordPolicies policies;
    private final MessageSource messages;

    public PasswordPage(AccountAdministration administration, PasswordPolicies policies, MessageSource messages) {
        this.administration = administration;
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping("/account/password")
    String page(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("user", user.account());
        model.addAttribute("required", user.passwordChangeRequired());
        model.addAttribute("policy", policies.current());
        return "password";
    }

    @PostMapping("/account/password")
    String change(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam String current,
            @RequestParam String chosen,
            @RequestParam String repeated,
            HttpServletRequest request,
            Model model)
            throws ServletException {
        List<String> problems;
        if (!chosen.equals(repeated)) {
            problems = List.of(text("account.password.mismatch"));
        } else {
            problems = administration.problems(user.getUsername(), chosen).stream()
                    .map(p -> text(p.code(), p.args()))
                    .toList();
        }
        if (problems.isEmpty()) {
            try {
                administration.changeOwnPassword(user.getUsername(), current, chosen);
                // signed in again with the new password: the session's sign-in still says it must change
                request.logout();
                return "redirect:/login?passwordChanged";
            } catch (AccountException e) {
                problems = List.of(text(e.code(), e.args()));
            }
        }
        model.addAttribute("user", user.account());
        model.addAttribute("required", user.passwordChangeRequired());
        model.addAttribute("policy", policies.current());
        model.addAttribute("problems", problems);
        return "password";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
