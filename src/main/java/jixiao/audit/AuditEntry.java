package jixiao.audit;

import java.time.LocalDateTime;

/**
 * One entry of the audit trail as stored: the act ({@link AuditRecord}) with its time, the client's address and its
 * place in the hash chain.
 *
 * @param seq its place in the chain, from 1, without gaps
 * @param previousHash the hash of entry {@code seq - 1} (64 zeros for the first)
 * @param hash SHA-256 of this entry's fields and {@code previousHash} ({@link AuditChain#hash})
 */
public record AuditEntry(
        long id,
        long seq,
        LocalDateTime at,
        String actor,
        String address,
        String action,
        String target,
        String detail,
        boolean success,
        String previousHash,
        String hash) {}
