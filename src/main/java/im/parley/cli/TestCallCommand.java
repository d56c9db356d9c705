package im.parley.cli;

import im.parley.client.call.CallMedia;
import im.parley.client.call.CallStatistics;
import im.parley.client.call.DevicePreferences;
import im.parley.client.call.EchoTest;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The settings' test call from the command line: the microphone through the whole pipeline to an echo and back. */
@Command(name = "test-call", description = "Call an echo through the whole call pipeline (ICE on loopback, DTLS-SRTP, "
        + "Opus): what the microphone sends comes back on the speaker a round trip later. Needs no account; uses the "
        + "devices chosen with `devices` unless told otherwise. Prints the figures as one JSON line "
        + "(echo_tone_share: how much of what came back is the tone sent); exit 8 if the media never connects.")
final class TestCallCommand extends ParleyCli.Sub {
    @Mixin
    CallAudioOptions audio;

    @Option(names = "--duration", description = "seconds to listen to the echo (default 5)")
    int durationSeconds = 5;

    @Override
    public Integer call() throws Exception {
        if (audio.video) {
            throw new IllegalArgumentException("test-call has no video");
        }
        audio.preferences(DevicePreferences.load(parent.devicePreferencesFile()), spec.commandLine().getErr());
        try (EchoTest test = CallMedia.echoTest(audio.microphone(), audio.speaker())) {
            try {
                test.connected().get(20, TimeUnit.SECONDS);
            } catch (ExecutionException | TimeoutException e) {
                spec.commandLine().getErr().println("parley: the test call's media did not connect: " + e.getMessage());
                return ExitCode.CALL_FAILED.code;
            }
            Thread.sleep(TimeUnit.SECONDS.toMillis(durationSeconds));
            CallStatistics s = test.statistics();
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("setup_ms", s.setupMillis());
            f.put("codec", s.codec());
            CallAudioOptions.putRtpFigures(f, s);
            f.put("echo_tone_share", audio.receivedShareOfOurTone());
            out().println(Json.object(f));
        } finally {
            audio.closeDevices();
        }
        audio.saveRecording();
        return ExitCode.OK.code;
    }
}
