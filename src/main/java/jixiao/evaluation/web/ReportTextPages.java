package jixiao.evaluation.web;

import java.util.function.Function;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.FindingExplanation;
import jixiao.evaluation.ReportTexts;
import jixiao.report.DocumentFormat;
import jixiao.scoring.Finding;
import jixiao.scoring.ReportNarrative;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editor of the texts of a unit's 自评报告 (所依据的通知, 绩效自评工作开展情况, 存在的问题和建议, 改进措施和有关建议,
 * 其他需要说明的问题), each a multi-line field, saved automatically with the version check; its workflow and history
 * are those of every evaluation ({@link WorkflowPages}, base {@code /report-texts}).
 */
@Controller
public class ReportTextPages {

    private final ReportTexts texts;
    private final PageMessages page;

    public ReportTextPages(ReportTexts texts, MessageSource messages) {
        this.texts = texts;
        this.page = new PageMessages(messages);
    }

    /** The form: the texts as typed and the version they were opened at. */
    public static class TextsForm {
        private int version;
        private String notice = "";
        private String organisation = "";
        private String problems = "";
        private String improvements = "";
        private String otherMatters = "";

        static TextsForm of(ReportNarrative narrative, int version) {
            TextsForm form = new TextsForm();
            form.version = version;
            form.notice = text(narrative.notice());
            form.organisation = text(narrative.organisation());
            form.problems = text(narrative.problems());
            form.improvements = text(narrative.improvements());
            form.otherMatters = text(narrative.otherMatters());
            return form;
        }

        ReportNarrative narrative() {
            return new ReportNarrative(
                    blankToNull(notice),
                    blankToNull(organisation),
                    blankToNull(problems),
                    blankToNull(improvements),
                    blankToNull(otherMatters));
        }

        private static String text(String text) {
            return text == null ? "" : text;
        }

        private static String blankToNull(String text) {
            return text == null || text.isBlank() ? null : text.strip();
        }

        public int getVersion() {
            return version;
        }

        public void setVersion(int version) {
            this.version = version;
        }

        public String getNotice() {
            return notice;
        }

        public void setNotice(String notice) {
            this.notice = notice;
        }

        public String getOrganisation() {
            return organisation;
        }

        public void setOrganisation(String organisation) {
            this.organisation = organisation;
        }

        public String getProblems() {
            return problems;
        }

        public void setProblems(String problems) {
            this.problems = problems;
        }

        public String getImprovements() {
            return improvements;
        }

        public void setImprovements(String improvements) {
            this.improvements = improvements;
        }

        public String getOtherMatters() {
            return otherMatters;
        }

        public void setOtherMatters(String otherMatters) {
            this.otherMatters = otherMatters;
        }
    }

    @GetMapping("/report-texts/{id}")
    String editor(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        ReportTexts.View view = texts.view(user.account(), id);
        return show(model, user, view, TextsForm.of(view.narrative(), view.row().version()));
    }

    @PostMapping("/report-texts/{id}")
    String save(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @ModelAttribute("form") TextsForm form,
            Model model,
            RedirectAttributes flash) {
        ReportTexts.View view = texts.view(user.account(), id);
        try {
            texts.update(user.account(), id, form.getVersion(), form.narrative());
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            model.addAttribute("error", page.refusal(e, "save", view.row().status()));
            return show(model, user, view, form);
        }
        flash.addFlashAttribute("message", page.text("flash.saved"));
        return "redirect:/report-texts/" + id;
    }

    /** The automatic save of the texts, as the project editor's ({@link AutoSave}). */
    @PostMapping(path = "/report-texts/{id}/draft", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    ResponseEntity<AutoSave> draft(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @ModelAttribute("form") TextsForm form) {
        ReportTexts.View view = texts.view(user.account(), id);
        try {
            return AutoSave.saved(
                    texts.update(user.account(), id, form.getVersion(), form.narrative())
                            .row(),
                    page);
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            return AutoSave.refused(e, page.refusal(e, "save", view.row().status()));
        }
    }

    private String show(Model model, CurrentUser user, ReportTexts.View view, TextsForm form) {
        model.addAttribute("view", view);
        model.addAttribute("form", form);
        model.addAttribute("user", user.account());
        model.addAttribute(
                "editable", view.row().status().isEditable() && user.role().belongsToUnit());
        model.addAttribute("deletable", Deletable.of(view.row(), user.account()));
        model.addAttribute("keyOf", (Function<Finding, String>) FindingExplanation::keyOf);
        model.addAttribute("fields", FIELDS);
        model.addAttribute("documentFormats", DocumentFormat.DOCUMENTS);
        return "report-texts";
    }

    /** The texts in the order of the report, by their form field (labelled {@code reportTexts.<field>}). */
    static final java.util.List<String> FIELDS =
            java.util.List.of("notice", "organisation", "problems", "improvements", "otherMatters");
}
