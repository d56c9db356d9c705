package im.parley.xmpp.session;

/** Namespaces of RFC 6120 stream negotiation. */
final class Namespaces {
    static final String STREAM = "http://etherx.jabber.org/streams";
    static final String CLIENT = "jabber:client";
    static final String TLS = "urn:ietf:params:xml:ns:xmpp-tls";
    static final String SASL = "urn:ietf:params:xml:ns:xmpp-sasl";
    static final String BIND = "urn:ietf:params:xml:ns:xmpp-bind";
    static final String SESSION = "urn:ietf:params:xml:ns:xmpp-session";
    static final String SASL_CB = "urn:xmpp:sasl-cb:0";
    static final String REGISTER_FEATURE = "http://jabber.org/features/iq-register";
    static final String COMPRESS_FEATURE = "http://jabber.org/features/compress";
    static final String COMPRESS = "http://jabber.org/protocol/compress";

    private Namespaces() {
    }
}
