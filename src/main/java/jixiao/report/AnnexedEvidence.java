package jixiao.report;

/**
 * One file of the 佐证材料 the report's 附件 lists: what it belongs to ("专家评审费 · 指标“服务人次”"), its name, its kind
 * ("PDF") and its size in bytes.
 */
public record AnnexedEvidence(String belongsTo, String fileName, String kind, long size) {}
