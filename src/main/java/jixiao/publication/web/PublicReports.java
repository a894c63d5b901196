package jixiao.publication.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.web.Download;
import jixiao.publication.Publication;
import jixiao.publication.Publications;
import jixiao.report.DocumentFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public pages (公开, no login; under /public, which SecurityConfiguration lets through): the reports published
 * now, by region, year and unit, each with its PDF, publication date and SHA-256. What is not published now is not
 * found, exactly like what never existed.
 */
@Controller
public class PublicReports {

    private final Publications publications;

    public PublicReports(Publications publications) {
        this.publications = publications;
    }

    @GetMapping("/public/reports")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Long region,
            Model model) {
        List<Publication> all = publications.published(null, null);
        TreeSet<Integer> years = new TreeSet<>();
        Map<Long, String> regions = new LinkedHashMap<>();
        for (Publication p : all) {
            years.add(p.fiscalYear());
            regions.putIfAbsent(p.regionId(), p.regionName());
        }
        model.addAttribute("reports", publications.published(year, region));
        model.addAttribute("years", years.descendingSet());
        model.addAttribute("regions", regions);
        model.addAttribute("year", year);
        model.addAttribute("region", region);
        model.addAttribute("user", user == null ? null : user.account());
        return "public-reports";
    }

    @GetMapping("/public/reports/{id}.pdf")
    ResponseEntity<byte[]> pdf(@PathVariable long id) {
        Publications.PublishedPdf published =
                publications.publishedPdf(id).orElseThrow(() -> new EvaluationException.NotFound("公开的自评报告 " + id));
        return Download.inline(published.pdf(), published.name(), DocumentFormat.PDF);
    }
}
