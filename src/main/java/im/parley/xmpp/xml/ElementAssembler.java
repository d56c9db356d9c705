package im.parley.xmpp.xml;

import java.util.Arrays;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Builds one {@link XmlElement} tree from reader events: a stack of builders, one per open
 * element, each with a text buffer that gathers the several CHARACTERS/CDATA events a text run
 * may arrive in and becomes a single text node when a child starts or the element ends.
 */
final class ElementAssembler {
    /** Text buffers grown past this by one huge text are dropped rather than kept for good. */
    private static final int KEEP_TEXT_CAPACITY = 16 * 1024;

    private XmlElement.Builder[] builders = new XmlElement.Builder[8];
    private StringBuilder[] texts = new StringBuilder[8];
    private int open;

    /** Opens an element at the reader's START_ELEMENT. */
    void start(XMLStreamReader r) {
        if (open > 0) {
            flushText(open - 1);
        }
        if (open == builders.length) {
            builders = Arrays.copyOf(builders, open * 2);
            texts = Arrays.copyOf(texts, open * 2);
        }
        XmlElement.Builder b = XmlElement.builder(r.getLocalName(), orEmpty(r.getNamespaceURI()));
        for (int i = 0, n = r.getAttributeCount(); i < n; i++) {
            b.attribute(attributeKey(r, i), r.getAttributeValue(i));
        }
        builders[open] = b;
        if (texts[open] == null) {
            texts[open] = new StringBuilder(64);
        }
        open++;
    }

    /** Appends the reader's current text event to the innermost open element. */
    void text(XMLStreamReader r) {
        texts[open - 1].append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
    }

    /** Closes the innermost element; returns it if it was the outermost, otherwise null. */
    XmlElement end() {
        int level = --open;
        flushText(level);
        XmlElement element = builders[level].build();
        builders[level] = null;
        if (level == 0) {
            return element;
        }
        builders[level - 1].child(element);
        return null;
    }

    void clear() {
        for (int i = 0; i < open; i++) {
            builders[i] = null;
            texts[i].setLength(0);
        }
        open = 0;
    }

    private void flushText(int level) {
        StringBuilder sb = texts[level];
        if (sb.length() == 0) {
            return;
        }
        builders[level].text(sb.toString());
        if (sb.capacity() > KEEP_TEXT_CAPACITY) {
            texts[level] = new StringBuilder(64);
        } else {
            sb.setLength(0);
        }
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
}
