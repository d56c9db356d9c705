package im.parley.xmpp.ext.csi;

import im.parley.xmpp.xml.XmlElement;

/** The two nonzas of XEP-0352 §3, and the stream feature that allows them. */
public enum ClientState {
    ACTIVE("active"), INACTIVE("inactive");

    public static final String NAMESPACE = "urn:xmpp:csi:0";

    private final String element;

    ClientState(String element) {
        this.element = element;
    }

    public XmlElement toXml() {
        return XmlElement.empty(element, NAMESPACE);
    }

    /** Whether the stream features advertise {@code <csi xmlns='urn:xmpp:csi:0'/>} (§2). */
    public static boolean isSupported(XmlElement features) {
        return features != null && features.child("csi", NAMESPACE).isPresent();
    }
}
