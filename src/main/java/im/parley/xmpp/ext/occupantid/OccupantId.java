package im.parley.xmpp.ext.occupantid;

import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.Optional;

/**
 * {@code <occupant-id xmlns='urn:xmpp:occupant-id:0' id='...'/>}: the same for one user in one
 * room across nick changes and visits. Only the room may set it (§4: it replaces any the sender
 * put in), so it is read only from stanzas a room sent, and only when the room announces it.
 */
public record OccupantId(String id) {
    public static final String NAMESPACE = "urn:xmpp:occupant-id:0";
    /** Longer ids are refused: the XEP's own are 40 hex digits, and each is kept per occupant. */
    static final int MAX_LENGTH = 256;

    public OccupantId {
        if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("an occupant id has 1 to " + MAX_LENGTH + " characters");
        }
    }

    /** The id of {@code stanza}, if it carries a valid one. */
    public static Optional<OccupantId> of(Stanza stanza) {
        return stanza.payload("occupant-id", NAMESPACE).map(e -> e.attributeOrNull("id"))
                .filter(id -> !id.isEmpty() && id.length() <= MAX_LENGTH).map(OccupantId::new);
    }

    public XmlElement toXml() {
        return XmlElement.builder("occupant-id", NAMESPACE).attribute("id", id).build();
    }
}
