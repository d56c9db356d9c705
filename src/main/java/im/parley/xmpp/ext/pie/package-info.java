/**
 * XEP-0227 Portable Import/Export Format 1.1 (short name "pie"), used to move an account between
 * servers: {@code <server-data xmlns='urn:xmpp:pie:0'>} with hosts and users, each user's roster
 * ({@code jabber:iq:roster}), vCard ({@code vcard-temp}), Private XML Storage
 * ({@code jabber:iq:private}), offline messages, and message archive.
 *
 * <p>The archive is XEP-0227 §3.11's own element, not an extension of ours:
 * {@code <archive xmlns='urn:xmpp:pie:0#mam'>} holding XEP-0313 {@code <result xmlns='urn:xmpp:mam:2' id>}
 * elements, each with {@code <forwarded xmlns='urn:xmpp:forward:0'>} around a {@code <delay/>} and
 * the {@code <message/>}, oldest first. Version 1.1 of the XEP added it, so no Parley namespace is
 * needed.
 *
 * <p>Everything else a user element may hold (privacy lists, subscription requests, PEP nodes,
 * SCRAM credentials, another server's own data) is kept as raw XML and written back unchanged.
 * Reading is strict where silence would lose data or be unsafe: invalid JIDs, a second roster or
 * vCard, a DTD or entity, a file over the size limit, and XInclude (split exports, §4) are refused
 * with a {@link im.parley.xmpp.ext.pie.PortableFormatException} saying what and where.
 */
package im.parley.xmpp.ext.pie;
