package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for a page of one collection (§9.2), named by its exact 'with' and 'start'.
 *
 * @param page which page of its items; null leaves it to the server
 */
public record RetrieveQuery(Jid with, Instant start, PageRequest page) {
    public static final String ELEMENT = "retrieve";
    private static final RsmCodec RSM = new RsmCodec();

    public RetrieveQuery {
        Objects.requireNonNull(with, "with");
        Objects.requireNonNull(start, "start");
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, Archiving.NAMESPACE).attribute("with", with.toString())
                .attribute("start", Archiving.format(start));
        if (page != null) {
            b.child(RSM.encode(page));
        }
        return b.build();
    }

    public static RetrieveQuery fromXml(XmlElement retrieve) throws PayloadFormatException {
        if (!retrieve.is(ELEMENT, Archiving.NAMESPACE)) {
            throw new PayloadFormatException("not a retrieve: " + retrieve.name());
        }
        try {
            return new RetrieveQuery(Jid.of(PayloadAttributes.required(retrieve, "with")),
                    Archiving.time("start", PayloadAttributes.required(retrieve, "start")),
                    ListQuery.pageRequest(retrieve));
        } catch (IllegalArgumentException e) {
            throw new PayloadFormatException(e.getMessage());
        }
    }
}
