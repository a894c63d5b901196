package jixiao.rules.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.rules.RegionRuleSets;
import jixiao.rules.RegionRuleSets.Level;
import jixiao.rules.RegionRuleSets.Version;
import jixiao.rules.RuleSetChanges;
import jixiao.rules.RuleSetRefused;
import jixiao.scoring.RuleSet;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A level's rule set of a year in the web application: the finance bureau keeps its region's, the administrator the
 * national level's. The list of versions, the form (every field named and described, problems beside the field), a
 * saved version with what it changes and the drafts it would re-score, and its activation. Another region's version
 * is not found (404); a role that keeps no rule set is refused (403).
 */
@Controller
class RuleSetPages {

    private static final String PATH = "/rule-sets";
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;

    private final RegionRuleSets sets;
    private final RuleSetChanges changes;
    private final MessageSource messages;
    private final Clock clock;

    RuleSetPages(RegionRuleSets sets, RuleSetChanges changes, MessageSource messages, Clock clock) {
        this.sets = sets;
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping(PATH)
    String list(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        Level level = levelOf(user);
        int shown = yearOf(year);
        RuleSet inherited = sets.inherited(level, shown);
        RuleSet inForce = sets.inForce(level, shown);
        model.addAttribute("level", level);
        model.addAttribute("year", shown);
        model.addAttribute("years", years(shown));
        model.addAttribute("inForce", inForce);
        model.addAttribute("inherited", inherited);
        model.addAttribute("ownChanges", RuleSetForm.changed(inherited, inForce));
        model.addAttribute("versions", sets.versions(level, shown));
        model.addAttribute("origin", sets.origin(level, shown));
        model.addAttribute("root", sets.rootOf(shown));
        model.addAttribute("rootRules", sets.inherited(Level.NATIONAL, shown));
        return "rule-sets";
    }

    @GetMapping(PATH + "/edit")
    String form(@AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        Level level = levelOf(user);
        int shown = yearOf(year);
        RuleSet inForce = sets.inForce(level, shown);
        return form(model, level, shown, RuleSetForm.Values.of(inForce), Map.of());
    }

    @PostMapping(PATH + "/edit")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam int year,
            @RequestParam Map<String, String> params,
            @RequestParam(name = "stem", required = false) List<String> stems,
            @RequestParam(name = "weight", required = false) List<String> weights,
            @RequestParam(name = "capBelow", required = false) List<String> below,
            @RequestParam(name = "capAtMost", required = false) List<String> atMost,
            Model model,
            HttpServletResponse response,
            RedirectAttributes flash) {
        Level level = levelOf(user);
        int shown = yearOf(year);
        RuleSetForm.Values posted = RuleSetForm.Values.posted(params, stems, weights, below, atMost);
        RuleSet inherited = sets.inherited(level, shown);
        String file = RuleSetForm.changes(
                inherited,
                posted,
                RegionRuleSets.setName(level, shown),
                String.valueOf(sets.versions(level, shown).size() + 1));
        try {
            Version saved = changes.save(level, shown, file, user.getUsername());
            flash.addFlashAttribute("message", text("rules.saved", saved.version()));
            return "redirect:" + PATH + "/versions/" + saved.id();
        } catch (RuleSetRefused e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            return form(model, level, shown, posted, RuleSetForm.problemsByInput(e.problems()));
        }
    }

    @GetMapping(PATH + "/versions/{id}")
    String version(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        Level level = levelOf(user);
        Version version = versionOf(level, id);
        RuleSet inherited = sets.inherited(level, version.fiscalYear());
        RuleSet changed;
        try {
            changed = sets.withVersion(level, version);
        } catch (RuleSetRefused e) {
            changed = null;
            model.addAttribute("error", text("rules.noLongerApplies", e.getMessage()));
        }
        model.addAttribute("level", level);
        model.addAttribute("version", version);
        model.addAttribute("year", version.fiscalYear());
        model.addAttribute("changes", changed == null ? List.of() : RuleSetForm.changed(inherited, changed));
        model.addAttribute("preview", changed == null ? null : changes.preview(level, version));
        return "rule-set-version";
    }

    @PostMapping(PATH + "/versions/{id}/activate")
    String activate(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        Level level = levelOf(user);
        Version version = versionOf(level, id);
        try {
            int rescored = changes.activate(level, version, user.getUsername());
            flash.addFlashAttribute("message", text("rules.activated", version.version(), rescored));
            return "redirect:" + PATH + "?year=" + version.fiscalYear();
        } catch (RuleSetRefused e) {
            flash.addFlashAttribute("error", text("rules.notActivated", e.getMessage()));
            return "redirect:" + PATH + "/versions/" + id;
        }
    }

    private String form(
            Model model, Level level, int year, RuleSetForm.Values values, Map<String, List<String>> problems) {
        model.addAttribute("level", level);
        model.addAttribute("year", year);
        model.addAttribute("form", values);
        model.addAttribute("fields", RuleSetForm.FIELDS);
        model.addAttribute("checks", RuleSetForm.CHECKS);
        model.addAttribute("problems", problems);
        model.addAttribute(
                "problemCount", problems.values().stream().mapToInt(List::size).sum());
        model.addAttribute("inherited", RuleSetForm.Values.of(sets.inherited(level, year)));
        return "rule-set-form";
    }

    /** The signed-in account, for the page's header. */
    @ModelAttribute("user")
    Account user(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : user.account();
    }

    /** The level the user keeps; a role that keeps none is refused. */
    private Level levelOf(CurrentUser user) {
        return sets.levelOf(user.account()).orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    /** A version of the user's level; another level's is not found, as one that does not exist. */
    private Version versionOf(Level level, long id) {
        return sets.version(level, id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    /** The year asked for, or last year (the one being evaluated); a year out of range is a bad request. */
    private int yearOf(Integer year) {
        if (year == null) {
            return LocalDate.now(clock).getYear() - 1;
        }
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year " + year);
        }
        return year;
    }

    private static List<Integer> years(int shown) {
        return List.of(shown + 1, shown, shown - 1, shown - 2);
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
