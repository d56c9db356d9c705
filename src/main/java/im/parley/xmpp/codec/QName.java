package im.parley.xmpp.codec;

import im.parley.xmpp.xml.XmlElement;
import java.util.Objects;

/** A qualified element name: what a codec is registered under. */
public record QName(String namespace, String name) {
    public QName {
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(name, "name");
    }

    public static QName of(XmlElement e) {
        return new QName(e.namespace(), e.name());
    }

    public boolean matches(XmlElement e) {
        return e.is(name, namespace);
    }

    @Override
    public String toString() {
        return "{" + namespace + "}" + name;
    }
}
