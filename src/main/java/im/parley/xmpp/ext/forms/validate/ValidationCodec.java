package im.parley.xmpp.ext.forms.validate;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.xml.XmlElement;

/** The validate element of XEP-0122, as it sits inside a data form field. */
public final class ValidationCodec implements PayloadCodec<Validation> {
    private static final QName NAME = new QName(Validation.NAMESPACE, "validate");
    private static final String NS = Validation.NAMESPACE;

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<Validation> type() {
        return Validation.class;
    }

    @Override
    public Decoded<Validation> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "<validate/>", element, ValidationCodec::read);
    }

    private static Validation read(XmlElement element) throws PayloadFormatException {
        ValidationMethod method = null;
        ListRange listRange = null;
        // Children are matched by name alone: §4.2's own example leaves <basic/> in the form's
        // namespace under a prefixed <xdv:validate/>.
        for (XmlElement child : element.elements()) {
            if (child.name().equals("list-range")) {
                if (listRange != null) {
                    throw new PayloadFormatException("more than one <list-range/>");
                }
                listRange = new ListRange(bound(child, "min"), bound(child, "max"));
                continue;
            }
            ValidationMethod m = method(child);
            if (m != null && method != null) {
                throw new PayloadFormatException("more than one validation method");
            }
            method = m == null ? method : m;
        }
        return new Validation(element.attributeOrNull("datatype"), method, listRange);
    }

    /** The method the element names; null for one we do not know, which §4.1 says is basic. */
    private static ValidationMethod method(XmlElement child) throws PayloadFormatException {
        switch (child.name()) {
            case "basic":
                return new ValidationMethod.Basic();
            case "open":
                return new ValidationMethod.Open();
            case "range":
                return new ValidationMethod.Range(child.attributeOrNull("min"), child.attributeOrNull("max"));
            case "regex":
                if (!child.elements().isEmpty()) {
                    throw new PayloadFormatException("<regex/> holds elements; it takes character data only");
                }
                return new ValidationMethod.Regex(child.text());
            default:
                return null;
        }
    }

    private static Long bound(XmlElement listRange, String name) throws PayloadFormatException {
        return PayloadAttributes.optionalNumber(listRange, name, 0, ListRange.UNSIGNED_INT_MAX);
    }

    @Override
    public XmlElement encode(Validation value) {
        XmlElement.Builder b = XmlElement.builder("validate", NS).attribute("datatype", value.datatype());
        ValidationMethod method = value.method();
        if (method instanceof ValidationMethod.Basic) {
            b.child(XmlElement.empty("basic", NS));
        } else if (method instanceof ValidationMethod.Open) {
            b.child(XmlElement.empty("open", NS));
        } else if (method instanceof ValidationMethod.Range range) {
            b.child(XmlElement.builder("range", NS).attribute("min", range.min()).attribute("max", range.max()).build());
        } else if (method instanceof ValidationMethod.Regex regex) {
            b.child(XmlElement.ofText("regex", NS, regex.pattern()));
        }
        ListRange listRange = value.listRange();
        if (listRange != null) {
            b.child(XmlElement.builder("list-range", NS).attribute("min", text(listRange.min()))
                    .attribute("max", text(listRange.max())).build());
        }
        return b.build();
    }

    private static String text(Long n) {
        return n == null ? null : n.toString();
    }
}
