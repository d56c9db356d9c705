package im.parley.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigrationsTest {
    /** An archive written by the first schema (V1 only), made by {@link #writeFirstVersionArchive}. */
    private static final String V1_FIXTURE = "/im/parley/archive/archive-v1.mv.db";

    @TempDir
    Path dir;

    @Test
    void anArchiveOfTheFirstVersionOpensInThisOne() throws Exception {
        try (InputStream in = MigrationsTest.class.getResourceAsStream(V1_FIXTURE)) {
            assertThat(in).as("fixture " + V1_FIXTURE).isNotNull();
            Files.copy(in, dir.resolve("archive.mv.db"));
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.schemaVersion()).isEqualTo(Migrations.known().size());
            long account = new AccountStore(archive).find("alice@example.org").orElseThrow().id();
            List<StoredMessage> page = new MessageQueries(archive).page(account, "bob@example.org",
                    ConversationKind.CHAT, null, 10);
            assertThat(page).extracting(StoredMessage::body).containsExactly("written by schema 1");
            assertThat(page).extracting(StoredMessage::unstyled).as("V10: styled, as before the hint was kept")
                    .containsExactly(false);
            ConversationRow row = new Conversations(archive).list(account).get(0);
            assertThat(row.unread()).as("a column the second migration added, at its default").isZero();
            assertThat(row.pinned()).isFalse();
        }
    }

    @Test
    void aMigrationCutShortRunsAgainFromItsStart() throws Exception {
        try (Archive archive = Archive.open(dir, 1)) {
            // As if a crash came after V2's first statement: H2 had committed it on its own.
            archive.write(c -> c.createStatement().execute(
                    "ALTER TABLE conversation ADD COLUMN IF NOT EXISTS unread INT DEFAULT 0 NOT NULL"));
        }
        try (Archive archive = Archive.open(dir)) {
            assertThat(archive.schemaVersion()).isEqualTo(Migrations.known().size());
        }
    }

    /** V3: message keys come 1,000 at a time, so storing a page does not commit the sequence every 32 rows. */
    @Test
    void messageKeysAreCachedInThousands() {
        try (Archive archive = Archive.open(dir)) {
            long cache = archive.read(c -> {
                try (var r = c.createStatement().executeQuery("SELECT IDENTITY_CACHE FROM INFORMATION_SCHEMA.COLUMNS "
                        + "WHERE TABLE_NAME = 'MESSAGE' AND COLUMN_NAME = 'ID'")) {
                    r.next();
                    return r.getLong(1);
                }
            });
            assertThat(cache).isEqualTo(1000);
        }
    }

    @Test
    void anArchiveOfANewerVersionIsRefusedNotDamaged() {
        try (Archive archive = Archive.open(dir)) {
            archive.write(c -> c.createStatement().executeUpdate(
                    "INSERT INTO schema_version VALUES (99, 'V99__future.sql', CURRENT_TIMESTAMP)"));
        }
        assertThatThrownBy(() -> Archive.open(dir)).isInstanceOf(ArchiveException.class)
                .hasMessageContaining("newer Parley");
    }

    @Test
    void scriptsSplitIntoStatements() {
        assertThat(Migrations.statements("-- a comment\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)");
    }

    /** Writes the V1 fixture; run by hand (-Dparley.writeFixture=DIR) only when it has to be made again. */
    @Test
    void writeFirstVersionArchive() throws Exception {
        String target = System.getProperty("parley.writeFixture");
        org.junit.jupiter.api.Assumptions.assumeTrue(target != null, "writes the fixture only when asked");
        Path out = Path.of(target);
        try (Archive archive = Archive.open(out, 1)) {
            FirstSchemaRows.received(archive, "alice@example.org", "bob@example.org", "m1",
                    Instant.parse("2026-12-03T12:00:00Z"), "written by schema 1");
        }
    }
}
