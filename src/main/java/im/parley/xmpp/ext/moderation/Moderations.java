package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/**
 * Reading moderation announcements and tombstones in whichever revision a message carries them
 * (the newest first: a room may send both for older clients), and writing a request in the
 * revision a room speaks.
 */
public final class Moderations {
    private static final ModeratedCodec ANNOUNCED = new ModeratedCodec(ModerationVersion.V1);
    private static final ModeratedCodec ANNOUNCED_V0 = new ModeratedCodec(ModerationVersion.V0);
    private static final TombstoneCodec TOMBSTONE = new TombstoneCodec(ModerationVersion.V1);
    private static final TombstoneCodec TOMBSTONE_V0 = new TombstoneCodec(ModerationVersion.V0);

    private Moderations() {
    }

    /** The moderation {@code m} announces, if it is a well-formed announcement; its sender is not checked here. */
    public static Optional<Moderated> announcement(Message m) {
        Optional<Moderated> v1 = CodecRegistry.first(m, ANNOUNCED).valueIfAny();
        return v1.isPresent() ? v1 : CodecRegistry.first(m, ANNOUNCED_V0).valueIfAny();
    }

    /** The tombstone an archived message is, if it is one. */
    public static Optional<ModeratedTombstone> tombstone(Message m) {
        Optional<ModeratedTombstone> v1 = CodecRegistry.first(m, TOMBSTONE).valueIfAny();
        return v1.isPresent() ? v1 : CodecRegistry.first(m, TOMBSTONE_V0).valueIfAny();
    }

    /** The IQ payload asking a room that speaks {@code version} to retract the message. */
    public static XmlElement request(ModerationVersion version, Moderate moderate) {
        return new ModerateCodec(version).encode(moderate);
    }
}
