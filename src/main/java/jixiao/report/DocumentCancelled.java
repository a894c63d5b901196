package jixiao.report;

/**
 * A document whose generation was given up: its thread was interrupted (the time limit passed, or the client who
 * asked for it went away). The writers call {@link #check()} at points they pass often (every cell of a workbook,
 * every row of a Word table, every text the PDF lays out), so that an interrupted generation stops within moments
 * instead of keeping a core busy for minutes.
 */
public final class DocumentCancelled extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public DocumentCancelled() {
        super("document generation cancelled");
    }

    /** Throws when the current thread was interrupted (the flag stays set for whoever runs the thread). */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new DocumentCancelled();
        }
    }
}
