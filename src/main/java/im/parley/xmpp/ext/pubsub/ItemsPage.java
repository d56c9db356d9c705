package im.parley.xmpp.ext.pubsub;

import im.parley.xmpp.ext.rsm.Page;
import java.util.List;

/** Items a retrieval returned, newest first as services send them, and the RSM page when paged. */
public record ItemsPage(List<Item> items, Page page) {
    public ItemsPage {
        items = List.copyOf(items);
    }
}
