package jixiao.output;

import java.time.LocalDateTime;

/**
 * A region-wide output built in the background (the zip of the region's approved reports of a year, a re-check of the
 * region's evaluations with another rule set): its state and progress, and the finished file's name and size.
 *
 * @param detail what the job was asked for beyond region and year (a re-check's rule set), or null
 * @param summary a finished job's summary for its page (JSON), or null
 */
public record OutputJob(
        long id,
        Kind kind,
        long regionId,
        int fiscalYear,
        State state,
        int done,
        int total,
        String fileName,
        Long size,
        String message,
        String requestedBy,
        LocalDateTime requestedAt,
        LocalDateTime finishedAt,
        String detail,
        String summary) {

    /** What a job builds. */
    public enum Kind {
        /** The zip of the approved reports as PDF ({@link ReportArchives}). */
        REPORTS,
        /** A region's evaluations re-scored with another rule set (jixiao.recheck). */
        RECHECK
    }

    /** Where a job is: waiting, being built, finished (its file ready), or failed (with the reason). */
    public enum State {
        QUEUED,
        RUNNING,
        DONE,
        FAILED
    }

    /** Still to be built: the page polls it. */
    public boolean active() {
        return state == State.QUEUED || state == State.RUNNING;
    }

    /** How far it is, in percent. */
    public int percent() {
        if (state == State.DONE) {
            return 100;
        }
        return total == 0 ? 0 : done * 100 / total;
    }
}
