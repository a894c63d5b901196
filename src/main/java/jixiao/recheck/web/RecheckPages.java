package jixiao.recheck.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.interchange.InterchangeException;
import jixiao.interchange.RuleSetFile;
import jixiao.output.OutputJob;
import jixiao.overview.RegionOverview;
import jixiao.recheck.RegionRechecks;
import jixiao.rules.RegionRuleSets;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The finance bureau's re-check of its region: start one for a year (with the rule sets in force, an uploaded rule-set
 * file, or a saved draft of its region's set from /rule-sets), follow its progress (the page polls the job with htmx),
 * then read the summary and download the xlsx and the JSON.
 */
@Controller
class RecheckPages {

    private static final String PATH = "/recheck";

    private final RegionRechecks rechecks;
    private final RegionOverview overviews;
    private final RegionRuleSets ruleSets;
    private final MessageSource messages;
    private final RuleSetFile files = new RuleSetFile();

    RecheckPages(RegionRechecks rechecks, RegionOverview overviews, RegionRuleSets ruleSets, MessageSource messages) {
        this.rechecks = rechecks;
        this.overviews = overviews;
        this.ruleSets = ruleSets;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String rechecks(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long draft,
            Model model) {
        Account who = user.account();
        List<OutputJob> jobs = rechecks.jobs(who);
        List<Integer> years = overviews.years(who);
        model.addAttribute("years", years);
        model.addAttribute("year", year != null ? year : years.isEmpty() ? null : years.get(0));
        model.addAttribute("draft", draft);
        model.addAttribute("jobs", jobs);
        model.addAttribute("region", overviews.regionName(who));
        return "recheck";
    }

    /** Starts a re-check (or finds the one of the year running) and shows it. */
    @PostMapping(PATH)
    String start(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam int year,
            @RequestParam(defaultValue = "IN_FORCE") String source,
            @RequestParam(required = false) MultipartFile rules,
            @RequestParam(required = false) Long draft,
            RedirectAttributes flash)
            throws IOException {
        Account who = user.account();
        RuleSet chosen = null;
        String name = text("recheck.rules.inForce", String.valueOf(year));
        if (source.equals("FILE")) {
            String fileName = rules == null ? "" : String.valueOf(rules.getOriginalFilename());
            if (rules == null || rules.isEmpty()) {
                flash.addFlashAttribute("error", text("recheck.rules.missing"));
                return "redirect:" + PATH + "?year=" + year;
            }
            try (InputStream in = rules.getInputStream()) {
                chosen = files.read(in);
            } catch (InterchangeException e) {
                flash.addFlashAttribute("error", text("recheck.rules.unreadable", fileName, e.getMessage()));
                return "redirect:" + PATH + "?year=" + year;
            }
            name = text("recheck.rules.file", fileName, chosen.name());
        } else if (source.equals("DRAFT") && draft != null) {
            var level = ruleSets.levelOf(who)
                    .orElseThrow(
                            () -> new org.springframework.web.server.ResponseStatusException(HttpStatus.FORBIDDEN));
            var version = ruleSets.version(level, draft)
                    .orElseThrow(
                            () -> new org.springframework.web.server.ResponseStatusException(HttpStatus.NOT_FOUND));
            try {
                chosen = ruleSets.withVersion(level, version);
            } catch (RuleSetRefused e) {
                flash.addFlashAttribute("error", e.getMessage());
                return "redirect:" + PATH + "?year=" + year;
            }
            year = version.fiscalYear();
            name = text("recheck.rules.draft", String.valueOf(version.version()));
        }
        OutputJob job = rechecks.start(who, year, chosen, name);
        return "redirect:" + PATH + "/" + job.id();
    }

    @GetMapping(PATH + "/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        job(user.account(), id, model);
        return "recheck-job";
    }

    /** The job's progress and, once done, its summary: polled by the page while the job runs. */
    @GetMapping(PATH + "/{id}/state")
    String state(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        job(user.account(), id, model);
        return "recheck-job :: state";
    }

    @GetMapping(PATH + "/{id}/recheck.xlsx")
    void xlsx(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        download(
                user.account(),
                id,
                "xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                response);
    }

    @GetMapping(PATH + "/{id}/recheck.json")
    void json(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        download(user.account(), id, "json", "application/json", response);
    }

    private void job(Account who, long id, Model model) {
        OutputJob job = rechecks.job(who, id);
        model.addAttribute("job", job);
        model.addAttribute("summary", rechecks.summary(job));
        model.addAttribute("region", rechecks.regionName(job));
    }

    private void download(Account who, long id, String extension, String type, HttpServletResponse response)
            throws IOException {
        OutputJob job = rechecks.finished(who, id, extension);
        response.setContentType(type);
        String name =
                text("recheck.file", rechecks.regionName(job), String.valueOf(job.fiscalYear())) + "." + extension;
        response.setHeader(
                "Content-Disposition",
                "attachment; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        rechecks.download(who, id, extension, response.getOutputStream());
    }

    /** The signed-in account, for the page's header. */
    @ModelAttribute("user")
    Account user(@AuthenticationPrincipal CurrentUser user) {
        return user == null ? null : user.account();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
