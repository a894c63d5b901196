package jixiao.evidence;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import jixiao.account.Account;
import jixiao.evaluation.AttachedEvidence;
import jixiao.evaluation.DocumentDownload;
import jixiao.evaluation.EvaluationAccess;
import jixiao.evaluation.EvaluationChange;
import jixiao.evaluation.EvaluationEvent;
import jixiao.evaluation.EvaluationException.Invalid;
import jixiao.evaluation.EvaluationException.NotAllowed;
import jixiao.evaluation.EvaluationException.NotFound;
import jixiao.evaluation.EvaluationException.WrongState;
import jixiao.evaluation.EvaluationKind;
import jixiao.evaluation.EvaluationRow;
import jixiao.evaluation.EvaluationScoring;
import jixiao.evaluation.Workflow;
import jixiao.report.AnnexedEvidence;
import jixiao.scoring.Indicator;
import jixiao.scoring.SelfEvaluationReport;
import jixiao.scoring.UnitSelfEvaluation.KeyWorkItem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * 佐证材料: files attached to an evaluation of any kind ({@link Part}), kept in the database. Whoever may read the
 * evaluation ({@link EvaluationAccess}) lists and downloads its files, removed ones too; only the unit's own staff
 * attach and remove them, while the evaluation is editable (a 整改 answer's files at any time: the evaluation is
 * approved by then). A file's kind is read from its content ({@link FileKind}); its size is limited by {@code
 * jixiao.evidence.max-size}. Attaching and removing are in the evaluation's history and the audit trail; a removed
 * file is kept, marked with who removed it and when.
 *
 * <p>One call attaches a file to anything of an evaluation: {@code attach(who, evaluationId, "rectification:12",
 * upload)} is how a 整改 answer brings its evidence.
 */
@Service
@Transactional
public class Evidence implements AttachedEvidence {

    /** The longest file name kept; a longer one is shortened before its extension. */
    static final int NAME_LENGTH = 200;

    private final EvidenceStore store;
    private final EvaluationAccess access;
    private final EvaluationScoring scoring;
    private final Workflow workflow;
    private final Clock clock;
    private final DataSize maxSize;
    private final ApplicationEventPublisher events;

    public Evidence(
            EvidenceStore store,
            EvaluationAccess access,
            EvaluationScoring scoring,
            Workflow workflow,
            Clock clock,
            @Value("${jixiao.evidence.max-size}") DataSize maxSize,
            ApplicationEventPublisher events) {
        this.store = store;
        this.access = access;
        this.scoring = scoring;
        this.workflow = workflow;
        this.clock = clock;
        this.maxSize = maxSize;
        this.events = events;
    }

    /** A file as uploaded: its name as the user's computer gave it, and its bytes. */
    public record Upload(String fileName, byte[] content) {}

    /** A file with its content, for a download. */
    public record Download(EvidenceFile file, byte[] content) {}

    /** The largest file accepted. */
    public DataSize maxSize() {
        return maxSize;
    }

