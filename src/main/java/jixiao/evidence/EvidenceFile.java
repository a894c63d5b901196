package jixiao.evidence;

import java.time.LocalDateTime;

/**
 * One attached file (佐证材料) without its content: where it is attached, its name and kind (read from the content),
 * its size and SHA-256, who attached it and when, and who removed it and when (null while it is attached).
 */
public record EvidenceFile(
        long id,
        long evaluationId,
        Part part,
        String fileName,
        FileKind kind,
        long size,
        String sha256,
        String uploadedBy,
        LocalDateTime uploadedAt,
        String removedBy,
        LocalDateTime removedAt) {

    public boolean isRemoved() {
        return removedAt != null;
    }
}
