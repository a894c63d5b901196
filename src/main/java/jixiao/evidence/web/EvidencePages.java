package jixiao.evidence.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jixiao.account.CurrentUser;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationRow;
import jixiao.evidence.Evidence;
import jixiao.evidence.EvidenceFile;
import jixiao.evidence.Part;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The 佐证材料 section of the editors (loaded into the page after it is shown, see static/js/editor.js): the files of
 * the evaluation grouped by what they are attached to, each with its download as a button of its own, the upload form
 * and, kept apart, the files removed. A file is downloaded from {@code /evidence/{id}}.
 */
@Controller
public class EvidencePages {

    private final Evidence evidence;
    private final EvaluationAccess access;
    private final MessageSource messages;

    public EvidencePages(Evidence evidence, EvaluationAccess access, MessageSource messages) {
        this.evidence = evidence;
        this.access = access;
        this.messages = messages;
    }

    /** The files attached to one part, for the page. */
    public record Group(Part part, List<EvidenceFile> files) {}

    @GetMapping("/{kind:evaluations|unit-evaluations}/{id}/evidence")
    String section(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
        EvaluationRow row = access.visible(user.account(), id);
        List<EvidenceFile> files = evidence.list(user.account(), id);
        List<Part> parts = evidence.parts(user.account(), id);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (Part part : parts) {
            groups.put(part.text(), new Group(part, new ArrayList<>()));
        }
        List<EvidenceFile> removed = new ArrayList<>();
        for (EvidenceFile file : files) {
            if (file.isRemoved()) {
                removed.add(file);
            } else {
                groups.computeIfAbsent(file.part().text(), key -> new Group(file.part(), new ArrayList<>()))
                        .files()
                        .add(file);
            }
        }
        model.addAttribute("row", row);
        model.addAttribute(
                "groups",
                groups.values().stream().filter(g -> !g.files().isEmpty()).toList());
        model.addAttribute("parts", parts);
        model.addAttribute("removed", removed);
        model.addAttribute("count", files.size() - removed.size());
        model.addAttribute("maxSize", evidence.maxSize().toMegabytes() + " MB");
        model.addAttribute(
                "changeable", row.status().isEditable() && user.role().belongsToUnit());
        return "evidence :: section";
    }

    @PostMapping("/{kind:evaluations|unit-evaluations}/{id}/evidence")
    String upload(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable String kind,
            @PathVariable long id,
            @RequestParam(required = false) String part,
            @RequestParam("file") MultipartFile file,
            RedirectAttributes flash)
            throws IOException {
        try {
            EvidenceFile attached = evidence.attach(
                    user.account(),
                    id,
                    part == null ? Part.EVALUATION.text() : part,
                    new Evidence.Upload(file.getOriginalFilename(), file.getBytes()));
            flash.addFlashAttribute("message", text("evidence.attached", attached.fileName()));
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            flash.addFlashAttribute("error", refusal(e));
        }
        return "redirect:/" + kind + "/" + id + "#evidence";
    }

    @PostMapping("/evidence/{fileId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId, RedirectAttributes flash) {
        EvidenceFile file = evidence.file(user.account(), fileId);
        EvaluationRow row = access.visible(user.account(), file.evaluationId());
        try {
            evidence.remove(user.account(), fileId);
            flash.addFlashAttribute("message", text("evidence.removed", file.fileName()));
        } catch (EvaluationException.NotFound e) {
            throw e;
        } catch (EvaluationException e) {
            flash.addFlashAttribute("error", refusal(e));
        }
        return "redirect:" + (row.kind().name().equals("UNIT") ? "/unit-evaluations/" : "/evaluations/") + row.id()
                + "#evidence";
    }

    @GetMapping("/evidence/{fileId}")
    ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
        return FileDownload.download(evidence.download(user.account(), fileId));
    }

    @ExceptionHandler(EvaluationException.NotFound.class)
    void notFound(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }

    @ExceptionHandler(EvaluationException.NotAllowed.class)
    void notAllowed(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }

    /** A refusal of the service in the user's language, by its field (the file's name is the value). */
    private String refusal(EvaluationException e) {
        if (e instanceof EvaluationException.Invalid invalid) {
            return switch (invalid.field()) {
                case "size" ->
                    text(
                            "evidence.error.size",
                            invalid.value(),
                            evidence.maxSize().toMegabytes() + " MB");
                case "type" -> text("evidence.error.type", invalid.value());
                case "file" -> text("evidence.error.empty", invalid.value());
                default -> text("evidence.error.part", invalid.value());
            };
        }
        if (e instanceof EvaluationException.NotAllowed) {
            return text("evidence.error.notAllowed");
        }
        if (e instanceof EvaluationException.WrongState) {
            return text("evidence.error.state");
        }
        return e.getMessage();
    }

    private String text(String code, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(code, args, locale);
    }
}
