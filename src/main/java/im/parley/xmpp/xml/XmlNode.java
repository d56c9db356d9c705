package im.parley.xmpp.xml;

/** A node of an immutable XML tree: an element or a run of text. */
public sealed interface XmlNode permits XmlElement, XmlText {
}
