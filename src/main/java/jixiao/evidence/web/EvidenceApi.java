package jixiao.evidence.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import jixiao.account.CurrentUser;
import jixiao.evidence.Evidence;
import jixiao.evidence.EvidenceFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** 佐证材料 through the JSON API, with the access rules of the evaluations they are attached to. */
@RestController
@Tag(name = "佐证材料", description = "files attached to an evaluation, its indicators and key work items")
public class EvidenceApi {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final Evidence evidence;

    public EvidenceApi(Evidence evidence) {
        this.evidence = evidence;
    }

    @GetMapping(path = "/api/evaluations/{id}/evidence", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The files of an evaluation (of any kind), removed ones too")
    public ArrayNode list(@AuthenticationPrincipal CurrentUser user, @PathVariable long id) {
        ArrayNode out = MAPPER.createArrayNode();
        for (EvidenceFile file : evidence.list(user.account(), id)) {
            out.add(json(file));
        }
        return out;
    }

    @PostMapping(
            path = "/api/evaluations/{id}/evidence",
            consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Attach a file (multipart: file, part = evaluation | indicator:NAME | work:TITLE |"
                    + " rectification:ID); PDF, PNG, JPEG, GIF, WebP, Word or Excel by content; 400 naming the"
                    + " problem, 413 over the size limit")
    public ResponseEntity<ObjectNode> attach(
            @AuthenticationPrincipal CurrentUser user,
            @PathVariable long id,
            @RequestParam(defaultValue = "evaluation") String part,
            @RequestParam("file") MultipartFile file)
            throws IOException {
        EvidenceFile attached = evidence.attach(
                user.account(), id, part, new Evidence.Upload(file.getOriginalFilename(), file.getBytes()));
        return ResponseEntity.status(201).body(json(attached));
    }

    @GetMapping("/api/evidence/{fileId}")
    @Operation(summary = "Download a file; 404 where its evaluation is not visible to the user")
    public ResponseEntity<byte[]> download(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
        return FileDownload.download(evidence.download(user.account(), fileId));
    }

    @DeleteMapping(path = "/api/evidence/{fileId}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Remove a file (it is kept, marked removed, and the history says so)")
    public ObjectNode remove(@AuthenticationPrincipal CurrentUser user, @PathVariable long fileId) {
        return json(evidence.remove(user.account(), fileId));
    }

    private static ObjectNode json(EvidenceFile file) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("id", file.id());
        o.put("evaluationId", file.evaluationId());
        o.put("part", file.part().text());
        o.put("fileName", file.fileName());
        o.put("kind", file.kind().name());
        o.put("contentType", file.kind().contentType());
        o.put("size", file.size());
        o.put("sha256", file.sha256());
        o.put("uploadedBy", file.uploadedBy());
        o.put("uploadedAt", file.uploadedAt().toString());
        o.put("removedBy", file.removedBy());
        o.put("removedAt", file.removedAt() == null ? null : file.removedAt().toString());
        return o;
    }
}
