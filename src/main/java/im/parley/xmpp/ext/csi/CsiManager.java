package im.parley.xmpp.ext.csi;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;

/**
 * Tells the server when the user stops or starts looking (XEP-0352), so it can hold back
 * unimportant traffic. Sends only on a change, and only where the stream offers CSI.
 */
public final class CsiManager {
    private final XmppClient client;
    /** What the server believes; a new stream starts active (§4), a resumed one keeps its state. */
    private ClientState serverState = ClientState.ACTIVE;

    public CsiManager(XmppClient client) {
        this.client = client;
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void connected(Jid boundJid) {
                synchronized (CsiManager.this) {
                    serverState = ClientState.ACTIVE;
                }
            }
        });
    }

    public boolean isSupported() {
        return ClientState.isSupported(client.streamFeatures());
    }

    /**
     * Reports the user as active or not. Returns true if a nonza went out; false when the server
     * already knows, or does not support CSI (nothing is sent then: §2 makes support optional).
     */
    public synchronized boolean setActive(boolean active) throws NotConnectedException {
        ClientState wanted = active ? ClientState.ACTIVE : ClientState.INACTIVE;
        if (wanted == serverState || !isSupported()) {
            return false;
        }
        client.sendNonza(wanted.toXml());
        serverState = wanted;
        return true;
    }

    public synchronized ClientState state() {
        return serverState;
    }
}
