package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.call.Call;
import im.parley.client.call.CallCapabilities;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.media.ice.IceSettings;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Whether a contact can take a call, learnt from the caps in its presence over Prosody (XEP-0115). */
class CallCapabilitiesIT {
    private final TestServer prosody = TestServer.prosody();

    private AccountSession session(Jid account) throws Exception {
        AccountSession session = new AccountSession(prosody.config(account, TestSession.PASSWORD).build());
        session.connect();
        return session;
    }

    @Test
    void aParleyContactCanBeCalledWhileItsPresenceIsThere() throws Exception {
        Jid aliceAccount = TestSession.register(prosody, "caps-caller");
        Jid bobAccount = TestSession.register(prosody, "caps-callee");
        Jid stranger = TestSession.register(prosody, "caps-stranger");
        try (AccountSession alice = session(aliceAccount);
             AccountSession bob = session(bobAccount);
             CallService aliceTakesCalls = alice.installCalls(CallSettings.defaults(IceSettings.loopback()), Call::reject)) {
            CallCapabilities bobSees = new CallCapabilities(bob.presence().table(), bob.caps());
            bob.presence().sendAvailable(null, null, 0).get(10, TimeUnit.SECONDS);
            assertThat(bobSees.canCall(aliceAccount)).isFalse();

            alice.presence().sendDirected(bobAccount, null, null).get(10, TimeUnit.SECONDS);

            await(() -> bobSees.canCall(aliceAccount), "bob never learnt that alice takes calls");
            Jid aliceDevice = alice.client().jid();
            assertThat(bobSees.canCall(aliceDevice)).isTrue();
            assertThat(bobSees.devices(aliceAccount, false)).containsExactly(aliceDevice);
            // Parley's video arrives separately: the answer follows what alice's disco#info says.
            boolean aliceHasVideo = alice.discovery().ownInfo().hasFeature(CallCapabilities.VIDEO_FEATURE);
            assertThat(bobSees.canVideoCall(aliceAccount)).isEqualTo(aliceHasVideo);
            assertThat(bobSees.canCall(stranger)).isFalse();

            alice.presence().sendUnavailable(null).get(10, TimeUnit.SECONDS);

            await(() -> !bobSees.canCall(aliceAccount), "alice's devices still count after she went offline");
            assertThat(bobSees.canCall(aliceDevice)).isFalse();
        }
    }

}
