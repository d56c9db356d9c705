package im.parley.cli;

import im.parley.client.history.HistoryMessage;
import im.parley.client.history.Profile;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** Prints stored messages of one conversation from the profile's archive, without connecting. */
@Command(name = "history", description = "Print the stored messages with a contact, oldest first, one JSON object"
        + " per line, from the archive under --profile (no connection is made).")
final class HistoryCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "the contact's JID")
    String with;

    @Option(names = "--limit", description = "at most this many messages, the newest (default 50)")
    int limit = 50;

    @Option(names = "--before", description = "only messages before the one with this key (the \"key\" of an"
            + " earlier line): pages back in time")
    Long before;

    @Override
    public Integer call() {
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1");
        }
        Jid account = ParleyCli.parseJid(spec.commandLine(), parent.jid, "--jid");
        Jid peer = ParleyCli.parseJid(spec.commandLine(), with, "JID");
        try (Profile profile = parent.openProfile()) {
            for (HistoryMessage m : profile.history(account).page(peer, before, limit)) {
                out().println(Json.object(fields(m)));
            }
        }
        return 0;
    }

    static Map<String, Object> fields(HistoryMessage m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("key", m.key());
        f.put("with", m.conversation());
        f.put("direction", m.outgoing() ? "out" : "in");
        f.put("from", m.sender());
        f.put("id", m.messageId());
        f.put("stanza_id", m.stanzaId());
        f.put("time", m.time().toString());
        f.put("body", m.body());
        f.put("delivery", m.delivery().name().toLowerCase(java.util.Locale.ROOT));
        if (m.edited()) {
            f.put("edited", true);
        }
        if (m.retracted()) {
            f.put("retracted", true);
        }
        if (m.replyToId() != null) {
            f.put("reply_to", m.replyToId());
        }
        if (!m.reactions().isEmpty()) {
            f.put("reactions", m.reactions());
        }
        if (!m.attachments().isEmpty()) {
            f.put("attachments", m.attachments());
        }
        return f;
    }
}
