package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Request/response pairing of RFC 6120 §8.2.3, including refusal of answers from the wrong sender. */
class IqTrackerTest {
    private static final Jid OWN = Jid.of("romeo@montague.net/orchard");
    private static final Jid JULIET = Jid.of("juliet@capulet.com/balcony");
    private static final Duration LONG = Duration.ofMinutes(1);
    private static final XmlElement PING = XmlElement.empty("ping", "urn:xmpp:ping");

    private ScheduledThreadPoolExecutor timer;
    private IqTracker tracker;

    @BeforeEach
    void setUp() {
        timer = new ScheduledThreadPoolExecutor(1);
        timer.setRemoveOnCancelPolicy(true);
        tracker = new IqTracker(timer, () -> OWN);
    }

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
    }

    private static Iq request(Jid to, String id) {
        return Iq.get(to, PING).toBuilder().id(id).build();
    }

    private static Iq result(Jid from, String id) {
        return Iq.builder(Iq.Type.RESULT).id(id).from(from).to(OWN).build();
    }

    @Test
    void resultFromTheAddresseeCompletesTheRequest() throws Exception {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "q1"), LONG);
        Iq answer = result(JULIET, "q1");

        assertThat(tracker.accept(answer)).isTrue();

        assertThat(future.get(1, TimeUnit.SECONDS)).isSameAs(answer);
        assertThat(tracker.pendingCount()).isZero();
        assertThat(timer.getQueue()).as("timeout cancelled").isEmpty();
    }

    @Test
    void senderIsComparedInNormalizedForm() {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "q1"), LONG);

        assertThat(tracker.accept(result(Jid.of("Juliet@Capulet.COM/balcony"), "q1"))).isTrue();
        assertThat(future).isCompleted();
    }

    @Test
    void resultWithTheRightIdFromAnotherEntityIsIgnored() {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "q1"), LONG);

        assertThat(tracker.accept(result(Jid.of("mallory@evil.example/x"), "q1"))).isFalse();
        assertThat(tracker.accept(result(JULIET.bare(), "q1"))).as("bare JID for a full-JID request").isFalse();
        assertThat(tracker.accept(result(null, "q1"))).as("no from for a request to a contact").isFalse();

        assertThat(future).isNotDone();
        assertThat(tracker.pendingCount()).isEqualTo(1);
        // the real answer still gets through afterwards
        assertThat(tracker.accept(result(JULIET, "q1"))).isTrue();
        assertThat(future).isCompleted();
    }

    @Test
    void requestToAContactsBareJidMayBeAnsweredByThatBareJid() {
        Jid bare = Jid.of("juliet@capulet.com");
        CompletableFuture<Iq> future = tracker.register(request(bare, "q1"), LONG);

        assertThat(tracker.accept(result(Jid.of("capulet.com"), "q1"))).isFalse();
        assertThat(tracker.accept(result(bare, "q1"))).isTrue();
        assertThat(future).isCompleted();
    }

    @Test
    void requestWithoutToIsAnsweredByOurServerInAnyOfItsForms() {
        CompletableFuture<Iq> none = tracker.register(request(null, "a"), LONG);
        CompletableFuture<Iq> bare = tracker.register(request(null, "b"), LONG);
        CompletableFuture<Iq> full = tracker.register(request(null, "c"), LONG);
        CompletableFuture<Iq> domain = tracker.register(request(null, "d"), LONG);
        CompletableFuture<Iq> foreign = tracker.register(request(null, "e"), LONG);

        assertThat(tracker.accept(result(null, "a"))).isTrue();
        assertThat(tracker.accept(result(OWN.bare(), "b"))).isTrue();
        assertThat(tracker.accept(result(OWN, "c"))).isTrue();
        assertThat(tracker.accept(result(Jid.of("montague.net"), "d"))).isTrue();
        assertThat(tracker.accept(result(Jid.of("capulet.com"), "e"))).isFalse();
        assertThat(tracker.accept(result(Jid.of("juliet@montague.net"), "e"))).isFalse();

        assertThat(none).isCompleted();
        assertThat(bare).isCompleted();
        assertThat(full).isCompleted();
        assertThat(domain).isCompleted();
        assertThat(foreign).isNotDone();
    }

    @Test
    void requestToOwnBareJidIsNotAnsweredByTheDomain() {
        CompletableFuture<Iq> future = tracker.register(request(OWN.bare(), "r"), LONG);

        assertThat(tracker.accept(result(Jid.of("montague.net"), "r"))).isFalse();
        assertThat(tracker.accept(result(null, "r"))).isTrue();
        assertThat(future).isCompleted();
    }

    @Test
    void errorResponseFailsTheRequestWithItsCondition() {
        Iq request = request(JULIET, "q1");
        CompletableFuture<Iq> future = tracker.register(request, LONG);
        Iq error = request.errorResponse(StanzaError.of(StanzaErrorCondition.SERVICE_UNAVAILABLE, "no pings"))
                .toBuilder().from(JULIET).build();

        assertThat(tracker.accept(error)).isTrue();

        assertThatThrownBy(() -> future.get(1, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOfSatisfying(StanzaErrorException.class, e -> {
                    assertThat(e.condition()).isEqualTo(StanzaErrorCondition.SERVICE_UNAVAILABLE);
                    assertThat(e.error().text()).isEqualTo("no pings");
                    assertThat(e.stanza()).isSameAs(error);
                });
    }

    @Test
    void errorResponseWithoutErrorElementStillFails() {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "q1"), LONG);

        assertThat(tracker.accept(Iq.builder(Iq.Type.ERROR).id("q1").from(JULIET).build())).isTrue();

        assertThatThrownBy(future::join).cause().isInstanceOfSatisfying(StanzaErrorException.class,
                e -> assertThat(e.condition()).isEqualTo(StanzaErrorCondition.UNDEFINED_CONDITION));
    }

    @Test
    void requestsAndUnknownIdsAreNotResponses() {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "q1"), LONG);

        assertThat(tracker.accept(request(OWN, "q1").toBuilder().from(JULIET).build())).isFalse();
        assertThat(tracker.accept(result(JULIET, "other"))).isFalse();
        assertThat(tracker.accept(Iq.builder(Iq.Type.RESULT).from(JULIET).build())).as("no id").isFalse();
        assertThat(future).isNotDone();
    }

    @Test
    void aSecondAnswerIsNotAcceptedTwice() {
        tracker.register(request(JULIET, "q1"), LONG);

        assertThat(tracker.accept(result(JULIET, "q1"))).isTrue();
        assertThat(tracker.accept(result(JULIET, "q1"))).isFalse();
    }

    @Test
    void noAnswerInTimeFailsWithReplyTimeout() {
        CompletableFuture<Iq> future = tracker.register(request(JULIET, "slow"), Duration.ofMillis(50));

        assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReplyTimeoutException.class)
                .hasMessageContaining("slow").hasMessageContaining(JULIET.toString());
        assertThat(tracker.pendingCount()).isZero();
        assertThat(tracker.accept(result(JULIET, "slow"))).as("late answer").isFalse();
    }

    @Test
    void reusedIdIsRefusedAndOrphansNothing() {
        CompletableFuture<Iq> first = tracker.register(request(JULIET, "dup"), Duration.ofMillis(50));
        CompletableFuture<Iq> second = tracker.register(request(JULIET, "dup"), Duration.ofMillis(300));

        assertThatThrownBy(() -> second.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> first.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .cause().isInstanceOf(ReplyTimeoutException.class);
        assertThat(tracker.pendingCount()).isZero();
    }

    @Test
    void failAllFailsEveryPendingRequestWithTheCause() {
        CompletableFuture<Iq> first = tracker.register(request(JULIET, "1"), LONG);
        CompletableFuture<Iq> second = tracker.register(request(null, "2"), LONG);
        NotConnectedException cause = new NotConnectedException("gone");

        tracker.failAll(cause);

        assertThatThrownBy(first::join).cause().isSameAs(cause);
        assertThatThrownBy(second::join).cause().isSameAs(cause);
        assertThat(tracker.pendingCount()).isZero();
        assertThat(timer.getQueue()).as("timeouts cancelled").isEmpty();
        assertThat(tracker.accept(result(JULIET, "1"))).isFalse();
    }
}
