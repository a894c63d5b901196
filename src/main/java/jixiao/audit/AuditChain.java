package jixiao.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail's hash chain: each entry's hash covers its fields and the hash of the entry before it, so that an
 * entry changed, removed or inserted after the fact breaks the chain at that entry, and removing the last entries
 * breaks the agreement with the chain's head ({@code audit_chain}). {@link #verify()} walks the whole trail
 * ({@code ./jixiao audit verify}).
 *
 * <p>What it does not show: someone with write access to the database who recomputes every hash from the changed
 * entry to the end and the head as well. Against that, the head (sequence number and hash) the audit page shows can be
 * noted down or exported and checked later ({@code ./jixiao audit verify --head N:HASH}): an entry that was in the
 * chain then must still be there with the same hash.
 */
@Component
public class AuditChain {

    /** The hash before the first entry. */
    public static final String START = "0".repeat(64);

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS");

    private final JdbcClient jdbc;

    public AuditChain(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * SHA-256 (hex) of an entry at {@code seq} after {@code previousHash}. Every field is written with its length
     * first, so that no two different entries give the same text ("ab" + "c" and "a" + "bc" differ); the time to the
     * millisecond, as stored.
     */
    public static String hash(
            long seq,
            LocalDateTime at,
            String actor,
            String address,
            String action,
            String target,
            String detail,
            boolean success,
            String previousHash) {
        StringBuilder text = new StringBuilder();
        field(text, Long.toString(seq));
        field(text, at.format(TIME));
        field(text, actor);
        field(text, address);
        field(text, action);
        field(text, target);
        field(text, detail);
        field(text, success ? "1" : "0");
        field(text, previousHash);
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String hashOf(AuditEntry e) {
        return hash(
                e.seq(),
                e.at(),
                e.actor(),
                e.address(),
                e.action(),
                e.target(),
                e.detail(),
                e.success(),
                e.previousHash());
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append("-;");
        } else {
            text.append(value.length()).append(':').append(value).append(';');
        }
    }

    /** The head of the chain: the last entry's sequence number and hash (0 and {@link #START} before the first). */
    public record Head(long seq, String hash) {}

    /**
     * A place where the chain is broken: the entry (null where entries are missing), its place, and what is wrong;
     * {@code other} is the second number the kind needs (the last missing place, the chain's last entry).
     */
    public record Break(Kind kind, Long entryId, long seq, long other) {

        /** What is wrong, in Chinese (the command line; the pages word it by {@code audit.break.<kind>}). */
        public String problem() {
            return switch (kind) {
                case MISSING -> "序号 " + seq + (other > seq ? " 至 " + other : "") + " 的条目不存在（被删除）";
                case DUPLICATE -> "序号 " + seq + " 出现了不止一次（条目 id=" + entryId + "）";
                case ALTERED -> "条目 id=" + entryId + "（序号 " + seq + "）的内容与其散列值不符：写入后被修改过";
                case RELINKED ->
                    "条目 id=" + entryId + "（序号 " + seq + "）记载的前一条目散列值与序号 " + (seq - 1) + " 的条目不符：前一条目被修改或替换";
                case TRUNCATED -> "链头记载最后一条为序号 " + seq + "，但审计日志只到序号 " + other + "：末尾的条目被删除";
                case HEAD -> "链头（序号 " + seq + "）与最后一条条目（序号 " + other + "）不符：链头或末尾的条目被改动";
            };
        }
    }

    /** The kinds of breaks. */
    public enum Kind {
        /** Entries missing between two places (deleted). */
        MISSING,
        /** Two entries at one place. */
        DUPLICATE,
        /** An entry whose fields no longer give its hash (changed after it was written). */
        ALTERED,
        /** An entry whose previous hash is not that of the entry before it (that one changed or was replaced). */
        RELINKED,
        /** The head names a later entry than the last there is (the last entries deleted). */
        TRUNCATED,
        /** The head and the last entry disagree otherwise. */
        HEAD
    }

    /** The result of a walk over the whole chain. */
    public record Verification(long entries, Head head, List<Break> breaks) {
        public boolean intact() {
            return breaks.isEmpty();
        }
    }

    @Transactional(readOnly = true)
    public Head head() {
        return jdbc.sql("SELECT last_seq, last_hash FROM audit_chain WHERE id = 1")
                .query((rs, row) -> new Head(rs.getLong(1), rs.getString(2)))
                .single();
    }

    /** Walks every entry in order of its place in the chain; reports each break, at most {@code 1000}. */
    @Transactional(readOnly = true)
    public Verification verify() {
        Walk walk = new Walk();
        jdbc.sql("SELECT * FROM audit_entry ORDER BY seq").query(rs -> {
            walk.next(entry(rs));
        });
        Head head = head();
        walk.end(head);
        return new Verification(walk.entries, head, List.copyOf(walk.breaks));
    }

    /** True when the entry at {@code seq} is there with this hash (a head noted down earlier is still in the chain). */
    @Transactional(readOnly = true)
    public boolean contains(long seq, String hash) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE seq = ? AND hash = ?")
                        .params(seq, hash)
                        .query(Long.class)
                        .single()
                > 0;
    }

    static AuditEntry entry(ResultSet rs) throws SQLException {
        return new AuditEntry(
                rs.getLong("id"),
                rs.getLong("seq"),
                rs.getObject("at", LocalDateTime.class),
                rs.getString("actor"),
                rs.getString("address"),
                rs.getString("action"),
                rs.getString("target"),
                rs.getString("detail"),
                rs.getBoolean("success"),
                rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    /** The state of a walk: the entry before, and the breaks found so far. */
    private static final class Walk {
        private static final int MAX_BREAKS = 1000;
        long entries;
        long lastSeq;
        String lastHash = START;
        final List<Break> breaks = new ArrayList<>();

        void next(AuditEntry e) {
            entries++;
            if (e.seq() > lastSeq + 1) {
                add(new Break(Kind.MISSING, null, lastSeq + 1, e.seq() - 1));
            } else if (e.seq() <= lastSeq) {
                add(new Break(Kind.DUPLICATE, e.id(), e.seq(), 0));
            }
            if (!e.hash().equals(hashOf(e))) {
                add(new Break(Kind.ALTERED, e.id(), e.seq(), 0));
            }
            if (e.seq() == lastSeq + 1 && !e.previousHash().equals(lastHash)) {
                add(new Break(Kind.RELINKED, e.id(), e.seq(), 0));
            }
            lastSeq = Math.max(lastSeq, e.seq());
            lastHash = e.hash();
        }

        void end(Head head) {
            if (head.seq() > lastSeq) {
                add(new Break(Kind.TRUNCATED, null, head.seq(), lastSeq));
            } else if (head.seq() != lastSeq || !head.hash().equals(lastHash)) {
                add(new Break(Kind.HEAD, null, head.seq(), lastSeq));
            }
        }

        private void add(Break b) {
            if (breaks.size() < MAX_BREAKS) {
                breaks.add(b);
            }
        }
    }
}