    /**
     * Attaches a file to a part of an evaluation ({@code part} as {@link Part#text()}: {@code evaluation}, {@code
     * indicator:…}, {@code work:…}, {@code rectification:…}). Refused, with nothing stored, where the user may not,
     * the part is not the evaluation's, the file is empty or too large, or its content is not a PDF, a picture or a
     * Word or Excel file (whatever its name says).
     */
    public EvidenceFile attach(Account who, long evaluationId, String part, Upload upload) {
        EvaluationRow row = access.visible(who, evaluationId);
        Part target = Part.parse(part);
        if (target == null) {
            throw new Invalid(
                    "part",
                    part,
                    "part：“" + part + "”不是可以附加材料的位置（evaluation、indicator:指标名称、work:工作事项、rectification:编号）");
        }
        requireChangeable(who, row, target);
        requirePartOf(row, target);
        byte[] content = upload.content();
        String given = fileName(upload.fileName());
        if (content.length == 0) {
            throw new Invalid("file", given, "file：文件“" + given + "”是空的，未上传");
        }
        if (content.length > maxSize.toBytes()) {
            throw new Invalid(
                    "size",
                    given,
                    "file：文件“" + given + "”有 " + megabytes(content.length) + "，超过了 " + megabytes(maxSize.toBytes())
                            + " 的上限，未上传");
        }
        Optional<FileKind> claimed = FileKind.claimedBy(given);
        FileKind kind = FileKind.of(content)
                .orElseThrow(() -> new Invalid(
                        "type",
                        given,
                        claimed.map(c -> "file：文件“" + given + "”的名称是 " + c.label() + " 文件，但内容不是（按文件内容判断），未上传")
                                .orElse("file：文件“" + given
                                        + "”不是 PDF、图片（PNG、JPEG、GIF、WebP）或 Word、Excel 文件（按文件内容判断），未上传")));
        // a name that says another kind (a PNG named .jpg…) is kept as what its content is
        String name = claimed.map(c -> c != kind).orElse(true) ? withExtension(given, kind) : given;
        LocalDateTime at = LocalDateTime.now(clock);
        long id = store.insert(evaluationId, target, name, kind, content, sha256(content), who.username(), at);
        workflow.recordAct(
                row,
                EvaluationEvent.Action.EVIDENCE_ATTACHED,
                who.username(),
                EvaluationChange.EVIDENCE,
                null,
                name + "（" + target.describe() + "）");
        return store.find(id).orElseThrow();
    }

    /** The files of an evaluation this user may read, removed ones too, in the order they were attached. */
    @Transactional(readOnly = true)
    public List<EvidenceFile> list(Account who, long evaluationId) {
        access.visible(who, evaluationId);
        return store.of(List.of(evaluationId));
    }

    /**
     * One file with its content, for whoever may read its evaluation; not found otherwise (not told apart). The
     * download is published ({@link DocumentDownload}): the audit trail keeps the finance bureau's.
     */
    @Transactional(readOnly = true)
    public Download download(Account who, long fileId) {
        EvidenceFile file = visibleFile(who, fileId);
        EvaluationRow row = access.visible(who, file.evaluationId());
        events.publishEvent(new DocumentDownload(
                who.username(),
                who.role(),
                row.unitId(),
                row.fiscalYear(),
                row.id(),
                "佐证材料 " + file.fileName(),
                file.kind().name().toLowerCase(java.util.Locale.ROOT)));
        return new Download(file, store.content(fileId));
    }

    /** One file's description, for whoever may read its evaluation. */
    @Transactional(readOnly = true)
    public EvidenceFile file(Account who, long fileId) {
        return visibleFile(who, fileId);
    }

    /** Removes a file: it is kept, with who removed it and when, and the evaluation's history says so. */
    public EvidenceFile remove(Account who, long fileId) {
        EvidenceFile file = visibleFile(who, fileId);
        EvaluationRow row = access.visible(who, file.evaluationId());
        requireChangeable(who, row, file.part());
        if (file.isRemoved() || !store.remove(fileId, who.username(), LocalDateTime.now(clock))) {
            throw new WrongState("佐证材料“" + file.fileName() + "”已经移除");
        }
        workflow.recordAct(
                row,
                EvaluationEvent.Action.EVIDENCE_REMOVED,
                who.username(),
                EvaluationChange.EVIDENCE,
                file.fileName() + "（" + file.part().describe() + "）",
                null);
        return store.find(fileId).orElseThrow();
    }

