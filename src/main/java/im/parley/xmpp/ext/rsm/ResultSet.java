package im.parley.xmpp.ext.rsm;

/**
 * One {@code <set/>} element: what a request asks for, or what an answer returned. The XEP uses
 * the same element both ways; a set never needs to be both at once.
 */
public sealed interface ResultSet permits PageRequest, Page {
    String NAMESPACE = "http://jabber.org/protocol/rsm";
    String ELEMENT = "set";
}
