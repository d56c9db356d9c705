package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;

/**
 * A request for a page of the collections list (§9.1). All filters are optional.
 *
 * @param with collections with this JID (a bare JID matches its full JIDs, a domain its users, §12.1)
 * @param start collections that started at or after this time
 * @param end collections that started before this time
 * @param exactMatch 'with' matches only that exact JID
 * @param page which page; null leaves it to the server
 */
public record ListQuery(Jid with, Instant start, Instant end, boolean exactMatch, PageRequest page) {
    public static final String ELEMENT = "list";
    private static final RsmCodec RSM = new RsmCodec();

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, Archiving.NAMESPACE)
                .attribute("with", with == null ? null : with.toString())
                .attribute("start", Archiving.format(start)).attribute("end", Archiving.format(end))
                .attribute("exactmatch", exactMatch ? "true" : null);
        if (page != null) {
            b.child(RSM.encode(page));
        }
        return b.build();
    }

    public static ListQuery fromXml(XmlElement list) throws PayloadFormatException {
        if (!list.is(ELEMENT, Archiving.NAMESPACE)) {
            throw new PayloadFormatException("not a list: " + list.name());
        }
        String with = list.attributeOrNull("with");
        try {
            return new ListQuery(with == null ? null : Jid.of(with),
                    Archiving.optionalTime("start", list.attributeOrNull("start")),
                    Archiving.optionalTime("end", list.attributeOrNull("end")),
                    PayloadAttributes.bool(list, "exactmatch", false), pageRequest(list));
        } catch (IllegalArgumentException e) {
            throw new PayloadFormatException(e.getMessage());
        }
    }

    /** The {@code <set/>} of a request, which must ask for a page; null when absent. */
    static PageRequest pageRequest(XmlElement parent) throws PayloadFormatException {
        XmlElement set = parent.child(ResultSet.ELEMENT, ResultSet.NAMESPACE).orElse(null);
        if (set == null) {
            return null;
        }
        if (!(RSM.decode(set).valueIfAny().orElse(null) instanceof PageRequest r)) {
            throw new PayloadFormatException("a request's <set/> must ask for a page");
        }
        return r;
    }
}
