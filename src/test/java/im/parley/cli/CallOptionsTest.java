package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code call}, {@code answer}, {@code devices} and {@code test-call} checks that need no server. */
class CallOptionsTest {
    @Test
    void devicesNeedsNoAccount() {
        assertThat(ParleyCli.run("devices")).isEqualTo(ExitCode.OK.code);
    }

    @Test
    void everyOtherCommandStillNeedsTheAccount() {
        assertThat(ParleyCli.run("ping", "localhost")).isEqualTo(ExitCode.BAD_ARGUMENTS.code);
    }

    @Test
    void anUnknownMicrophoneIsABadArgumentBeforeAnyLogin() {
        assertThat(ParleyCli.run("--jid", "alice@localhost", "--host", "127.0.0.1", "--port", "1",
                "call", "bob@localhost", "--mic", "no such device")).isEqualTo(ExitCode.BAD_ARGUMENTS.code);
    }

    @Test
    void aToneAndAFileTogetherAreABadArgument() {
        assertThat(ParleyCli.run("--jid", "alice@localhost", "answer", "--tone", "440", "--play", "x.wav"))
                .isEqualTo(ExitCode.BAD_ARGUMENTS.code);
    }

    @TempDir
    Path profile;

    /** Runs the command line with stdout and stderr captured: [exit code, stdout, stderr]. */
    private static Object[] captured(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = ParleyCli.run(args);
            return new Object[] {code, stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static double echoToneShare(String json) {
        Matcher m = Pattern.compile("\"echo_tone_share\":([0-9.]+)").matcher(json);
        assertThat(m.find()).as(json).isTrue();
        return Double.parseDouble(m.group(1));
    }

    @Test
    void theTestCallHearsItsOwnToneComeBackWithoutAnAccount() {
        Object[] run = captured("--profile", profile.toString(), "test-call", "--tone", "523", "--duration", "3");
        assertThat(run[0]).isEqualTo(ExitCode.OK.code);
        assertThat((String) run[1]).contains("\"packets_lost\":0");
        assertThat(echoToneShare((String) run[1])).isGreaterThan(0.8);
    }

    @Test
    void aChosenMicrophoneNoLongerConnectedIsSaidAndATestToneGoesInstead() {
        new im.parley.client.call.DevicePreferences("unplugged-headset", null).save(profile.resolve("devices.properties"));
        Object[] run = captured("--profile", profile.toString(), "test-call", "--duration", "3");
        assertThat(run[0]).isEqualTo(ExitCode.OK.code);
        assertThat((String) run[2]).contains("unplugged-headset").contains("not connected");
        assertThat(echoToneShare((String) run[1])).isGreaterThan(0.8);
    }

    @Test
    void choosingADeviceThatDoesNotExistIsABadArgumentAndSavesNothing() {
        Object[] run = captured("--profile", profile.toString(), "devices", "--use-mic", "no such device");
        assertThat(run[0]).isEqualTo(ExitCode.BAD_ARGUMENTS.code);
        assertThat(profile.resolve("devices.properties")).doesNotExist();
    }
}
