package jixiao.evidence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The evidence table, with explicit SQL: the content is read only when a file is downloaded. */
@Repository
class EvidenceStore {

    private static final String COLUMNS = "id, evaluation_id, part, file_name, kind, size_bytes, sha256, uploaded_by,"
            + " uploaded_at, removed_by, removed_at";

    private final JdbcClient jdbc;

    EvidenceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(
            long evaluationId,
            Part part,
            String fileName,
            FileKind kind,
            byte[] content,
            String sha256,
            String by,
            LocalDateTime at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO evidence (evaluation_id, part, file_name, kind, size_bytes, sha256, content, uploaded_by,"
                        + " uploaded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        evaluationId,
                        part.text(),
                        fileName,
                        kind.name(),
                        (long) content.length,
                        sha256,
                        content,
                        by,
                        Timestamp.valueOf(at))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<EvidenceFile> find(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE id = ?")
                .param(id)
                .query(EvidenceStore::file)
                .optional();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM evidence WHERE id = ?")
                .param(id)
                .query((rs, n) -> rs.getBytes("content"))
                .single();
    }

    /** The files of some evaluations, removed ones too, in the order they were attached. */
    List<EvidenceFile> of(Collection<Long> evaluationIds) {
        if (evaluationIds.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>(evaluationIds);
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < params.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        return jdbc.sql("SELECT " + COLUMNS + " FROM evidence WHERE evaluation_id IN (" + in + ") ORDER BY id")
                .params(params)
                .query(EvidenceStore::file)
                .list();
    }

    /** Marks a file removed (it is kept); false where it was removed already. */
    boolean remove(long id, String by, LocalDateTime at) {
        return jdbc.sql("UPDATE evidence SET removed_by = ?, removed_at = ? WHERE id = ? AND removed_at IS NULL")
                        .params(by, Timestamp.valueOf(at), id)
                        .update()
                == 1;
    }

    private static EvidenceFile file(ResultSet rs, int n) throws SQLException {
        Timestamp removed = rs.getTimestamp("removed_at");
        return new EvidenceFile(
                rs.getLong("id"),
                rs.getLong("evaluation_id"),
                Part.parse(rs.getString("part")),
                rs.getString("file_name"),
                FileKind.valueOf(rs.getString("kind")),
                rs.getLong("size_bytes"),
                rs.getString("sha256"),
                rs.getString("uploaded_by"),
                rs.getTimestamp("uploaded_at").toLocalDateTime(),
                rs.getString("removed_by"),
                removed == null ? null : removed.toLocalDateTime());
    }
}
