package jixiao.report;

import java.util.List;

/**
 * A document laid out as a Chinese official document (公文, GB/T 9704): an optional cover, the blocks in reading order,
 * and a draft mark on every page while it is not final. The 自评报告 ({@link ReportDocument}) and the 审核意见书
 * ({@link ReviewOpinion}) are both written by the same Word and PDF writers through this.
 */
public interface OfficialDocument {

    /** The document's title, for the file's properties. */
    String title();

    /** Who issues it: the file's author. */
    String issuer();

    /** The cover page, or null where the document starts with its title on the first page. */
    Cover cover();

    /** The text of the draft mark printed on every page ("草稿：尚有 27 处错误未处理"), or null for a final document. */
    String draftMark();

    List<Block> blocks();

    /**
     * The cover page of a report: its title in large type, the unit and the year, and the date.
     *
     * @param title "预算绩效自评报告"
     * @param unit the reporting unit, printed above the title and as 报送单位
     * @param year "（2021年度）"
     * @param date "2022年3月15日"
     */
    record Cover(String title, String unit, String year, String date) {}
}
