package jixiao.output.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jixiao.account.Account;
import jixiao.account.CurrentUser;
import jixiao.output.OutputJob;
import jixiao.output.RegionSummaries;
import jixiao.output.ReportArchives;
import jixiao.overview.RegionOverview;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The region's outputs for its finance bureau: the summary workbook of every project of a year (streamed as it is
 * written) and the zip of the approved reports as PDF, built in the background; the page shows each job's progress
 * bar and polls it with htmx until it is finished.
 */
@Controller
class OutputPages {

    private static final String PATH = "/outputs";

    private final RegionSummaries summaries;
    private final ReportArchives archives;
    private final RegionOverview overviews;
    private final MessageSource messages;

    OutputPages(RegionSummaries summaries, ReportArchives archives, RegionOverview overviews, MessageSource messages) {
        this.summaries = summaries;
        this.archives = archives;
        this.overviews = overviews;
        this.messages = messages;
    }

    @GetMapping(PATH)
    String outputs(
            @AuthenticationPrincipal CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        Account who = user.account();
        List<Integer> years = overviews.years(who);
        model.addAttribute("user", who);
        model.addAttribute("years", years);
        model.addAttribute("year", year != null ? year : years.isEmpty() ? null : years.get(0));
        model.addAttribute("jobs", archives.jobs(who));
        return "outputs";
    }

    /** The summary workbook of the region's projects of a year, streamed to the browser as it is written. */
    @GetMapping(PATH + "/summary.xlsx")
    void summary(@AuthenticationPrincipal CurrentUser user, @RequestParam int year, HttpServletResponse response)
            throws IOException {
        Account who = user.account();
        String region = overviews.regionName(who);
        String filename = text("output.summaryFile", region, String.valueOf(year)) + ".xlsx";
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader("Content-Disposition", attachment(filename));
        summaries.write(who, region, year, response.getOutputStream());
    }

    /** Queues the zip of the year's approved reports (or finds the one queued or running already). */
    @PostMapping(PATH + "/reports")
    String request(@AuthenticationPrincipal CurrentUser user, @RequestParam int year) {
        archives.request(user.account(), year);
        return "redirect:" + PATH + "?year=" + year;
    }

    /** One job's row, which the page polls while the job is active. */
    @GetMapping(PATH + "/jobs/{id}")
    String job(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("job", archives.job(user.account(), id));
        return "outputs :: job";
    }

    @GetMapping(PATH + "/jobs/{id}/reports.zip")
    void download(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, HttpServletResponse response)
            throws IOException {
        Account who = user.account();
        OutputJob job = archives.finished(who, id);
        response.setContentType("application/zip");
        response.setContentLengthLong(job.size());
        response.setHeader(
                "Content-Disposition",
                attachment(text("output.reportsFile", overviews.regionName(who), String.valueOf(job.fiscalYear()))
                        + ".zip"));
        archives.download(who, id, response.getOutputStream());
    }

    private static String attachment(String filename) {
        return "attachment; filename*=UTF-8''"
                + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
