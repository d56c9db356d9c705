package im.parley.xmpp.xml;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds one {@link XmlElement} tree from reader events, keeping one reusable {@link Level} per
 * open element. Each element's attribute map and child list are made immutable once and handed to
 * {@link XmlElement#ofOwned}, not copied through a Builder: the parser's throughput depends on it.
 */
final class ElementAssembler {
    /** Buffers grown past these by one huge element are dropped rather than kept for good. */
    private static final int KEEP_TEXT_CAPACITY = 16 * 1024;
    private static final int KEEP_CHILD_CAPACITY = 64;

    private Level[] levels = new Level[8];
    private int open;

    /** Opens an element at the reader's START_ELEMENT. */
    void start(XMLStreamReader r) {
        if (open > 0) {
            levels[open - 1].flushText();
        }
        if (open == levels.length) {
            levels = Arrays.copyOf(levels, open * 2);
        }
        if (levels[open] == null) {
            levels[open] = new Level();
        }
        Level level = levels[open++];
        level.name = r.getLocalName();
        level.namespace = orEmpty(r.getNamespaceURI());
        level.attributes = attributes(r);
    }

    /** Adds the reader's current text event to the innermost open element. */
    void text(XMLStreamReader r) {
        levels[open - 1].addText(r);
    }

    /** Closes the innermost element; returns it if it was the outermost, otherwise null. */
    XmlElement end() {
        Level level = levels[--open];
        XmlElement element = level.build();
        if (open == 0) {
            return element;
        }
        levels[open - 1].addChild(element);
        return null;
    }

    void clear() {
        for (int i = 0; i < open; i++) {
            levels[i].discard();
        }
        open = 0;
    }

    private static Map<String, String> attributes(XMLStreamReader r) {
        int n = r.getAttributeCount();
        if (n == 0) {
            return Map.of();
        }
        String[] keysAndValues = new String[2 * n];
        for (int i = 0; i < n; i++) {
            keysAndValues[2 * i] = attributeKey(r, i);
            keysAndValues[2 * i + 1] = r.getAttributeValue(i);
        }
        return new AttributeMap(keysAndValues);
    }

    /** The attribute key convention of {@link XmlElement}. */
    static String attributeKey(XMLStreamReader r, int i) {
        String local = r.getAttributeLocalName(i);
        String ns = r.getAttributeNamespace(i);
        if (ns == null || ns.isEmpty()) {
            return local;
        }
        if (XMLConstants.XML_NS_URI.equals(ns) && "lang".equals(local)) {
            return XmlElement.XML_LANG;
        }
        return "{" + ns + "}" + local;
    }

    static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** One open element. A text run mostly comes as one event, taken as a String directly. */
    private static final class Level {
        private XmlNode[] children = new XmlNode[4];
        private int childCount;
        private StringBuilder joined = new StringBuilder();
        private String name;
        private String namespace;
        private Map<String, String> attributes;
        private String text;

        void addText(XMLStreamReader r) {
            if (r.getTextLength() == 0) {
                return;
            }
            if (text == null) {
                text = r.getText();
                return;
            }
            if (joined.length() == 0) {
                joined.append(text);
            }
            joined.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }

        void flushText() {
            if (text == null) {
                return;
            }
            addChild(new XmlText(joined.length() == 0 ? text : joined.toString()));
            text = null;
            if (joined.capacity() > KEEP_TEXT_CAPACITY) {
                joined = new StringBuilder();
            } else {
                joined.setLength(0);
            }
        }

        void addChild(XmlNode child) {
            if (childCount == children.length) {
                children = Arrays.copyOf(children, childCount * 2);
            }
            children[childCount++] = child;
        }

        /** The element built from this level, which is left empty for reuse. */
        XmlElement build() {
            flushText();
            // List.of for one or two children allocates no array; List.copyOf would copy twice.
            List<XmlNode> kids = switch (childCount) {
                case 0 -> List.of();
                case 1 -> List.of(children[0]);
                case 2 -> List.of(children[0], children[1]);
                default -> Collections.unmodifiableList(Arrays.asList(Arrays.copyOf(children, childCount)));
            };
            XmlElement element = XmlElement.ofOwned(name, namespace, attributes, kids);
            discard();
            return element;
        }

        void discard() {
            if (children.length > KEEP_CHILD_CAPACITY) {
                children = new XmlNode[4];
            } else {
                Arrays.fill(children, 0, childCount, null);
            }
            childCount = 0;
            text = null;
            joined.setLength(0);
            attributes = null;
        }
    }
}
