package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.Objects;

/**
 * A request for the collections created, changed or removed after {@code start} (§10,
 * Replication), in the order they were changed. A client resumes where it left off by asking
 * for the page after the last identifier the server gave it.
 *
 * @param page which page; the XEP requires one
 */
public record ModifiedQuery(Instant start, PageRequest page) {
    public static final String ELEMENT = "modified";
    private static final RsmCodec RSM = new RsmCodec();

    public ModifiedQuery {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(page, "page");
    }

    public XmlElement toXml() {
        return XmlElement.builder(ELEMENT, Archiving.NAMESPACE).attribute("start", Archiving.format(start))
                .child(RSM.encode(page)).build();
    }

    public static ModifiedQuery fromXml(XmlElement modified) throws PayloadFormatException {
        if (!modified.is(ELEMENT, Archiving.NAMESPACE)) {
            throw new PayloadFormatException("not a modified request: " + modified.name());
        }
        PageRequest page = ListQuery.pageRequest(modified);
        if (page == null) {
            throw new PayloadFormatException("a <modified/> request must carry a <set/>");
        }
        return new ModifiedQuery(Archiving.time("start", PayloadAttributes.required(modified, "start")), page);
    }
}
