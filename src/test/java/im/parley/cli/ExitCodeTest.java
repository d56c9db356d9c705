package im.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.moderation.ModerationUnsupportedException;
import im.parley.xmpp.jid.Jid;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;

class ExitCodeTest {
    @Test
    void aRoomWithoutMessageModerationIsTheRoomsRefusalNotALostConnection() {
        ExecutionException failed = new ExecutionException(new ModerationUnsupportedException(Jid.of("room@muc.example.org")));
        assertThat(ExitCode.of(failed)).isEqualTo(ExitCode.REMOTE_ERROR);
    }
}
