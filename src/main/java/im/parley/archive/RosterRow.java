package im.parley.archive;

import java.util.List;

/** One stored roster item (RFC 6121), the subscription as its protocol word. */
public record RosterRow(String jid, String name, String subscription, boolean ask, boolean approved,
                        List<String> groups) {
    public RosterRow {
        groups = List.copyOf(groups);
    }
}
