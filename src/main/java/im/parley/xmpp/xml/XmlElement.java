package im.parley.xmpp.xml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable XML element: local name, namespace URI, attributes and child nodes.
 *
 * <p>Attributes without a namespace are keyed by their local name; {@code xml:lang} is keyed
 * {@code "xml:lang"}; other namespaced attributes are keyed {@code "{uri}local"}. Namespace
 * declarations are not attributes: the writer derives them from the element namespaces.
 */
public final class XmlElement implements XmlNode {
    public static final String XML_LANG = "xml:lang";

    private final String name;
    private final String namespace;
    private final Map<String, String> attributes;
    private final List<XmlNode> children;

    private XmlElement(String name, String namespace, Map<String, String> attributes, List<XmlNode> children) {
        this.name = name;
        this.namespace = namespace;
        this.attributes = attributes;
        this.children = children;
    }

    public static Builder builder(String name, String namespace) {
        return new Builder(name, namespace);
    }

    /**
     * An element over collections handed over for good: they must be unmodifiable and never
     * change. Package-private for the stream parser, which makes them that way already and would
     * otherwise pay for a Builder copying each map and list twice, element after element.
     */
    static XmlElement ofOwned(String name, String namespace, Map<String, String> attributes, List<XmlNode> children) {
        return new XmlElement(name, namespace, attributes, children);
    }

    /** An element with no attributes or children. */
    public static XmlElement empty(String name, String namespace) {
        return new XmlElement(name, namespace, Map.of(), List.of());
    }

    /** An element whose only child is the given text. */
    public static XmlElement ofText(String name, String namespace, String text) {
        return builder(name, namespace).text(text).build();
    }

    public String name() {
        return name;
    }

    /** The namespace URI; the empty string when the element has none. */
    public String namespace() {
        return namespace;
    }

    public boolean is(String name, String namespace) {
        return this.name.equals(name) && this.namespace.equals(namespace);
    }

    public Map<String, String> attributes() {
        return attributes;
    }

    public Optional<String> attribute(String key) {
        return Optional.ofNullable(attributes.get(key));
    }

    /** The attribute value, or null when absent. */
    public String attributeOrNull(String key) {
        return attributes.get(key);
    }

    public List<XmlNode> children() {
        return children;
    }

    public List<XmlElement> elements() {
        List<XmlElement> out = new ArrayList<>(children.size());
        for (XmlNode n : children) {
            if (n instanceof XmlElement e) {
                out.add(e);
            }
        }
        return out;
    }

    public Optional<XmlElement> child(String name, String namespace) {
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.is(name, namespace)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** The first child element in the given namespace, whatever its name. */
    public Optional<XmlElement> childIn(String namespace) {
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.namespace.equals(namespace)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    public List<XmlElement> children(String name, String namespace) {
        List<XmlElement> out = new ArrayList<>();
        for (XmlNode n : children) {
            if (n instanceof XmlElement e && e.is(name, namespace)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of a child element, if that child exists. */
    public Optional<String> childText(String name, String namespace) {
        return child(name, namespace).map(XmlElement::text);
    }

    /** The concatenation of this element's direct text children. */
    public String text() {
        if (children.size() == 1 && children.get(0) instanceof XmlText t) {
            return t.text();
        }
        StringBuilder sb = new StringBuilder();
        for (XmlNode n : children) {
            if (n instanceof XmlText t) {
                sb.append(t.text());
            }
        }
        return sb.toString();
    }

    /** A builder seeded with this element, for deriving a changed copy. */
    public Builder toBuilder() {
        Builder b = new Builder(name, namespace);
        b.attributes.putAll(attributes);
        b.children.addAll(children);
        return b;
    }

    public XmlElement withAttribute(String key, String value) {
        return toBuilder().attribute(key, value).build();
    }

    /** Serialises this element; the namespace of the enclosing context is {@code parentNamespace}. */
    public String toXml(String parentNamespace) {
        return XmlWriter.toXml(this, parentNamespace);
    }

    @Override
    public String toString() {
        return XmlWriter.toXml(this, "");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof XmlElement e && name.equals(e.name) && namespace.equals(e.namespace)
                && attributes.equals(e.attributes) && children.equals(e.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, namespace, attributes, children);
    }

    public static final class Builder {
        private final String name;
        private final String namespace;
        private final Map<String, String> attributes = new LinkedHashMap<>();
        private final List<XmlNode> children = new ArrayList<>();

        private Builder(String name, String namespace) {
            this.name = Objects.requireNonNull(name, "name");
            this.namespace = namespace == null ? "" : namespace;
        }

        /** Sets an attribute; a null value removes it. */
        public Builder attribute(String key, String value) {
            if (value == null) {
                attributes.remove(key);
            } else {
                attributes.put(key, value);
            }
            return this;
        }

        public Builder child(XmlElement child) {
            children.add(Objects.requireNonNull(child, "child"));
            return this;
        }

        public Builder children(List<? extends XmlNode> nodes) {
            for (XmlNode n : nodes) {
                children.add(Objects.requireNonNull(n, "child"));
            }
            return this;
        }

        /** Appends text, merging with a directly preceding text node. */
        public Builder text(String text) {
            if (text == null || text.isEmpty()) {
                return this;
            }
            int last = children.size() - 1;
            if (last >= 0 && children.get(last) instanceof XmlText prev) {
                children.set(last, new XmlText(prev.text() + text));
            } else {
                children.add(new XmlText(text));
            }
            return this;
        }

        /** Removes child elements with the given name and namespace. */
        public Builder removeChildren(String childName, String childNamespace) {
            children.removeIf(n -> n instanceof XmlElement e && e.is(childName, childNamespace));
            return this;
        }

        public XmlElement build() {
            Map<String, String> attrs = attributes.isEmpty() ? Map.of()
                    : Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
            List<XmlNode> kids = children.isEmpty() ? List.of() : List.copyOf(children);
            return new XmlElement(name, namespace, attrs, kids);
        }
    }
}
