package org.opendrugpolicy.http;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.DecoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * A strong ETag names one set of bytes: a gzip answer has its own ETag (the identity one with {@code -gzip}), and
 * {@code If-None-Match} matches only the representation it names. Every form of {@code Accept-Encoding} (q-values, q=0,
 * {@code *}, {@code identity;q=0}, case) is read as RFC 9110 says, the same whether the answer is fresh, comes from the
 * response cache, or is streamed; and no answer says {@code Content-Encoding: identity}.
 */
@QuarkusTest
class ContentCodingTest {
    private static final RestAssuredConfig RAW = RestAssuredConfig.config().decoderConfig(DecoderConfig.decoderConfig().noContentDecoders());

    /** Accept-Encoding as sent, and whether the answer is gzip. */
    private record Form(String acceptEncoding, boolean gzip) {}

    private static final List<Form> FORMS = List.of(
            new Form(null, false),
            new Form("", false),
            new Form("gzip", true),
            new Form("GZIP", true),
            new Form("Gzip ; Q=0.5", true),
            new Form("x-gzip", true),
            new Form("*", true),
            new Form("gzip;q=0", false),
            new Form("*;q=0", false),
            new Form("*, gzip;q=0", false),
            new Form("identity;q=0", false), // nothing acceptable: sent as it is rather than a 406
            new Form("identity;q=0, gzip;q=0.5", true),
            new Form("gzip;q=0.5, identity", false),
            new Form("gzip;q=0.5, identity;q=0.5", true),
            new Form("deflate", false),
            new Form("deflate, gzip;q=0.3", true),
            new Form("br, zstd", false));

    /** A fresh JSON list, an item, a streamed CSV list, an export kept in memory, a binary export, JSON-LD. */
    private static final List<String> URLS = List.of("/api/v1/countries?size=200", "/api/v1/sessions/cnd-68", "/api/v1/side-events?format=csv",
            "/api/v1/exports/side_events.csv", "/api/v1/exports/dataset.zip", "/api/v1/catalog");

    @TestFactory
    Stream<DynamicTest> everyFormOfAcceptEncodingAgainstTheEtag() {
        return URLS.stream().map(url -> DynamicTest.dynamicTest(url, () -> {
            Response identity = send(url, "identity");
            byte[] plain = identity.asByteArray();
            String plainTag = identity.header("ETag");
            boolean compressible = !url.endsWith(".zip");
            for (int round = 0; round < 2; round++) { // the second round comes from the response cache where it keeps answers
                for (Form form : FORMS) {
                    Response answer = send(url, form.acceptEncoding());
                    String what = url + " with Accept-Encoding: " + form.acceptEncoding();
                    assertEquals(200, answer.statusCode(), what);
                    assertTrue(String.valueOf(answer.header("Vary")).contains("Accept-Encoding"), what);
                    if (form.gzip() && compressible) {
                        assertEquals("gzip", answer.header("Content-Encoding"), what);
                        assertEquals(plainTag.substring(0, plainTag.length() - 1) + "-gzip\"", answer.header("ETag"), what);
                        assertArrayEquals(plain, gunzip(answer.asByteArray()), what);
                    } else {
                        assertEquals(null, answer.header("Content-Encoding"), what);
                        assertEquals(plainTag, answer.header("ETag"), what);
                        assertArrayEquals(plain, answer.asByteArray(), what);
                    }
                    // each ETag revalidates its own representation only
                    String other = answer.header("ETag").endsWith("-gzip\"") ? plainTag : plainTag.replaceAll("\"$", "-gzip\"");
                    notModified(url, form.acceptEncoding(), answer.header("ETag"), 304);
                    notModified(url, form.acceptEncoding(), other, 200);
                }
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> everyOperationNamesItsCodingInItsEtag() {
        return ContractOperations.all().stream().map(operation -> DynamicTest.dynamicTest(operation.toString(), () -> {
            Response identity = send(operation.url(), "identity");
            Response gzip = send(operation.url(), "gzip");
            assertEquals(200, identity.statusCode(), operation.url());
            assertEquals(null, identity.header("Content-Encoding"), operation.url());
            if ("gzip".equals(gzip.header("Content-Encoding"))) {
                assertNotEquals(identity.header("ETag"), gzip.header("ETag"), operation.url());
                assertArrayEquals(identity.asByteArray(), gunzip(gzip.asByteArray()), operation.url());
            } else {
                assertEquals(null, gzip.header("Content-Encoding"), operation.url());
                assertEquals(identity.header("ETag"), gzip.header("ETag"), operation.url());
            }
        }));
    }

    private static void notModified(String url, String acceptEncoding, String etag, int status) {
        var request = given().config(RAW).urlEncodingEnabled(false).header("If-None-Match", etag);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        Response answer = request.get(url);
        assertEquals(status, answer.statusCode(), url + " If-None-Match: " + etag + ", Accept-Encoding: " + acceptEncoding);
        assertTrue(answer.header("Content-Encoding") == null || status == 200, "a 304 has no content coding");
    }

    private static Response send(String url, String acceptEncoding) {
        var request = given().config(RAW).urlEncodingEnabled(false);
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return request.get(url);
    }

    private static byte[] gunzip(byte[] body) throws IOException {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return in.readAllBytes();
        }
    }
}