    /**
     * Where a file of an evaluation can be attached: the evaluation, each indicator of a project evaluation and each
     * key work item of a whole-unit one, by name in the order of the table.
     */
    @Transactional(readOnly = true)
    public List<Part> parts(Account who, long evaluationId) {
        EvaluationRow row = access.visible(who, evaluationId);
        List<Part> parts = new ArrayList<>();
        parts.add(Part.EVALUATION);
        Map<String, Part> named = new LinkedHashMap<>();
        SelfEvaluationReport report = scoring.read(row.document());
        if (row.kind() == EvaluationKind.PROJECT) {
            for (Indicator indicator : report.projects().get(0).indicators()) {
                String name = indicator.name();
                if (name != null && !name.isBlank()) {
                    named.putIfAbsent(name.strip(), Part.indicator(name));
                }
            }
        } else if (row.kind() == EvaluationKind.UNIT && report.department() != null) {
            for (KeyWorkItem item : report.department().keyWorkPlan()) {
                String title = titleOf(item);
                if (title != null) {
                    named.putIfAbsent(title, Part.workItem(title));
                }
            }
        }
        parts.addAll(named.values());
        return parts;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AnnexedEvidence> annexed(List<EvaluationRow> rows) {
        Map<Long, EvaluationRow> byId = new LinkedHashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        List<EvidenceFile> files = new ArrayList<>(store.of(byId.keySet()));
        List<Long> order = new ArrayList<>(byId.keySet());
        files.sort((a, b) -> Integer.compare(order.indexOf(a.evaluationId()), order.indexOf(b.evaluationId())));
        List<AnnexedEvidence> annexed = new ArrayList<>();
        for (EvidenceFile file : files) {
            if (!file.isRemoved()) {
                EvaluationRow row = byId.get(file.evaluationId());
                String belongsTo = file.part().kind() == Part.Kind.EVALUATION
                        ? row.name()
                        : row.name() + " · " + file.part().describe();
                annexed.add(new AnnexedEvidence(
                        belongsTo, file.fileName(), file.kind().label(), file.size()));
            }
        }
        return annexed;
    }

    private EvidenceFile visibleFile(Account who, long fileId) {
        EvidenceFile file = store.find(fileId).orElseThrow(() -> new NotFound("佐证材料 " + fileId));
        try {
            access.visible(who, file.evaluationId());
        } catch (NotFound e) {
            // another unit's file: not told apart from one that does not exist
            throw new NotFound("佐证材料 " + fileId);
        }
        return file;
    }

    /**
     * Only the unit's own staff change its evaluations' files, and only while the evaluation is editable; a 整改
     * answer's files belong to an evaluation approved long before.
     */
    private static void requireChangeable(Account who, EvaluationRow row, Part part) {
        if (!who.role().belongsToUnit()) {
            throw new NotAllowed("只有本单位的填报人和审核人可以上传或移除佐证材料");
        }
        if (part.kind() != Part.Kind.RECTIFICATION && !row.status().isEditable()) {
            throw new WrongState("自评表" + row.status().label() + "，不能再上传或移除它的佐证材料");
        }
    }

    /** An indicator of the project, or a work item of the whole-unit evaluation, that the table has. */
    private void requirePartOf(EvaluationRow row, Part part) {
        if (part.kind() == Part.Kind.EVALUATION || part.kind() == Part.Kind.RECTIFICATION) {
            return;
        }
        SelfEvaluationReport report = scoring.read(row.document());
        boolean found = false;
        if (part.kind() == Part.Kind.INDICATOR && row.kind() == EvaluationKind.PROJECT) {
            found = report.projects().get(0).indicators().stream()
                    .anyMatch(i -> i.name() != null && i.name().strip().equals(part.ref()));
        } else if (part.kind() == Part.Kind.WORK_ITEM
                && row.kind() == EvaluationKind.UNIT
                && report.department() != null) {
            found = report.department().keyWorkPlan().stream()
                    .anyMatch(item -> part.ref().equals(titleOf(item)));
        }
        if (!found) {
            throw new Invalid("part", part.text(), "part：这张自评表没有" + part.describe() + "（请先保存表格）");
        }
    }

    private static String titleOf(KeyWorkItem item) {
        String title = item.title() != null && !item.title().isBlank() ? item.title() : item.text();
        return title == null || title.isBlank() ? null : title.strip();
    }

    /** The name without a path (some browsers send one) or control characters, shortened before its extension. */
    static String fileName(String given) {
        String name = given == null ? "" : given;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.isEmpty()) {
            name = "佐证材料";
        }
        if (name.codePointCount(0, name.length()) > NAME_LENGTH) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            String base = extension.isEmpty() ? name : name.substring(0, dot);
            name = base.substring(0, base.offsetByCodePoints(0, NAME_LENGTH - extension.length())) + extension;
        }
        return name;
    }

    private static String withExtension(String name, FileKind kind) {
        int dot = name.lastIndexOf('.');
        String base = dot > 0 && FileKind.claimedBy(name).isPresent() ? name.substring(0, dot) : name;
        return base + "." + kind.extension();
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
