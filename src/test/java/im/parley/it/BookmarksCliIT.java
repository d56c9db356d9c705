package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** `parley cli bookmarks` as a user runs it: the packaged jar against Prosody's XEP-0402 bookmarks. */
class BookmarksCliIT {
    private final TestServer prosody = TestServer.prosody();

    private CliProcess.Result run(Jid account, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("bookmarks"));
        all.addAll(List.of(args));
        return CliProcess.run(prosody, account, all);
    }

    @Test
    void addListRemoveKeepingAnotherClientsExtensions() throws Exception {
        Jid account = TestSession.register(prosody, "bm-cli");
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Jid room = Jid.of("cli-" + suffix + "@" + prosody.env().get("MUC_DOMAIN"));
        XmlElement state = XmlElement.builder("state", "urn:example:client").attribute("minimized", "true").build();
        try (AccountSession other = new AccountSession(prosody.config(account.withResource("other"), TestSession.PASSWORD).build())) {
            other.connect();
            other.bookmarks().store(new Bookmark(room, new Conference("Before", false, null, null, List.of(state))))
                    .get(20, TimeUnit.SECONDS);

            CliProcess.Result added = run(account, "add", room.toString(), "--name", "Team \"A\"", "--nick", "cli", "--autojoin",
                    "--password", "secret");
            assertThat(added.exit()).as(added.err()).isZero();
            CliProcess.Result listed = run(account, "list");
            assertThat(listed.exit()).as(listed.err()).isZero();
            assertThat(listed.out()).isEqualTo("{\"room\":\"" + room + "\",\"name\":\"Team \\\"A\\\"\",\"autojoin\":true,"
                    + "\"nick\":\"cli\",\"password\":true}");
            assertThat(other.bookmarks().fetch().get(20, TimeUnit.SECONDS)).containsExactly(
                    new Bookmark(room, new Conference("Team \"A\"", true, "cli", "secret", List.of(state))));

            CliProcess.Result removed = run(account, "remove", room.toString());
            assertThat(removed.exit()).as(removed.err()).isZero();
            assertThat(run(account, "list").out()).isEmpty();
            assertThat(other.bookmarks().fetch().get(20, TimeUnit.SECONDS)).isEmpty();
        }
    }

    @Test
    void aRoomWithoutLocalPartIsRefused() throws Exception {
        CliProcess.Result refused = run(TestSession.register(prosody, "bm-cli-bad"), "add", prosody.env().get("MUC_DOMAIN"));
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("room@service");
    }
}
