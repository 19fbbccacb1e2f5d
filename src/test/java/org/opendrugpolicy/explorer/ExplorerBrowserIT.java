package org.opendrugpolicy.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The explorer at {@code /} in a real headless browser (Debian's chromium, driven by Playwright) against the packaged
 * jar. Every view is opened by its deep link and checked for: the numbers the API gives (fetched here, not written
 * down), no console error (a Content-Security-Policy violation is one), no request to another host, keyboard reach,
 * and an axe-core scan with no serious or critical violation. A screenshot of each view goes to
 * {@code target/explorer-screenshots/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplorerBrowserIT {
    static final Path CHROMIUM = Path.of(System.getProperty("odp.chromium", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of("target", "explorer-screenshots");
    /**
     * Budgets on the local machine, cold browser cache: bytes over the wire per view, and time from navigation to the
     * network graph in the document. The time is generous for a shared 2-core CI machine; an idle one needs far less.
     */
    static final long LANDING_BYTES_BUDGET = 120_000;
    static final long NETWORK_BYTES_BUDGET = 250_000;
    static final double FIRST_CHART_MS_BUDGET = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PackagedService service;
    private Playwright playwright;
    private Browser browser;
    private BrowserContext context;
    /** The browser context of every open but the cold-cache budget's: its HTTP cache spares each deep link fetching the explorer's files again. */
    private BrowserContext warm;
    private Page current;
    private final List<String> consoleErrors = new ArrayList<>();
    private final Set<String> foreignRequests = new HashSet<>();

    @BeforeAll
    void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install -y chromium (.ci/run does it)");
        service = PackagedService.start();
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (service != null) service.close();
    }

    @AfterEach
    void closeContext() {
        if (context != null) context.close();
        context = null;
        if (current != null) current.close();
        current = null;
    }

    // ---- the views ----

    @Test
    void landingPageNamesTheReleaseLicenceCitationAndDownloads() throws Exception {
        JsonNode index = service.api("/api/v1");
        JsonNode exports = service.api("/api/v1/exports");
        Page page = open("/", 1280);
        String version = index.at("/dataset/version").asText();
        assertTrue(page.locator("main dl.facts").innerText().contains(version));
        assertTrue(page.locator("main").innerText().contains(index.at("/license/title").asText()));

        List<JsonNode> csvs = StreamSupport.stream(exports.get("exports").spliterator(), false).filter(e -> e.get("format").asText().equals("csv")).toList();
        assertEquals(csvs.size(), page.locator("#exports tbody tr").count());
        List<String> rows = page.locator("#exports tbody tr").allInnerTexts();
        for (JsonNode e : csvs) {
            assertTrue(rows.stream().anyMatch(r -> r.startsWith(e.get("file").asText()) && r.contains(e.get("sha256").asText())), e.get("file") + " without its hash");
        }
        JsonNode zip = StreamSupport.stream(exports.get("exports").spliterator(), false).filter(e -> e.get("file").asText().endsWith(".zip")).findFirst().orElseThrow();
        assertEquals(zip.get("url").asText(), page.locator("a.button").getAttribute("href")); // the API's links are absolute
        assertTrue(page.locator("main").innerText().contains(zip.get("sha256").asText()));

        // Four citation formats; the CSL-JSON is JSON, with the release as its version.
        String[] formats = {"Plain text", "BibTeX", "CSL-JSON", "RIS"};
        for (String f : formats) assertEquals(1, page.locator("details.cite summary", new Page.LocatorOptions().setHasText(f)).count(), f);
        assertEquals(version, JSON.readTree(page.locator("pre[aria-label='Citation as CSL-JSON']").textContent()).get(0).get("version").asText());
        assertTrue(page.locator("pre[aria-label='Citation as BibTeX']").textContent().startsWith("@misc{"));
        assertTrue(page.locator("pre[aria-label='Citation as RIS']").textContent().startsWith("TY  - DATA"));

        // schema.org Dataset markup, completed with the release served.
        JsonNode ld = JSON.readTree(page.locator("script[type='application/ld+json']").textContent());
        assertEquals("Dataset", ld.get("@type").asText());
        assertEquals(version, ld.get("version").asText());
        assertEquals(index.at("/license/url").asText(), ld.get("license").asText());
        assertTrue(ld.get("distribution").size() > csvs.size());

        assertEquals("/q/swagger-ui/", page.locator("nav a", new Page.LocatorOptions().setHasText("Swagger UI")).getAttribute("href"));
        // every list of records a new user met through the counts is in the navigation too (Meetings was not)
        assertEquals(1, page.locator("#nav a[href='#/meetings']").count());
        assertEquals(service.api("/api/v1/sessions?size=1").at("/meta/total").asInt(),
                Integer.parseInt(page.locator("ul.counts a[href='#/sessions'] strong").innerText()));
        // every count leads to its list: the meetings one too
        assertEquals(page.locator("ul.counts li").count(), page.locator("ul.counts li > a").count());
        assertEquals(total("/api/v1/meetings"), Integer.parseInt(page.locator("ul.counts a[href='#/meetings'] strong").innerText()));
        common(page, "landing", "a.button");
    }

    @Test
    void sessionsTimelineAndSessionPage() throws Exception {
        JsonNode sessions = service.api("/api/v1/sessions?size=200");
        Page page = open("/#/sessions", 1280);
        assertEquals(sessions.at("/meta/total").asInt(), page.locator("#session-list > li").count());
        assertEquals("img", page.locator("svg.timeline").getAttribute("role"));
        assertTrue(page.locator("svg.timeline").getAttribute("aria-label").contains(sessions.at("/data/0/name").asText()));
        common(page, "sessions", "#session-list a");
        // Each line states the sources' own figures for the session, never a count of the records the dataset lists
        // (CND 64 adopted 4 resolutions that the dataset does not list one by one; CND 69's outcomes are not yet known).
        for (int i = 0; i < sessions.at("/meta/total").asInt(); i++) {
            JsonNode s = sessions.at("/data/" + i);
            String line = page.locator("#session-list > li").nth(i).innerText().toLowerCase(java.util.Locale.ROOT);
            if ("not-yet-reported".equals(s.path("outcomeStatus").asText())) {
                assertTrue(line.contains("outcomes not yet reported"), line);
            } else if (s.path("resolutionsAdopted").isNumber()) {
                assertTrue(line.contains(s.get("resolutionsAdopted").asInt() + " resolution"), line);
            } else {
                assertTrue(line.contains("resolutions adopted not recorded"), line);
            }
        }

        JsonNode session = service.api("/api/v1/sessions/cnd-68");
        page = open("/#/sessions/cnd-68", 1280);
        assertTrue(page.locator("dl.facts").innerText().contains(session.at("/chair/name").asText()));
        assertEquals(total("/api/v1/resolutions?session=cnd-68"), page.locator("#session-resolutions tbody tr").count());
        assertEquals(total("/api/v1/side-events?session=cnd-68"), page.locator("#session-side-events tbody tr").count());
        assertEquals(total("/api/v1/meetings?session=cnd-68"), page.locator("#session-meetings tbody tr").count());
        common(page, "session-cnd-68", "#session-resolutions a");

        // CND 69's outcomes are not yet known: its page says so, and says the dataset lists none rather than drawing empty tables
        assertEquals(0, total("/api/v1/resolutions?session=cnd-69"), "the fixture for this test: CND 69 has no resolution yet");
        Page future = open("/#/sessions/cnd-69", 1280);
        assertTrue(future.locator("dl.facts").innerText().contains("not yet reported"));
        assertEquals("p", future.locator("#session-resolutions").evaluate("e => e.localName"));
    }

    @Test
    void resolutionsFilterAndSortThroughTheApi() throws Exception {
        Page page = open("/#/resolutions", 1280);
        assertEquals(total("/api/v1/resolutions"), page.locator("#resolutions tbody tr").count());
        common(page, "resolutions", "select[name=session]");

        // Filter by session with the form, as a reader would.
        page.locator("select[name=session]").selectOption("cnd-67");
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "resolutions");
        assertTrue(page.url().contains("session=cnd-67"));
        assertEquals(total("/api/v1/resolutions?session=cnd-67"), page.locator("#resolutions tbody tr").count());

        // Sort by title: the table follows the API's order.
        page.locator("#resolutions thead a", new Page.LocatorOptions().setHasText("Title")).click();
        waitForView(page, "resolutions");
        assertEquals("ascending", page.locator("#resolutions thead th[aria-sort=ascending]").getAttribute("aria-sort"));
        String firstTitle = service.api("/api/v1/resolutions?session=cnd-67&sort=title&size=1").at("/data/0/title").asText();
        assertEquals(firstTitle, page.locator("#resolutions tbody tr").first().locator("td").first().innerText());
        assertTrue(page.locator(".requests code").allInnerTexts().stream().anyMatch(t -> t.contains("/api/v1/resolutions?session=cnd-67&sort=title")));

        // Sort by official number: 62/2 before 62/14, as the Commission numbers them, not as text.
        Page all = open("/#/resolutions", 1280);
        all.locator("#resolutions thead a", new Page.LocatorOptions().setHasText("Number")).click();
        waitForView(all, "resolutions");
        List<String> expected = new ArrayList<>();
        service.api("/api/v1/resolutions?sort=number&size=100&fields=resolutionNumber").get("data")
                .forEach(r -> expected.add(r.path("resolutionNumber").asText("—")));
        assertEquals(expected, all.locator("#resolutions tbody td:nth-child(3)").allInnerTexts());
    }

    /** The resolutions list has a search box (q, which matches symbols too), kept in the address as every list's filters are. */
    @Test
    void resolutionsAreSearchedByWordsOrSymbol() throws Exception {
        JsonNode revised = StreamSupport.stream(service.api("/api/v1/resolutions?size=200&fields=id,symbol,session").get("data").spliterator(), false)
                .filter(r -> r.get("symbol").asText("").contains("/Rev.")).findFirst().orElseThrow(() -> new AssertionError("the fixture: a revised draft"));
        String symbol = revised.get("symbol").asText();
        int matching = total("/api/v1/resolutions?q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8));
        assertTrue(matching > 0, symbol);

        Page page = open("/#/resolutions", 1280);
        page.locator("input[name=q]").fill(symbol);
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "resolutions");
        assertTrue(page.url().contains("q="), page.url());
        assertEquals(matching, page.locator("#resolutions tbody tr").count());
        assertEquals(1, page.locator("#resolutions tbody a[href='#/resolutions/" + revised.get("id").asText() + "']").count());
        assertEquals(matching + (matching == 1 ? " resolution" : " resolutions") + " matching “" + symbol + "”", page.locator("#resolution-count").innerText());
        assertTrue(page.locator(".requests code").allInnerTexts().stream().anyMatch(t -> t.contains("/api/v1/resolutions?q=")), "the search goes to the API");
        // the address keeps the search: a reload shows the same, and another filter is added to it, not put in its place
        page.reload();
        waitForView(page, "resolutions");
        assertEquals(symbol, page.locator("input[name=q]").inputValue());
        assertEquals(matching, page.locator("#resolutions tbody tr").count());
        String session = revised.at("/session/id").asText();
        page.locator("select[name=session]").selectOption(session);
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "resolutions");
        assertTrue(page.url().contains("q=") && page.url().contains("session=" + session), page.url());
        assertEquals(total("/api/v1/resolutions?session=" + session + "&q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8)),
                page.locator("#resolutions tbody tr").count());

        // words with "&" in them are one search, not a second parameter; no match is said in words
        String words = "no-such-word & another";
        assertEquals(0, total("/api/v1/resolutions?q=" + URLEncoder.encode(words, StandardCharsets.UTF_8)));
        page.locator("input[name=q]").fill(words);
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "resolutions");
        assertEquals(words, page.locator("input[name=q]").inputValue());
        assertEquals("No resolution matches the search and filters.", page.locator("#resolutions").innerText());
        page.locator("form.filters a", new Page.LocatorOptions().setHasText("Clear")).click();
        waitForView(page, "resolutions");
        assertEquals(total("/api/v1/resolutions"), page.locator("#resolutions tbody tr").count());

        Page phone = open("/#/resolutions?q=" + URLEncoder.encode(symbol, StandardCharsets.UTF_8), 390);
        assertEquals(matching, phone.locator("#resolutions tbody tr").count());
        assertFitsTheWidth(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("resolutions-search-phone.png")));
    }

    @Test
    void resolutionPageShowsContestedClaimsAsContested() throws Exception {
        JsonNode sponsors = service.api("/api/v1/resolutions/cnd-68-l3/sponsors?claimStatus=confirmed,unconfirmed,contradicted&size=200");
        long contested = StreamSupport.stream(sponsors.get("data").spliterator(), false)
                .filter(s -> !Set.of("confirmed", "unconfirmed").contains(s.get("claimStatus").asText())).count();
        assertTrue(contested > 0, "the fixture for this test: L.3 has a contradicted claim");
        Page page = open("/#/resolutions/cnd-68-l3", 1280);
        assertEquals(sponsors.at("/meta/total").asInt(), page.locator("#sponsors tbody tr").count());
        assertEquals(contested, page.locator("#sponsors .badge.contested").count());
        // one name for a status: the API's own ("contradicted"), not a second one beside it
        assertEquals(List.of("contradicted"), page.locator("#sponsors .badge.contested").allInnerTexts().stream().distinct().toList());
        // a note's source ids are links to those sources, named by their titles on hover
        JsonNode cited = sponsors.at("/data").findValue("sources").get(0);
        Locator link = page.locator("#sponsors a[href='" + cited.get("url").asText() + "']").first();
        assertEquals(cited.get("id").asText(), link.innerText());
        assertEquals(cited.get("title").asText(), link.getAttribute("title"));
        // the heading counts the claims the API counts by default (confirmed and unconfirmed), the others apart
        int counted = service.api("/api/v1/resolutions/cnd-68-l3/sponsors?size=200").at("/meta/total").asInt();
        assertTrue(page.locator("h2", new Page.LocatorOptions().setHasText("contradicted claim")).innerText()
                .startsWith(counted + (counted == 1 ? " sponsor" : " sponsors") + ", and " + contested + " contradicted claim"));
        assertEquals(service.api("/api/v1/resolutions/cnd-68-l3").get("sources").size(), page.locator("ul.sources li").count());
        common(page, "resolution-cnd-68-l3", "#sponsors a");
    }

    @Test
    void theL6VoteAsTilesWithTheUnnamedAbstainerAndATable() throws Exception {
        JsonNode votes = service.api("/api/v1/resolutions/cnd-68-l6/votes?size=200");
        Map<String, Integer> named = new HashMap<>();
        votes.get("data").forEach(v -> named.merge(v.get("vote").asText(), 1, Integer::sum));
        Page page = open("/#/votes/cnd-68-l6", 1280);
        for (String vote : List.of("in-favour", "against", "abstaining")) {
            assertEquals(named.getOrDefault(vote, 0), page.locator("a.tile[data-vote=" + vote + "]").count(), vote);
        }
        // The figures, as the record gives them: 30 / 3 / 17 named, and one abstainer the record does not name.
        assertEquals(30, page.locator("a.tile[data-vote=in-favour]").count());
        assertEquals(3, page.locator("a.tile[data-vote=against]").count());
        assertEquals(17, page.locator("a.tile[data-vote=abstaining]").count());
        assertEquals(votes.at("/meta/unnamed/abstaining").asInt(), page.locator(".tile.unnamed[data-vote=abstaining]").count());
        assertEquals(1, page.locator(".tile.unnamed").count());
        assertEquals(votes.at("/meta/tally/abstaining").asText(), page.locator("[data-count=abstaining]").innerText());
        assertTrue(page.locator("#unnamed-statement").innerText().contains("1 abstaining"));
        assertEquals(votes.at("/meta/total").asInt(), page.locator("#vote-table tbody tr").count());
        common(page, "vote-cnd-68-l6", "a.tile");

        Page phone = open("/#/votes/cnd-68-l6", 390);
        assertFitsTheWidth(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("vote-cnd-68-l6-phone.png")).setFullPage(true));
    }

    @Test
    void coHostingNetworkOfCnd68() throws Exception {
        JsonNode graph = service.api("/api/v1/networks/co-hosting?session=cnd-68");
        JsonNode top = StreamSupport.stream(graph.get("nodes").spliterator(), false)
                .max((a, b) -> Integer.compare(a.get("degree").asInt(), b.get("degree").asInt())).orElseThrow();
        assertEquals("Knowmad Institut", top.get("label").asText(), "the issue's example");

        Page page = open("/#/network?session=cnd-68", 1280);
        page.waitForSelector("svg.graph[data-ready]");
        assertEquals(graph.get("nodes").size(), page.locator("svg.graph g.node").count());
        assertEquals(graph.get("links").size(), page.locator("svg.graph .links line").count());
        assertEquals(top.get("label").asText(), page.locator("#network-nodes tbody tr").first().locator("th").innerText());
        assertTrue(page.locator("#network-summary").innerText().contains(top.get("label").asText()));
        assertTrue(page.locator("svg.graph").getAttribute("aria-label").contains(graph.get("nodes").size() + " participants"));

        // Click the node: its events open beside the graph.
        long expected = StreamSupport.stream(service.api("/api/v1/organizations/" + top.get("id").asText() + "/side-events?size=200").get("data").spliterator(), false)
                .filter(e -> e.at("/session/id").asText().equals("cnd-68")).count();
        page.locator("svg.graph g.node[data-id='" + top.get("id").asText() + "']").click(new Locator.ClickOptions().setForce(true));
        page.waitForSelector("#node-events ul");
        assertEquals(expected, page.locator("#node-events ul li").count());
        assertTrue(page.locator("#node-events h2").innerText().contains(top.get("label").asText()));
        common(page, "network-cnd-68", "#network-nodes button");

        // Keyboard: Enter on a node's button shows its events too.
        page.locator("#network-nodes button").nth(1).focus();
        page.keyboard().press("Enter");
        page.waitForFunction("() => document.activeElement && document.activeElement.id === 'node-events-h'");

        // Another session, chosen by the filter every list view has (sessions named as everywhere): the graph the API gives for it.
        page.locator("select[name=session]").selectOption("cnd-67");
        assertEquals("CND 67", page.locator("select[name=session] option:checked").innerText());
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "network");
        assertTrue(page.url().endsWith("#/network?session=cnd-67"), page.url());
        page.waitForSelector("svg.graph[data-ready]");
        assertEquals(service.api("/api/v1/networks/co-hosting?session=cnd-67").get("nodes").size(), page.locator("svg.graph g.node").count());

        Page phone = open("/#/network?session=cnd-68", 390);
        phone.waitForSelector("svg.graph[data-ready]");
        assertFitsTheWidth(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("network-cnd-68-phone.png")).setFullPage(false));
    }

    @Test
    void sideEventsWithOrganizerAndOrderedCoHosts() throws Exception {
        Page page = open("/#/side-events", 1280);
        assertEquals(total("/api/v1/side-events"), page.locator("#side-events tbody tr").count());
        common(page, "side-events", "#side-events a");
        // the session filter is the one every list view has (sessions named as everywhere, Apply and Clear), and the address keeps it
        page.locator("select[name=session]").selectOption("cnd-67");
        assertEquals("CND 67", page.locator("select[name=session] option:checked").innerText());
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "sideEvents");
        assertTrue(page.url().endsWith("#/side-events?session=cnd-67"), page.url());
        int atCnd67 = total("/api/v1/side-events?session=cnd-67");
        assertEquals(atCnd67, page.locator("#side-events tbody tr").count());
        assertEquals(atCnd67 + " side event" + (atCnd67 == 1 ? "" : "s") + " of CND 67", page.locator("#side-events caption").innerText());
        page.locator("form.filters a", new Page.LocatorOptions().setHasText("Clear")).click();
        waitForView(page, "sideEvents");
        assertEquals(total("/api/v1/side-events"), page.locator("#side-events tbody tr").count());

        String id = "cnd-68-clarifying-harm-reduction";
        JsonNode event = service.api("/api/v1/side-events/" + id);
        page = open("/#/side-events/" + id, 1280);
        List<String> expected = new ArrayList<>();
        event.get("hosts").forEach(hst -> expected.add(hst.at("/party/name").asText()));
        List<String> shown = page.locator("#hosts tbody tr td:nth-child(2)").allInnerTexts();
        assertEquals(expected, shown);
        assertTrue(page.locator("dl.facts").innerText().contains(event.at("/organizer/name").asText()));
        common(page, "side-event", "#hosts a");
    }

    /** A side event whose source names only some of its co-hosts says so beside them, on its page and in the list (hostsComplete false). */
    @Test
    void aSideEventWhoseSourceNamesOnlySomeCoHostsSaysSo() throws Exception {
        List<JsonNode> events = StreamSupport.stream(service.api("/api/v1/side-events?size=200").get("data").spliterator(), false).toList();
        JsonNode partial = events.stream().filter(e -> !e.get("hostsComplete").asBoolean() && e.get("hosts").size() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture: a side event whose source names only some co-hosts"));
        JsonNode complete = events.stream().filter(e -> e.get("hostsComplete").asBoolean() && e.get("hosts").size() > 1).findFirst().orElseThrow();
        int named = partial.get("hosts").size();
        for (int width : List.of(1280, 390)) {
            Page page = open("/#/side-events/" + partial.get("id").asText(), width);
            assertEquals(named, page.locator("#hosts tbody tr").count());
            assertTrue(page.locator("#hosts-incomplete").innerText().startsWith("The source lists only some of the co-hosts"));
            // the count says how many are named, not how many there were
            assertTrue(page.locator("h2", new Page.LocatorOptions().setHasText("co-host")).innerText()
                    .startsWith(named + (named == 1 ? " co-host named" : " co-hosts named")), page.locator("main h2").allInnerTexts().toString());
            assertFitsTheWidth(page);
            page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("side-event-partial-hosts-" + width + ".png")).setFullPage(true));
        }
        Page page = open("/#/side-events/" + complete.get("id").asText(), 1280);
        assertEquals(0, page.locator("#hosts-incomplete").count());
        int hosts = complete.get("hosts").size();
        assertTrue(page.locator("main h2", new Page.LocatorOptions().setHasText("co-host")).innerText().startsWith(hosts + " co-hosts, in the order"));

        Page list = open("/#/side-events", 1280);
        Locator row = list.locator("#side-events tbody tr", new Page.LocatorOptions().setHas(list.locator("a[href='#/side-events/" + partial.get("id").asText() + "']")));
        assertTrue(row.innerText().contains("the source names only some"), row.innerText());
        Locator full = list.locator("#side-events tbody tr", new Page.LocatorOptions().setHas(list.locator("a[href='#/side-events/" + complete.get("id").asText() + "']")));
        assertFalse(full.innerText().contains("only some"), full.innerText());
    }

    @Test
    void meetingsBySessionWithTheirCounterparts() throws Exception {
        int all = total("/api/v1/meetings");
        Page page = open("/#/meetings", 1280);
        assertEquals(all, page.locator("#meetings tbody tr").count());
        // when, who met whom, then what was said: in this order in every table of meetings
        assertEquals(List.of("Session", "Reported by", "Counterpart", "Kind", "Description", "Sources"), page.locator("#meetings thead th").allInnerTexts());
        JsonNode first = service.api("/api/v1/meetings?size=1").at("/data/0");
        assertEquals(first.at("/sources/0/title").asText(), page.locator("#meetings tbody tr").first().locator("td").last().innerText());
        common(page, "meetings", "select[name=session]");

        // The session filter asks the API, and the address keeps it: a reload shows the same, back shows every meeting again.
        String session = service.api("/api/v1/meetings?size=1&sort=-session").at("/data/0/session/id").asText();
        int atSession = total("/api/v1/meetings?session=" + session);
        assertTrue(atSession > 0 && atSession < all, "the fixture for this test: meetings at more than one session");
        page.locator("select[name=session]").selectOption(session);
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "meetings");
        assertTrue(page.url().endsWith("#/meetings?session=" + session), page.url());
        assertEquals(atSession, page.locator("#meetings tbody tr").count());
        String caption = atSession + " meeting" + (atSession == 1 ? "" : "s") + " at CND " + session.replace("cnd-", "");
        assertEquals(caption, page.locator("#meetings caption").innerText());
        page.reload();
        waitForView(page, "meetings");
        assertEquals(session, page.locator("select[name=session]").inputValue());
        assertEquals(atSession, page.locator("#meetings tbody tr").count());
        page.goBack();
        waitForView(page, "meetings");
        assertEquals(all, page.locator("#meetings tbody tr").count());

        // A counterpart, a country or an organization, leads to its page, which lists its meetings.
        for (String kind : List.of("country", "organization")) {
            JsonNode counterpart = null;
            for (JsonNode m : service.api("/api/v1/meetings?size=200").get("data")) {
                if (m.at("/counterpart/kind").asText().equals(kind)) {
                    counterpart = m.get("counterpart");
                    break;
                }
            }
            assertTrue(counterpart != null, "the fixture for this test: a meeting with a " + kind);
            String id = counterpart.get("id").asText();
            String target = "#/" + (kind.equals("country") ? "countries" : "organizations") + "/" + id;
            page = open("/#/meetings", 1280);
            page.locator("#meetings tbody td:nth-child(3) a[href='" + target + "']").first().click();
            waitForView(page, kind);
            assertTrue(page.url().endsWith(target), page.url());
            assertEquals(total("/api/v1/meetings?counterpart=" + id), page.locator("#meetings tbody tr").count());
        }
        assertFitsTheWidthOnAPhone("/#/meetings");
    }

    /**
     * Tables of meetings, and the other tables of the pages that show them, read on a phone (390 px): the table scrolls
     * sideways, but its caption stays within the screen, its headers on one line, no cell of names is set a word a
     * line, and running text (a meeting's description, a claim's note) keeps a readable measure.
     */
    @Test
    void meetingTablesAndTheirCaptionsReadOnAPhone() throws Exception {
        JsonNode meeting = null;
        for (JsonNode m : service.api("/api/v1/meetings?size=200").get("data")) {
            if (m.at("/counterpart/kind").asText().equals("country")) {
                meeting = m;
                break;
            }
        }
        assertTrue(meeting != null, "the fixture for this test: a meeting with a country");
        String session = meeting.at("/session/id").asText();
        String country = meeting.at("/counterpart/id").asText();
        Map<String, String> pages = Map.of("/#/meetings", "#meetings", "/#/sessions/" + session, "#session-meetings",
                "/#/countries/" + country, "#meetings", "/#/resolutions", "#resolutions", "/#/resolutions/cnd-68-l3", "#sponsors");
        for (Map.Entry<String, String> p : pages.entrySet()) {
            Page phone = open(p.getKey(), 390);
            assertTrue(phone.locator(p.getValue() + " tbody tr").count() > 0, p.getKey());
            assertEquals(List.of(), squeezed(phone), p.getKey());
            assertFitsTheWidth(phone);
            phone.locator(p.getValue()).scrollIntoViewIfNeeded();
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("table" + p.getKey().replaceAll("\\W+", "-") + "-phone.png")));
        }
        // the columns of a session's and a country's meetings come in the same order as the list's, less what the page is about
        assertEquals(List.of("Reported by", "Counterpart", "Kind", "Description"),
                open("/#/sessions/" + session, 1280).locator("#session-meetings thead th").allInnerTexts());
        assertEquals(List.of("Session", "Reported by", "Description"), open("/#/countries/" + country, 1280).locator("#meetings thead th").allInnerTexts());
    }

    /**
     * What the tables of a page squeeze on a small screen: a caption that runs past the screen's edge, a header on more
     * than one line, a cell of three or more words set a word a line, a description or note narrower than 300 px.
     */
    private static List<String> squeezed(Page page) {
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate("() => { const out = []; const screen = document.documentElement.clientWidth;"
                + " const rects = (e) => { const r = document.createRange(); r.selectNodeContents(e); return [...r.getClientRects()].filter(q => q.width > 0); };"
                + " const lines = (e) => { let n = 0, last = -1e9; rects(e).map(q => (q.top + q.bottom) / 2).sort((a, b) => a - b)"
                + "   .forEach(y => { if (y - last > 10) n += 1; last = y; }); return n; };"
                + " for (const t of document.querySelectorAll('main table')) {"
                + "   const right = t.caption ? Math.max(...rects(t.caption).map(q => q.right)) : 0;"
                + "   if (right > screen + 1) out.push('caption past the screen: ' + t.caption.innerText);"
                + "   const heads = [...t.querySelectorAll('thead th')];"
                + "   heads.forEach(th => { if (lines(th) > 1) out.push('header on ' + lines(th) + ' lines: ' + th.innerText); });"
                + "   const prose = heads.map((th, i) => ['Description', 'Note'].includes(th.innerText.trim()) ? i : -1).filter(i => i >= 0);"
                + "   t.querySelectorAll('tbody tr').forEach(tr => [...tr.children].forEach((c, i) => {"
                + "     const words = c.innerText.trim().split(/\\s+/).length;"
                + "     if (words >= 3 && lines(c) >= words) out.push('a word a line: ' + c.innerText);"
                + "     if (prose.includes(i) && words >= 8 && c.getBoundingClientRect().width < 300) out.push('running text ' + Math.round(c.getBoundingClientRect().width) + ' px wide: ' + c.innerText.slice(0, 40)); })); }"
                + " return out.slice(0, 8); }");
        return found;
    }

    @Test
    void organizationAndCountryPages() throws Exception {
        Page page = open("/#/organizations", 1280);
        assertEquals(total("/api/v1/organizations"), page.locator("#organizations tbody tr").count());
        common(page, "organizations", "input[name=q]");

        JsonNode org = service.api("/api/v1/organizations/villa-maraini");
        Page orgPage = open("/#/organizations/villa-maraini", 1280);
        String facts = orgPage.locator("dl.facts").innerText();
        org.get("aliases").forEach(a -> assertTrue(facts.contains(a.get("alias").asText()), a.toString()));
        assertEquals(total("/api/v1/organizations/villa-maraini/side-events"), orgPage.locator("#organization-events tbody tr").count());
        common(orgPage, "organization-villa-maraini", "#organization-events a");

        // counts read as English: "1 side event", not "1 side events"
        String single = null;
        String none = null;
        for (String id : service.api("/api/v1/organizations?size=200&fields=id").findValuesAsText("id")) {
            int events = total("/api/v1/organizations/" + id + "/side-events");
            single = single == null && events == 1 ? id : single;
            none = none == null && events == 0 ? id : none;
        }
        assertTrue(single != null, "the fixture for this test: an organization listed by one side event");
        Page oneEvent = open("/#/organizations/" + single, 1280);
        assertTrue(oneEvent.locator("ul.counts").innerText().contains("1 side event\n"), oneEvent.locator("ul.counts").innerText());
        // an organization no side event lists says so in words, as a session's page does, rather than drawing an empty table
        assertTrue(none != null, "the fixture for this test: an organization no side event lists (a meeting's counterpart)");
        Page noEvent = open("/#/organizations/" + none, 1280);
        assertEquals("No side event in the dataset lists this organization.", noEvent.locator("#organization-events").innerText());
        assertEquals(0, noEvent.locator("#organization-events table, table#organization-events").count());

        Page countries = open("/#/countries", 1280);
        assertEquals(total("/api/v1/countries"), countries.locator("#countries tbody tr").count());
        common(countries, "countries", "input[name=q]");

        JsonNode col = service.api("/api/v1/countries/COL");
        Page country = open("/#/countries/COL", 1280);
        assertEquals(col.at("/activity/votes").asInt(), country.locator("#country-votes tbody tr").count());
        assertEquals(service.api("/api/v1/sponsors/COL?claimStatus=confirmed,unconfirmed,contradicted").get("resolutionCount").asInt(),
                country.locator("#country-sponsorships tbody tr").count());
        common(country, "country-COL", "#country-votes a");

        JsonNode ind = service.api("/api/v1/countries/IND");
        assertTrue(ind.get("bureauSeats").size() > 0, "the fixture for this test: India held a bureau seat");
        Page india = open("/#/countries/IND", 1280);
        assertEquals(ind.get("bureauSeats").size(), india.locator("#country-bureau-seats tbody tr").count());

        // the United States' votes on scheduling decisions (cannabis at CND 63, HHC at CND 68) next to its votes on resolutions
        JsonNode usa = service.api("/api/v1/countries/USA");
        assertTrue(usa.at("/activity/schedulingVotes").asInt() > 0, "the fixture for this test: the USA is named in a scheduling roll-call");
        Page us = open("/#/countries/USA", 1280);
        assertEquals(usa.at("/activity/schedulingVotes").asInt(), us.locator("#country-decision-votes tbody tr").count());
        assertEquals(usa.at("/activity/votes").asInt(), us.locator("#country-votes tbody tr").count());
        // sessions are named as the Commission names them, not by their ids
        JsonNode firstDecisionVote = service.api("/api/v1/countries/USA/scheduling-votes?size=1").at("/data/0");
        assertEquals("CND " + firstDecisionVote.at("/decision/session/id").asText().replace("cnd-", ""),
                us.locator("#country-decision-votes tbody tr").first().locator("td").first().innerText());
        // a contradicted sponsorship claim (the seed article's US claim on L.3) is shown as contested, not hidden, and not counted
        JsonNode claims = service.api("/api/v1/sponsors/USA?claimStatus=confirmed,unconfirmed,contradicted").get("resolutions");
        long contradicted = StreamSupport.stream(claims.spliterator(), false)
                .filter(c -> c.get("claimStatus").asText().equals("contradicted")).count();
        assertTrue(contradicted > 0, "the fixture for this test: a contradicted US claim");
        assertEquals(claims.size(), us.locator("#country-sponsorships tbody tr").count());
        assertEquals(contradicted, us.locator("#country-sponsorships .badge.contested").count());
        int sponsorships = usa.at("/activity/sponsorships").asInt();
        assertEquals(sponsorships + (sponsorships == 1 ? " sponsorship" : " sponsorships") + ", and " + contradicted + " contradicted claim"
                + (contradicted == 1 ? "" : "s"), us.locator("h2", new Page.LocatorOptions().setHasText("contradicted claim")).innerText());
    }

    @Test
    void schedulingDecisionsPerYearByConvention() throws Exception {
        JsonNode decisions = service.api("/api/v1/scheduling-decisions?size=200&fields=id,session,convention");
        Map<String, Integer> perYearAndConvention = new HashMap<>();
        decisions.get("data").forEach(d -> perYearAndConvention.merge(
                d.at("/session/year").asText() + " " + (d.get("convention").isNull() ? "No convention given" : d.get("convention").asText() + " Convention"),
                1, Integer::sum));
        Page page = open("/#/scheduling", 1280);
        // Every bar segment of the chart is the API's count for its year and convention; empty segments draw nothing.
        Locator bars = page.locator("svg.bars rect[data-year]");
        int drawn = 0;
        for (int i = 0; i < bars.count(); i++) {
            Locator bar = bars.nth(i);
            int count = Integer.parseInt(bar.getAttribute("data-count"));
            assertEquals(perYearAndConvention.getOrDefault(bar.getAttribute("data-year") + " " + bar.getAttribute("data-convention"), 0), count,
                    bar.getAttribute("data-year") + " " + bar.getAttribute("data-convention"));
            drawn += count;
        }
        assertEquals(decisions.at("/meta/total").asInt(), drawn);
        assertEquals("img", page.locator("svg.bars").getAttribute("role"));
        // The table is the chart's text alternative: one row per year, and its "All" column adds up to every decision.
        long years = StreamSupport.stream(decisions.get("data").spliterator(), false).map(d -> d.at("/session/year").asInt()).distinct().count();
        assertEquals(years, page.locator("#scheduling-counts tbody tr").count());
        assertEquals(decisions.at("/meta/total").asInt(), page.locator("#scheduling-counts tbody tr td:last-child").allInnerTexts().stream().mapToInt(Integer::parseInt).sum());
        assertEquals(decisions.at("/meta/total").asInt(), page.locator("#scheduling-decisions tbody tr").count());
        common(page, "scheduling", "select[name=convention]");

        // Filtering goes through the API, as a reader would use the form.
        page.locator("select[name=convention]").selectOption("1961");
        page.locator("form.filters button[type=submit]").click();
        waitForView(page, "scheduling");
        assertTrue(page.url().contains("convention=1961"));
        assertEquals(total("/api/v1/scheduling-decisions?convention=1961"), page.locator("#scheduling-decisions tbody tr").count());
        assertTrue(page.locator(".requests code").allInnerTexts().stream().anyMatch(t -> t.contains("/api/v1/scheduling-decisions?convention=1961")));
        assertFitsTheWidthOnAPhone("/#/scheduling");
    }

    @Test
    void decisionsWithoutAnOutcomeAndTheSubstanceRegister() throws Exception {
        JsonNode decisions = service.api("/api/v1/scheduling-decisions?size=200&fields=id,outcome");
        long unknown = StreamSupport.stream(decisions.get("data").spliterator(), false).filter(d -> d.get("outcome").isNull()).count();
        assertTrue(unknown > 0, "the fixture for this test: CND 69's items have no outcome yet");
        Page page = open("/#/scheduling", 1280);
        assertEquals(decisions.at("/meta/total").asInt() + " decisions, " + unknown + " of them with no outcome recorded",
                page.locator("h2", new Page.LocatorOptions().setHasText("of them with no outcome recorded")).innerText());
        assertEquals(unknown, page.locator("#scheduling-decisions .unknown", new Page.LocatorOptions().setHasText("not recorded")).count());

        // the landing page's substances count leads to the register, and each substance's page back to it
        Page landing = open("/", 1280);
        landing.locator("ul.counts a[href='#/substances']").click();
        waitForView(landing, "substances");
        assertEquals(total("/api/v1/substances"), landing.locator("#substances tbody tr").count());
        common(landing, "substances", "#substances a");
        Page cannabis = open("/#/substances/cannabis", 1280);
        assertEquals(1, cannabis.locator("nav.crumbs a[href='#/substances']").count());
    }

    /** A count reads as English, "1 co-host", "3 co-hosts", never a bare number under a plural noun ("Co-hosts: 1"). */
    @Test
    void countsReadAsEnglish() throws Exception {
        JsonNode single = StreamSupport.stream(service.api("/api/v1/side-events?size=200").get("data").spliterator(), false)
                .filter(e -> e.get("hosts").size() == 1 && e.get("hostsComplete").asBoolean()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture: a side event with one co-host"));
        String session = single.at("/session/id").asText();
        Page page = open("/#/sessions/" + session, 1280);
        Locator row = page.locator("#session-side-events tbody tr", new Page.LocatorOptions().setHas(page.locator("a[href='#/side-events/" + single.get("id").asText() + "']")));
        assertEquals("1 co-host", row.locator("td").last().innerText());
        for (String cell : page.locator("#session-side-events tbody td:last-child").allInnerTexts()) {
            assertTrue(cell.matches("(1 co-host|\\d+ co-hosts)( named)?"), cell);
        }
        int events = total("/api/v1/side-events?session=" + session);
        assertEquals(events + (events == 1 ? " side event" : " side events") + " in the dataset",
                page.locator("main h2", new Page.LocatorOptions().setHasText("in the dataset")).nth(1).innerText());
    }

    @Test
    void readersSeeWordsNotCodes() throws Exception {
        // counts agree in number: "1 country or territory", not "1 countries and territories"
        Page countries = open("/#/countries?q=cote", 1280);
        assertEquals(1, total("/api/v1/countries?q=cote"), "the fixture for this test: one country matches cote");
        assertTrue(countries.locator("#countries caption").innerText().startsWith("1 country or territory matching"),
                countries.locator("#countries caption").innerText());
        // the sessions list gives every segment's dates, as the timeline draws them (CND 60 opened in December 2016)
        JsonNode cnd60 = service.api("/api/v1/sessions/cnd-60");
        JsonNode opening = cnd60.get("segments").get(0);
        assertTrue(!opening.get("startDate").asText().equals(cnd60.get("startDate").asText()), "the fixture: CND 60's first segment is before its regular one");
        Page sessions = open("/#/sessions", 1280);
        assertTrue(sessions.locator("#session-list > li").first().innerText().contains(opening.get("startDate").asText()),
                sessions.locator("#session-list > li").first().innerText());
        // a title the sources give only the start of is marked as incomplete
        JsonNode incomplete = null;
        for (JsonNode e : service.api("/api/v1/side-events?size=200&fields=id,title,titleComplete").get("data")) {
            if (!e.get("titleComplete").asBoolean(true)) {
                incomplete = e;
                break;
            }
        }
        assertTrue(incomplete != null, "the fixture for this test: a side event whose title is incomplete");
        Page events = open("/#/side-events", 1280);
        // marked once: a title whose recorded text already ends in "…" gets no second mark
        String title = incomplete.get("title").asText();
        String shown = events.locator("#side-events a[href='#/side-events/" + incomplete.get("id").asText() + "']").innerText();
        assertEquals(title.endsWith("…") ? title : title + " …", shown);
        assertTrue(shown.indexOf('…') == shown.lastIndexOf('…'), "one mark of an incomplete title: " + shown);
        // an organizer that the source names but no record of the dataset is: its name as listed, not "—"; and the date it was held
        JsonNode unmatched = StreamSupport.stream(service.api("/api/v1/side-events?size=200").get("data").spliterator(), false)
                .filter(e -> e.get("organizer").isNull() && e.get("organizerNameAsListed").isTextual() && e.get("heldOn").isTextual()).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture: a dated side event whose organizer is named only as listed"));
        Locator row = events.locator("#side-events tbody tr", new Page.LocatorOptions().setHas(events.locator("a[href='#/side-events/" + unmatched.get("id").asText() + "']")));
        assertTrue(row.innerText().contains(unmatched.get("organizerNameAsListed").asText()), row.innerText());
        Page event = open("/#/side-events/" + unmatched.get("id").asText(), 1280);
        String eventFacts = event.locator("dl.facts").innerText();
        assertTrue(eventFacts.contains(unmatched.get("organizerNameAsListed").asText()) && eventFacts.contains(unmatched.get("heldOn").asText()), eventFacts);
        Page ofSession = open("/#/sessions/" + unmatched.at("/session/id").asText(), 1280);
        Locator sessionRow = ofSession.locator("#session-side-events tbody tr",
                new Page.LocatorOptions().setHas(ofSession.locator("a[href='#/side-events/" + unmatched.get("id").asText() + "']")));
        assertTrue(sessionRow.innerText().contains(unmatched.get("organizerNameAsListed").asText()), sessionRow.innerText());
        // an organization's type and a sponsor's role in words, not the API's hyphenated codes (un-entity, main-sponsor)
        Set<String> types = new HashSet<>(service.api("/api/v1/organizations?size=200&fields=type").findValuesAsText("type"));
        assertTrue(types.stream().anyMatch(t -> t.contains("-")), "the fixture: an organization type with a hyphenated code");
        Page organizations = open("/#/organizations", 1280);
        for (String type : organizations.locator("#organizations tbody td:nth-child(3)").allInnerTexts()) {
            assertFalse(types.contains(type) && type.contains("-"), "a code for a word: " + type);
        }
        Set<String> classes = new HashSet<>(service.api("/api/v1/substances?size=200&fields=substanceClass").findValuesAsText("substanceClass"));
        assertTrue(classes.stream().anyMatch(c -> c.contains("-")), "the fixture: a substance class with a hyphenated code");
        Page substances = open("/#/substances", 1280);
        for (String substanceClass : substances.locator("#substances tbody td:nth-child(2)").allInnerTexts()) {
            assertFalse(classes.contains(substanceClass) && substanceClass.contains("-"), "a code for a word: " + substanceClass);
        }
        JsonNode claim = service.api("/api/v1/resolutions/cnd-68-l3/sponsors?size=1").at("/data/0");
        assertEquals("main-sponsor", claim.get("role").asText(), "the fixture: L.3's main sponsor");
        Page claims = open("/#/resolutions/cnd-68-l3", 1280);
        Locator claimRow = claims.locator("#sponsors tbody tr", new Page.LocatorOptions().setHasText(claim.at("/country/name").asText()));
        assertEquals("main sponsor", claimRow.locator("td").first().innerText());
        // a country's UN status as the UN names it, not the API's code (none, member, observer), on its page and in the list
        JsonNode territory = service.api("/api/v1/countries?unStatus=none&size=1").at("/data/0");
        assertTrue(territory.isObject(), "the fixture: a country or territory that is neither a UN member nor an observer");
        Page territoryPage = open("/#/countries/" + territory.get("id").asText(), 1280);
        String territoryFacts = territoryPage.locator("dl.facts").innerText();
        assertTrue(territoryFacts.contains("Not a member or observer"), territoryFacts);
        territoryPage.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("country-not-a-member-or-observer.png")));
        List<String> listed = open("/#/countries", 1280).locator("#countries tbody td:nth-child(4)").allInnerTexts();
        assertEquals(Set.of("Member State", "Non-member observer State", "Not a member or observer"), new HashSet<>(listed));
        // a country's note on its vote names its sources by links
        Page us = open("/#/countries/USA", 1280);
        assertTrue(us.locator("#country-decision-votes td a[title]").count() > 0, "no source link in the notes on the US votes");
    }

    /** A resolution whose roll-call is recorded on the scheduling decision it took (63/17) says so on its page and its vote's, with a link there. */
    @Test
    void aResolutionWhoseRollCallIsRecordedOnItsDecisionLeadsThere() throws Exception {
        // found through the API: every resolution's votes that name no state but are recorded on a decision
        int found = 0;
        for (JsonNode d : service.api("/api/v1/scheduling-decisions?voting=vote&size=200").get("data")) {
            if (d.get("decidedBy").isNull()) continue;
            String resolution = d.at("/decidedBy/id").asText();
            JsonNode recordedOn = service.api("/api/v1/resolutions/" + resolution + "/votes").at("/meta/recordedOn");
            if (recordedOn.isEmpty()) continue;
            found++;
            for (String path : List.of("/#/resolutions/" + resolution, "/#/votes/" + resolution)) {
                Page page = open(path, 1280);
                Locator links = page.locator("#roll-call-elsewhere a");
                assertEquals(recordedOn.size(), links.count(), path);
                assertEquals(d.get("subject").asText(), page.locator("#roll-call-elsewhere a[href='#/scheduling/" + d.get("id").asText() + "']").innerText(), path);
                assertEquals(List.of(), consoleErrors, path);
                assertEquals(0, page.locator("table:not(:has(tbody tr))").count(), path + ": an empty section says so in words, not as an empty table");
                assertEquals(0, page.locator("#unnamed-statement").count(), path + ": the names are on the decision's roll-call, not missing");
            }
            if (service.api("/api/v1/resolutions/" + resolution + "/sponsors").at("/meta/total").asInt() == 0) {
                assertEquals("No source names a sponsor of this text.", open("/#/resolutions/" + resolution, 1280).locator("p#sponsors").innerText());
            }
            Page page = open("/#/resolutions/" + resolution, 1280);
            page.locator("#roll-call-elsewhere a").first().click();
            waitForView(page, "decision");
            assertTrue(page.locator("#decision-votes tbody tr").count() > 0, "the decision's page shows the roll-call");
        }
        assertTrue(found > 0, "the fixture: a resolution whose roll-call is recorded on a scheduling decision (63/17)");
    }

    @Test
    void aDecisionWithItsRollCallAndASubstancePage() throws Exception {
        // The decision with a recorded roll-call that names the most states; found through the API, not named here.
        JsonNode voted = service.api("/api/v1/scheduling-decisions?voting=vote&size=200&fields=id");
        String id = null;
        int named = -1;
        for (JsonNode d : voted.get("data")) {
            int n = total("/api/v1/scheduling-decisions/" + d.get("id").asText() + "/votes");
            if (n > named) { named = n; id = d.get("id").asText(); }
        }
        assertTrue(named > 0, "the fixture: a scheduling decision with a named roll-call");
        JsonNode votes = service.api("/api/v1/scheduling-decisions/" + id + "/votes?size=200");
        Page page = open("/#/scheduling/" + id, 1280);
        assertEquals(named, page.locator("#decision-votes tbody tr").count());
        assertEquals(named, page.locator("a.tile").count());
        assertEquals(votes.at("/meta/tally/against").asText(), page.locator("[data-count=against]").innerText());
        int unnamed = 0;
        for (JsonNode n : votes.at("/meta/unnamed")) unnamed += n.asInt();
        assertEquals(unnamed, page.locator(".tile.unnamed").count());
        common(page, "scheduling-" + id, "a.tile");

        JsonNode decision = service.api("/api/v1/scheduling-decisions/" + id);
        assertEquals(decision.get("substances").size(), page.locator("#decision-substances li").count());
        String substance = decision.at("/substances/0/substance/id").asText();
        page.locator("#decision-substances a").first().click();
        waitForView(page, "substance");
        assertTrue(page.url().endsWith("#/substances/" + substance));
        assertEquals(total("/api/v1/scheduling-decisions?substance=" + substance), page.locator("#substance-decisions tbody tr").count());
        common(page, "substance-" + substance, "#substance-decisions a");
    }

    @Test
    void bureausOfEverySession() throws Exception {
        JsonNode members = service.api("/api/v1/bureau-members?size=200");
        Page page = open("/#/bureaus", 1280);
        assertEquals(total("/api/v1/sessions"), page.locator("#bureaus tbody tr").count());
        // Every member with a country appears as a link to that country, in its session's row.
        for (JsonNode m : members.get("data")) {
            if (m.get("country").isNull()) continue;
            Locator row = page.locator("#bureaus tbody tr", new Page.LocatorOptions().setHas(page.locator("a[href='#/sessions/" + m.at("/session/id").asText() + "']")));
            assertTrue(row.locator("a[href='#/countries/" + m.at("/country/id").asText() + "']").count() > 0, m.get("id").asText());
        }
        // Each office of a session that no source fills is said to be unrecorded, never left looking empty or guessed.
        Set<String> offices = new HashSet<>();
        Set<String> filled = new HashSet<>();
        members.get("data").forEach(m -> {
            offices.add(m.get("office").asText());
            filled.add(m.at("/session/id").asText() + " " + m.get("office").asText());
        });
        assertEquals(total("/api/v1/sessions") * offices.size() - filled.size(), page.locator("#bureaus .unknown").count());
        // Every note of the sources is under the table, and numbered where its member stands.
        long notes = StreamSupport.stream(members.get("data").spliterator(), false).filter(m -> !m.get("note").isNull()).count();
        assertEquals(notes, page.locator("#bureau-notes li").count());
        assertEquals(notes, page.locator("#bureaus sup.note-ref").count());
        // offices and regional groups as the UN writes them, not as the API's codes
        List<String> headers = page.locator("#bureaus thead th").allInnerTexts();
        assertTrue(headers.contains("First Vice-Chair") && headers.contains("Rapporteur"), headers.toString());
        String table = page.locator("#bureaus").innerText();
        for (String code : List.of("weog", "grulac", "first vice chair")) {
            assertFalse(table.contains(code), code + " in " + table);
        }
        common(page, "bureaus", "#bureaus a");
    }

    private void assertFitsTheWidthOnAPhone(String path) throws IOException {
        Page phone = open(path, 390);
        assertFitsTheWidth(phone);
        phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(path.replaceAll("\\W+", "-").replaceAll("^-|-$", "") + "-phone.png")).setFullPage(true));
    }

    /**
     * The budget: bytes over the wire with a cold browser cache, and the time from navigation to the network graph in
     * the document. The first load after start-up also warms the JVM and the response cache; it is reported, and the
     * second (a new browser context, so a cold browser cache again) is held to the budget.
     */
    @Test
    void pageWeightAndTimeToFirstChart() {
        double cold = firstChart(openCold("/#/network?session=cnd-68", 1280));
        double warm = firstChart(openCold("/#/network?session=cnd-68", 1280));
        System.out.println("explorer budget: resources of the network view (start ms, duration ms, bytes): " + context.pages().get(0).evaluate(
                "() => performance.getEntriesByType('resource').map(e => e.name.replace(location.origin, '') + ' ' + Math.round(e.startTime) + ' ' + Math.round(e.duration) + ' ' + e.transferSize).join('; ')"));
        System.out.printf("explorer budget: network graph in the document after %.0f ms (first load after start-up %.0f ms; budget %.0f)%n",
                warm, cold, FIRST_CHART_MS_BUDGET);
        assertTrue(warm < FIRST_CHART_MS_BUDGET, "first chart after " + warm + " ms");

        long landing = transferred(openCold("/", 1280));
        long network = transferred(openCold("/#/network?session=cnd-68", 1280));
        System.out.printf("explorer budget: landing %d B (budget %d), network view %d B (budget %d)%n", landing, LANDING_BYTES_BUDGET, network, NETWORK_BYTES_BUDGET);
        assertTrue(landing < LANDING_BYTES_BUDGET, "landing page: " + landing + " bytes");
        assertTrue(network < NETWORK_BYTES_BUDGET, "network view: " + network + " bytes");
    }

    @Test
    void everyFileOfTheExplorerCarriesItsOwnPolicyAndTheApiKeepsItsOwn() throws Exception {
        for (String path : List.of("/", "/index.html", "/explorer/app.js", "/explorer/api.js", "/explorer/explorer.css", "/webjars/d3/dist/d3.min.js")) {
            String csp = service.headers(path).firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.startsWith("default-src 'none'; script-src 'self'; style-src 'self';"), path + ": " + csp);
            assertFalse(csp.contains("unsafe"), path + ": " + csp);
        }
        assertEquals("default-src 'none'; frame-ancestors 'none'", service.headers("/api/v1").firstValue("Content-Security-Policy").orElse(""));
    }

    /**
     * A record page's breadcrumbs are the pages above it, in words, each a link: a record of a session leads up to its
     * session's part of the list; no trail ends with the record's own id (a side event's showed its slug).
     */
    @Test
    void breadcrumbsLeadUpToThePagesAbove() throws Exception {
        JsonNode event = service.api("/api/v1/side-events?size=1&sort=title").at("/data/0");
        String session = event.at("/session/id").asText();
        String sessionLabel = "CND " + session.replace("cnd-", "");
        Page page = open("/#/side-events/" + event.get("id").asText(), 390);
        Locator crumbs = page.locator("nav.crumbs[aria-label=Breadcrumb]");
        assertEquals("Side events / " + sessionLabel, crumbs.innerText());
        crumbs.locator("a", new Locator.LocatorOptions().setHasText(sessionLabel)).click();
        waitForView(page, "sideEvents");
        assertEquals(total("/api/v1/side-events?session=" + session), page.locator("#side-events tbody tr").count());

        JsonNode voted = service.api("/api/v1/resolutions?adoption=vote&size=1").at("/data/0");
        assertTrue(voted.isObject(), "the fixture for this test: a resolution adopted by a recorded vote");
        String votedSession = "CND " + voted.at("/session/id").asText().replace("cnd-", "");
        // as the explorer names a resolution: its UN document symbol, else its number, else its id
        String symbol = voted.get("symbol").isTextual() ? voted.get("symbol").asText()
                : voted.get("resolutionNumber").isTextual() ? voted.get("resolutionNumber").asText() : voted.get("id").asText();
        JsonNode decision = service.api("/api/v1/scheduling-decisions?size=1").at("/data/0");
        JsonNode organization = service.api("/api/v1/organizations?size=1").at("/data/0");
        JsonNode country = service.api("/api/v1/countries?size=1").at("/data/0");
        JsonNode substance = service.api("/api/v1/substances?size=1").at("/data/0");
        JsonNode aSession = service.api("/api/v1/sessions?size=1").at("/data/0");
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("/#/resolutions/" + voted.get("id").asText(), "Resolutions / " + votedSession);
        expected.put("/#/votes/" + voted.get("id").asText(), "Resolutions / " + votedSession + " / " + symbol);
        expected.put("/#/scheduling/" + decision.get("id").asText(), "Scheduling decisions");
        expected.put("/#/organizations/" + organization.get("id").asText(), "Organizations");
        expected.put("/#/countries/" + country.get("id").asText(), "Countries");
        expected.put("/#/substances/" + substance.get("id").asText(), "Substances");
        expected.put("/#/sessions/" + aSession.get("id").asText(), "Sessions");
        expected.put("/#/topics/" + service.api("/api/v1/topics?size=1").at("/data/0/id").asText(), "Topics");
        for (var record : expected.entrySet()) {
            Page recordPage = open(record.getKey(), 1280);
            Locator trail = recordPage.locator("nav.crumbs");
            assertEquals(record.getValue(), trail.innerText(), record.getKey());
            assertEquals(record.getValue().split(" / ").length, trail.locator("a").count(), "every crumb a link: " + record.getKey());
        }
        Page vote = open("/#/votes/" + voted.get("id").asText(), 1280);
        vote.locator("nav.crumbs a", new Page.LocatorOptions().setHasText(votedSession)).click();
        waitForView(vote, "resolutions");
        assertEquals(total("/api/v1/resolutions?session=" + voted.at("/session/id").asText()), vote.locator("#resolutions tbody tr").count());
    }

    @Test
    void anUnknownRecordIsAnHonestNotFound() throws Exception {
        // in the API's words, with a way back to the list of its kind (a new user's mistyped id met only "Back to the start")
        for (String[] record : List.of(new String[] {"resolutions", "no-such-resolution"}, new String[] {"side-events", "no-such-event"},
                new String[] {"topics", "no-such-topic"})) {
            JsonNode problem = service.problem("/api/v1/" + record[0] + "/" + record[1], 404);
            for (int width : List.of(1280, 390)) {
                Page page = open("/#/" + record[0] + "/" + record[1], width);
                assertEquals("Not found", page.locator("main h1").innerText());
                assertEquals("Not found · Open Drug Policy explorer", page.title());
                assertEquals(problem.get("detail").asText(), page.locator("main [role=alert]").innerText());
                assertEquals(1, page.locator("main a[href='#/" + record[0] + "']").count(), "no link back to the list");
                consoleErrors.removeIf(e -> e.contains("404")); // the browser logs the API's 404 itself
                assertEquals(List.of(), consoleErrors);
                assertFitsTheWidth(page);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found-" + record[0] + "-" + width + ".png")));
            }
        }
        Page page = open("/#/resolutions/no-such-resolution", 1280);
        page.locator("main a[href='#/resolutions']").click();
        waitForView(page, "resolutions");
        assertEquals(total("/api/v1/resolutions"), page.locator("#resolutions tbody tr").count());

        // a country asked for by its alpha-2 code: the API's 404 names the alpha-3 path, which leads to the country's page here
        JsonNode mixUp = service.problem("/api/v1/countries/BR", 404);
        assertTrue(mixUp.get("detail").asText().contains("/api/v1/countries/BRA"), "the fixture: the API names Brazil's path");
        Page alpha2 = open("/#/countries/BR", 1280);
        assertEquals(mixUp.get("detail").asText(), alpha2.locator("main [role=alert]").innerText());
        alpha2.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found-countries-alpha-2-1280.png")));
        alpha2.locator("main [role=alert] a[href='#/countries/BRA']").click();
        waitForView(alpha2, "country");
        assertEquals(service.api("/api/v1/countries/BRA").get("name").asText(), alpha2.locator("main h1").innerText());

        Page nowhere = open("/#/no-such-view", 1280);
        assertEquals("Not found", nowhere.locator("main h1").innerText());
        assertEquals("#/", nowhere.locator("main a", new Page.LocatorOptions().setHasText("Back to the start")).getAttribute("href"));
    }

    // ---- topics, records opened by their UN symbol, and lists titled by their filters (a new user's trial) ----

    /**
     * A topic has a page, as every other kind of record: its name and description as the API gives them, its sources,
     * and the resolutions and side events tagged with it, each a link to its page; the list of topics counts both.
     */
    @Test
    void aTopicPageListsItsResolutionsAndSideEvents() throws Exception {
        String id = "harm-reduction";
        JsonNode topic = service.api("/api/v1/topics/" + id);
        int resolutions = total("/api/v1/resolutions?topic=" + id);
        int events = total("/api/v1/side-events?topic=" + id);
        assertTrue(resolutions > 0 && events > 0, "the fixture for this test: harm reduction tags a resolution and a side event");
        Page page = open("/#/topics/" + id, 1280);
        assertEquals(topic.get("name").asText(), page.locator("main h1").innerText());
        assertEquals(topic.get("name").asText() + " · Open Drug Policy explorer", page.title());
        assertEquals(topic.get("description").asText(), page.locator("main p.lede").innerText());
        assertEquals("Topics", page.locator("nav.crumbs").innerText());
        assertEquals("#/topics", page.locator("nav.crumbs a").getAttribute("href"));
        assertEquals(topic.get("sources").size(), page.locator("ul.sources li").count());
        assertEquals(resolutions, page.locator("#topic-resolutions tbody tr").count());
        for (JsonNode r : service.api("/api/v1/resolutions?size=200&topic=" + id).get("data")) {
            assertEquals(1, page.locator("#topic-resolutions a[href='#/resolutions/" + r.get("id").asText() + "']").count(), r.get("id").asText());
        }
        assertEquals(events, page.locator("#topic-side-events tbody tr").count());
        JsonNode event = service.api("/api/v1/side-events?size=200&topic=" + id).at("/data/0");
        assertEquals("page", page.locator("#nav a[href='#/topics']").getAttribute("aria-current"));
        assertTrue(page.locator(".requests code").allInnerTexts().stream().anyMatch(t -> t.endsWith("/api/v1/topics/" + id)));
        common(page, "topic-" + id, "#topic-resolutions a");

        // from the topic to a side event on it, and by the event's topic back to the topic
        page.locator("#topic-side-events a[href='#/side-events/" + event.get("id").asText() + "']").click();
        waitForView(page, "sideEvent");
        assertEquals(event.get("title").asText(), page.locator("main h1").innerText());
        page.locator("dl.facts a[href='#/topics/" + id + "']").click();
        waitForView(page, "topic");
        assertEquals(topic.get("name").asText(), page.locator("main h1").innerText());

        // a topic that tags no resolution says so in words rather than drawing an empty table
        JsonNode groups = service.api("/api/v1/resolutions/groups?by=topic");
        Set<String> tagging = new HashSet<>(groups.findValuesAsText("key"));
        JsonNode untagged = StreamSupport.stream(service.api("/api/v1/topics?size=200").get("data").spliterator(), false)
                .filter(t -> !tagging.contains(t.get("id").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("the fixture: a topic no resolution is tagged with"));
        Page none = open("/#/topics/" + untagged.get("id").asText(), 390);
        assertEquals("No resolution in the dataset is tagged with this topic.", none.locator("#topic-resolutions").innerText());
        assertTrue(none.locator("main h2").first().innerText().startsWith("0 resolutions and decisions on "), none.locator("main h2").first().innerText());
        assertFitsTheWidth(none);
        none.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("topic-without-resolutions-phone.png")).setFullPage(true));

        // the list: every topic, each with the API's counts of its resolutions and side events, which open those lists filtered
        Page landing = open("/", 1280);
        assertEquals(total("/api/v1/topics"), Integer.parseInt(landing.locator("ul.counts a[href='#/topics'] strong").innerText()));
        landing.locator("#nav a[href='#/topics']").click();
        waitForView(landing, "topics");
        assertEquals(total("/api/v1/topics"), landing.locator("#topics tbody tr").count());
        Locator row = landing.locator("#topics tbody tr", new Page.LocatorOptions().setHas(landing.locator("a[href='#/topics/" + id + "']")));
        assertEquals(resolutions + (resolutions == 1 ? " resolution" : " resolutions"), row.locator("td").nth(1).innerText());
        assertEquals(events + (events == 1 ? " side event" : " side events"), row.locator("td").nth(2).innerText());
        common(landing, "topics", "#topics a");
        row.locator("a[href='#/side-events?topic=" + id + "']").click();
        waitForView(landing, "sideEvents");
        assertEquals(events, landing.locator("#side-events tbody tr").count());
    }

    /** Wherever the explorer shows a record's topics, each is a link to the topic's page: a resolution's and a side event's. */
    @Test
    void aRecordsTopicsAreLinksToTheirPages() throws Exception {
        JsonNode tagged = StreamSupport.stream(service.api("/api/v1/resolutions?size=200").get("data").spliterator(), false)
                .filter(r -> r.get("topics").size() > 1).findFirst().orElseThrow(() -> new AssertionError("the fixture: a resolution with two topics"));
        Page page = open("/#/resolutions/" + tagged.get("id").asText(), 1280);
        Locator links = page.locator("dl.facts a[href^='#/topics/']");
        assertEquals(tagged.get("topics").size(), links.count());
        for (int i = 0; i < tagged.get("topics").size(); i++) {
            JsonNode t = tagged.get("topics").get(i);
            assertEquals("#/topics/" + t.get("id").asText(), links.nth(i).getAttribute("href"));
            assertEquals(t.get("name").asText(), links.nth(i).innerText());
        }
        String first = tagged.at("/topics/0/id").asText();
        links.first().click();
        waitForView(page, "topic");
        assertTrue(page.url().endsWith("#/topics/" + first), page.url());
        assertEquals(1, page.locator("#topic-resolutions a[href='#/resolutions/" + tagged.get("id").asText() + "']").count());

        JsonNode event = StreamSupport.stream(service.api("/api/v1/side-events?size=200").get("data").spliterator(), false)
                .filter(e -> e.get("topics").size() > 0).findFirst().orElseThrow();
        Page eventPage = open("/#/side-events/" + event.get("id").asText(), 1280);
        assertEquals(event.get("topics").size(), eventPage.locator("dl.facts a[href^='#/topics/']").count());
        // a record without topics says none, not an empty link
        JsonNode untagged = StreamSupport.stream(service.api("/api/v1/resolutions?size=200").get("data").spliterator(), false)
                .filter(r -> r.get("topics").size() == 0).findFirst().orElseThrow();
        Page plain = open("/#/resolutions/" + untagged.get("id").asText(), 1280);
        assertEquals(0, plain.locator("dl.facts a[href^='#/topics/']").count());
        assertTrue(plain.locator("dl.facts").innerText().contains("Topics\n—"), plain.locator("dl.facts").innerText());
    }

    /**
     * A resolution opened by its UN document symbol, one segment with its slashes encoded as the API takes it, is that
     * resolution's page, shown at the record's own address; the router decoded the address before splitting it, so the
     * symbol was six segments and no view. Every route with an id decodes its segment alone.
     */
    @Test
    void aResolutionIsOpenedByItsUnSymbol() throws Exception {
        JsonNode l6 = service.api("/api/v1/resolutions/cnd-68-l6");
        String symbol = l6.get("symbol").asText();
        assertEquals("E/CN.7/2025/L.6/Rev.1", symbol, "the fixture: the trial's symbol");
        String encoded = URLEncoder.encode(symbol, StandardCharsets.UTF_8);
        assertEquals("cnd-68-l6", service.api("/api/v1/resolutions/" + encoded).get("id").asText(), "the API takes the symbol");
        Page page = open("/#/resolutions/" + encoded, 1280);
        assertEquals("resolution", page.locator("main").getAttribute("data-view"));
        assertTrue(page.locator("main h1").innerText().startsWith(symbol), page.locator("main h1").innerText());
        assertEquals(symbol + " · Open Drug Policy explorer", page.title());
        assertEquals(total("/api/v1/resolutions/cnd-68-l6/sponsors?claimStatus=confirmed,unconfirmed,contradicted"), page.locator("#sponsors tbody tr").count());
        // shown at the record's one address, which the API's links and every list lead to
        assertTrue(page.url().endsWith("#/resolutions/cnd-68-l6"), page.url());
        assertEquals("Resolutions / CND 68", page.locator("nav.crumbs").innerText());
        assertEquals(List.of(), consoleErrors);
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("resolution-by-symbol.png")));

        // from within the explorer too (a hash change, not a load), and the vote's page by the same symbol
        page.evaluate("h => { location.hash = h; }", "#/votes/" + encoded);
        page.waitForFunction("() => location.hash === '#/votes/cnd-68-l6'");
        waitForView(page, "vote");
        assertEquals(30, page.locator("a.tile[data-vote=in-favour]").count());

        // a symbol the API has no resolution for: the API's own words, and the way back to the list
        String unknown = "E/CN.7/2099/L.99";
        JsonNode problem = service.problem("/api/v1/resolutions/" + URLEncoder.encode(unknown, StandardCharsets.UTF_8), 404);
        Page missing = open("/#/resolutions/" + URLEncoder.encode(unknown, StandardCharsets.UTF_8), 1280);
        assertEquals("Not found", missing.locator("main h1").innerText());
        assertEquals(problem.get("detail").asText(), missing.locator("main [role=alert]").innerText());
        assertEquals(1, missing.locator("main a[href='#/resolutions']").count());

        // the symbol pasted with its slashes as printed: not found, with a link to the address it means
        Page pasted = open("/#/resolutions/" + symbol, 390);
        assertEquals("Not found", pasted.locator("main h1").innerText());
        assertEquals(1, pasted.locator("main a[href='#/resolutions']").count(), "no link back to the list");
        assertFitsTheWidth(pasted);
        pasted.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("not-found-symbol-unencoded-390.png")));
        pasted.locator("main a[href='#/resolutions/" + encoded + "']").click();
        pasted.waitForFunction("() => location.hash === '#/resolutions/cnd-68-l6'");
        waitForView(pasted, "resolution");
        assertTrue(pasted.locator("main h1").innerText().startsWith(symbol));

        // any id is decoded as one segment: an encoded hyphen is a hyphen; a % that encodes nothing is not found, not a crash
        Page hyphen = open("/#/topics/harm%2Dreduction", 1280);
        assertEquals(service.api("/api/v1/topics/harm-reduction").get("name").asText(), hyphen.locator("main h1").innerText());
        assertTrue(hyphen.url().endsWith("#/topics/harm-reduction"), hyphen.url());
        Page broken = open("/#/resolutions/%E0%A4%A", 1280);
        assertEquals("Not found", broken.locator("main h1").innerText());
        assertTrue(broken.locator("main [role=alert]").innerText().contains("not a valid percent-encoding"), broken.locator("main [role=alert]").innerText());
        assertEquals(1, broken.locator("main a[href='#/resolutions']").count());
        assertEquals(List.of(), consoleErrors);
    }

    /**
     * A filtered list's title names its filters, as the network's names its session, so that tabs, history and
     * bookmarks tell them apart: "Side events · CND 68"; the side events take the topic filter the API has.
     */
    @Test
    void filtersTheApiRefusesAreToldInItsWordsWithAWayOn() throws Exception {
        // a comma list with an empty item is a 400 from the API: the page said "Something went wrong" and the raw error
        Page page = open("/#/side-events?session=cnd-67,,cnd-68", 1280);
        assertEquals("Filters the API refuses", page.locator("main h1").innerText());
        assertEquals("Filters the API refuses · Open Drug Policy explorer", page.title());
        assertTrue(page.locator("main p[role=alert]").innerText().startsWith("session: must be a comma-separated list of values without empty items, got 'cnd-67,,cnd-68'"),
                page.locator("main p[role=alert]").innerText());
        page.locator("main a[href='#/side-events']").first().click();
        waitForView(page, "sideEvents");
        assertEquals("Side events · Open Drug Policy explorer", page.title());
        // the topic page's links to the lists read as English
        Page topic = open("/#/topics/harm-reduction", 1280);
        String resolutions = total("/api/v1/resolutions?topic=harm-reduction") == 1 ? "it" : "them";
        String events = total("/api/v1/side-events?topic=harm-reduction") == 1 ? "it" : "them";
        assertTrue(topic.locator("main p a").allInnerTexts().containsAll(List.of("See " + resolutions + " in the list of resolutions, to filter and sort",
                "See " + events + " in the list of side events, to filter by session")), topic.locator("main p a").allInnerTexts().toString());
    }

    @Test
    void aFilteredListIsTitledByItsFilters() throws Exception {
        String suffix = " · Open Drug Policy explorer";
        JsonNode session = service.api("/api/v1/sessions/cnd-68");
        String cnd68 = "CND " + session.get("number").asInt();
        JsonNode topic = service.api("/api/v1/topics/harm-reduction");
        Page page = open("/#/side-events?session=cnd-68", 1280);
        assertEquals("Side events · " + cnd68 + suffix, page.title());
        assertEquals("Side events" + suffix, open("/#/side-events", 1280).title());
        assertEquals("Resolutions · " + cnd68 + " · " + topic.get("name").asText() + suffix,
                open("/#/resolutions?session=cnd-68&topic=harm-reduction", 1280).title());
        assertEquals("Resolutions · " + cnd68 + " · adopted by vote · matching “L.6”" + suffix,
                open("/#/resolutions?q=L.6&adoption=vote&session=cnd-68", 1280).title());
        assertEquals("Meetings · " + cnd68 + suffix, open("/#/meetings?session=cnd-68", 1280).title());
        assertEquals("Scheduling decisions · 1961 Convention · recommended by WHO" + suffix,
                open("/#/scheduling?convention=1961&recommendedBy=who", 1280).title());
        assertEquals("Organizations · matching “villa”" + suffix, open("/#/organizations?q=villa", 1280).title());

        // the side events' topic filter, chosen with the form as a reader would; the address and the title keep it
        Page events = open("/#/side-events", 1280);
        events.locator("select[name=topic]").selectOption("harm-reduction");
        events.locator("form.filters button[type=submit]").click();
        waitForView(events, "sideEvents");
        assertTrue(events.url().endsWith("#/side-events?topic=harm-reduction"), events.url());
        int onTopic = total("/api/v1/side-events?topic=harm-reduction");
        assertEquals(onTopic, events.locator("#side-events tbody tr").count());
        assertEquals(onTopic + (onTopic == 1 ? " side event" : " side events") + " on " + topic.get("name").asText(), events.locator("#side-events caption").innerText());
        assertEquals("Side events · " + topic.get("name").asText() + suffix, events.title());
        assertTrue(events.locator(".requests code").allInnerTexts().stream().anyMatch(t -> t.contains("/api/v1/side-events?topic=harm-reduction")));
        common(events, "side-events-harm-reduction", "select[name=topic]");

        // a session id the API knows no session by: an empty list, whose title and form say what was asked for, not "any"
        assertEquals(0, total("/api/v1/side-events?session=cnd-99"), "the fixture: no CND 99");
        Page unknown = open("/#/side-events?session=cnd-99", 1280);
        assertEquals("Side events · “cnd-99”" + suffix, unknown.title());
        assertEquals(0, unknown.locator("#side-events tbody tr").count());
        assertTrue(unknown.locator("#unknown-filter").innerText().contains("“cnd-99”"), unknown.locator("#unknown-filter").innerText());
        assertEquals(0, open("/#/side-events?session=cnd-68", 1280).locator("#unknown-filter").count());

        // a list of sessions (the API's "any of"): titled by both, the form shows the pair, and the rows are the union
        String cnd67 = "CND " + service.api("/api/v1/sessions/cnd-67").get("number").asInt();
        Page both = open("/#/side-events?session=cnd-67,cnd-68", 1280);
        assertEquals("Side events · " + cnd67 + " or " + cnd68 + suffix, both.title());
        assertEquals(0, both.locator("#unknown-filter").count());
        assertEquals(total("/api/v1/side-events?session=cnd-67") + total("/api/v1/side-events?session=cnd-68"),
                both.locator("#side-events tbody tr").count());
        assertTrue(both.locator("select[name=session] option:checked").innerText().contains(cnd67 + " or " + cnd68),
                both.locator("select[name=session] option:checked").innerText());
        // one known and one unknown: the unknown one is named
        Page half = open("/#/side-events?session=cnd-68,cnd-99", 1280);
        assertTrue(half.locator("#unknown-filter").innerText().contains("“cnd-99”"), half.locator("#unknown-filter").innerText());
        assertFalse(half.locator("#unknown-filter").innerText().contains("cnd-68"), half.locator("#unknown-filter").innerText());
    }

    // ---- what every view must do ----

    /**
     * Opens a deep link in a new page, a fresh document, and waits until the view has rendered. The explorer's files may
     * come from the browser's cache, as for a returning reader; {@link #openCold} is the first visit.
     */
    private Page open(String path, int width) {
        if (current != null) current.close();
        if (warm == null) warm = browser.newContext();
        current = warm.newPage();
        current.setViewportSize(width, width < 600 ? 844 : 900);
        return load(current, path);
    }

    /** Opens a deep link in a new browser context: nothing cached. */
    private Page openCold(String path, int width) {
        if (context != null) context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, width < 600 ? 844 : 900));
        return load(context.newPage(), path);
    }

    private Page load(Page page, String path) {
        consoleErrors.clear();
        foreignRequests.clear();
        page.onConsoleMessage(m -> { if (m.type().equals("error")) consoleErrors.add(m.text()); });
        page.onPageError(e -> consoleErrors.add("page error: " + e));
        String origin = service.base();
        page.onRequest(r -> { if (!r.url().startsWith(origin + "/") && !r.url().startsWith("data:")) foreignRequests.add(r.url()); });
        page.navigate(origin + path);
        page.waitForSelector("main[data-ready]");
        return page;
    }

    /**
     * Until the view on screen is the one for the address the browser is at now: after a click that changes the address,
     * the old view is still on screen (and not busy) until the router has heard of the change, so the address is compared.
     */
    private static void waitForView(Page page, String view) {
        page.waitForFunction("v => { const main = document.querySelector('main'); return main.dataset.view === v"
                + " && main.dataset.hash === (location.hash || '#/') && !main.hasAttribute('aria-busy'); }", view);
    }

    /** No console error, nothing from another host, the key control reachable by Tab, axe clean, and a screenshot. */
    private void common(Page page, String name, String keySelector) throws IOException {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
        assertEquals(List.of(), consoleErrors, name + ": console errors");
        assertEquals(Set.of(), foreignRequests, name + ": requests to another host");
        assertTrue(page.locator(".requests code").count() > 0, name + ": names no API request");

        // Keyboard: from a fresh load of the deep link, Tab reaches the skip link first, then the view's key control.
        page.reload();
        page.waitForSelector("main[data-ready]");
        page.keyboard().press("Tab");
        assertEquals("skip", page.evaluate("() => document.activeElement.className"), name + ": the skip link is not first");
        boolean reached = false;
        for (int i = 0; i < 80 && !reached; i++) {
            page.keyboard().press("Tab");
            reached = (boolean) page.evaluate("s => document.activeElement.matches(s)", keySelector);
        }
        assertTrue(reached, name + ": " + keySelector + " not reached by Tab");

        List<String> serious = axe(page);
        assertEquals(List.of(), serious, name + ": serious or critical accessibility violations");
    }

    private static final String AXE = readAxe();

    private static String readAxe() {
        try (InputStream in = ExplorerBrowserIT.class.getResourceAsStream("/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("axe.min.js is not on the test classpath (com.deque.html.axe-core:playwright)", e);
        }
    }

    /** Runs axe-core (WCAG 2.0 and 2.1, A and AA) and answers the serious and critical violations. */
    private static List<String> axe(Page page) throws IOException {
        // Evaluated through the DevTools protocol, which the page's Content-Security-Policy does not govern.
        page.evaluate(AXE);
        String result = (String) page.evaluate("async () => JSON.stringify(await axe.run(document, {runOnly: {type: 'tag', values: "
                + "['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}, resultTypes: ['violations']}))");
        JsonNode violations = JSON.readTree(result).get("violations");
        List<String> serious = new ArrayList<>();
        List<String> all = new ArrayList<>();
        for (JsonNode v : violations) {
            String line = v.get("impact").asText() + " " + v.get("id").asText() + " (" + v.get("nodes").size() + "): " + v.at("/nodes/0/target");
            all.add(line);
            if (Set.of("serious", "critical").contains(v.get("impact").asText())) serious.add(line);
        }
        System.out.println("axe " + page.url() + ": " + (all.isEmpty() ? "no violations" : all));
        return serious;
    }

    private static void assertFitsTheWidth(Page page) {
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Object culprits = page.evaluate("() => [...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > "
                + "document.documentElement.clientWidth + 1 && !(e.parentElement && e.parentElement.closest('.table-wrap'))).slice(0, 5).map(e => e.tagName + '.' + e.className + '#' + e.id)");
        assertTrue(((Number) overflow).intValue() <= 0, "wider than the phone by " + overflow + " px: " + culprits);
    }

    private static double firstChart(Page page) {
        page.waitForSelector("svg.graph[data-ready]");
        return ((Number) page.evaluate("() => performance.getEntriesByName('explorer:rendered:network')[0].startTime")).doubleValue();
    }

    /** Bytes over the wire for the page and everything it loaded (cold cache). */
    private static long transferred(Page page) {
        Number n = (Number) page.evaluate("() => performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                + ".reduce((s, e) => s + (e.transferSize || 0), 0)");
        return n.longValue();
    }

    private int total(String path) throws Exception {
        return service.api(path + (path.contains("?") ? "&" : "?") + "size=1").at("/meta/total").asInt();
    }

    // ---- at phone width (390 px), from a new-user trial: readable charts, tables that say they scroll, the network in words ----

    /** Every chart's text shows at 10 px or more on a phone: each chart is drawn at the width it is shown at, not scaled down. */
    @Test
    void chartTextIsReadableOnAPhone() throws IOException {
        for (String[] chart : List.of(new String[] {"/#/scheduling", "svg.bars"}, new String[] {"/#/sessions", "svg.timeline"})) {
            Page phone = open(chart[0], 390);
            double px = smallestText(phone, chart[1]);
            assertTrue(px >= 10, chart[0] + ": chart text at " + px + " px");
            assertFitsTheWidth(phone);
            phone.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(chart[1].replace("svg.", "chart-") + "-phone.png")));
            assertEquals(List.of(), consoleErrors, chart[0]);
        }
        Page network = open("/#/network?session=cnd-68", 390);
        network.waitForSelector("svg.graph[data-labels]");
        double px = smallestText(network, "svg.graph");
        assertTrue(px >= 10, "network labels at " + px + " px");
        // on a desktop the charts are drawn as they were, 720 wide
        String desktop = open("/#/scheduling", 1280).locator("svg.bars").getAttribute("viewBox");
        assertTrue(desktop.startsWith("0 0 720 "), desktop);
    }

    /** A table wider than the phone shows that it scrolls (shadows at its edges), and a keyboard can scroll it. */
    @Test
    void aWideTableSaysItScrollsAndTheKeyboardScrollsIt() {
        Page phone = open("/#/scheduling", 390);
        Locator wraps = phone.locator("main .table-wrap");
        assertTrue(wraps.count() > 0);
        for (int i = 0; i < wraps.count(); i++) {
            Locator wrap = wraps.nth(i);
            assertEquals("region", wrap.getAttribute("role"));
            assertEquals("0", wrap.getAttribute("tabindex"));
            assertEquals(wrap.locator("caption").innerText(), wrap.getAttribute("aria-label"));
        }
        Locator wide = phone.locator(".table-wrap:has(#scheduling-decisions)");
        assertTrue((boolean) wide.evaluate("w => w.scrollWidth > w.clientWidth"), "the fixture: the decisions table is wider than a phone");
        String attachment = (String) wide.evaluate("w => getComputedStyle(w).backgroundAttachment");
        String image = (String) wide.evaluate("w => getComputedStyle(w).backgroundImage");
        assertTrue(attachment.contains("local") && attachment.contains("scroll") && image.contains("gradient"),
                "no scroll shadows: " + attachment + " / " + image);
        wide.focus();
        phone.keyboard().press("ArrowRight");
        phone.waitForFunction("() => document.querySelector('.table-wrap:has(#scheduling-decisions)').scrollLeft > 0");
        wide.screenshot(new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("table-scrolled-phone.png")));
    }

    /** The network's lede is written for people, from the graph; the API's own method is a click away. */
    @Test
    void theNetworkIsDescribedInPlainWords() throws Exception {
        for (String session : List.of("", "cnd-68")) {
            String query = session.isEmpty() ? "" : "?session=" + session;
            JsonNode graph = service.api("/api/v1/networks/co-hosting" + query);
            String method = graph.at("/meta/method").asText();
            Page page = open("/#/network" + query, 1280);
            String lede = page.locator("main p.lede").innerText();
            assertTrue(Character.isUpperCase(lede.codePointAt(0)), lede);
            assertFalse(lede.contains(method), lede);
            for (String word : List.of("weight", "degree")) assertFalse(lede.contains(word), word + " in " + lede);
            long countries = StreamSupport.stream(graph.get("nodes").spliterator(), false).filter(n -> n.get("kind").asText().equals("country")).count();
            assertTrue(lede.contains(countries + (countries == 1 ? " country" : " countries")), lede);
            Locator how = page.locator("main details", new Page.LocatorOptions().setHasText("How this is computed"));
            how.locator("summary").click();
            assertTrue(how.innerText().contains(method), how.innerText());
        }
    }

    /** The network's labels, on a desktop and on a phone: the most connected node is named, and no two labels overlap. */
    @Test
    void networkLabelsDoNotOverlap() throws Exception {
        for (String path : List.of("/#/network", "/#/network?session=cnd-68")) {
            for (int width : List.of(1280, 390)) {
                Page page = open(path, width);
                page.waitForSelector("svg.graph[data-labels]");
                JsonNode labels = JSON.readTree((String) page.evaluate("() => { const shown = [...document.querySelectorAll('svg.graph text')]"
                        + ".filter(t => t.getClientRects().length).map(t => [t.textContent, t.getBoundingClientRect()]); const overlaps = [];"
                        + " shown.forEach(([a, p], i) => shown.slice(i + 1).forEach(([b, q]) => { if (p.left < q.right && q.left < p.right"
                        + " && p.top < q.bottom && q.top < p.bottom) overlaps.push(a + ' / ' + b); }));"
                        + " return JSON.stringify({labels: shown.map(s => s[0]), overlaps}); }"));
                String where = path + " at " + width + " px: " + labels;
                assertEquals(0, labels.get("overlaps").size(), where);
                assertTrue(labels.get("labels").toString().contains("Knowmad Institut"), where);
                assertTrue(smallestText(page, "svg.graph") >= 10, where);
                page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve("network-labels" + path.replaceAll("\\W+", "-") + "-" + width + ".png")));
            }
        }
    }

    /** The smallest text of a chart on screen, in CSS pixels: its font size times the scale it is drawn at; 0 if it has none. */
    private static double smallestText(Page page, String chart) {
        return ((Number) page.evaluate("c => { const px = [...document.querySelectorAll(c + ' text')].filter(t => t.getClientRects().length"
                + " && t.textContent.trim()).map(t => parseFloat(getComputedStyle(t).fontSize) * t.getScreenCTM().a); return px.length ? Math.min(...px) : 0; }",
                chart)).doubleValue();
    }
}
