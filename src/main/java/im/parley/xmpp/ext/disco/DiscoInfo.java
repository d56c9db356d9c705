package im.parley.xmpp.ext.disco;

import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** A disco#info answer: identities and features (XEP-0030 §3.1). Extensions (forms) are kept raw. */
public record DiscoInfo(String node, List<Identity> identities, List<String> features, List<XmlElement> extensions) {
    public static final String NAMESPACE = "http://jabber.org/protocol/disco#info";

    public record Identity(String category, String type, String name, String lang) {
    }

    public DiscoInfo {
        identities = List.copyOf(identities);
        features = List.copyOf(features);
        extensions = List.copyOf(extensions);
    }

    public boolean hasFeature(String feature) {
        return features.contains(feature);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder("query", NAMESPACE).attribute("node", node);
        for (Identity i : identities) {
            b.child(XmlElement.builder("identity", NAMESPACE).attribute("category", i.category())
                    .attribute("type", i.type()).attribute("name", i.name())
                    .attribute(XmlElement.XML_LANG, i.lang()).build());
        }
        for (String f : features) {
            b.child(XmlElement.builder("feature", NAMESPACE).attribute("var", f).build());
        }
        extensions.forEach(b::child);
        return b.build();
    }

    /** Reads a query element; identities or features without their required attributes are skipped. */
    public static DiscoInfo fromXml(XmlElement query) {
        List<Identity> identities = new ArrayList<>();
        List<String> features = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement e : query.elements()) {
            if (e.is("identity", NAMESPACE)) {
                String category = e.attributeOrNull("category");
                String type = e.attributeOrNull("type");
                if (category != null && type != null) {
                    identities.add(new Identity(category, type, e.attributeOrNull("name"),
                            e.attributeOrNull(XmlElement.XML_LANG)));
                }
            } else if (e.is("feature", NAMESPACE)) {
                String var = e.attributeOrNull("var");
                if (var != null) {
                    features.add(var);
                }
            } else {
                extensions.add(e);
            }
        }
        return new DiscoInfo(query.attributeOrNull("node"), identities, features, extensions);
    }
}
