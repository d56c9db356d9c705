package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.UnreadChange;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Unread counts across two devices of one account on the real Prosody: reading on one sends a
 * XEP-0333 displayed marker, which mod_carbons copies to the other.
 */
class ReadSyncIT {
    private final TestServer prosody = TestServer.prosody();

    /** One device of the account: connected, carbons on, available. */
    private AccountSession device(Jid account, String resource) throws Exception {
        AccountSession session = new AccountSession(prosody.config(account.withResource(resource), TestSession.PASSWORD).build());
        session.connect();
        session.carbons().enable().get(20, TimeUnit.SECONDS);
        session.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);
        return session;
    }


    @Test
    void readingOnTheDeskClearsTheUnreadCountOnThePhone() throws Exception {
        Jid account = TestSession.register(prosody, "reader");
        try (AccountSession desk = device(account, "desk"); AccountSession phone = device(account, "phone");
             TestSession contact = TestSession.fresh(prosody, "writer")) {
            List<UnreadChange> phoneChanges = new CopyOnWriteArrayList<>();
            phone.readSync().addListener(phoneChanges::add);

            // To the desk only: the phone learns of them through carbons.
            List<String> ids = List.of("r1-" + UUID.randomUUID(), "r2-" + UUID.randomUUID(), "r3-" + UUID.randomUUID());
            for (String id : ids) {
                contact.client().send(Markable.attachTo(Message.builder().to(desk.client().jid()).id(id)
                        .type(Message.Type.CHAT).body("line " + id).build()));
            }
            await(() -> desk.readSync().unread(contact.jid()) == 3, "three unread on the desk");
            await(() -> phone.readSync().unread(contact.jid()) == 3, "three unread on the phone");

            assertThat(desk.readSync().markRead(contact.jid())).as("a marker went out").isTrue();
            assertThat(desk.readSync().unread(contact.jid())).isZero();

            await(() -> phone.readSync().unread(contact.jid()) == 0, "read on the phone");
            assertThat(phoneChanges).last()
                    .isEqualTo(new UnreadChange(contact.jid(), 0, UnreadChange.Cause.READ_ON_OTHER_DEVICE));
            Message marker = contact.await(m -> Marker.of(m).isPresent());
            assertThat(Marker.of(marker)).contains(Marker.displayed(ids.get(2)));
            assertThat(marker.from().bare()).isEqualTo(account);
        }
    }
}
