package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** One child of a collection (§5): a message either way, or a private note. */
public sealed interface ChatItem permits ChatItem.Line, ChatItem.Note {
    /** Who sent a line, from the archive owner's point of view. */
    enum Direction {
        /** {@code <to/>}: the owner sent it. */
        TO,
        /** {@code <from/>}: the owner received it. */
        FROM
    }

    /**
     * A message (§5.6).
     *
     * @param secs seconds after the previous line (or the collection's start), null when not given
     * @param utc its absolute time, null when not given
     * @param jid the full JID it came from or went to, in group chats; null otherwise
     * @param name the sender's room nick, in group chats; null otherwise
     * @param bodies its bodies (usually one)
     * @param extensions other elements kept with it
     */
    record Line(Direction direction, Long secs, Instant utc, Jid jid, String name, List<String> bodies,
                List<XmlElement> extensions) implements ChatItem {
        public Line {
            Objects.requireNonNull(direction, "direction");
            bodies = List.copyOf(bodies);
            extensions = List.copyOf(extensions);
            if (secs != null && secs < 0) {
                throw new IllegalArgumentException("'secs' must not be negative: " + secs);
            }
            if (bodies.isEmpty() && extensions.isEmpty()) {
                throw new IllegalArgumentException("a <" + direction.name().toLowerCase() + "/> must not be empty");
            }
        }

        /** A line with one body and its offset, as the XEP's examples have them. */
        public static Line of(Direction direction, long secs, String body) {
            return new Line(direction, secs, null, null, null, List.of(body), List.of());
        }
    }

    /** A private note about the conversation (§5.7); utc null when not given. */
    record Note(Instant utc, String text) implements ChatItem {
        public Note {
            Objects.requireNonNull(text, "text");
        }
    }
}
