package jixiao.help;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jixiao.account.CurrentUser;
import jixiao.scoring.Check;
import jixiao.scoring.CheckCategory;
import jixiao.scoring.FindingCode;
import jixiao.scoring.check.CheckCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 检查项说明 ({@code /help/checks}): the catalogue of checks as {@code jixiao checks} prints it, for every business
 * role, searchable by category, by the finding a check raises (the editors' findings link here) and by words.
 */
@Controller
class CheckHelpPages {

    private final MessageSource messages;

    CheckHelpPages(MessageSource messages) {
        this.messages = messages;
    }

    @GetMapping("/help/checks")
    String checks(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(name = "category", required = false) String category,
            @RequestParam(name = "finding", required = false) String finding,
            @RequestParam(name = "q", required = false) String words,
            Model model) {
        CheckCategory wantedCategory = parse(CheckCategory.class, category);
        FindingCode wantedFinding = parse(FindingCode.class, finding);
        String query = words == null ? "" : words.strip();
        Locale locale = LocaleContextHolder.getLocale();
        List<Check> shown = new ArrayList<>();
        for (Check check : CheckCatalogue.all()) {
            if ((wantedCategory == null || check.category() == wantedCategory)
                    && (wantedFinding == null || check.finding() == wantedFinding)
                    && matches(check, query, locale)) {
                shown.add(check);
            }
        }
        model.addAttribute("user", user.account());
        model.addAttribute("checks", shown);
        model.addAttribute("total", CheckCatalogue.all().size());
        model.addAttribute("categories", CheckCategory.values());
        model.addAttribute("category", wantedCategory);
        model.addAttribute("finding", wantedFinding);
        model.addAttribute("q", query);
        return "help-checks";
    }

    /** Words match the check's code, its description or its finding's category, in the page's language. */
    private boolean matches(Check check, String query, Locale locale) {
        if (query.isEmpty()) {
            return true;
        }
        String needle = query.toLowerCase(Locale.ROOT);
        String text = check.code() + " "
                + messages.getMessage("check.description." + check.code(), null, check.description(), locale) + " "
                + messages.getMessage("finding." + check.finding().name(), null, "", locale);
        return text.toLowerCase(Locale.ROOT).contains(needle);
    }

    /** An enum constant by name, or null where the parameter is absent or names none (a filter left empty). */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name.strip())) {
                return constant;
            }
        }
        return null;
    }
}
