package jixiao.cli;

/**
 * Logging of the command line: warnings and errors on standard error, without the font notices of PDFBox (see
 * {@code jixiao-cli-logback.xml}). Without it Logback's default writes every library's debug and warning lines to
 * standard output.
 */
final class CliLogging {
    static final String CONFIGURATION = "jixiao-cli-logback.xml";

    private CliLogging() {}

    /** Must run before the first logger is made; an explicit {@code -Dlogback.configurationFile} wins. */
    static void configure() {
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", CONFIGURATION);
        }
    }
}
