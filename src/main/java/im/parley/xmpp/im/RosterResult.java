package im.parley.xmpp.im;

import java.util.List;

/**
 * What a roster fetch returned.
 *
 * @param upToDate true when the server answered "your cached version is current" (XEP-0237 §2.4):
 *     {@code items} is then empty and changes, if any, arrive as pushes
 * @param version the version to store with the roster, or null when the server does not version
 */
public record RosterResult(boolean upToDate, String version, List<RosterItem> items) {
    public RosterResult {
        items = List.copyOf(items);
    }
}
