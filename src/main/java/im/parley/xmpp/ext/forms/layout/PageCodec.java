package im.parley.xmpp.ext.forms.layout;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/** The page element of XEP-0141, as it sits inside a data form. */
public final class PageCodec implements PayloadCodec<Page> {
    private static final String NS = Page.NAMESPACE;
    private static final QName NAME = new QName(NS, "page");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Page> type() {
        return Page.class;
    }

    @Override
    public Decoded<Page> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "<page/>", element,
                page -> new Page(page.attributeOrNull("label"), items(page)));
    }

    private static List<LayoutItem> items(XmlElement parent) throws PayloadFormatException {
        List<LayoutItem> items = new ArrayList<>();
        for (XmlElement child : parent.elements()) {
            if (!child.namespace().equals(NS)) {
                throw new PayloadFormatException("<" + child.name() + "/> of " + child.namespace() + " in a layout");
            }
            items.add(switch (child.name()) {
                case "text" -> new LayoutItem.Text(child.text());
                case "fieldref" -> new LayoutItem.FieldRef(child.attributeOrNull("var"));
                case "reportedref" -> new LayoutItem.ReportedRef();
                case "section" -> new LayoutItem.Section(child.attributeOrNull("label"), items(child));
                default -> throw new PayloadFormatException("unknown layout element <" + child.name() + "/>");
            });
        }
        return items;
    }

    @Override
    public XmlElement encode(Page value) {
        return XmlElement.builder("page", NS).attribute("label", value.label()).children(encode(value.items())).build();
    }

    private static List<XmlElement> encode(List<LayoutItem> items) {
        List<XmlElement> out = new ArrayList<>();
        for (LayoutItem item : items) {
            if (item instanceof LayoutItem.Text text) {
                out.add(XmlElement.ofText("text", NS, text.text()));
            } else if (item instanceof LayoutItem.FieldRef ref) {
                out.add(XmlElement.builder("fieldref", NS).attribute("var", ref.var()).build());
            } else if (item instanceof LayoutItem.ReportedRef) {
                out.add(XmlElement.empty("reportedref", NS));
            } else if (item instanceof LayoutItem.Section section) {
                out.add(XmlElement.builder("section", NS).attribute("label", section.label())
                        .children(encode(section.items())).build());
            }
        }
        return out;
    }
}
