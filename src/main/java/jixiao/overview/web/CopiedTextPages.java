package jixiao.overview.web;

import jixiao.account.CurrentUser;
import jixiao.overview.CopiedTexts;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The texts of a project evaluation found again in another unit's or another year's, as a fragment a reviewer's page
 * loads (the editor, and the finance bureau's 复核 page): one table, each row naming the other unit, project and year.
 */
@Controller
class CopiedTextPages {

    private final CopiedTexts copies;

    CopiedTextPages(CopiedTexts copies) {
        this.copies = copies;
    }

    @GetMapping("/evaluations/{id}/copies")
    String copies(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("copies", copies.of(user.account(), id));
        return "copies :: copies";
    }
}
