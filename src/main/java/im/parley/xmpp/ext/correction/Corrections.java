package im.parley.xmpp.ext.correction;

import im.parley.xmpp.stanza.Message;
import java.util.Objects;
import java.util.Optional;

/** Building corrections of our own messages and deciding whether a received one may apply. */
public final class Corrections {
    private Corrections() {
    }

    /**
     * {@code corrected} sent as a correction of the message with id {@code originalId}. §4: the
     * correction is a whole new stanza with its own id, so the caller's id is kept (or set later
     * by the session); only the replace payload is added, replacing any earlier one.
     */
    public static Message correct(String originalId, Message corrected) {
        Objects.requireNonNull(originalId, "originalId");
        if (originalId.equals(corrected.id())) {
            throw new IllegalArgumentException("a correction needs an id of its own");
        }
        return corrected.toBuilder().replacePayload(new Replace(originalId).toXml()).build();
    }

    /** A correction of {@code original} with the new body {@code body} and a fresh id. */
    public static Message correct(Message original, String body, String newId) {
        if (original.id() == null) {
            throw new IllegalArgumentException("a message without an id cannot be corrected");
        }
        return correct(original.id(), original.toBuilder().id(newId).from(null).body(body).build());
    }

    /**
     * Whether {@code correction} may replace {@code original}: it names the original's id and
     * comes from the very same full JID. §4 only asks for the same bare JID in 1:1 chats; we
     * are stricter on purpose, since another resource could be a different device whose author
     * we cannot tie to the original, and accepting it would let any resource rewrite history.
     */
    public static boolean isValidCorrection(Message original, Message correction) {
        Optional<Replace> replace = Replace.of(correction);
        if (replace.isEmpty() || original.id() == null || !replace.get().id().equals(original.id())) {
            return false;
        }
        if (original.from() == null || correction.from() == null) {
            return false;
        }
        return original.from().isFull() && original.from().equals(correction.from());
    }
}
