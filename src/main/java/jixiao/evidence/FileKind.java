package jixiao.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file a unit attaches as 佐证材料: PDF, pictures, Word and Excel. A file's kind is read from its content
 * (its signature, and for Office files the parts inside), never from its name: a page or a program renamed to .pdf is
 * not a PDF, and no kind that a browser would run (HTML, SVG, scripts) is accepted at all.
 */
public enum FileKind {
    PDF("PDF", "application/pdf", "pdf"),
    PNG("PNG", "image/png", "png"),
    JPEG("JPEG", "image/jpeg", "jpg", "jpeg"),
    GIF("GIF", "image/gif", "gif"),
    WEBP("WebP", "image/webp", "webp"),
    DOCX("Word", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    XLSX("Excel", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DOC("Word 97-2003", "application/msword", "doc"),
    XLS("Excel 97-2003", "application/vnd.ms-excel", "xls");

    private final String label;
    private final String contentType;
    private final String[] extensions;

    FileKind(String label, String contentType, String... extensions) {
        this.label = label;
        this.contentType = contentType;
        this.extensions = extensions;
    }

    /** How pages and the report name the kind ("PDF", "Word"). */
    public String label() {
        return label;
    }

    public String contentType() {
        return contentType;
    }

    /** The usual extension of the kind, without the dot. */
    public String extension() {
        return extensions[0];
    }

    /** The kind a file's name claims by its extension, if it names one of these. */
    public static Optional<FileKind> claimedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (FileKind kind : values()) {
            for (String own : kind.extensions) {
                if (own.equals(extension)) {
                    return Optional.of(kind);
                }
            }
        }
        return Optional.empty();
    }

    private static final byte[] PDF_HEAD = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG_HEAD = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
    private static final byte[] JPEG_HEAD = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF87 = "GIF87a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] GIF89 = "GIF89a".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] WEBP_TAG = "WEBP".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ZIP_HEAD = {'P', 'K', 3, 4};
    /** An OLE2 compound document, the container of Word 97-2003 and Excel 97-2003 files. */
    private static final byte[] OLE2_HEAD = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    /** The kind of a file by its content, or empty where it is none of these. */
    public static Optional<FileKind> of(byte[] content) {
        if (startsWith(content, PDF_HEAD, 0)) {
            return Optional.of(PDF);
        }
        if (startsWith(content, PNG_HEAD, 0)) {
            return Optional.of(PNG);
        }
        if (startsWith(content, JPEG_HEAD, 0)) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, GIF87, 0) || startsWith(content, GIF89, 0)) {
            return Optional.of(GIF);
        }
        if (startsWith(content, RIFF, 0) && startsWith(content, WEBP_TAG, 8)) {
            return Optional.of(WEBP);
        }
        if (startsWith(content, ZIP_HEAD, 0)) {
            return officeOpenXml(content);
        }
        if (startsWith(content, OLE2_HEAD, 0)) {
            return compoundDocument(content);
        }
        return Optional.empty();
    }

    /**
     * A zip file is a Word or Excel file where it holds the package's content types and the main part of one of them
     * (word/document.xml, xl/workbook.xml); any other zip (a PowerPoint, an archive of anything) is not accepted.
     */
    private static Optional<FileKind> officeOpenXml(byte[] content) {
        boolean contentTypes = false;
        boolean word = false;
        boolean excel = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String name = entry.getName();
                contentTypes |= name.equals("[Content_Types].xml");
                word |= name.equals("word/document.xml");
                excel |= name.equals("xl/workbook.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        if (!contentTypes || word == excel) {
            return Optional.empty();
        }
        return Optional.of(word ? DOCX : XLSX);
    }

    /**
     * A compound document is Word 97-2003 where its directory names the stream WordDocument, Excel 97-2003 where it
     * names Workbook (or Book, Excel 5); directory entries store their names in UTF-16LE.
     */
    private static Optional<FileKind> compoundDocument(byte[] content) {
        if (contains(content, utf16("WordDocument"))) {
            return Optional.of(DOC);
        }
        if (contains(content, utf16("Workbook")) || contains(content, utf16("Book"))) {
            return Optional.of(XLS);
        }
        return Optional.empty();
    }

    private static byte[] utf16(String name) {
        return name.getBytes(StandardCharsets.UTF_16LE);
    }

    private static boolean startsWith(byte[] content, byte[] prefix, int at) {
        if (content.length < at + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
