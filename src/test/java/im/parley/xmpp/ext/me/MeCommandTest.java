package im.parley.xmpp.ext.me;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The /me command: detection and rendering. */
class MeCommandTest {
    @Test
    void rendersAnActionWithTheNick() {
        assertThat(MeCommand.isAction("/me shrugs in a moderately annoyed fashion")).isTrue();
        assertThat(MeCommand.render("Atlas", "/me shrugs in a moderately annoyed fashion"))
                .isEqualTo("* Atlas shrugs in a moderately annoyed fashion");
        assertThat(MeCommand.action("/me ")).contains("");
    }

    @Test
    void otherBodiesAreLeftAlone() {
        for (String body : new String[] {"/meow", " /me waves", "/ME waves", "say /me waves", "/me", ""}) {
            assertThat(MeCommand.isAction(body)).as(body).isFalse();
            assertThat(MeCommand.render("Atlas", body)).isEqualTo(body);
        }
        assertThat(MeCommand.isAction(null)).isFalse();
    }
}
