package im.parley.xmpp.ext.rsm;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * Reads and writes {@code <set/>}. A set with none of first, last or count is read as a request
 * when it has max, after, before or index, and as an empty page when it has nothing at all, the
 * form an answer with no items may take.
 */
public final class RsmCodec implements PayloadCodec<ResultSet> {
    private static final QName NAME = new QName(ResultSet.NAMESPACE, ResultSet.ELEMENT);
    private static final List<String> REQUEST_CHILDREN = List.of("max", "after", "before", "index");
    private static final List<String> PAGE_CHILDREN = List.of("first", "last", "count");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<ResultSet> type() {
        return ResultSet.class;
    }

    @Override
    public Decoded<ResultSet> decode(XmlElement set) {
        if (!NAME.matches(set)) {
            return Decoded.notMine();
        }
        boolean asks = false;
        boolean answers = false;
        for (String child : REQUEST_CHILDREN) {
            asks |= !set.children(child, ResultSet.NAMESPACE).isEmpty();
        }
        for (String child : PAGE_CHILDREN) {
            answers |= !set.children(child, ResultSet.NAMESPACE).isEmpty();
        }
        if (asks && answers) {
            return Decoded.malformed("a <set/> holds either a request (max, after, before, index) "
                    + "or a page (first, last, count), not both");
        }
        try {
            return Decoded.value(asks ? request(set) : page(set));
        } catch (IllegalArgumentException e) {
            return Decoded.malformed(e.getMessage());
        }
    }

    private static PageRequest request(XmlElement set) {
        return new PageRequest(integer("<max/>", text(set, "max")), text(set, "after"), text(set, "before"),
                integer("<index/>", text(set, "index")));
    }

    private static Page page(XmlElement set) {
        XmlElement first = single(set, "first");
        return new Page(first == null ? null : first.text(),
                integer("the index of <first/>", first == null ? null : first.attributeOrNull("index")),
                text(set, "last"), integer("<count/>", text(set, "count")));
    }

    /** The text of the one child so named, or null; two of them are malformed (maxOccurs 1). */
    private static String text(XmlElement set, String name) {
        XmlElement child = single(set, name);
        return child == null ? null : child.text();
    }

    private static XmlElement single(XmlElement set, String name) {
        List<XmlElement> found = set.children(name, ResultSet.NAMESPACE);
        if (found.size() > 1) {
            throw new IllegalArgumentException("more than one <" + name + "/> in a <set/>");
        }
        return found.isEmpty() ? null : found.get(0);
    }

    /** An xs:int, as the schema types every number here. */
    private static Integer integer(String what, String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " is not a whole number within int range: '" + value + "'");
        }
    }

    @Override
    public XmlElement encode(ResultSet value) {
        XmlElement.Builder b = XmlElement.builder(ResultSet.ELEMENT, ResultSet.NAMESPACE);
        if (value instanceof PageRequest r) {
            optional(b, "max", r.max());
            optional(b, "after", r.after());
            optional(b, "before", r.before());
            optional(b, "index", r.index());
        } else if (value instanceof Page p) {
            if (p.first() != null) {
                b.child(XmlElement.builder("first", ResultSet.NAMESPACE)
                        .attribute("index", p.firstIndex() == null ? null : p.firstIndex().toString())
                        .text(p.first()).build());
            }
            optional(b, "last", p.last());
            optional(b, "count", p.count());
        }
        return b.build();
    }

    private static void optional(XmlElement.Builder b, String name, Object value) {
        if (value != null) {
            b.child(XmlElement.ofText(name, ResultSet.NAMESPACE, value.toString()));
        }
    }
}
