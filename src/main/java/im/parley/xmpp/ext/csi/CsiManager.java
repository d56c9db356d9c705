package im.parley.xmpp.ext.csi;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.xml.XmlElement;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells the server when the user stops or starts looking (XEP-0352), so it can hold back
 * unimportant traffic. Sends only on a change, and only where the stream offers CSI. Every stream,
 * new or resumed, starts active (XEP-0352 §7), so what the user wants is sent again on each one.
 */
public final class CsiManager {
    private static final Logger LOG = Logger.getLogger(CsiManager.class.getName());

    private final XmppClient client;
    private ClientState wanted = ClientState.ACTIVE;
    private ClientState sent = ClientState.ACTIVE;
    /**
     * The stream {@link #sent} was told on, known by its features element: a new or resumed
     * stream has new features. Checked on each call rather than reset by a connection listener,
     * which runs later on another thread and would undo a state set in between.
     */
    private XmlElement sentOn;

    public CsiManager(XmppClient client) {
        this.client = client;
        client.addConnectionListener(new ConnectionListener() {
            @Override
            public void connected(Jid boundJid) {
                restore();
            }

            @Override
            public void resumed() {
                restore();
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
        wanted = active ? ClientState.ACTIVE : ClientState.INACTIVE;
        return sendWanted();
    }

    /** What the server of the current stream was last told. */
    public synchronized ClientState state() {
        return currentStream() ? sent : ClientState.ACTIVE;
    }

    private boolean sendWanted() throws NotConnectedException {
        if (wanted == state() || !isSupported()) {
            return false;
        }
        client.sendNonza(wanted.toXml());
        sent = wanted;
        sentOn = client.streamFeatures();
        return true;
    }

    private boolean currentStream() {
        XmlElement features = client.streamFeatures();
        return features != null && features == sentOn;
    }

    private synchronized void restore() {
        try {
            sendWanted();
        } catch (NotConnectedException e) {
            LOG.log(Level.FINE, "client state not restored: the stream is gone again", e);
        }
    }
}
