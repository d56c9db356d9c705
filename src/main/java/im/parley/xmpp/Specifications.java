package im.parley.xmpp;

import im.parley.xmpp.Specification.Support;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The single list of specifications the engine supports. It feeds our disco#info features and
 * the features table in README.md (a test keeps the two equal), so the docs cannot drift.
 */
public final class Specifications {
    public static final List<Specification> ALL = List.of(
            new Specification("RFC 5802", "SCRAM", "RFC", Support.COMPLETE, List.of(),
                    "SCRAM-SHA-1/-256 (RFC 7677)/-512; -PLUS with tls-unique when channel binding is switched on"),
            new Specification("RFC 6120", "XMPP Core", "RFC", Support.COMPLETE, List.of(),
                    "STARTTLS or direct TLS (never plaintext), SASL, binding, legacy session, stream and stanza errors, see-other-host"),
            new Specification("RFC 6121", "XMPP Instant Messaging and Presence", "RFC", Support.PARTIAL, List.of(),
                    "client side of rosters, subscriptions (with pre-approval) and presence; roster pushes accepted only from the account"),
            new Specification("RFC 7590", "Use of TLS in XMPP", "RFC", Support.COMPLETE, List.of(),
                    "TLS 1.2+, DNS-ID/SRV-ID/XmppAddr checks, pins, user decision on failure"),
            new Specification("RFC 7622", "XMPP Address Format", "RFC", Support.COMPLETE, List.of(),
                    "PRECIS profiles through rocks.xmpp:precis"),
            new Specification("XEP-0004", "Data Forms", "2.13.2", Support.PARTIAL,
                    List.of(), "codec for every form and field type, tables and the XEP's rules, unknown elements kept; forms filled in (answers checked) and cancelled; used by registration, the offline count and caps; forms sent in messages are not shown yet, so jabber:x:data is not announced"),
            new Specification("XEP-0012", "Last Activity", "2.0", Support.COMPLETE,
                    List.of("jabber:iq:last"), "answers with the time since the user was last active"),
            new Specification("XEP-0013", "Flexible Offline Message Retrieval", "1.3", Support.COMPLETE,
                    List.of(), "count, headers, view/remove chosen messages, fetch all, purge; must be used before initial presence"),
            new Specification("XEP-0016", "Privacy Lists", "1.7", Support.COMPLETE, List.of(),
                    "list management (names, get, set, remove, active, default) with pushes accepted only from the account; the server enforces"),
            new Specification("XEP-0030", "Service Discovery", "2.5.0", Support.COMPLETE,
                    List.of("http://jabber.org/protocol/disco#info"), ""),
            new Specification("XEP-0033", "Extended Stanza Addressing", "1.2.1", Support.PARTIAL,
                    List.of(), "address headers; multicast via the server or a disco item with the feature; bcc never shown on receipt"),
            new Specification("XEP-0045", "Multi-User Chat", "1.35.5", Support.PARTIAL,
                    List.of("http://jabber.org/protocol/muc"),
                    "join (password; no history from a room with an archive; a taken nick refused with an alternative), leave, nick change, subject, messages, private messages, mediated invitations and declines, voice requests; occupants with roles, affiliations and real JIDs, status codes as typed events; kick, ban, roles and affiliations and their lists; instant or configured rooms through the owner form, destruction; rooms listed (RSM pages where offered) and their info; a room's stanzas never reach the roster, caps or one-to-one chats; rooms joined again after every fresh session, their messages and private messages kept in the local archive, an archived room's history caught up from its MAM archive after each join, each message once; `parley cli muc`; CAPTCHA challenges on joining (XEP-0158); no room registration yet"),
            new Specification("XEP-0048", "Bookmarks", "1.2", Support.PARTIAL,
                    List.of(), "room bookmarks in private XML storage (XEP-0049) where the server has no PEP with publish-options, web pages and other clients' elements kept; moved into XEP-0402 where the server has both apart; not the XEP-0223 PEP node"),
            new Specification("XEP-0049", "Private XML Storage", "1.2", Support.COMPLETE,
                    List.of(), "get and set one element by its qualified name; its contents travel in an account export (XEP-0227)"),
            new Specification("XEP-0054", "vcard-temp", "1.3.0", Support.PARTIAL,
                    List.of(), "own vCard got and set, others' got; FN, NICKNAME and an inline PHOTO typed, every other field kept as it came; vCard avatars through XEP-0153"),
            new Specification("XEP-0059", "Result Set Management", "1.0", Support.PARTIAL,
                    List.of(), "codec for page requests (max, after, before, last page, index) and pages (first, last, count), with the next and previous page requests; used by MAM and XEP-0136 queries"),
            new Specification("XEP-0060", "Publish-Subscribe", "1.30.0", Support.PARTIAL,
                    List.of(), "client side: nodes and features discovered, subscribe and unsubscribe with subscription options, items (newest n, by id, RSM pages), publish with publish-options and retract, create, configure, purge and delete nodes, owners' subscription and affiliation lists; notifications with and without payloads believed only from a service's or a PEP owner's bare JID; every pubsub#errors condition typed; no collections, leases or content-based subscriptions"),
            new Specification("XEP-0066", "Out of Band Data", "1.5", Support.PARTIAL,
                    List.of("jabber:x:oob"), "jabber:x:oob attachments in messages; only http/https links are surfaced; no iq:oob"),
            new Specification("XEP-0071", "XHTML-IM", "1.5.4", Support.PARTIAL,
                    List.of(), "received markup cut to the recommended profile; remote images never loaded, reported for consent; sends bold/italic/code/links with the plain body"),
            new Specification("XEP-0077", "In-Band Registration", "2.4", Support.COMPLETE,
                    List.of(), "register (legacy fields or data form), change password, cancel"),
            new Specification("XEP-0079", "Advanced Message Processing", "1.2", Support.PARTIAL,
                    List.of(), "client side: rules on outgoing messages (online-only, expiry), alert/notify reports and errors read"),
            new Specification("XEP-0080", "User Location", "1.10.0", Support.COMPLETE,
                    List.of(), "every field read and written, decimals checked; published and cleared over PEP"),
            new Specification("XEP-0084", "User Avatar", "1.1.4", Support.PARTIAL,
                    List.of(), "PNG published to the data and metadata nodes with SHA-1 ids; a contact's avatar fetched on a metadata notification only when announced at most 512 KiB and kept only when it hashes to its id (refused and logged otherwise, never decoded), then kept by hash in the local archive and not fetched again; http URLs and other formats ignored"),
            new Specification("XEP-0085", "Chat State Notifications", "2.1", Support.COMPLETE,
                    List.of("http://jabber.org/protocol/chatstates"), "all five states; `parley cli send --chatstate`"),
            new Specification("XEP-0092", "Software Version", "1.1", Support.COMPLETE,
                    List.of("jabber:iq:version"), ""),
            new Specification("XEP-0106", "JID Escaping", "1.1.1", Support.COMPLETE, List.of(), ""),
            new Specification("XEP-0107", "User Mood", "1.2.2", Support.COMPLETE,
                    List.of(), "all 84 moods with text, published, cleared and received over PEP"),
            new Specification("XEP-0108", "User Activity", "1.3", Support.COMPLETE,
                    List.of(), "all 12 general and 67 specific activities with text, published, cleared and received over PEP"),
            new Specification("XEP-0115", "Entity Capabilities", "1.6.0", Support.COMPLETE,
                    List.of("http://jabber.org/protocol/caps"),
                    "sha-1 ver with forms; peers' caps cached only after their hash is verified; legacy and MD5 caps never trusted; on every available presence the account sends"),
            new Specification("XEP-0118", "User Tune", "1.3.0", Support.COMPLETE,
                    List.of(), "published, cleared and received over PEP"),
            new Specification("XEP-0122", "Data Forms Validation", "1.0.2", Support.PARTIAL,
                    List.of(), "validate elements read and written; answers checked against the registered xs: datatypes, ranges, POSIX regexes and list ranges when a form is filled in; not announced while no forms view applies it"),
            new Specification("XEP-0124", "Bidirectional-streams Over Synchronous HTTP", "1.11.2",
                    Support.PARTIAL, List.of(), "https only; no pause, key sequence or multiple streams"),
            new Specification("XEP-0126", "Invisibility", "1.1", Support.PARTIAL, List.of(),
                    "global invisibility through an active privacy list denying outgoing presence, set again on every fresh session; offered where the server has privacy lists; no per-contact visibility"),
            new Specification("XEP-0131", "Stanza Headers and Internet Metadata", "1.2", Support.COMPLETE,
                    List.of(), "header list codec on messages, presence and inside IQ queries"),
            new Specification("XEP-0136", "Message Archiving", "1.3.1", Support.PARTIAL, List.of(),
                    "deprecated, for servers without MAM: the local archive syncs from it when MAM is absent (the newest collections first, then replication of what changed; older collections when scrolling up; copies without ids matched by direction, body and time); collections listed, retrieved and paged; no preferences, manual archiving or removal; tested on the XEP's examples and an archive in memory (Prosody has no XEP-0136)"),
            new Specification("XEP-0138", "Stream Compression", "2.1", Support.COMPLETE, List.of(),
                    "zlib; off by default because compression under TLS leaks"),
            new Specification("XEP-0141", "Data Forms Layout", "1.0", Support.PARTIAL,
                    List.of(), "pages, sections, texts and field and table references read and written in order; nothing lays a form out yet, so not announced"),
            new Specification("XEP-0144", "Roster Item Exchange", "1.1.1", Support.PARTIAL,
                    List.of("http://jabber.org/protocol/rosterx"),
                    "suggestions (message or IQ) offered to the user, applied only on accept; sets over 150 items refused"),
            new Specification("XEP-0153", "vCard-Based Avatars", "1.1.1", Support.PARTIAL,
                    List.of(), "our photo set in our vCard and its hash in every available presence; a contact's announced photo fetched from their vCard and kept only within 512 KiB and when it hashes to the announced SHA-1; a contact's empty photo does not remove an avatar they publish over PEP"),
            new Specification("XEP-0158", "CAPTCHA Forms", "1.0.1", Support.PARTIAL,
                    List.of(), "challenges a room sets for a join (urn:xmpp:captcha), taken only when they name the join presence, their media as bits of binary; answered through the form, the join waiting up to two minutes for it; `parley cli muc join` prints the challenge and reads the answer; no challenges outside rooms (registration, messages)"),
            new Specification("XEP-0163", "Personal Eventing Protocol", "1.2.2", Support.COMPLETE,
                    List.of(), "publish with auto-create and the access model as publish-options (presence subscribers by default; a node with another model is reconfigured); +notify interests announced through disco and caps; the last item of each contact arrives when we come online"),
            new Specification("XEP-0166", "Jingle", "1.1.2", Support.PARTIAL, List.of("urn:xmpp:jingle:1"),
                    "session state machine: ack first, unknown-session for foreign senders, out-of-order, tie-break, unsupported-info, ends on peer unavailable; video added to and removed from a running call (content-add/-accept/-reject/-remove); no redirection"),
            new Specification("XEP-0167", "Jingle RTP Sessions", "1.2.3", Support.PARTIAL,
                    List.of("urn:xmpp:jingle:apps:rtp:1", "urn:xmpp:jingle:apps:rtp:audio", "urn:xmpp:jingle:apps:rtp:video"),
                    "voice (Opus) and video (VP8) calls over libjitsi, rtcp-mux, video bundled onto the voice's transport when bundling is agreed (XEP-0338), else on its own; a video offer may be answered with voice only; mute, hold and ringing informational messages"),
            new Specification("XEP-0172", "User Nickname", "1.1", Support.PARTIAL,
                    List.of(), "nick in subscription requests and messages (never in presence broadcasts), and published, cleared and received over PEP"),
            new Specification("XEP-0176", "Jingle ICE-UDP Transport Method", "1.1.1", Support.PARTIAL,
                    List.of("urn:xmpp:jingle:transports:ice-udp:1"),
                    "ice4j: host, server-reflexive and relayed candidates, trickled candidates taken in; a call with no working pair ends with connectivity-error"),
            new Specification("XEP-0177", "Jingle Raw UDP Transport Method", "1.1.1", Support.PARTIAL,
                    List.of("urn:xmpp:jingle:transports:raw-udp:1"),
                    "calls over Raw UDP with DTLS-SRTP: an offer is always answered in kind; offered to a device whose verified caps show Raw UDP but no ICE-UDP, or when the user chooses it"),
            new Specification("XEP-0184", "Message Delivery Receipts", "1.4.0", Support.COMPLETE,
                    List.of("urn:xmpp:receipts"),
                    "answered for chat and normal messages, never groupchat or errors; a receipt counts only from the recipient"),
            new Specification("XEP-0191", "Blocking Command", "1.3", Support.COMPLETE, List.of(),
                    "block, unblock, unblock all; pushes accepted only from the account; `parley cli block|unblock`"),
            new Specification("XEP-0198", "Stream Management", "1.6.3", Support.COMPLETE,
                    List.of(), "acks, resumption, unacknowledged stanzas handed back when resumption fails"),
            new Specification("XEP-0199", "XMPP Ping", "2.0.1", Support.COMPLETE,
                    List.of("urn:xmpp:ping"), "both ways; idle connections probed and dead ones dropped"),
            new Specification("XEP-0202", "Entity Time", "2.0", Support.COMPLETE,
                    List.of("urn:xmpp:time"), ""),
            new Specification("XEP-0203", "Delayed Delivery", "2.0", Support.COMPLETE, List.of(),
                    "lenient stamps (fractions, offsets); an unreadable stamp is ignored"),
            new Specification("XEP-0206", "XMPP Over BOSH", "1.4", Support.COMPLETE, List.of(), ""),
            new Specification("XEP-0215", "External Service Discovery", "1.0.0", Support.PARTIAL, List.of(),
                    "STUN/TURN services and credentials requested from the server; other service types skipped"),
            new Specification("XEP-0221", "Data Forms Media Element", "1.0", Support.PARTIAL,
                    List.of(), "media in form fields (display size, typed URIs, cid: included) read and written; nothing fetches or shows it yet"),
            new Specification("XEP-0224", "Attention", "1.0", Support.COMPLETE,
                    List.of("urn:xmpp:attention:0"), "sent as headline; delayed requests ignored; alerts only for roster contacts"),
            new Specification("XEP-0227", "Portable Import/Export Format for XMPP-IM Servers", "1.1", Support.PARTIAL,
                    List.of(), "single-file exports read and written: roster, vCard, private storage, offline messages and message archive typed; privacy lists, subscription requests, PEP and SCRAM credentials kept as they came; DTDs, entities and XInclude refused, 128 MiB at most; an account exported (roster, vCard, XEP-0048 bookmarks, XEP-0145 roster notes and XEP-0209 metacontacts from private storage, the local one-to-one history as the archive; never the password) and imported into another (checked whole first; contacts added or updated, never removed; history into the local archive only)"),
            new Specification("XEP-0231", "Bits of Binary", "1.1", Support.PARTIAL,
                    List.of("urn:xmpp:bob"), "fetched by cid and cached for the session (max-age honoured, 64 KiB an item, 4 MiB in all, least recently used evicted); sha1/sha-256 data taken only when it hashes to its cid; inline data in messages cached; only data we hold ourselves is served; cid: images in XHTML-IM not yet shown"),
            new Specification("XEP-0237", "Roster Versioning", "1.3", Support.COMPLETE, List.of(),
                    "stored roster through a RosterStore the caller provides"),
            new Specification("XEP-0245", "The /me Command", "1.0", Support.COMPLETE,
                    List.of(), "a body starting with \"/me \" is shown as \"* nick action\""),
            new Specification("XEP-0249", "Direct MUC Invitations", "1.2", Support.COMPLETE,
                    List.of("jabber:x:conference"), "sent and received; a room's own copy beside a mediated invitation is not told twice"),
            new Specification("XEP-0280", "Message Carbons", "1.0.1", Support.COMPLETE,
                    List.of("urn:xmpp:carbons:2"),
                    "copies accepted only from the account's own bare JID; private and no-copy hints"),
            new Specification("XEP-0293", "Jingle RTP Feedback Negotiation", "1.0.2", Support.PARTIAL, List.of(),
                    "video calls offer nack pli and ccm fir, an answer keeps only what was offered; keyframes sent on the peer's PLI/FIR and asked for when our decoder cannot go on; no NACK retransmission, REMB or transport-cc"),
            new Specification("XEP-0294", "Jingle RTP Header Extensions Negotiation", "1.1.2", Support.PARTIAL,
                    List.of(), "audio offers the RFC 6464 audio level; an answer keeps the offered ones we write, under the peer's ids; levels written in every packet and the peer's read for a speaking indicator (Call.peerAudioLevel); no abs-send-time, transport-cc or sdes:mid"),
            new Specification("XEP-0297", "Stanza Forwarding", "1.0", Support.PARTIAL,
                    List.of(), "forwarded stanzas with their delay read and written, as carbons carry them; simple forwarded messages are not shown, so urn:xmpp:forward:0 is not announced"),
            new Specification("XEP-0308", "Last Message Correction", "1.2.1", Support.COMPLETE,
                    List.of("urn:xmpp:message-correct:0"), "a correction counts only from the full JID that sent the original; `parley cli send --correct`"),
            new Specification("XEP-0313", "Message Archive Management", "1.1.3", Support.PARTIAL, List.of(),
                    "own archive (tested on Prosody) and room archives by with, start, end, RSM pages and, under #extended, after-id, before-id and ids; paging forward and backward; results taken only from the archive queried for an open queryid, others dropped; no archive metadata or flipped-page helper; not yet synced into the local archive"),
            new Specification("XEP-0320", "Use of DTLS-SRTP in Jingle Sessions", "1.0.0", Support.COMPLETE,
                    List.of("urn:xmpp:jingle:apps:dtls:0"),
                    "every call encrypted; both setup roles; a certificate that does not match the signalled fingerprint ends the call with security-error"),
            new Specification("XEP-0333", "Displayed Markers", "1.0.0", Support.PARTIAL,
                    List.of("urn:xmpp:chat-markers:0"), "markable and displayed in 1:1; received/acknowledged from older clients read; markers count only from the recipient and for ids we sent; read state synced across the account's devices through carbons"),
            new Specification("XEP-0338", "Jingle Grouping Framework", "1.0.0", Support.PARTIAL, List.of(),
                    "BUNDLE offered in every ICE call (each content still with its own transport) and a peer's offer always taken: video then shares the voice's ICE path and DTLS session, split by payload type and SSRC"),
            new Specification("XEP-0339", "Source-Specific Media Attributes in Jingle", "1.0.1", Support.PARTIAL,
                    List.of(), "every call announces its sources (one SSRC per content, a random per-call cname, RFC 7022); the peer's announced video sources route its RTCP on a bundled transport from the first packet; no ssrc-group (no simulcast or RTX)"),
            new Specification("XEP-0352", "Client State Indication", "1.0.0", Support.COMPLETE, List.of(),
                    "sent only when the stream offers urn:xmpp:csi:0, and only on a change"),
            new Specification("XEP-0353", "Jingle Message Initiation", "0.8.0", Support.PARTIAL,
                    List.of("urn:xmpp:jingle-message:0"),
                    "propose rings every device; proceed, reject and retract; a device stops ringing when another of the account's devices answered; `parley cli call|answer`"),
            new Specification("XEP-0359", "Unique and Stable Stanza IDs", "0.7.0", Support.PARTIAL,
                    List.of("urn:xmpp:sid:0"), "origin-id on sending; a stanza-id counts only from its expected 'by'; not yet used by an archive"),
            new Specification("XEP-0368", "SRV records for XMPP over TLS", "1.1.0", Support.COMPLETE,
                    List.of(), "direct TLS with ALPN xmpp-client"),
            new Specification("XEP-0393", "Message Styling", "1.1.1", Support.COMPLETE, List.of(),
                    "the desktop app shows *strong*, _emphasis_, ~strike through~ and `preformatted` spans, preformatted blocks and quotations in conversations and rooms, the directives kept and styled with their text; a message with the `unstyled` hint is shown as written (kept in the archive, and changed by a correction); urn:xmpp:styling:0 announced by the app's accounts only (the command line prints text as it is)"),
            new Specification("XEP-0402", "PEP Native Bookmarks", "1.2.0", Support.COMPLETE,
                    List.of(), "one private item per room (publish-options of §3.3), extensions kept; other clients' changes heard live (+notify) and believed only from the account itself; rooms with autojoin joined on every fresh session and as soon as another client bookmarks them, left when it removes them or turns autojoin off; joining a room bookmarks it, leaving turns its autojoin off; `parley cli bookmarks`"),
            new Specification("XEP-0410", "MUC Self-Ping (Schrödinger's Chat)", "1.1.0", Support.COMPLETE, List.of(),
                    "every joined room pinged every 5 minutes and after a stream resumption; a room that no longer counts the user in is joined again"),
            new Specification("XEP-0421", "Anonymous unique occupant identifiers for MUCs", "1.0.1", Support.COMPLETE,
                    List.of(), "the room's id of each occupant and sender, trusted only from a room that announces urn:xmpp:occupant-id:0"),
            new Specification("XEP-0424", "Message Retraction", "0.4.2", Support.PARTIAL,
                    List.of("urn:xmpp:message-retract:1"), "1:1 only; a retraction counts only from the original sender's bare JID"),
            new Specification("XEP-0425", "Message Moderation", "0.3.0", Support.COMPLETE,
                    List.of(), "moderators retract room messages by the room's stanza id, in the revision the room announces (0.3, or 0.2's fastening as Prosody's mod_muc_moderation speaks it); announcements taken only from the room's bare JID; the local archive keeps a tombstone with the moderator and reason, also from the room's archive; `parley cli muc moderate`"),
            new Specification("XEP-0441", "Message Archive Management Preferences", "0.2.0", Support.COMPLETE,
                    List.of(), "default (always, never, roster) and the always and never lists read and set"),
            new Specification("XEP-0444", "Message Reactions", "0.2.1", Support.PARTIAL,
                    List.of("urn:xmpp:reactions:0"), "each sender's latest set replaces the previous one; reactions to unknown messages ignored"),
            new Specification("XEP-0461", "Message Replies", "0.2.1", Support.PARTIAL,
                    List.of("urn:xmpp:reply:0"), "reply reference with the quoted fallback (XEP-0428) stripped on receipt"));

