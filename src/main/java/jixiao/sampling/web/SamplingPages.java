package jixiao.sampling.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jixiao.account.CurrentUser;
import jixiao.evaluation.web.Download;
import jixiao.report.DocumentFormat;
import jixiao.sampling.SampleDraw;
import jixiao.sampling.SampleDraws;
import jixiao.sampling.SampleParameters;
import jixiao.shared.Decimals;
import jixiao.shared.Problem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** 抽评 pages: the bureau's draws and the form for a new one, a draw's list with its method, the list as xlsx. */
@Controller
public class SamplingPages {

    private final SampleDraws draws;
    private final MessageSource messages;

    public SamplingPages(SampleDraws draws, MessageSource messages) {
        this.draws = draws;
        this.messages = messages;
    }

    @GetMapping("/sampling")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        return show(model, user, new SampleDraws.Typed(null, "500", "20", "50, 100, 200", null), List.of());
    }

    @PostMapping("/sampling")
    String draw(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) String year,
            @RequestParam(required = false) String threshold,
            @RequestParam(required = false) String percent,
            @RequestParam(required = false) String bands,
            @RequestParam(required = false) String seed,
            Model model,
            RedirectAttributes flash) {
        SampleDraws.Typed typed = new SampleDraws.Typed(year, threshold, percent, bands, seed);
        SampleDraws.Drawn drawn = draws.draw(user.account(), typed);
        if (!drawn.problems().isEmpty()) {
            return show(model, user, typed, drawn.problems());
        }
        flash.addFlashAttribute("message", text("sampling.drawnMessage"));
        return "redirect:/sampling/" + drawn.id();
    }

    @GetMapping("/sampling/{id}")
    String detail(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        SampleDraws.Detail detail = draws.detail(user.account(), id);
        SampleDraw draw = detail.draw();
        SampleParameters p = draw.parameters();
        List<String> bandNames = new ArrayList<>();
        for (BigDecimal bound : p.bands()) {
            bandNames.add(SampleDraws.wan(bound));
        }
        model.addAttribute("detail", detail);
        model.addAttribute("bandNames", bandNames(p));
        // the method in the page's language, from the same figures as the exported list's
        model.addAttribute(
                "method",
                text(
                        "sampling.method",
                        draw.regionName(),
                        String.valueOf(draw.fiscalYear()),
                        String.valueOf(draw.population()),
                        SampleDraws.wan(p.threshold()),
                        String.valueOf(detail.aboveThreshold()),
                        String.valueOf(detail.rest()),
                        bandNames.isEmpty() ? text("sampling.noBands") : String.join(", ", bandNames),
                        Decimals.plain(p.share().movePointRight(2)),
                        String.valueOf(detail.random()),
                        String.valueOf(draw.seed())));
        model.addAttribute("user", user.account());
        return "sample-draw";
    }

    @GetMapping("/sampling/{id}/list.xlsx")
    ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        draws.export(
                user.account(),
                id,
                evaluation -> ServletUriComponentsBuilder.fromCurrentContextPath()
                        .path("/evaluations/{id}")
                        .buildAndExpand(evaluation)
                        .toUriString(),
                out);
        return Download.of(out.toByteArray(), text("sampling.fileName", String.valueOf(id)), DocumentFormat.XLSX);
    }

    /** The name of each amount band (-1: no budget), in the page's language. */
    private Map<Integer, String> bandNames(SampleParameters p) {
        Map<Integer, String> names = new HashMap<>();
        List<BigDecimal> bounds = p.bands();
        names.put(-1, text("sampling.noBudget"));
        if (bounds.isEmpty()) {
            names.put(0, text("sampling.band.all"));
            return names;
        }
        names.put(0, text("sampling.band.below", SampleDraws.wan(bounds.get(0))));
        for (int i = 1; i < bounds.size(); i++) {
            names.put(
                    i,
                    text("sampling.band.between", SampleDraws.wan(bounds.get(i - 1)), SampleDraws.wan(bounds.get(i))));
        }
        names.put(bounds.size(), text("sampling.band.from", SampleDraws.wan(bounds.get(bounds.size() - 1))));
        return names;
    }

    private String show(Model model, CurrentUser user, SampleDraws.Typed typed, List<Problem> problems) {
        model.addAttribute("draws", draws.list(user.account()));
        model.addAttribute("typed", typed);
        model.addAttribute(
                "problems",
                problems.stream()
                        .map(p -> messages.getMessage(p.key(), p.args().toArray(), LocaleContextHolder.getLocale()))
                        .toList());
        model.addAttribute("invalid", problems.stream().map(Problem::field).toList());
        model.addAttribute("user", user.account());
        return "sampling";
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
