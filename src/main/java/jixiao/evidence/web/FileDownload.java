package jixiao.evidence.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jixiao.evidence.Evidence;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A file of the 佐证材料 as a download: always as an attachment, with the type read from its content (the browser is
 * told not to guess another), named in Chinese (RFC 5987).
 */
final class FileDownload {
    private FileDownload() {}

    static ResponseEntity<byte[]> download(Evidence.Download download) {
        String name = URLEncoder.encode(download.file().fileName(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + name)
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(download.file().kind().contentType()))
                .body(download.content());
    }
}
