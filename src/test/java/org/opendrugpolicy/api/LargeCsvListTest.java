package org.opendrugpolicy.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opendrugpolicy.LargeDatasets;

/** A list of 50,000 records comes out whole as CSV, without the server holding the result in memory. */
@QuarkusTest
@TestProfile(LargeCsvListTest.ManyTopics.class)
class LargeCsvListTest {
    static final int EXTRA_TOPICS = 50_000;
    static final String DESCRIPTION = "A synthetic topic long enough that holding every row in memory would show.".repeat(3);

    @TestHTTPResource("/api/v1/topics?format=csv&size=1")
    URI topics;

    /** A copy of data/ whose topics.csv has 50,000 more topics, named so that they sort after the real ones, in order. */
    public static class ManyTopics implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("odp.dataset.directory", LargeDatasets.copyOfDataWith("topics.csv", EXTRA_TOPICS, LargeCsvListTest::row, i -> "zz-synthetic-%06d".formatted(i)).toString());
        }
    }

    static String row(int i) {
        // topics.csv has source_ids since release 2026.11.30.
        return "zz-synthetic-%06d,Zz synthetic %06d,%s,odp-topic-vocabulary".formatted(i, i, DESCRIPTION);
    }

    @Test
    void fiftyThousandRowsStreamWithBoundedHeap() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        LargeDatasets.downloadOnce(client, topics);
        long baseline = LargeDatasets.retainedHeap();
        HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(topics).header("Accept-Encoding", "identity").build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        assertNull(response.headers().firstValue("Content-Length").orElse(null), "a streamed body has no length up front");
        long rows = 0;
        long worst = -1;
        String previous = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            assertEquals("id,name,description,createdAt,updatedAt,updatedIn,sources", reader.readLine());
            for (String line; (line = reader.readLine()) != null; ) {
                rows++;
                if (line.startsWith("zz-synthetic-")) {
                    assertTrue(previous == null || previous.compareTo(line) < 0, "out of order: " + previous + " before " + line);
                    previous = line;
                }
                if (rows == EXTRA_TOPICS / 100 || rows == EXTRA_TOPICS / 2) { // early, while a server holding the whole body would still hold it; and halfway
                    worst = Math.max(worst, LargeDatasets.retainedHeap() - baseline);
                }
            }
        }
        assertEquals(18 + EXTRA_TOPICS, rows, "every topic, not one page of size=1");
        // The list's CSV has the view's columns (id, name, description, stamps, the sources' ids), not the file's.
        String lastTopic = "zz-synthetic-%06d,Zz synthetic %06d,%s,".formatted(EXTRA_TOPICS, EXTRA_TOPICS, DESCRIPTION);
        assertTrue(previous.startsWith(lastTopic), "the last row is the last topic, with its stamps: " + previous);
        System.out.printf("LargeCsvListTest: %d rows streamed; heap retained grew by at most %d bytes%n", rows, worst);
        // The CSV is ~12 MB. Measured: 1.0-2.7 MB as is; 10.5 MB when the persistence context is not cleared after each chunk.
        assertTrue(worst < 5_000_000, "heap retained during the download grew by " + worst + " bytes");
    }
}
