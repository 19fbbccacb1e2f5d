package org.opendrugpolicy.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12, item 6: forwarded headers from a peer that is not a trusted proxy change no link. */
@QuarkusTest
@TestProfile(UntrustedProxyLinksTest.OtherProxy.class)
class UntrustedProxyLinksTest {
    public static class OtherProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.trusted-proxies", "192.0.2.10",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:odp-untrusted-proxy;DB_CLOSE_DELAY=-1;NON_KEYWORDS=YEAR,VALUE");
        }
    }

    @Test
    void forwardedHeadersFromAnUntrustedPeerAreIgnored() {
        String base = AbsoluteLinksTest.localBase();
        given().header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "evil.example").get("/api/v1/sessions/cnd-68").then().statusCode(200)
                .body("links.self", equalTo(base + "/api/v1/sessions/cnd-68"));
        given().header("Forwarded", "proto=https;host=evil.example").get("/api/v1/countries?size=2").then().statusCode(200)
                .body("links.self", equalTo(base + "/api/v1/countries?page=1&size=2"))
                .header("Link", startsWith("<" + base + "/api/v1/countries?page=1&size=2>"));
    }
}
