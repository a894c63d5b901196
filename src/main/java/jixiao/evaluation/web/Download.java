package jixiao.evaluation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jixiao.report.DocumentFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated document as a download, named in Chinese (RFC 5987: the browser shows the name as given). */
final class Download {
    private Download() {}

    static ResponseEntity<byte[]> of(byte[] body, String name, DocumentFormat format) {
        String filename = URLEncoder.encode(name + "." + format.extension(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + filename)
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(body);
    }
}
