package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `parley cli call` and `parley cli answer` as two processes on the real Prosody, each hearing the other's tone. */
class CallCliIT {
    private final TestServer prosody = TestServer.prosody();

    @TempDir
    Path dir;

    private Process start(String account, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(System.getProperty("java.home") + "/bin/java", "-jar",
                System.getProperty("parley.jar", "target/parley.jar"), "cli", "--jid", account, "--host", "127.0.0.1",
                "--port", Integer.toString(prosody.c2sPort()), "--trust", prosody.caCert().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().put("PARLEY_PASSWORD", TestSession.PASSWORD);
        return pb.start();
    }

    @Test
    void callAndAnswerHearAndSeeEachOther() throws Exception {
        String caller = TestSession.register(prosody, "clicaller").toString();
        String callee = TestSession.register(prosody, "clicallee").toString();
        File calleeHeard = dir.resolve("callee.wav").toFile();
        File callerHeard = dir.resolve("caller.wav").toFile();

        Process answer = start(callee, "answer", "--ice-loopback", "--tone", "660", "--record", calleeHeard.getPath(),
                "--timeout", "60", "--video");
        BufferedReader answerErr = new BufferedReader(new InputStreamReader(answer.getErrorStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = answerErr.readLine()) != null && !line.startsWith("waiting for a call")) {
            // libjitsi's start-up chatter
        }
        assertThat(line).as("answer is waiting").isNotNull();
        CompletableFuture.runAsync(() -> drain(answerErr));
        CompletableFuture<String> answerOut = CompletableFuture.supplyAsync(() -> read(answer));

        Process call = start(caller, "call", callee, "--ice-loopback", "--tone", "440", "--record",
                callerHeard.getPath(), "--duration", "4", "--video");
        CompletableFuture.runAsync(() -> drain(new BufferedReader(new InputStreamReader(call.getErrorStream(), StandardCharsets.UTF_8))));
        String callOut = read(call);
        assertThat(call.waitFor(90, TimeUnit.SECONDS)).isTrue();
        assertThat(answer.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(call.exitValue()).as(callOut).isZero();
        assertThat(answer.exitValue()).as(answerOut.get()).isZero();
        assertThat(callOut).contains("\"reason\":\"success\"", "\"ended_by\":\"us\"", "\"codec\":\"opus\"",
                "\"local_candidate\":\"host\"", "\"packets_lost\":0");
        assertThat(answerOut.get()).contains("\"reason\":\"success\"", "\"ended_by\":\"peer\"");
        for (String report : List.of(callOut, answerOut.get())) {
            assertThat(report).contains("\"video_size\":\"320x240\"");
            Matcher frames = Pattern.compile("\"video_frames_received\":(\\d+)").matcher(report);
            assertThat(frames.find()).as(report).isTrue();
            assertThat(Long.parseLong(frames.group(1))).as("frames in about 4 s at 15 fps").isGreaterThan(20);
        }
        assertThat(RecordedTone.share(calleeHeard, 440)).isGreaterThan(0.8);
        assertThat(RecordedTone.share(callerHeard, 660)).isGreaterThan(0.8);
        assertThat(Files.size(callerHeard.toPath())).isGreaterThan(48_000 * 2L);
    }

    @Test
    void aCallNobodyAnswersExitsWithTheReason() throws Exception {
        String caller = TestSession.register(prosody, "clilonely").toString();
        String nobody = TestSession.register(prosody, "cliaway").toString();
        Process call = start(caller, "call", nobody, "--ice-loopback", "--ring-timeout", "3");
        CompletableFuture.runAsync(() -> drain(new BufferedReader(new InputStreamReader(call.getErrorStream(), StandardCharsets.UTF_8))));
        String out = read(call);
        assertThat(call.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(call.exitValue()).isEqualTo(8);
        assertThat(out).contains("\"reason\":\"timeout\"");
    }

    private static String read(Process p) {
        try {
            return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    private static void drain(BufferedReader reader) {
        try {
            while (reader.readLine() != null) {
                // keep the pipe from filling
            }
        } catch (IOException ignored) {
            // process gone
        }
    }
}
