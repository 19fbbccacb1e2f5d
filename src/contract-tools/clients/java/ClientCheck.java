import java.net.URI;
import org.opendrugpolicy.client.ApiClient;
import org.opendrugpolicy.client.ApiException;
import org.opendrugpolicy.client.api.SessionsApi;
import org.opendrugpolicy.client.api.SideEventsApi;
import org.opendrugpolicy.client.model.ListPageSessionView;
import org.opendrugpolicy.client.model.ListPageSideEventView;
import org.opendrugpolicy.client.model.Session;

/**
 * Calls the packaged service through the Java client that openapi-generator (java, native library) makes from the
 * committed openapi/openapi.yaml: a list, an item, a sparse list and an error. Compiled and run by ContractToolsIT:
 * {@code java ClientCheck http://127.0.0.1:PORT}; exits with 0 when every call gave what the contract promises.
 */
public class ClientCheck {
    private static void check(boolean ok, String what) {
        if (!ok) {
            throw new AssertionError("java client: " + what);
        }
        System.out.println("ok " + what);
    }

    public static void main(String[] args) throws Exception {
        URI base = URI.create(args[0]);
        ApiClient client = new ApiClient().setScheme(base.getScheme()).setHost(base.getHost()).setPort(base.getPort()).setBasePath("");
        SessionsApi sessions = new SessionsApi(client);

        ListPageSessionView list = sessions.listSessions(null, null, null, null, null, 1, null, null);
        check(list.getData().size() == 1 && list.getMeta().getTotal() == 10 && "cnd-60".equals(list.getData().get(0).getId()),
                "list: the first of 10 sessions (CND 60 to 69)");

        Session item = sessions.getSession("cnd-68");
        check("cnd-68".equals(item.getId()) && item.getYear() == 2025 && item.getCreatedAt() != null, "item: CND 68, typed dates");

        ListPageSideEventView sparse = new SideEventsApi(client).listSideEvents(null, "title", null, null, null, null, null, null, null, null,
                "cnd-68", 3, null, null, null);
        check(sparse.getData().size() == 3 && sparse.getData().stream().allMatch(e -> e.getId().startsWith("cnd-68-") && e.getTitle() != null
                && e.getAttendance() == null), "sparse list: id and title only");

        try {
            sessions.getSession("cnd-99");
            check(false, "error: an unknown session must be refused");
        } catch (ApiException e) {
            check(e.getCode() == 404, "error: 404 for an unknown session");
            check(e.getResponseBody().contains("\"type\":\"https://opendrugpolicy.org/problems/not-found\""), "error: RFC 9457 problem body");
        }
    }
}
