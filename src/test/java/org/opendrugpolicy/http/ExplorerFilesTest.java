package org.opendrugpolicy.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.api.Problem;

/**
 * The explorer's static files (index.html, its ES modules, the vendored D3 loader and the WebJar behind it) have fixed
 * names, so a browser must revalidate them: after a deployment a returning visitor gets the new app, never a mix of old
 * and new modules. Their dates are IMF-fixdate, a revalidation is a 304, a HEAD carries its GET's headers, and a browser
 * that navigates to a path that is neither the explorer nor the API gets a page that leads back, not problem JSON.
 * Sent outside REST Assured (the contract has none of these paths), over HTTP/1.1, as browsers reach the service
 * through its proxy.
 */
@QuarkusTest
class ExplorerFilesTest {
    /** IMF-fixdate (RFC 9110 §5.6.7): a two-digit day, GMT. */
    private static final String IMF_FIXDATE = "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4} \\d{2}:\\d{2}:\\d{2} GMT";
    private static final List<String> FILES = List.of("/", "/explorer/app.js", "/explorer/views/sessions.js", "/explorer/d3.js",
            "/explorer/explorer.css", "/explorer/icon.svg", "/webjars/d3/dist/d3.min.js");
    /** Per request, not per representation. */
    private static final Set<String> PER_REQUEST = Set.of("date", "x-request-id", "ratelimit-remaining", "ratelimit-reset", "ratelimit-limit",
            "transfer-encoding", "connection", "keep-alive");
    private static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";

    @TestHTTPResource("/")
    URL root;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<byte[]> send(String method, String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(root.toString()).resolve(path)).method(method, HttpRequest.BodyPublishers.noBody());
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    @Test
    void explorerFilesAreRevalidatedAtEveryUseNeverKeptAsImmutable() throws Exception {
        for (String file : FILES) {
            HttpHeaders headers = send("GET", file).headers();
            assertEquals(List.of("no-cache"), headers.allValues("Cache-Control"), file);
        }
    }

    @Test
    void theirDatesAreImfFixdateAndTheirLastModifiedRevalidatesTo304() throws Exception {
        for (String file : FILES) {
            HttpResponse<byte[]> get = send("GET", file, "Accept-Encoding", "gzip");
            assertEquals(200, get.statusCode(), file);
            String lastModified = get.headers().firstValue("Last-Modified").orElseThrow(() -> new AssertionError(file + ": no Last-Modified"));
            assertTrue(lastModified.matches(IMF_FIXDATE), file + ": Last-Modified not IMF-fixdate: " + lastModified);
            assertTrue(get.headers().firstValue("Date").orElseThrow().matches(IMF_FIXDATE), file + ": " + get.headers().map());
            HttpResponse<byte[]> again = send("GET", file, "If-Modified-Since", lastModified, "Accept-Encoding", "gzip");
            assertEquals(304, again.statusCode(), file);
            assertEquals(0, again.body().length, file);
            assertEquals(List.of("no-cache"), again.headers().allValues("Cache-Control"), file + ": a 304 repeats Cache-Control");
            assertTrue(again.headers().firstValue("Date").orElseThrow().matches(IMF_FIXDATE), file);
            assertFalse(again.headers().firstValue("Content-Encoding").isPresent(), file + ": a 304 has no content coding: " + again.headers().map());
        }
    }

    @Test
    void aHeadCarriesTheHeadersOfItsGet() throws Exception {
        for (String file : FILES) {
            HttpResponse<byte[]> get = send("GET", file, "Accept-Encoding", "identity");
            HttpResponse<byte[]> head = send("HEAD", file, "Accept-Encoding", "identity");
            assertEquals(representation(get.headers()), representation(head.headers()), "HEAD " + file);
            assertTrue(head.headers().firstValue("Content-Type").isPresent(), file);
            assertEquals(0, head.body().length, file);
        }
    }

    @Test
    void aBrowserNavigatingToAnUnknownPathGetsAPageBackToTheExplorer() throws Exception {
        for (String path : List.of("/sessions/cnd-68", "/explorer/", "/favicon.ico", "/explorer/nope.js?a=<b>")) {
            HttpResponse<byte[]> page = send("GET", path.replace("<", "%3C").replace(">", "%3E"), "Accept", BROWSER_ACCEPT);
            assertEquals(404, page.statusCode(), path);
            assertEquals("text/html;charset=UTF-8", page.headers().firstValue("Content-Type").orElse(null), path);
            assertEquals(List.of("no-store"), page.headers().allValues("Cache-Control"), path);
            String html = new String(page.body(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(html.contains("<a href=\"/\">"), html);
            assertFalse(html.contains("<b>"), "the path is escaped: " + html);
            HttpResponse<byte[]> head = send("HEAD", path.replace("<", "%3C").replace(">", "%3E"), "Accept", BROWSER_ACCEPT);
            assertEquals(representation(page.headers()), representation(head.headers()), "HEAD " + path);
        }
        // Anything else (a script, curl's */*, an API client) gets the problem, as every API path does for everyone.
        for (String[] request : new String[][] {{"/sessions/cnd-68", "*/*"}, {"/sessions/cnd-68", "application/json"},
                {"/api/v1/nope", BROWSER_ACCEPT}, {"/sessions/cnd-68", "application/problem+json, text/html;q=0.5"}}) {
            HttpResponse<byte[]> problem = send("GET", request[0], "Accept", request[1]);
            assertEquals(404, problem.statusCode(), String.join(" ", request));
            assertEquals(Problem.MEDIA_TYPE, problem.headers().firstValue("Content-Type").orElse(null), String.join(" ", request));
        }
    }

    @Test
    void aPlainOptionsSaysNoContentCoding() throws Exception {
        for (String path : List.of("/api/v1/side-events", "/api/v1", "/api/v1/sessions/cnd-68", "/", "/explorer/app.js")) {
            HttpResponse<byte[]> options = send("OPTIONS", path);
            assertEquals(200, options.statusCode(), path);
            assertFalse(options.headers().firstValue("Content-Encoding").isPresent(), path + ": " + options.headers().map());
        }
    }

    /** The headers of a representation, names in lower case, one value each (joined if repeated). */
    private static Map<String, String> representation(HttpHeaders headers) {
        TreeMap<String, String> kept = new TreeMap<>();
        headers.map().forEach((name, values) -> {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!PER_REQUEST.contains(lower)) {
                kept.put(lower, String.join(", ", values));
            }
        });
        return kept;
    }
}
