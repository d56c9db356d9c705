package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SubcommandNamedTest {
    @Test
    void findsTheSubcommandAfterTheOptionsAndTheirValues() {
        assertThat(ParleyCli.subcommandNamed(new String[]{"--jid", "a@b", "--direct-tls", "send", "c@d", "hi"}))
                .isEqualTo(SendCommand.class);
        assertThat(ParleyCli.subcommandNamed(new String[]{"--resource", "send", "listen", "--count", "1"}))
                .isEqualTo(ListenCommand.class);
        assertThat(ParleyCli.subcommandNamed(new String[]{"--port=5222", "devices"})).isEqualTo(DevicesCommand.class);
    }

    @Test
    void noneForHelpUnknownNamesOrNoSubcommand() {
        assertThat(ParleyCli.subcommandNamed(new String[]{"--help"})).isNull();
        assertThat(ParleyCli.subcommandNamed(new String[]{"--jid", "a@b", "sendx"})).isNull();
        assertThat(ParleyCli.subcommandNamed(new String[]{"--jid", "a@b"})).isNull();
        assertThat(ParleyCli.subcommandNamed(new String[]{"--", "send"})).isNull();
    }
}
