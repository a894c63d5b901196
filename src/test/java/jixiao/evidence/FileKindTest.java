package jixiao.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A file's kind is read from its content: each kind a unit attaches is known, and nothing else passes. */
class FileKindTest {

    static Stream<Arguments> kinds() {
        return Stream.of(
                Arguments.of(FileKind.PDF, (Supplier<byte[]>) Samples::pdf),
                Arguments.of(FileKind.PNG, (Supplier<byte[]>) Samples::png),
                Arguments.of(FileKind.JPEG, (Supplier<byte[]>) Samples::jpeg),
                Arguments.of(FileKind.GIF, (Supplier<byte[]>) Samples::gif),
                Arguments.of(FileKind.WEBP, (Supplier<byte[]>) Samples::webp),
                Arguments.of(FileKind.DOCX, (Supplier<byte[]>) Samples::docx),
                Arguments.of(FileKind.XLSX, (Supplier<byte[]>) Samples::xlsx),
                Arguments.of(FileKind.DOC, (Supplier<byte[]>) Samples::doc),
                Arguments.of(FileKind.XLS, (Supplier<byte[]>) Samples::xls));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void everyKindIsReadFromItsContent(FileKind kind, Supplier<byte[]> content) {
        assertThat(FileKind.of(content.get())).contains(kind);
    }

    @Test
    void aPageNamedAsAPdfIsNoKindAtAll() {
        assertThat(FileKind.claimedBy("签到表.pdf")).contains(FileKind.PDF);
        assertThat(FileKind.of(Samples.htmlPretendingToBePdf())).isEmpty();
    }

    @Test
    void aZipThatIsNoOfficeFileIsRefused() {
        assertThat(FileKind.of(Samples.zip())).isEmpty();
        assertThat(FileKind.of(new byte[0])).isEmpty();
    }

    @Test
    void theNameClaimsAKindByItsExtensionWhateverItsCase() {
        assertThat(FileKind.claimedBy("照片.JPEG")).contains(FileKind.JPEG);
        assertThat(FileKind.claimedBy("台账.xlsx")).contains(FileKind.XLSX);
        assertThat(FileKind.claimedBy("说明")).isEmpty();
        assertThat(FileKind.claimedBy("程序.exe")).isEmpty();
    }
}
