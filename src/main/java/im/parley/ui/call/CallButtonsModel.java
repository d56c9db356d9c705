package im.parley.ui.call;

import im.parley.client.AccountEvent;
import im.parley.client.AccountSession;
import im.parley.client.AccountState;
import im.parley.client.call.CallCapabilities;
import im.parley.ui.app.AccountModel;
import im.parley.xmpp.im.ResourcePresence;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Whether the conversation header offers a call and a video call, and why not when it does not:
 * only a device of the contact whose verified capabilities (XEP-0115) take Jingle calls counts.
 * Worked out again when the contact's presence changes and when a device's capabilities are
 * verified, off the UI thread.
 */
public final class CallButtonsModel implements AutoCloseable {
    /** What the header shows: each button's state and its tooltip. */
    record Availability(boolean call, String callTip, boolean video, String videoTip) {
        static Availability none(String why) {
            return new Availability(false, why, false, why);
        }
    }

    private final AccountModel account;
    private final Jid peer;
    private final String peerName;
    private final Executor ui;
    private final Executor io;
    private final Runnable reached;
    private final Registration listening;
    private final ReadOnlyBooleanWrapper canCall = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper canVideoCall = new ReadOnlyBooleanWrapper();
    private final ReadOnlyStringWrapper callTip = new ReadOnlyStringWrapper();
    private final ReadOnlyStringWrapper videoTip = new ReadOnlyStringWrapper();
    private volatile boolean closed;

    /** {@code reached} runs when the user reaches for a button: pointed at or focused, before any press. */
    public CallButtonsModel(AccountModel account, Jid peer, String peerName, Executor ui, Executor io,
                            Runnable reached) {
        this.account = account;
        this.peer = peer.bare();
        this.peerName = peerName;
        this.ui = ui;
        this.io = io;
        this.reached = reached;
        show(Availability.none("Looking at " + peerName + "'s devices…"));
        listening = account.addListener(this::onEvent);
        refresh();
    }

    private void onEvent(AccountEvent event) {
        if (event instanceof AccountEvent.ConnectionChanged
                || event instanceof AccountEvent.PresenceChanged p && p.presence().from() != null
                        && p.presence().from().bare().equals(peer)) {
            refresh();
        }
    }

    /** Works the buttons out again, off the UI thread; a device whose caps are being verified refreshes once they are. */
    void refresh() {
        io.execute(() -> {
            if (closed) {
                return;
            }
            AccountSession session = account.account().current();
            boolean online = account.account().state() instanceof AccountState.Online;
            Availability now = availability(session, online, account.account().calls().isPresent());
            ui.execute(() -> show(now));
            if (session != null && online) {
                verifyCaps(session);
            }
        });
    }

    private void verifyCaps(AccountSession session) {
        for (ResourcePresence device : session.presence().table().resources(peer)) {
            session.caps().capsOf(device.jid()).filter(c -> session.caps().infoOf(device.jid()).isEmpty())
                    .ifPresent(caps -> session.caps().resolve(device.jid(), caps).thenRun(this::refresh));
        }
    }

    private Availability availability(AccountSession session, boolean online, boolean callsReady) {
        if (session == null || !online) {
            return Availability.none("You are offline");
        }
        if (!callsReady) {
            return Availability.none("Calls are starting…");
        }
        List<ResourcePresence> devices = session.presence().table().resources(peer);
        if (devices.isEmpty()) {
            return Availability.none(peerName + " is offline");
        }
        CallCapabilities capabilities = session.callCapabilities();
        boolean call = capabilities.canCall(peer);
        boolean video = capabilities.canVideoCall(peer);
        String noCalls = peerName + "'s " + (devices.size() == 1 ? "device does" : "devices do") + " not take calls";
        return new Availability(call, call ? "Call " + peerName : noCalls,
                video, video ? "Video call " + peerName : call ? peerName + " takes voice calls only" : noCalls);
    }

    private void show(Availability a) {
        canCall.set(a.call());
        callTip.set(a.callTip());
        canVideoCall.set(a.video());
        videoTip.set(a.videoTip());
    }

    /** The user pointed at or focused a call button: a call may follow. */
    public void reached() {
        reached.run();
    }

    public ReadOnlyBooleanProperty canCallProperty() {
        return canCall.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canVideoCallProperty() {
        return canVideoCall.getReadOnlyProperty();
    }

    /** "Call Bob", or why there is no call. */
    public ReadOnlyStringProperty callTipProperty() {
        return callTip.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty videoTipProperty() {
        return videoTip.getReadOnlyProperty();
    }

    @Override
    public void close() {
        closed = true;
        listening.close();
    }
}
