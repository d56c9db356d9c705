package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.call.Call;
import im.parley.client.call.CallOutcome;
import im.parley.client.call.CallRecord;
import im.parley.client.call.CallSettings;
import im.parley.client.history.Profile;
import im.parley.media.audio.AudioFormat48k;
import im.parley.media.audio.ReceivedAudio;
import im.parley.media.audio.ToneSource;
import im.parley.media.ice.IceSettings;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two Parley accounts, each with its own profile, call each other over the real Prosody: every
 * call ends up once in both parties' local history, with its outcome and duration.
 */
class CallHistoryIT {
    private final TestServer prosody = TestServer.prosody();
    private final BlockingQueue<Call> bobRings = new LinkedBlockingQueue<>();
    private final BlockingQueue<CallRecord> aliceEnded = new LinkedBlockingQueue<>();
    private final BlockingQueue<CallRecord> bobEnded = new LinkedBlockingQueue<>();
    private final ReceivedAudio heardByBob = new ReceivedAudio(null);

    @TempDir
    Path aliceDir;
    @TempDir
    Path bobDir;
    private Jid aliceJid;
    private Jid bobJid;
    private Profile aliceProfile;
    private Profile bobProfile;
    private Account alice;
    private Account bob;
    private Registration aliceEvents;
    private Registration bobEvents;

    @BeforeEach
    void online() throws Exception {
        aliceJid = TestSession.register(prosody, "callhist-a");
        bobJid = TestSession.register(prosody, "callhist-b");
        aliceProfile = Profile.open(aliceDir);
        bobProfile = Profile.open(bobDir);
        alice = aliceProfile.account(prosody.config(aliceJid.withResource("desk"), TestSession.PASSWORD).build());
        bob = bobProfile.account(prosody.config(bobJid.withResource("desk"), TestSession.PASSWORD).build());
        aliceEvents = alice.subscribe(e -> {
            if (e instanceof AccountEvent.CallEnded ended) {
                aliceEnded.add(ended.call());
            }
        });
        bobEvents = bob.subscribe(e -> {
            if (e instanceof AccountEvent.CallOffered offered) {
                bobRings.add(offered.call());
            } else if (e instanceof AccountEvent.CallEnded ended) {
                bobEnded.add(ended.call());
            }
        });
        CallSettings settings = CallSettings.defaults(IceSettings.loopback()).withRingTimeout(Duration.ofSeconds(20))
                .withConnectTimeout(Duration.ofSeconds(5));
        alice.enableCalls(settings).get(30, TimeUnit.SECONDS);
        bob.enableCalls(settings).get(30, TimeUnit.SECONDS);
        alice.connect().get(20, TimeUnit.SECONDS);
        bob.connect().get(20, TimeUnit.SECONDS);
    }

    @AfterEach
    void offline() {
        for (AutoCloseable c : new AutoCloseable[] {aliceEvents, bobEvents, alice, bob,
                aliceProfile, bobProfile}) {
            try {
                c.close();
            } catch (Exception e) {
                // Closing the rest matters more than this one's failure.
            }
        }
    }

    /** The two ends of a call alice placed and bob's account rang for. */
    private record Placed(Call outgoing, Call incoming) {
    }

    private Placed aliceCallsBob() throws Exception {
        Call outgoing = alice.calls().orElseThrow().call(bobJid, new ToneSource(440, 0.5), new ReceivedAudio(null));
        Call incoming = bobRings.poll(10, TimeUnit.SECONDS);
        assertThat(incoming).as("bob's account rang").isNotNull();
        return new Placed(outgoing, incoming);
    }

    private static CallRecord next(BlockingQueue<CallRecord> ended) throws InterruptedException {
        CallRecord r = ended.poll(10, TimeUnit.SECONDS);
        assertThat(r).as("the call's end was told").isNotNull();
        return r;
    }

    /** Both ends told once, and both histories hold exactly what was told. */
    private void assertBothHistories(CallOutcome callerSees, CallOutcome calleeSees, Duration atLeast)
            throws InterruptedException {
        CallRecord mine = next(aliceEnded);
        CallRecord theirs = next(bobEnded);
        assertThat(mine.id()).isEqualTo(theirs.id());
        assertThat(mine.incoming()).isFalse();
        assertThat(theirs.incoming()).isTrue();
        assertThat(mine.outcome()).isEqualTo(callerSees);
        assertThat(theirs.outcome()).isEqualTo(calleeSees);
        assertThat(mine.duration()).isGreaterThanOrEqualTo(atLeast);
        assertThat(theirs.duration()).isGreaterThanOrEqualTo(atLeast);
        assertThat(aliceProfile.history(aliceJid).calls(bobJid, null, 10)).containsExactly(mine);
        assertThat(bobProfile.history(bobJid).calls(aliceJid, null, 10)).containsExactly(theirs);
        assertThat(aliceEnded).as("told once").isEmpty();
        assertThat(bobEnded).as("told once").isEmpty();
    }

    @Test
    void aCallTalkedAndHungUpIsInBothHistoriesWithItsDuration() throws Exception {
        Placed call = aliceCallsBob();
        call.incoming().accept(new ToneSource(660, 0.5), heardByBob);
        call.outgoing().connected().get(15, TimeUnit.SECONDS);
        long wanted = 2L * AudioFormat48k.SAMPLE_RATE;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
        while (heardByBob.samples() < wanted && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(heardByBob.samples()).as("two seconds of alice heard").isGreaterThanOrEqualTo(wanted);
        call.outgoing().hangUp();

        assertBothHistories(CallOutcome.ANSWERED, CallOutcome.ANSWERED, Duration.ofSeconds(1));
    }

    @Test
    void aDeclinedCallIsDeclinedInBothHistories() throws Exception {
        aliceCallsBob().incoming().reject();

        assertBothHistories(CallOutcome.DECLINED, CallOutcome.DECLINED, Duration.ZERO);
    }

    @Test
    void aCallTheCallerCancelsIsMissedAtTheCalleeAndCountsAsUnread() throws Exception {
        aliceCallsBob().outgoing().hangUp();

        assertBothHistories(CallOutcome.CANCELLED, CallOutcome.MISSED, Duration.ZERO);
        assertThat(bobProfile.history(bobJid).conversations()).filteredOn(c -> c.peer().equals(aliceJid.toString()))
                .singleElement().satisfies(c -> assertThat(c.unread()).isEqualTo(1));
    }
}
