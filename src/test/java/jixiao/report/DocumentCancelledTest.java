package jixiao.report;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A document whose generation was given up (its thread interrupted: the time limit passed or the client left) stops
 * at once in every format, instead of keeping a core busy to the end (issue 13: minutes for a large PDF).
 */
class DocumentCancelledTest {

    @ParameterizedTest
    @EnumSource(DocumentFormat.class)
    void anInterruptedGenerationStops(DocumentFormat format) {
        Thread.currentThread().interrupt();
        try {
            assertThatThrownBy(() -> format.write(
                            SeedReport.report(),
                            SeedReport.assessment(),
                            SeedReport.edition(),
                            new ByteArrayOutputStream()))
                    .isInstanceOf(DocumentCancelled.class);
        } finally {
            Thread.interrupted();
        }
    }
}
