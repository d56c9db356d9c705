package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileRosterStoreTest {
    @TempDir
    Path dir;

    private final Roster roster = new Roster("ver-42", List.of(
            new RosterItem(Jid.of("romeo@example.net"), "Romeo <3 & \"co\"", Subscription.BOTH, false, false,
                    Set.of("Friends", "Verona")),
            new RosterItem(Jid.of("nurse@example.com"), null, Subscription.NONE, true, true, Set.of()),
            RosterItem.of(Jid.of("ﾃｽﾄ@example.jp"), "テスト 🌍", Set.of("日本"))));

    @Test
    void whatIsSavedLoadsBackEqualWithItsVersion() {
        Path file = dir.resolve("accounts").resolve("juliet").resolve("roster.xml");
        new FileRosterStore(file).save(roster);

        assertThat(new FileRosterStore(file).load()).isEqualTo(roster);
    }

    @Test
    void aSecondSaveReplacesTheFirstAndLeavesNoTemporaryFiles() throws Exception {
        Path file = dir.resolve("roster.xml");
        FileRosterStore store = new FileRosterStore(file);
        store.save(roster);
        Roster smaller = new Roster("ver-43", List.of(roster.items().get(0)));
        store.save(smaller);

        assertThat(store.load()).isEqualTo(smaller);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void nothingStoredIsAnEmptyRosterWithoutVersion() {
        assertThat(new FileRosterStore(dir.resolve("missing.xml")).load()).isEqualTo(new Roster(null, List.of()));
    }

    @Test
    void aDamagedFileCountsAsNothingStoredSoTheServerSendsTheWholeRoster() throws Exception {
        Path truncated = dir.resolve("truncated.xml");
        Files.writeString(truncated, "<query xmlns='jabber:iq:roster' ver='v1'><item jid='a@b'", StandardCharsets.UTF_8);
        Path foreign = dir.resolve("foreign.xml");
        Files.writeString(foreign, "<html xmlns='http://www.w3.org/1999/xhtml'/>", StandardCharsets.UTF_8);

        assertThat(new FileRosterStore(truncated).load().version()).isNull();
        assertThat(new FileRosterStore(foreign).load()).isEqualTo(new Roster(null, List.of()));
    }
}
