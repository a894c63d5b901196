package jixiao.evaluation.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import jixiao.report.DocumentFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A generated document as a download, named in Chinese (RFC 5987: the browser shows the name as given); every
 * feature's pages send their documents this way.
 */
public final class Download {
    private Download() {}

    /** Saved as a file by the browser. */
    public static ResponseEntity<byte[]> of(byte[] body, String name, DocumentFormat format) {
        return send(body, name, format, "attachment");
    }

    /** Shown by the browser where it can (a PDF in its viewer), with the name for saving it. */
    public static ResponseEntity<byte[]> inline(byte[] body, String name, DocumentFormat format) {
        return send(body, name, format, "inline");
    }

    private static ResponseEntity<byte[]> send(byte[] body, String name, DocumentFormat format, String disposition) {
        String filename = URLEncoder.encode(name + "." + format.extension(), StandardCharsets.UTF_8)
                .replace("+", "%20");
        return ResponseEntity.ok()
                .header("Content-Disposition", disposition + "; filename*=UTF-8''" + filename)
                .contentType(MediaType.parseMediaType(format.contentType()))
                .body(body);
    }
}
