package jixiao.audit.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import jixiao.account.CurrentUser;
import jixiao.audit.AuditActions;
import jixiao.audit.AuditChain;
import jixiao.audit.AuditEntries;
import jixiao.audit.AuditEntry;
import jixiao.audit.AuditQuery;
import jixiao.audit.AuditRecord;
import jixiao.audit.AuditTrail;
import jixiao.report.xlsx.ListWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 审计管理员: the audit trail, read only: a search form (period, actor, action, outcome) above the list, newest first,
 * pages of {@value #PAGE_SIZE}, the export of what the search finds as a workbook, and the check of the hash chain.
 * Only the auditor reaches {@code /audit}, and nothing here changes anything (GET only); the auditor's own exports
 * and checks are recorded too.
 */
@Controller
public class AuditPages {

    static final int PAGE_SIZE = 50;
    /** The most rows one export holds (a workbook sheet holds 1,048,575). */
    static final int EXPORT_LIMIT = 100_000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditEntries entries;
    private final AuditChain chain;
    private final AuditTrail trail;
    private final MessageSource messages;

    public AuditPages(AuditEntries entries, AuditChain chain, AuditTrail trail, MessageSource messages) {
        this.entries = entries;
        this.chain = chain;
        this.trail = trail;
        this.messages = messages;
    }

    @GetMapping("/audit")
    String list(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome,
            @RequestParam(defaultValue = "0") int page,
            Model model) {
        AuditQuery query = new AuditQuery(from, to, actor, action, success(outcome));
        long total = entries.count(query);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 0), pages - 1);
        model.addAttribute("user", user.account());
        model.addAttribute("entries", entries.page(query, shown, PAGE_SIZE));
        model.addAttribute("total", total);
        model.addAttribute("page", shown);
        model.addAttribute("pages", pages);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("actor", actor);
        model.addAttribute("action", action);
        model.addAttribute("outcome", outcome);
        model.addAttribute("actions", entries.actions());
        model.addAttribute("head", chain.head());
        model.addAttribute("time", TIME);
        return "audit";
    }

    /** The check of the whole chain, shown on the page: intact, or every break with its entry. */
    @GetMapping("/audit/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, Model model) {
        AuditChain.Verification verification = chain.verify();
        trail.record(new AuditRecord(
                user.getUsername(),
                AuditActions.AUDIT_VERIFIED,
                "审计日志",
                verification.entries() + " 条，"
                        + (verification.intact() ? "完整" : verification.breaks().size() + " 处断裂"),
                verification.intact()));
        model.addAttribute("user", user.account());
        model.addAttribute("verification", verification);
        return "audit-verify";
    }

    /** What the search finds, as a workbook (at most {@value #EXPORT_LIMIT} rows, newest first). */
    @GetMapping("/audit/export.xlsx")
    ResponseEntity<byte[]> export(
            @AuthenticationPrincipal CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String actor,
            @RequestParam(required = false) String action,
            @RequestParam(required = false) String outcome)
            throws IOException {
        AuditQuery query = new AuditQuery(from, to, actor, action, success(outcome));
        String[] names = {"seq", "time", "actor", "address", "action", "target", "detail", "outcome", "hash"};
        int[] widths = {8, 20, 16, 16, 22, 30, 50, 8, 66};
        List<ListWorkbook.Column> columns = new ArrayList<>();
        for (int c = 0; c < names.length; c++) {
            ListWorkbook.Kind kind = c == 0 ? ListWorkbook.Kind.WHOLE : ListWorkbook.Kind.TEXT;
            columns.add(new ListWorkbook.Column(text("audit.column." + names[c]), kind, widths[c]));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ListWorkbook workbook = new ListWorkbook(text("audit.title"), text("audit.title"), columns)) {
            entries.each(query, EXPORT_LIMIT, e -> workbook.add(row(e)));
            workbook.write(out);
        }
        trail.record(AuditRecord.done(user.getUsername(), AuditActions.AUDIT_EXPORTED, "审计日志", describe(query)));
        String filename = URLEncoder.encode(text("audit.title") + ".xlsx", StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + filename)
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(out.toByteArray());
    }

    private List<Object> row(AuditEntry e) {
        List<Object> row = new ArrayList<>();
        row.add(e.seq());
        row.add(e.at().format(TIME));
        row.add(e.actor());
        row.add(e.address());
        row.add(actionName(e.action()));
        row.add(e.target());
        row.add(e.detail());
        row.add(text(e.success() ? "audit.outcome.success" : "audit.outcome.failure"));
        row.add(e.hash());
        return row;
    }

    /** The action's name in the user's language ({@code audit.action.<code>}), or its code where none is written. */
    private String actionName(String code) {
        return messages.getMessage("audit.action." + code, null, code, LocaleContextHolder.getLocale());
    }

    private static Boolean success(String outcome) {
        if ("success".equals(outcome)) {
            return true;
        }
        if ("failure".equals(outcome)) {
            return false;
        }
        return null;
    }

    private static String describe(AuditQuery query) {
        return "from=" + query.from() + " to=" + query.to() + " actor=" + query.actor() + " action=" + query.action()
                + " success=" + query.success();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
