package im.parley.client;

import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.ext.oob.OobAttachment;
import im.parley.xmpp.ext.xhtml.XhtmlIm;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Turns received chat and normal messages with a body into {@link ChatMessage}s. Every
 * formatted message goes through the XHTML-IM sanitizer here, once, so no view can show the raw
 * markup by mistake. Group chat, errors and headlines are not chat messages.
 */
public final class ChatMessages {
    private final List<Consumer<ChatMessage>> listeners = new CopyOnWriteArrayList<>();

    public ChatMessages(XmppClient client) {
        client.addMessageListener(this::received);
    }

    public Registration addListener(Consumer<ChatMessage> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    void received(Message m) {
        if (listeners.isEmpty()) {
            // Sanitizing is the costly part of a message; an account reads its own copy through of().
            return;
        }
        Optional<ChatMessage> chat = of(m);
        chat.ifPresent(message -> listeners.forEach(l -> l.accept(message)));
    }

    /** The chat message a stanza carries, if it is one. */
    public static Optional<ChatMessage> of(Message m) {
        if (m.from() == null || m.body().isEmpty()
                || (m.type() != Message.Type.CHAT && m.type() != Message.Type.NORMAL)) {
            return Optional.empty();
        }
        return Optional.of(new ChatMessage(m.from(), m.id(), m.body().get(), XhtmlIm.read(m), OobAttachment.of(m), m));
    }
}
