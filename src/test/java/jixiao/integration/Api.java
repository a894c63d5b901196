package jixiao.integration;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An HTTP client of the running application, as an API client (HTTP Basic on every request) or as a browser (a
 * session cookie). Requests follow no redirects, so that a test sees them.
 */
public final class Api {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http;
    private final String authorization;
    private final Map<String, String> headers;

    private Api(URI base, HttpClient http, String authorization) {
        this(base, http, authorization, Map.of());
    }

    private Api(URI base, HttpClient http, String authorization, Map<String, String> headers) {
        this.base = base;
        this.http = http;
        this.authorization = authorization;
        this.headers = Map.copyOf(headers);
    }

    /** An API client without credentials. */
    public static Api anonymous(int port) {
        return new Api(URI.create("http://localhost:" + port), HttpClient.newHttpClient(), null);
    }

    private static final java.util.regex.Pattern CSRF =
            java.util.regex.Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    /** A browser signed in on the login page (302 to anywhere but the error). */
    public static Api signedIn(int port, String username, String password) {
        Api browser = browser(port);
        Response login = browser.postForm(
                "/login", Map.of("username", username, "password", password, "_csrf", browser.csrfToken("/login")));
        if (login.status() != 302 || login.header("Location").orElse("").contains("error")) {
            throw new AssertionError("sign-in of " + username + " failed: " + login);
        }
        return browser;
    }

    /** The CSRF token of the form on the page at {@code path}. */
    public String csrfToken(String path) {
        Response page = get(path, "text/html");
        java.util.regex.Matcher token = CSRF.matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no CSRF token on " + path + ": " + page);
        }
        return token.group(1);
    }

    /** A browser: keeps the cookies it is given, sends no Authorization header. */
    public static Api browser(int port) {
        return new Api(
                URI.create("http://localhost:" + port),
                HttpClient.newBuilder().cookieHandler(new CookieManager()).build(),
                null);
    }

    /**
     * The same client (its cookies, its credentials) talking to another port: another application node of the same
     * installation, as a reverse proxy without sticky sessions would send the next request.
     */
    public Api at(int port) {
        return new Api(URI.create("http://localhost:" + port), http, authorization, headers);
    }

    /** An API client that signs every request in with HTTP Basic. */
    public Api as(String username, String password) {
        String token = Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
        return new Api(base, http, "Basic " + token, headers);
    }

    /** The same client with one more header on every request (an Authorization header replaces HTTP Basic). */
    public Api withHeader(String name, String value) {
        java.util.Map<String, String> more = new java.util.HashMap<>(headers);
        more.put(name, value);
        return new Api(base, http, name.equalsIgnoreCase("Authorization") ? null : authorization, more);
    }

    /** The same client as seen at {@code address}: behind a proxy of this machine ({@code X-Forwarded-For}). */
    public Api from(String address) {
        return withHeader("X-Forwarded-For", address);
    }

    public Response get(String path) {
        return send(request(path, "application/json").GET());
    }

    public Response get(String path, String accept) {
        return send(request(path, accept).GET());
    }

    public Response post(String path) {
        return send(request(path, "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    public Response post(String path, Object body) {
        return send(request(path, "application/json")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    public Response put(String path, Object body) {
        return send(request(path, "application/json")
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(text(body))));
    }

    /** A form as a browser posts it. */
    public Response postForm(String path, Map<String, String> fields) {
        return postForm(path, fields, "text/html");
    }

    /** A form as a page's script posts it, asking for {@code accept} (JSON for an automatic save). */
    public Response postForm(String path, Map<String, String> fields, String accept) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path, accept)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** An already encoded form body, for fields that repeat ({@code weight=1&weight=2}). */
    public Response postFormBody(String path, String form) {
        return send(request(path, "text/html")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A file as a browser uploads it: one {@code multipart/form-data} part named {@code field}. */
    public Response postFile(String path, String field, String filename, byte[] content) {
        return postMultipart(path, "text/html", Map.of(), field, filename, content);
    }

    /**
     * A form with a file as a browser uploads it: the fields, then one file part named {@code field}; {@code accept}
     * as a browser ({@code text/html}) or an API client ({@code application/json}) asks.
     */
    public Response postMultipart(
            String path, String accept, Map<String, String> fields, String field, String filename, byte[] content) {
        String boundary = "----jixiao" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        for (Map.Entry<String, String> entry : fields.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + entry.getKey()
                            + "\"\r\n\r\n" + entry.getValue() + "\r\n")
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\""
                        + filename + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, accept)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    public Response delete(String path) {
        return send(request(path, "application/json").DELETE());
    }

    /** A file as a browser downloads it: the bytes as sent. */
    public Download download(String path) {
        try {
            HttpResponse<byte[]> response =
                    http.send(request(path, "*/*").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and bytes of a download. */
    public record Download(int status, Map<String, java.util.List<String>> headers, byte[] body) {

        public Optional<String> header(String name) {
            return new Response(status, headers, "").header(name);
        }

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private HttpRequest.Builder request(String path, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path));
        if (accept != null) {
            request.header("Accept", accept);
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        headers.forEach(request::header);
        return request;
    }

    private static String text(Object body) {
        if (body instanceof String s) {
            return s;
        }
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private Response send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Status, headers and body of one response. */
    public record Response(int status, Map<String, java.util.List<String>> headers, String body) {

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (JsonProcessingException e) {
                throw new AssertionError("not JSON (status " + status + "): " + body, e);
            }
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
