/**
 * XMPP addresses (JIDs) as defined by RFC 7622, "Extensible Messaging and Presence Protocol
 * (XMPP): Address Format", and the JID escaping of XEP-0106, "JID Escaping", version 1.1.1.
 *
 * <p>{@link im.parley.xmpp.jid.Jid} parses, validates and normalizes addresses: the localpart
 * through the PRECIS UsernameCaseMapped profile, the resourcepart through the OpaqueString
 * profile, and the domainpart through IDNA. {@link im.parley.xmpp.jid.JidEscaping} converts
 * between what a user types or sees and the escaped localpart sent over the wire.
 */
package im.parley.xmpp.jid;
