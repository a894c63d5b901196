package jixiao.overview.web;

import jixiao.account.CurrentUser;
import jixiao.account.Role;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The home page: a finance bureau's is the overview of its region; every other role's is its list. */
@Controller
class HomePage {

    @GetMapping("/")
    String home(@AuthenticationPrincipal CurrentUser user) {
        return user.role() == Role.BUREAU_REVIEWER ? "redirect:" + OverviewPages.PATH : "redirect:" + ListPages.PATH;
    }
}
