package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code send} option checks that fail before any connection is tried. */
class SendOptionsTest {
    @Test
    void anUnknownChatStateIsABadArgument() {
        assertThat(ParleyCli.run("--jid", "alice@localhost", "send", "--chatstate", "typing", "bob@localhost", "hi"))
                .isEqualTo(ExitCode.BAD_ARGUMENTS.code);
    }

    @Test
    void anEmptyCorrectionIdIsABadArgument() {
        assertThat(ParleyCli.run("--jid", "alice@localhost", "send", "--correct", " ", "bob@localhost", "hi"))
                .isEqualTo(ExitCode.BAD_ARGUMENTS.code);
    }
}
