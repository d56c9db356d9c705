package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallEndedException;
import im.parley.client.call.CallService;
import im.parley.client.call.DevicePreferences;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.xmpp.jid.Jid;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Places one voice call, keeps it up for a while, hangs up and reports it. */
@Command(name = "call", description = "Call a contact (a bare JID rings all their devices), hang up after --duration "
        + "seconds and print the call's figures as one JSON line; exit 8 with the Jingle reason if it never connects.")
final class CallCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "contact JID (bare: ring every device; full: call that device)")
    String target;

    @Mixin
    CallAudioOptions audio;

    @Option(names = "--duration", description = "seconds to stay in the call once connected (default 10)")
    int durationSeconds = 10;

    @Option(names = "--ring-timeout", description = "seconds to ring before giving up (default 60)")
    int ringSeconds = 60;

    @Override
    public Integer call() throws Exception {
        Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
        // Devices first: a wrong --mic should not cost a login.
        audio.preferences(DevicePreferences.load(parent.devicePreferencesFile()), spec.commandLine().getErr());
        AudioSource microphone = audio.microphone();
        AudioSink speaker = audio.speaker();
        try (AccountSession session = new AccountSession(parent.config(spec.commandLine()));
                CallService calls = session.installCalls(audio.settings(Duration.ofSeconds(ringSeconds)),
                        Call::reject)) {
            session.connect();
            session.presence().sendAvailable(null, null, 0).join();
            calls.warmUp();
            Call call = calls.videoCall(jid, microphone, speaker, audio.camera(), audio.screen());
            try {
                call.connected().get(ringSeconds + 60L, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CallEndedException ended) {
                    out().println(audio.report(call, ended.end()));
                    return ExitCode.CALL_FAILED.code;
                }
                throw e;
            }
            try {
                call.ended().get(durationSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException stillUp) {
                call.hangUp();
            }
            CallEnd end = call.ended().get(10, TimeUnit.SECONDS);
            audio.closeDevices();
            audio.saveRecording();
            out().println(audio.report(call, end));
            return end.isSuccess() ? ExitCode.OK.code : ExitCode.CALL_FAILED.code;
        }
    }
}
