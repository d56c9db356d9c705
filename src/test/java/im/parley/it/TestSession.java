package im.parley.it;

import im.parley.xmpp.ext.register.InBandRegistration;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A logged-in, available engine session that collects every message it gets. Accounts made
 * here are fresh (in-band registration), so nothing another test left offline for them arrives.
 *
 * @param jid the account's bare JID
 * @param inbox every message the session got, in order of arrival
 */
record TestSession(Jid jid, XmppClient client, List<Message> inbox) implements AutoCloseable {
    static final String PASSWORD = "fresh-pass";

    /** Registers a new account named {@code prefix} plus a random part; it has never been online. */
    static Jid register(TestServer server, String prefix) throws Exception {
        Jid jid = server.jid(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
        InBandRegistration.register(server.config(jid, PASSWORD).build(), Map.of());
        return jid;
    }

    /** A new account, online with initial presence sent. */
    static TestSession fresh(TestServer server, String prefix) throws Exception {
        return online(server, register(server, prefix));
    }

    /** Logs in to an account {@link #register} made, listening before the initial presence goes out. */
    static TestSession online(TestServer server, Jid account) throws Exception {
        XmppClient client = new XmppClient(server.config(account, PASSWORD).build());
        List<Message> inbox = new CopyOnWriteArrayList<>();
        client.addMessageListener(inbox::add);
        client.connect();
        client.send(Presence.builder().build());
        return new TestSession(account, client, inbox);
    }

    static Predicate<Message> withId(String id) {
        return m -> id.equals(m.id());
    }

    /**
     * The first message matching {@code p}, waiting up to 20 s. Messages stay in the inbox, so
     * the order of two waits need not be the order of arrival.
     */
    Message await(Predicate<Message> p) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            for (Message m : inbox) {
                if (p.test(m)) {
                    return m;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError(jid + " got no such message within 20 s; it got " + inbox);
    }

    /** Waits until the server has handled everything sent before: one ping answered (XEP-0199). */
    void roundTrip() throws Exception {
        client.query(im.parley.xmpp.stanza.Iq.get(Jid.domain(jid.domain()),
                im.parley.xmpp.xml.XmlElement.empty("ping", "urn:xmpp:ping"))).get(60, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        client.close();
    }
}
