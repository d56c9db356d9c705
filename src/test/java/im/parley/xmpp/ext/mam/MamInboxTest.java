package im.parley.xmpp.ext.mam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ProtocolException;
import im.parley.xmpp.stanza.Message;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * §9.2 Sender Impersonation: results count only from the archive queried, for an open query, with
 * its queryid; the rest (unsolicited, forged, late, duplicated, malformed) is dropped and counted.
 * §4: a page is complete once its fin came and its first and last results are here.
 */
class MamInboxTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");
    private static final Jid ROOM = Jid.of("coven@chat.shakespeare.lit");
    private final ResultInbox inbox = new ResultInbox();

    /** XEP-0313 example 17's first result, answering {@code queryId}, as {@code from} sends it. */
    private static Message result(String queryId, String id, Jid from) throws Exception {
        Message m = XepExamples.stanza(MamCodecTest.EXAMPLE_17A.replace("'f27'", "'" + queryId + "'")
                .replace("'28482-98726-73623'", "'" + id + "'"));
        return m.toBuilder().from(from).build();
    }

    private static MamFin fin(String first, String last, boolean complete) {
        return new MamFin(complete, true, new Page(first, null, last, null));
    }

    @Test
    void ourArchivesResultsComeWithoutFromOrFromOurBareJid() throws Exception {
        OpenQuery q = inbox.open(null);
        inbox.take(result(q.queryId, "a", null), JULIET);
        inbox.take(result(q.queryId, "b", JULIET), JULIET);

        MamPage page = q.finish(fin("a", "b", true), Duration.ofSeconds(1)).get(1, TimeUnit.SECONDS);

        assertThat(page.messages()).extracting(ArchivedMessage::id).containsExactly("a", "b");
        assertThat(page.messages().get(0).stamp()).isEqualTo(Instant.parse("2010-07-10T23:08:25Z"));
        assertThat(page.messages().get(0).message().from()).isEqualTo(Jid.of("romeo@montague.lit/orchard"));
        assertThat(page.complete()).isTrue();
        assertThat(inbox.dropped()).isZero();
    }

    @Test
    void resultsFromAnyoneElseAreForged() throws Exception {
        OpenQuery own = inbox.open(null);
        OpenQuery room = inbox.open(ROOM);
        inbox.take(result(own.queryId, "x1", Jid.of("romeo@montague.lit/orchard")), JULIET);
        inbox.take(result(own.queryId, "x2", JULIET.withResource("balcony")), JULIET);
        inbox.take(result(own.queryId, "x3", ROOM), JULIET);
        inbox.take(result(room.queryId, "x4", null), JULIET);
        inbox.take(result(room.queryId, "x5", JULIET), JULIET);
        inbox.take(result(room.queryId, "x6", ROOM.withResource("firstwitch")), JULIET);
        inbox.take(result(room.queryId, "r1", ROOM), JULIET);

        assertThat(inbox.dropped()).isEqualTo(6);
        assertThat(room.finish(fin("r1", "r1", true), Duration.ofSeconds(1)).get(1, TimeUnit.SECONDS).messages())
                .extracting(ArchivedMessage::id).containsExactly("r1");
        assertThat(own.finish(fin(null, null, true), Duration.ofSeconds(1)).get(1, TimeUnit.SECONDS).messages())
                .isEmpty();
    }

    @Test
    void unsolicitedLateDuplicatedAndMalformedResultsAreDropped() throws Exception {
        inbox.take(result("nobody-asked", "u1", null), JULIET);
        OpenQuery q = inbox.open(null);
        inbox.take(result(q.queryId, "a", null), JULIET);
        inbox.take(result(q.queryId, "a", null), JULIET);
        inbox.take(Message.builder().payload(XepExamples.element(
                "<result xmlns='urn:xmpp:mam:2' queryid='" + q.queryId + "'/>")).build(), JULIET);
        MamPage page = q.finish(fin("a", "a", false), Duration.ofSeconds(1)).get(1, TimeUnit.SECONDS);
        inbox.finish(q);
        // XEP-0313 §4: the server sends the fin after the last result; one after it is late or forged.
        inbox.take(result(q.queryId, "late", null), JULIET);

        assertThat(page.messages()).extracting(ArchivedMessage::id).containsExactly("a");
        assertThat(inbox.dropped()).isEqualTo(4);
        assertThat(inbox.openCount()).isZero();
    }

    @Test
    void aFinWaitsForTheResultsItNamesAndFailsWhenTheyNeverCome() throws Exception {
        OpenQuery q = inbox.open(null);
        inbox.take(result(q.queryId, "a", null), JULIET);
        CompletableFuture<MamPage> page = q.finish(fin("a", "b", false), Duration.ofSeconds(5));
        assertThat(page).isNotDone();
        inbox.take(result(q.queryId, "b", null), JULIET);
        assertThat(page.get(1, TimeUnit.SECONDS).messages()).extracting(ArchivedMessage::id).containsExactly("a", "b");

        OpenQuery lost = inbox.open(null);
        assertThatThrownBy(() -> lost.finish(fin("c", "d", false), Duration.ofMillis(50)).get(1, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ProtocolException.class);
    }
}
