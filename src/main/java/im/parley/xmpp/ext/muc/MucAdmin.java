package im.parley.xmpp.ext.muc;

import java.util.List;

/** A muc#admin query (§8, §9): changes to make, a list asked for, or the list given. */
public record MucAdmin(List<MucItem> items) {
    public MucAdmin {
        items = List.copyOf(items);
    }
}
