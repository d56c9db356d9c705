package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A collection (§5), identified by 'with' and 'start': in a list it carries only its attributes,
 * retrieved it carries a page of its items.
 *
 * @param subject null when not given
 * @param thread the conversation's thread id, null when not given
 * @param version the server's revision of it, null when not given
 * @param items its messages and notes, in order
 * @param page the bounds of this page of items; null when the answer had no {@code <set/>}
 */
public record ChatCollection(Jid with, Instant start, String subject, String thread, Integer version,
                             List<ChatItem> items, Page page) {
    public static final String ELEMENT = "chat";

    public ChatCollection {
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(start, "start");
        items = List.copyOf(items);
        if (version != null && version < 0) {
            throw new IllegalArgumentException("'version' must not be negative: " + version);
        }
    }

    /** A collection as a list names it: attributes only. */
    public static ChatCollection header(Jid with, Instant start, String subject, String thread, Integer version) {
        return new ChatCollection(with, start, subject, thread, version, List.of(), null);
    }

    /** The absolute times of its lines: each line's utc when given, else the running sum of secs from start. */
    public List<Instant> lineTimes() {
        Instant at = start;
        List<Instant> out = new ArrayList<>();
        for (ChatItem item : items) {
            if (item instanceof ChatItem.Line line) {
                at = line.utc() != null ? line.utc() : at.plusSeconds(line.secs() == null ? 0 : line.secs());
                out.add(at);
            }
        }
        return out;
    }
}
