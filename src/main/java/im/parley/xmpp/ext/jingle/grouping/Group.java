package im.parley.xmpp.ext.jingle.grouping;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code <group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='BUNDLE'>}: contents that
 * belong together (RFC 5888 a=group), named by their content name (the SDP mid). It is a child
 * of the {@code <jingle/>} element itself, not of a content.
 *
 * @param semantics e.g. "BUNDLE" or "LS"; an open registry, so kept as a string
 * @param contents the names of the grouped contents, in order
 */
public record Group(String semantics, List<String> contents) {
    public static final String NAMESPACE = "urn:xmpp:jingle:apps:grouping:0";
    public static final String ELEMENT = "group";
    public static final String BUNDLE = "BUNDLE";
    private static final String CONTENT = "content";

    public Group {
        Objects.requireNonNull(semantics, "semantics");
        contents = List.copyOf(contents);
    }

    public static Group bundle(List<String> contents) {
        return new Group(BUNDLE, contents);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE).attribute("semantics", semantics);
        for (String name : contents) {
            b.child(XmlElement.builder(CONTENT, NAMESPACE).attribute("name", name).build());
        }
        return b.build();
    }

    public static Group fromXml(XmlElement e) throws PayloadFormatException {
        if (!e.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("not a group: " + e.name() + " in " + e.namespace());
        }
        List<String> contents = new ArrayList<>();
        for (XmlElement c : e.children(CONTENT, NAMESPACE)) {
            contents.add(PayloadAttributes.required(c, "name"));
        }
        return new Group(PayloadAttributes.required(e, "semantics"), contents);
    }
}
