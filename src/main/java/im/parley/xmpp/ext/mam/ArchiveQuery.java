package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.rsm.PageRequest;
import java.util.Objects;

/**
 * The {@code <query/>} of §4: what to match and which page of it.
 *
 * @param queryId marks the results of this query (§4); null when the client gave none
 * @param node the pubsub node to query (XEP-0442), null for user and room archives
 * @param filter which messages; {@link MamQuery#ALL} is sent as no form
 * @param page the RSM page (§4.3); null leaves the page size to the server
 * @param flipPage the page's results in reverse order (§4.3.4); needs {@link Mam#EXTENDED}
 */
public record ArchiveQuery(String queryId, String node, MamQuery filter, PageRequest page, boolean flipPage) {
    public static final String ELEMENT = "query";

    public ArchiveQuery {
        Objects.requireNonNull(filter, "filter");
    }

    public static ArchiveQuery of(String queryId, MamQuery filter, PageRequest page) {
        return new ArchiveQuery(queryId, null, filter, page, false);
    }
}
