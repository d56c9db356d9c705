package im.parley.xmpp.ext.moderation;

import im.parley.xmpp.ext.disco.DiscoInfo;
import java.util.Optional;

/** The two revisions of XEP-0425 in the field, told apart by the feature a room announces. */
public enum ModerationVersion {
    /**
     * 0.2: the request and the announcement are XEP-0422 fastenings ({@code <apply-to/>}) of the
     * message, with XEP-0424's {@code :0} retraction elements; Prosody 0.12's mod_muc_moderation.
     */
    V0("urn:xmpp:message-moderate:0", "urn:xmpp:message-retract:0"),
    /** 0.3: a {@code <moderate/>} request, announced as a XEP-0424 {@code :1} retraction. */
    V1("urn:xmpp:message-moderate:1", "urn:xmpp:message-retract:1");

    /** XEP-0422 Message Fastening, which 0.2 wraps its elements in. */
    public static final String FASTEN = "urn:xmpp:fasten:0";

    private final String namespace;
    private final String retractNamespace;

    ModerationVersion(String namespace, String retractNamespace) {
        this.namespace = namespace;
        this.retractNamespace = retractNamespace;
    }

    /** The moderation namespace, also the disco feature of a room that speaks this revision. */
    public String namespace() {
        return namespace;
    }

    /** The XEP-0424 namespace this revision's retraction elements are in. */
    public String retractNamespace() {
        return retractNamespace;
    }

    /** The newest revision {@code room} says it speaks, if any. */
    public static Optional<ModerationVersion> offeredBy(DiscoInfo room) {
        if (room.hasFeature(V1.namespace)) {
            return Optional.of(V1);
        }
        return room.hasFeature(V0.namespace) ? Optional.of(V0) : Optional.empty();
    }
}
