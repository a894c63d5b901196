package jixiao.collection.web;

import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.collection.Reminders;
import jixiao.evaluation.EvaluationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 催报 on the pages: the bureau reminds the units it ticks on the round's units page, or every late one; a unit's
 * staff mark a reminder read from the banner every page shows them (in place with htmx, else back to their list).
 */
@Controller
class ReminderPages {

    private final Reminders reminders;
    private final MessageSource messages;

    ReminderPages(Reminders reminders, MessageSource messages) {
        this.reminders = reminders;
        this.messages = messages;
    }

    @PostMapping("/collection/reminders")
    String remind(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam int year,
            @RequestParam(name = "units", required = false) List<Long> unitIds,
            @RequestParam(defaultValue = "false") boolean allLate,
            @RequestParam(defaultValue = "false") boolean late,
            @RequestParam(required = false) Long region,
            @RequestParam(required = false) String message,
            RedirectAttributes flash) {
        try {
            int reminded = allLate
                    ? reminders.remindLate(user.account(), year, message, region)
                    : reminders.remind(user.account(), year, unitIds, message);
            flash.addFlashAttribute("message", text("reminder.sent", String.valueOf(reminded)));
        } catch (EvaluationException.Invalid e) {
            flash.addFlashAttribute("error", text("reminder.error." + e.field(), e.value() == null ? "" : e.value()));
        }
        // back to the units page as it was (the late ones where it showed those)
        return "redirect:/overview/units?year=" + year + (region == null ? "" : "&region=" + region)
                + (allLate || late ? "&late=true" : "");
    }

    /** Marked read from the banner in place (htmx removes it). */
    @PostMapping(path = "/reminders/{id}/read", headers = "HX-Request")
    ResponseEntity<String> readInPlace(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reminders.markRead(user.account(), id);
        return ResponseEntity.ok("");
    }

    /** Marked read without script: back to the unit's list. */
    @PostMapping("/reminders/{id}/read")
    String read(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        reminders.markRead(user.account(), id);
        return "redirect:/evaluations";
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
