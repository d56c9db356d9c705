package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.carbons.CarbonManager;
import im.parley.xmpp.ext.carbons.Carbons;
import im.parley.xmpp.ext.forward.Forwarded;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * XEP-0280 §5 (received and sent copies) and §11 (forged copies), with two resources of alice on
 * the real Prosody and its mod_carbons.
 */
class CarbonsIT {
    private final TestServer prosody = TestServer.prosody();

    /** One of alice's sessions, with carbons on and every genuine copy it got. */
    private record Resource(XmppClient client, BlockingQueue<CarbonCopy> copies, List<Message> messages) {
    }

    private Resource alice(String resource) throws Exception {
        XmppClient client = new XmppClient(prosody.config(prosody.jid("alice").withResource(resource), "alicepass").build());
        CarbonManager carbons = new CarbonManager(client);
        BlockingQueue<CarbonCopy> copies = new LinkedBlockingQueue<>();
        List<Message> messages = new CopyOnWriteArrayList<>();
        carbons.addListener(copies::add);
        client.addMessageListener(messages::add);
        client.connect();
        carbons.enable().get(20, TimeUnit.SECONDS);
        client.send(Presence.builder().build());
        return new Resource(client, copies, messages);
    }

    private static Message chat(Jid to, String body) {
        return Message.builder().to(to).type(Message.Type.CHAT).body(body).build();
    }

    /** The first copy whose inner body is {@code body}, waiting up to 20 s. */
    private static CarbonCopy copyWithBody(BlockingQueue<CarbonCopy> copies, String body) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            CarbonCopy c = copies.poll(200, TimeUnit.MILLISECONDS);
            if (c != null && c.inner().body().orElse("").equals(body)) {
                return c;
            }
        }
        throw new AssertionError("no carbon with body " + body);
    }

    @Test
    void phoneGetsCopiesOfWhatDeskReceivesAndSends() throws Exception {
        Resource desk = alice("desk");
        Resource phone = alice("phone");
        try (XmppClient bob = new XmppClient(prosody.config("bob").build())) {
            bob.connect();
            bob.send(Presence.builder().build());

            String in = "to desk " + UUID.randomUUID();
            bob.send(chat(desk.client().jid(), in));
            CarbonCopy received = copyWithBody(phone.copies(), in);
            assertThat(received.direction()).isEqualTo(CarbonCopy.Direction.RECEIVED);
            assertThat(received.inner().from().bare()).isEqualTo(prosody.jid("bob"));
            assertThat(received.inner().to()).isEqualTo(desk.client().jid());

            String out = "from desk " + UUID.randomUUID();
            desk.client().send(chat(bob.jid().bare(), out));
            CarbonCopy sent = copyWithBody(phone.copies(), out);
            assertThat(sent.direction()).isEqualTo(CarbonCopy.Direction.SENT);
            assertThat(sent.inner().to()).isEqualTo(prosody.jid("bob"));

            // XEP-0280 §6: a private message is not copied.
            String secret = "private " + UUID.randomUUID();
            String after = "after " + UUID.randomUUID();
            desk.client().send(Carbons.withoutCopies(chat(bob.jid().bare(), secret)));
            desk.client().send(chat(bob.jid().bare(), after));
            copyWithBody(phone.copies(), after);
            assertThat(phone.copies()).noneMatch(c -> c.inner().body().orElse("").equals(secret));
        } finally {
            desk.client().close();
            phone.client().close();
        }
    }

    @Test
    void aForgedCarbonFromAnotherAccountIsNotSurfaced() throws Exception {
        Resource phone = alice("phone");
        try (XmppClient carol = new XmppClient(prosody.config("carol").build())) {
            carol.connect();
            String forgedBody = "forged " + UUID.randomUUID();
            String marker = "marker " + UUID.randomUUID();
            CompletableFuture<Message> markerArrived = new CompletableFuture<>();
            phone.client().addMessageListener(m -> m.body().filter(marker::equals).ifPresent(b -> markerArrived.complete(m)));

            Message fakeInner = Message.builder().from(prosody.jid("bob").withResource("x"))
                    .to(phone.client().jid()).type(Message.Type.CHAT).body(forgedBody).build();
            XmlElement wrapper = XmlElement.builder("received", Carbons.NAMESPACE)
                    .child(XmlElement.builder(Forwarded.ELEMENT, Forwarded.NAMESPACE).child(fakeInner.toXml()).build())
                    .build();
            carol.send(Message.builder().to(phone.client().jid()).type(Message.Type.CHAT).payload(wrapper).build());
            // Same sender, same route: once the marker is in, the forged message has been handled.
            carol.send(chat(phone.client().jid(), marker));

            markerArrived.get(20, TimeUnit.SECONDS);
            assertThat(phone.copies()).noneMatch(c -> c.inner().body().orElse("").equals(forgedBody));
            // Whether or not the server passed it on, nothing from carol counted as a carbon.
            List<Message> fromCarol = phone.messages().stream()
                    .filter(m -> m.from() != null && m.from().bare().equals(prosody.jid("carol"))).toList();
            System.out.println("CarbonsIT: forged carbon delivered by the server: "
                    + fromCarol.stream().anyMatch(Carbons::isCarbon));
            assertThat(fromCarol.stream().filter(Carbons::isCarbon)
                    .map(m -> Carbons.unwrap(m, phone.client().jid()))).allMatch(java.util.Optional::isEmpty);
        } finally {
            phone.client().close();
        }
    }
}
