package im.parley.client.history;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.correction.Replace;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.pie.ArchivedMessage;
import im.parley.xmpp.ext.sid.OriginId;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A local history into and out of an account export (XEP-0227 §3.11). */
class PortableHistoryTest {
    private static final Jid ALICE = Jid.of("alice@example.org");
    private static final Jid CAROL = Jid.of("carol@example.net");
    private static final Jid BOB = Jid.of("bob@example.com");
    private static final Instant T = Instant.parse("2024-05-01T10:00:00Z");

    @TempDir
    Path dir;

    private static ArchivedMessage entry(String archiveId, int minute, Message m) {
        return new ArchivedMessage(archiveId, new Delay(T.plusSeconds(60L * minute), null, null), m);
    }

    private static Message chat(Jid from, Jid to, String id, String body) {
        return Message.builder().type(Message.Type.CHAT).from(from).to(to).id(id).body(body)
                .payload(new OriginId(id).toXml()).build();
    }

    private static List<ArchivedMessage> aliceArchive() {
        Message correction = Message.builder().type(Message.Type.CHAT).from(BOB.withResource("phone")).to(ALICE)
                .id("m2-fix").body("how are you?").payload(new Replace("m2").toXml()).build();
        Message room = Message.builder().type(Message.Type.GROUPCHAT).from(Jid.of("room@muc.example.org/bob"))
                .to(ALICE).id("g1").body("in a room").build();
        return List.of(
                entry("a1", 0, chat(BOB.withResource("phone"), ALICE, "m1", "hello")),
                entry("a2", 1, chat(BOB.withResource("phone"), ALICE, "m2", "how ar you?")),
                entry("a3", 2, chat(ALICE.withResource("desk"), BOB, "m3", "fine")),
                entry("a4", 3, correction),
                entry("a5", 4, room));
    }

    @Test
    void anArchiveIsStoredAsReadHistoryWithItsCorrections() {
        try (Profile profile = Profile.open(dir)) {
            PortableHistory.Imported done = profile.portableHistory(ALICE).importArchive(ALICE, aliceArchive());

            assertThat(done).isEqualTo(new PortableHistory.Imported(3, 0, 1, 1));
            List<HistoryMessage> page = profile.history(ALICE).page(BOB, null, 10);
            assertThat(page).extracting(HistoryMessage::body).containsExactly("hello", "how are you?", "fine");
            assertThat(page).extracting(HistoryMessage::outgoing).containsExactly(false, false, true);
            assertThat(page).extracting(HistoryMessage::stanzaId).as("the same account's archive ids are kept")
                    .containsExactly("a1", "a2", "a3");
            assertThat(page.get(0).time()).isEqualTo(T);
            assertThat(profile.history(ALICE).conversations()).singleElement()
                    .satisfies(c -> assertThat(c.unread()).as("imported history is not news").isZero());
        }
    }

    @Test
    void anExportCarriesTheHistoryIntoAnotherAccountOnce() {
        try (Profile profile = Profile.open(dir)) {
            profile.portableHistory(ALICE).importArchive(ALICE, aliceArchive());

            List<ArchivedMessage> exported = profile.portableHistory(ALICE).export();
            assertThat(exported).extracting(ArchivedMessage::id).containsExactly("a1", "a2", "a3");
            assertThat(exported).extracting(a -> a.message().body().orElseThrow())
                    .containsExactly("hello", "how are you?", "fine");
            assertThat(exported.get(0).message().from()).isEqualTo(BOB.withResource("phone"));
            assertThat(exported.get(0).message().to()).isEqualTo(ALICE);
            assertThat(exported.get(2).message().to()).isEqualTo(BOB);
            assertThat(exported.get(2).delay().stamp()).isEqualTo(T.plusSeconds(120));

            PortableHistory carol = profile.portableHistory(CAROL);
            assertThat(carol.importArchive(ALICE, exported)).isEqualTo(new PortableHistory.Imported(3, 0, 0, 0));
            List<HistoryMessage> page = profile.history(CAROL).page(BOB, null, 10);
            assertThat(page).extracting(HistoryMessage::body).containsExactly("hello", "how are you?", "fine");
            assertThat(page).extracting(HistoryMessage::outgoing).containsExactly(false, false, true);
            assertThat(page).extracting(HistoryMessage::stanzaId).as("another archive's ids are not this one's")
                    .containsOnlyNulls();

            assertThat(carol.importArchive(ALICE, exported)).as("a second import adds nothing")
                    .isEqualTo(new PortableHistory.Imported(0, 3, 0, 0));
            assertThat(profile.history(CAROL).count(BOB)).isEqualTo(3);
        }
    }
}
