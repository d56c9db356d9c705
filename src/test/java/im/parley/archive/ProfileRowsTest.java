package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Avatars by hash, written once and within the bound, and each person's latest profile items (V8). */
class ProfileRowsTest {
    private static final String ALICE = "alice@example.org";
    private static final String BOB = "bob@example.org";
    private static final String CAROL = "carol@example.org";
    private static final String RED = "a".repeat(40);
    private static final String BLUE = "b".repeat(40);
    private static final String MOOD = "<mood xmlns='http://jabber.org/protocol/mood'><happy/></mood>";

    @TempDir
    Path dir;

    @Test
    void anAvatarIsWrittenOncePerHashAndSurvivesReopening() {
        try (Archive archive = Archive.open(dir)) {
            AvatarRows avatars = new AvatarRows(archive, 16);
            assertThat(avatars.contains(RED)).isFalse();
            assertThat(avatars.put(RED, "image/png", new byte[] {1, 2, 3})).isTrue();
            Instant first = storedAt(archive, RED);
            assertThat(avatars.put(RED, "image/gif", new byte[] {9})).as("the same hash again").isFalse();
            assertThat(storedAt(archive, RED)).as("not written again").isEqualTo(first);
        }
        try (Archive archive = Archive.open(dir)) {
            AvatarRows.Avatar kept = new AvatarRows(archive, 16).get(RED).orElseThrow();
            assertThat(kept.image()).containsExactly(1, 2, 3);
            assertThat(kept.mimeType()).isEqualTo("image/png");
            assertThat(kept.bytes()).isEqualTo(3);
        }
    }

    @Test
    void anAvatarOverTheBoundOrUnderAnotherNameIsRefused() {
        try (Archive archive = Archive.open(dir)) {
            AvatarRows avatars = new AvatarRows(archive, 4);
            assertThatThrownBy(() -> avatars.put(RED, "image/png", new byte[5])).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> avatars.put("../etc", "image/png", new byte[1]))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(avatars.contains(RED)).isFalse();
            assertThat(avatars.get("not a hash")).isEmpty();
        }
    }

    @Test
    void theLatestItemOfAKindReplacesTheOlderAndClearingRemovesIt() {
        try (Archive archive = Archive.open(dir)) {
            long account = new AccountStore(archive).ensure(ALICE);
            ProfileItemRows items = new ProfileItemRows(archive);
            items.put(account, BOB, "mood", "<mood xmlns='http://jabber.org/protocol/mood'><sad/></mood>");
            items.put(account, BOB, "mood", MOOD);
            items.put(account, BOB, "nick", "<nick xmlns='http://jabber.org/protocol/nick'>Bobby</nick>");
            items.put(account, CAROL, "mood", MOOD);
            assertThat(items.of(account, BOB)).extracting(ProfileItemRows.Item::kind, ProfileItemRows.Item::value)
                    .containsExactly(tuple("mood", MOOD), tuple("nick", "<nick xmlns='http://jabber.org/protocol/nick'>Bobby</nick>"));

            items.remove(account, BOB, "nick");
            items.remove(account, BOB, "tune");
            assertThat(items.all(account)).containsExactly(new ProfileItemRows.Item(BOB, "mood", MOOD),
                    new ProfileItemRows.Item(CAROL, "mood", MOOD));
            assertThatThrownBy(() -> items.put(account, BOB, "tune", "x".repeat(ProfileItemRows.MAX_VALUE_CHARS + 1)))
                    .isInstanceOf(IllegalArgumentException.class);
            long other = new AccountStore(archive).ensure(CAROL);
            assertThat(items.all(other)).as("another account's view").isEmpty();
        }
    }

    @Test
    void anAvatarNoItemNamesAnyMoreIsForgotten() {
        try (Archive archive = Archive.open(dir)) {
            long alice = new AccountStore(archive).ensure(ALICE);
            long carol = new AccountStore(archive).ensure(CAROL);
            AvatarRows avatars = new AvatarRows(archive, 16);
            ProfileItemRows items = new ProfileItemRows(archive);
            avatars.put(RED, "image/png", new byte[] {1});
            avatars.put(BLUE, "image/png", new byte[] {2});
            items.put(alice, BOB, ProfileItemRows.AVATAR, RED);
            items.put(carol, BOB, ProfileItemRows.AVATAR, RED);

            items.put(alice, BOB, ProfileItemRows.AVATAR, BLUE);
            assertThat(avatars.contains(RED)).as("carol's account still shows it").isTrue();
            items.remove(carol, BOB, ProfileItemRows.AVATAR);
            assertThat(avatars.contains(RED)).isFalse();
            items.put(alice, BOB, ProfileItemRows.AVATAR, BLUE);
            assertThat(avatars.contains(BLUE)).as("the same avatar told again").isTrue();
        }
    }

    @Test
    void anArchiveOfThePreviousSchemaKeepsItsDataAndGainsProfiles() {
        int previous = Migrations.known().indexOf("V8__profiles.sql");
        Instant t = Instant.parse("2026-12-04T10:00:00Z");
        try (Archive archive = Archive.open(dir, previous)) {
            assertThat(archive.schemaVersion()).isEqualTo(previous);
            long account = new AccountStore(archive).ensure(ALICE);
            // As the older Parley wrote it: today's store writes columns added since.
            FirstSchemaRows.received(archive, ALICE, BOB, "m1", t, "before profiles were kept");
            new CallLog(archive).insert(account, new CallRow("sid", BOB, true, false, t, null, t, CallLog.MISSED));
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.schemaVersion()).isEqualTo(Migrations.known().size());
            long account = new AccountStore(archive).ensure(ALICE);
            assertThat(new MessageQueries(archive).page(account, BOB, ConversationKind.CHAT, null, 10))
                    .extracting(StoredMessage::body).containsExactly("before profiles were kept");
            assertThat(new CallLog(archive).page(account, BOB, null, 10)).extracting(CallRow::sessionId)
                    .containsExactly("sid");
            new ProfileItemRows(archive).put(account, BOB, "mood", MOOD);
            assertThat(new AvatarRows(archive, 16).put(RED, "image/png", new byte[] {1})).isTrue();
            assertThat(new ProfileItemRows(archive).all(account)).hasSize(1);
        }
    }

    private static Instant storedAt(Archive archive, String sha1) {
        return archive.read(c -> {
            try (var p = c.prepareStatement("SELECT stored_at FROM avatar WHERE sha1 = ?")) {
                p.setString(1, sha1);
                try (ResultSet r = p.executeQuery()) {
                    r.next();
                    return r.getObject(1, Instant.class);
                }
            }
        });
    }
}