    private Specifications() {
    }

    /**
     * The specifications only a running call service honours: a session without one must not
     * announce them, or peers would ring a device that cannot answer.
     */
    private static final Set<String> CALL_SPECIFICATIONS = Set.of("XEP-0166", "XEP-0167", "XEP-0176", "XEP-0177",
            "XEP-0293", "XEP-0294", "XEP-0320", "XEP-0338", "XEP-0339", "XEP-0353");

    /** The disco#info features every session announces, in a stable order. */
    public static List<String> discoFeatures() {
        return features(s -> !CALL_SPECIFICATIONS.contains(s.id()));
    }

    /** The features a call service adds to disco#info while it runs. */
    public static List<String> callFeatures() {
        return features(s -> CALL_SPECIFICATIONS.contains(s.id()));
    }

    private static List<String> features(Predicate<Specification> which) {
        Set<String> out = new LinkedHashSet<>();
        for (Specification s : ALL) {
            if (which.test(s)) {
                out.addAll(s.discoFeatures());
            }
        }
        return List.copyOf(out);
    }

    /** The README features table, one row per specification. */
    public static String markdownTable() {
        StringBuilder sb = new StringBuilder();
        sb.append("| Specification | Name | Version | Support | Notes |\n");
        sb.append("|---|---|---|---|---|\n");
        for (Specification s : ALL) {
            sb.append("| ").append(s.id()).append(" | ").append(s.name()).append(" | ").append(s.version())
                    .append(" | ").append(s.support().name().toLowerCase()).append(" | ").append(s.note())
                    .append(" |\n");
        }
        return sb.toString();
    }
}
