package jixiao.system;

import jixiao.account.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Where a signed-in user starts: a finance bureau at the overview of its region, the security and audit
 * administrators at their own pages, everybody else at the list.
 */
@Controller
public class HomePage {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return switch (user.role()) {
            case SECURITY_ADMINISTRATOR -> "redirect:/accounts";
            case AUDITOR -> "redirect:/audit";
            case BUREAU_REVIEWER -> "redirect:/overview";
            case FILLER, UNIT_REVIEWER, ADMINISTRATOR -> "redirect:/evaluations";
        };
    }
}
