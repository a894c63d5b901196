package jixiao.evaluation.web;

import jixiao.account.CurrentUser;
import jixiao.evaluation.DocumentDownload;
import jixiao.evaluation.EvaluationException;
import jixiao.evaluation.EvaluationView;
import jixiao.evaluation.ProjectEvaluations;
import jixiao.evaluation.RecordedRechecks;
import jixiao.evaluation.UnitYearReport;
import jixiao.evaluation.UnitYearReports;
import jixiao.report.DocumentFormat;
import jixiao.report.Recheck;
import jixiao.report.ReviewOpinion;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * The 审核意见书 (review opinion) as Word or PDF, for those who review: per evaluation and per unit and year. Who may
 * have it is the {@link UnitYearReports} service's rule ({@link UnitYearReports#reviewed}); the bureau's 复核 scores,
 * deductions and opinion go in as {@link Recheck}, as the review feature recorded them ({@link RecordedRechecks}).
 */
@Controller
public class ReviewOpinionPages {
    private final ProjectEvaluations evaluations;
    private final UnitYearReports reports;
    private final ObjectProvider<RecordedRechecks> rechecks;
    private final PageMessages page;
    private final ApplicationEventPublisher events;
    private final DocumentResponses documents;

    public ReviewOpinionPages(
            ProjectEvaluations evaluations,
            UnitYearReports reports,
            ObjectProvider<RecordedRechecks> rechecks,
            MessageSource messages,
            ApplicationEventPublisher events,
            DocumentResponses documents) {
        this.evaluations = evaluations;
        this.reports = reports;
        this.rechecks = rechecks;
        this.page = new PageMessages(messages);
        this.events = events;
        this.documents = documents;
    }

    /** The opinion on one evaluation's 自评表. */
    @GetMapping("/evaluations/{id}/review-opinion.{format}")
    DeferredResult<ResponseEntity<byte[]>> ofEvaluation(
            @AuthenticationPrincipal CurrentUser user, @PathVariable long id, @PathVariable String format) {
        EvaluationView view = evaluations.view(user.account(), id);
        UnitYearReport report =
                reports.reviewed(user.account(), view.row().unitId(), view.row().fiscalYear(), id);
        Recheck recheck =
                recorded().of(user.account(), view.row().unitId(), view.row().fiscalYear(), id);
        return opinion(
                new DocumentDownload(
                        user.getUsername(),
                        user.role(),
                        view.row().unitId(),
                        view.row().fiscalYear(),
                        id,
                        "审核意见书 " + view.row().name(),
                        format),
                report,
                recheck,
                view.row().name() + "-" + page.text("review.fileName"));
    }

    /** The opinion on a unit's whole year: its 自评表, its 部门（单位）整体自评 and its report. */
    @GetMapping("/units/{unitId}/{year}/review-opinion.{format}")
    DeferredResult<ResponseEntity<byte[]>> ofUnitYear(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long unitId,
            @PathVariable int year,
            @PathVariable String format) {
        UnitYearReport report = reports.reviewed(user.account(), unitId, year, null);
        Recheck recheck = recorded().of(user.account(), unitId, year, null);
        return opinion(
                new DocumentDownload(user.getUsername(), user.role(), unitId, year, null, year + " 年度审核意见书", format),
                report,
                recheck,
                report.report().unit().name() + "-" + year + "-" + page.text("review.fileName"));
    }

    private RecordedRechecks recorded() {
        return rechecks.getIfAvailable(() -> RecordedRechecks.NONE);
    }

    /**
     * The opinion as a document, generated on the document pool as every document is (DocumentResponses: bounded in
     * time, given up when the client leaves); the download is published (the audit trail keeps the bureau's).
     */
    private DeferredResult<ResponseEntity<byte[]>> opinion(
            DocumentDownload download, UnitYearReport report, Recheck recheck, String name) {
        String format = download.format();
        DocumentFormat documentFormat = DocumentFormat.named(format)
                .filter(DocumentFormat.DOCUMENTS::contains)
                .orElseThrow(() -> new EvaluationException.Invalid("format", page.text("review.format", format)));
        events.publishEvent(download);
        ReviewOpinion opinion =
                ReviewOpinion.of(report.report(), report.assessment(), recheck, report.explanations(), report.date());
        return documents.download(documentFormat, name, out -> documentFormat.write(opinion, out));
    }
}
