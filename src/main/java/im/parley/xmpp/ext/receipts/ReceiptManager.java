package im.parley.xmpp.ext.receipts;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Answers receipt requests (when enabled) and completes the futures of our own requests when
 * the matching receipt comes back from the JID we wrote to.
 */
public final class ReceiptManager {
    private static final Logger LOG = Logger.getLogger(ReceiptManager.class.getName());

    private final XmppClient client;
    private final ReceiptTracker tracker = new ReceiptTracker();
    private volatile boolean answering;

    public ReceiptManager(XmppClient client, boolean answering) {
        this.client = client;
        this.answering = answering;
        client.addMessageListener(this::onMessage);
    }

    public void setAnswering(boolean answering) {
        this.answering = answering;
    }

    /**
     * Sends {@code m} with a receipt request. The future completes with the message id when the
     * receipt arrives; it never times out by itself (add {@code orTimeout}): a recipient owes no
     * receipt, and one that does not support them stays silent.
     */
    public CompletableFuture<String> sendWithReceipt(Message m) {
        if (m.to() == null) {
            throw new IllegalArgumentException("a receipt needs a recipient");
        }
        Message withRequest = withRequest(m.id() != null ? m : m.toBuilder().id(client.nextId()).build());
        CompletableFuture<String> receipt = tracker.await(withRequest.id(), withRequest.to());
        try {
            client.send(withRequest);
        } catch (NotConnectedException e) {
            receipt.completeExceptionally(e);
        }
        return receipt;
    }

    /** The message with a receipt request; it needs an id, which the receipt will name. */
    public static Message withRequest(Message m) {
        if (m.id() == null) {
            throw new IllegalArgumentException("a receipt request needs a message id");
        }
        return m.toBuilder().replacePayload(new ReceiptRequest().toXml()).build();
    }

    /** The receipt for a message with a request that the caller sent itself to {@code to}. */
    public CompletableFuture<String> await(String id, Jid to) {
        return tracker.await(id, to);
    }

    public boolean isAwaiting(String id) {
        return tracker.isAwaiting(id);
    }

    private void onMessage(Message m) {
        if (m.type() == Message.Type.ERROR) {
            return;
        }
        ReceiptReceived.of(m).ifPresent(r -> tracker.received(m.from(), r));
        if (answering) {
            answerFor(m).ifPresent(this::sendQuietly);
        }
    }

    /**
     * The receipt owed for {@code m}, if any. XEP-0184 §5.4: none for groupchat (the room would
     * be flooded), errors or headlines; and only for a message with an id to name and a body
     * that was delivered.
     */
    public static Optional<Message> answerFor(Message m) {
        boolean oneToOne = m.type() == Message.Type.CHAT || m.type() == Message.Type.NORMAL;
        if (!oneToOne || !ReceiptRequest.isRequested(m) || m.id() == null || m.from() == null
                || m.body().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Message.builder().to(m.from()).type(m.type())
                .payload(new ReceiptReceived(m.id()).toXml()).build());
    }

    private void sendQuietly(Message receipt) {
        try {
            client.send(receipt);
        } catch (NotConnectedException e) {
            LOG.fine(() -> "receipt not sent: " + e.getMessage());
        }
    }
}
