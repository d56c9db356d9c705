package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountState;
import im.parley.client.history.Profile;
import im.parley.ui.app.AccountModel;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A kept account at start-up connects only once the window shows its contacts: until then no
 * connection is made, and the account reads Connecting (the attempt is decided), never Offline.
 * Against the real Prosody.
 */
class HeldBackConnectIT {
    private final TestServer prosody = TestServer.prosody();
    private final Executor now = Runnable::run;

    @TempDir
    Path profileDir;

    @Test
    void connectsOnlyOnceReleasedAndReadsConnectingMeanwhile() throws Exception {
        Jid alice = TestSession.register(prosody, "held-back");
        try (Profile profile = Profile.open(profileDir)) {
            Profile.SyncedAccount synced = profile.accountWithSync(
                    prosody.config(alice.withResource("desk"), TestSession.PASSWORD).build());
            CompletableFuture<Void> windowShown = new CompletableFuture<>();
            try (AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(alice),
                    profile.rosterStore(alice), now, now)) {
                model.connectAfter(windowShown);

                assertThat(model.stateProperty().get()).isInstanceOf(AccountState.Connecting.class);
                Thread.sleep(500);
                assertThat(synced.account().state()).isInstanceOf(AccountState.Offline.class);
                assertThat(model.stateProperty().get()).isInstanceOf(AccountState.Connecting.class);

                windowShown.complete(null);
                await(() -> model.stateProperty().get() instanceof AccountState.Online, "online once released");
            }
        }
    }
}
