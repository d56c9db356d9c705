package im.parley.xmpp.ext.shim;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The {@code <headers xmlns='http://jabber.org/protocol/shim'/>} list. A list, not a map: a
 * header may repeat and the order is the sender's.
 */
public record Headers(List<Header> headers) {
    public static final String NAMESPACE = "http://jabber.org/protocol/shim";
    public static final String FEATURE = NAMESPACE;

    public Headers {
        headers = List.copyOf(headers);
    }

    public static Headers of(Header... headers) {
        return new Headers(List.of(headers));
    }

    /** The first value of the header, its name matched without regard to case. */
    public Optional<String> value(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).findFirst();
    }

    /** Every value of a header that may repeat. */
    public List<String> values(String name) {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase(name)).map(Header::value).toList();
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("headers", NAMESPACE);
        headers.forEach(h -> b.child(XmlElement.builder("header", NAMESPACE).attribute("name", h.name())
                .text(h.value()).build()));
        return b.build();
    }

    public static Headers fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is("headers", NAMESPACE)) {
            throw new PayloadFormatException("not a SHIM headers element: <" + e.name() + "/>");
        }
        List<Header> out = new ArrayList<>();
        for (XmlElement h : e.children("header", NAMESPACE)) {
            String name = h.attributeOrNull("name");
            if (name == null || name.isEmpty()) {
                throw new PayloadFormatException("a SHIM header without a name");
            }
            out.add(new Header(name, h.text()));
        }
        return new Headers(out);
    }

    /**
     * The headers of a message or presence (a direct child), or of an IQ, where §3 puts them
     * inside the query since an IQ has one child only.
     */
    public static Optional<Headers> from(Stanza s) throws PayloadFormatException {
        Optional<XmlElement> direct = s.payload("headers", NAMESPACE);
        if (direct.isPresent()) {
            return Optional.of(fromXml(direct.get()));
        }
        for (XmlElement p : s.payloads()) {
            Optional<XmlElement> nested = p.child("headers", NAMESPACE);
            if (nested.isPresent()) {
                return Optional.of(fromXml(nested.get()));
            }
        }
        return Optional.empty();
    }
}
