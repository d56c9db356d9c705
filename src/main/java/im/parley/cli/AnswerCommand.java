package im.parley.cli;

import im.parley.client.AccountEvent;
import im.parley.client.call.Call;
import im.parley.client.call.CallEnd;
import im.parley.client.call.CallEndedException;
import im.parley.client.call.DevicePreferences;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Waits for one call, accepts it, stays until it ends (or --duration), and reports it. */
@Command(name = "answer", description = "Wait for one voice call, accept it, and print its figures as one JSON line "
        + "when it ends; exit 6 if none comes within --timeout, 8 if it never connects.")
final class AnswerCommand extends ParleyCli.Sub {
    @Mixin
    CallAudioOptions audio;

    @Option(names = "--timeout", description = "seconds to wait for a call (default 60)")
    int timeoutSeconds = 60;

    @Option(names = "--duration", description = "hang up after this many seconds of call (default: when the caller does)")
    Integer durationSeconds;

    @Override
    public Integer call() throws Exception {
        CompletableFuture<Call> incoming = new CompletableFuture<>();
        audio.preferences(DevicePreferences.load(parent.devicePreferencesFile()), spec.commandLine().getErr());
        AudioSource microphone = audio.microphone();
        AudioSink speaker = audio.speaker();
        try (LongRunning running = new LongRunning(parent, spec.commandLine())) {
            running.account().enableCalls(audio.settings(Duration.ofSeconds(timeoutSeconds))).join();
            running.start(event -> {
                if (event instanceof AccountEvent.CallOffered offered && !incoming.complete(offered.call())) {
                    offered.call().reject();
                }
            });
            // Scripts wait for this line before calling.
            spec.commandLine().getErr().println("waiting for a call as " + running.account().current().jid());
            spec.commandLine().getErr().flush();
            Call call = incoming.get(timeoutSeconds, TimeUnit.SECONDS);
            call.accept(microphone, speaker, audio.camera(), audio.screen());
            try {
                call.connected().get(60, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof CallEndedException ended) {
                    out().println(audio.report(call, ended.end()));
                    return ExitCode.CALL_FAILED.code;
                }
                throw e;
            }
            CallEnd end;
            try {
                end = durationSeconds == null ? call.ended().get() : call.ended().get(durationSeconds, TimeUnit.SECONDS);
            } catch (TimeoutException stillUp) {
                call.hangUp();
                end = call.ended().get(10, TimeUnit.SECONDS);
            }
            audio.closeDevices();
            audio.saveRecording();
            out().println(audio.report(call, end));
            return end.isSuccess() ? ExitCode.OK.code : ExitCode.CALL_FAILED.code;
        }
    }
}
