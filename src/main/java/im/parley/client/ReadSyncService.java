package im.parley.client;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.carbons.CarbonManager;
import im.parley.xmpp.ext.carbons.Carbons;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps unread counts in step across the account's devices with XEP-0333 displayed markers and
 * XEP-0280 carbons. Reading a conversation here sends a displayed marker for its newest message
 * to the contact; the server copies it to our other devices, which then mark the conversation
 * read up to that message. Carbons must be enabled on each device for this to work, and only
 * copies from our own bare JID reach this service ({@link CarbonManager} drops forged ones).
 */
public final class ReadSyncService {
    private static final Logger LOG = Logger.getLogger(ReadSyncService.class.getName());

    private final XmppClient client;
    private final Jid account;
    private final ConversationReadState state;
    private final List<Consumer<UnreadChange>> listeners = new CopyOnWriteArrayList<>();

    public ReadSyncService(XmppClient client, CarbonManager carbons, ConversationReadState state) {
        this.client = client;
        // The configured account, not the bound JID: it is known before connecting and never changes.
        this.account = client.config().jid().bare();
        this.state = state;
        client.addMessageListener(this::received);
        carbons.addListener(this::copied);
    }

    /**
     * Listeners run on the engine's dispatcher for changes that came over the network, and on the
     * caller's thread for {@link #markRead}; never on the reader thread.
     */
    public Registration addListener(Consumer<UnreadChange> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public int unread(Jid conversation) {
        return state.unread(conversation);
    }

    /**
     * The user has read the conversation with {@code contact} on this device. Returns whether a
     * marker went out for the other devices: none when nothing was unread, when no unread message
     * asked for a marker, or when we are offline (the local state is read all the same).
     */
    public boolean markRead(Jid contact) {
        Jid conversation = contact.bare();
        ConversationReadState.ReadHere read = state.readAll(conversation);
        if (read.changed()) {
            notifyListeners(new UnreadChange(conversation, 0, UnreadChange.Cause.READ_HERE));
        }
        if (read.latestMarkable().isEmpty()) {
            return false;
        }
        try {
            client.send(displayedMarker(conversation, read.latestMarkable().get()));
            return true;
        } catch (NotConnectedException e) {
            LOG.fine(() -> "displayed marker for " + conversation + " not sent: " + e.getMessage());
            return false;
        }
    }

    /**
     * The user has seen the conversation with {@code contact} up to the message {@code id} on this
     * device, and the caller sends the marker itself. Changes nothing when that message is not
     * unread here (read already, or from before this session).
     */
    public void readHereUpTo(Jid contact, String id) {
        Jid conversation = contact.bare();
        state.readUpTo(conversation, id).ifPresent(unread ->
                notifyListeners(new UnreadChange(conversation, unread, UnreadChange.Cause.READ_HERE)));
    }

    /**
     * The marker to the contact's bare JID, so every device of theirs sees it. Type chat, because
     * servers copy chat messages to our other devices (XEP-0280 §6) and a marker carries no body.
     */
    static Message displayedMarker(Jid conversation, String id) {
        return Message.builder().to(conversation).type(Message.Type.CHAT)
                .payload(Marker.displayed(id).toXml()).build();
    }

    /** A message addressed to this device. Package-private so it can be tested without a server. */
    void received(Message m) {
        // Carbons come wrapped, from our own account: they arrive through copied(), checked.
        if (!Carbons.isCarbon(m)) {
            incoming(m);
        }
    }

    /** A genuine carbon copy. Package-private so it can be tested without a server. */
    void copied(CarbonCopy copy) {
        Message inner = copy.inner();
        if (copy.direction() == CarbonCopy.Direction.RECEIVED) {
            incoming(inner);
            return;
        }
        Optional<Marker> marker = Marker.of(inner);
        // An acknowledged marker from an older client implies displayed.
        if (marker.isEmpty() || marker.get().kind().compareTo(Marker.Kind.DISPLAYED) < 0 || inner.to() == null) {
            return;
        }
        Jid conversation = inner.to().bare();
        OptionalInt unread = state.readUpTo(conversation, marker.get().id());
        if (unread.isPresent()) {
            notifyListeners(new UnreadChange(conversation, unread.getAsInt(), UnreadChange.Cause.READ_ON_OTHER_DEVICE));
        } else {
            LOG.fine(() -> "ignoring our other device's marker for " + marker.get().id() + " to " + conversation
                    + ": not an unread message here");
        }
    }

    /**
     * Counts a contact's message as unread. Only one-to-one messages with a body count: markers,
     * chat states and receipts are not something to read, group chats have their own rooms, and
     * what our own account sends is never unread.
     */
    private void incoming(Message m) {
        boolean oneToOne = m.type() == Message.Type.CHAT || m.type() == Message.Type.NORMAL;
        if (!oneToOne || m.body().isEmpty() || m.from() == null || m.from().bare().equals(account)) {
            return;
        }
        Jid conversation = m.from().bare();
        state.arrived(conversation, m.id(), Markable.isMarkable(m)).ifPresent(unread ->
                notifyListeners(new UnreadChange(conversation, unread, UnreadChange.Cause.MESSAGE_ARRIVED)));
    }

    private void notifyListeners(UnreadChange change) {
        for (Consumer<UnreadChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "unread listener failed", e);
            }
        }
    }
}
