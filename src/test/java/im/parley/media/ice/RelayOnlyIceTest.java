package im.parley.media.ice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.media.MediaRuntime;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Relay-only without a relay: the loopback host candidate could reach the peer, and must not. */
class RelayOnlyIceTest {
    @BeforeAll
    static void startMedia() {
        MediaRuntime.start();
    }

    @Test
    void withoutTurnNothingIsSignalledAndTheHostCandidateIsNeverChecked() throws Exception {
        try (IceSession relayOnly = IceSession.gather("audio", IceSettings.loopback().relayOnly());
             IceSession direct = IceSession.gather("audio", IceSettings.loopback())) {
            assertThat(relayOnly.localCandidates()).isEmpty();
            relayOnly.setRemote(direct.ufrag(), direct.password(), direct.localCandidates());
            direct.setRemote(relayOnly.ufrag(), relayOnly.password(), relayOnly.localCandidates());

            CompletableFuture<IcePath> relayOnlyUp = relayOnly.start(true, Duration.ofSeconds(30));
            CompletableFuture<IcePath> directUp = direct.start(false, Duration.ofSeconds(30));

            // A loopback host pair answers in about 0.1 s; with no pairable candidate ice4j just keeps waiting.
            assertThatThrownBy(() -> CompletableFuture.anyOf(relayOnlyUp, directUp).get(3, TimeUnit.SECONDS))
                    .isInstanceOf(TimeoutException.class);
        }
    }
}
