package im.parley.xmpp.ext.offline;

import im.parley.xmpp.jid.Jid;

/**
 * One stored message as §2.3 lists it.
 *
 * @param node the message's opaque id on the server, used to view or remove it
 * @param from the sender's full JID (the item's 'name'), or null when the server sent none
 *             that parses
 */
public record OfflineHeader(String node, Jid from) {
}
