package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code call}, {@code answer} and {@code devices} checks that need no server. */
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
}
