package im.parley.archive;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

/**
 * The archive's schema as an ordered list of SQL files ({@code migrations/index.txt}), each
 * applied once and recorded in {@code schema_version}. Chosen over Flyway: a dozen files need no
 * classpath scanning or 1 MB of library at every start, and H2's own SQL is all they use.
 *
 * <p>H2 commits every DDL statement on its own, so a migration cut short by a crash is not rolled
 * back: it runs again from its first statement at the next start. Each statement must therefore
 * be safe to repeat ({@code IF NOT EXISTS}).
 */
final class Migrations {
    private static final Logger LOG = Logger.getLogger(Migrations.class.getName());
    private static final String FOLDER = "/im/parley/archive/migrations/";

    private Migrations() {
    }

    /** The migrations this version knows, in order. */
    static List<String> known() {
        List<String> names = new ArrayList<>();
        for (String line : read("index.txt").split("\n")) {
            if (!line.isBlank()) {
                names.add(line.strip());
            }
        }
        return names;
    }

    /** Brings the schema up to {@code target} migrations (all known ones in normal use). */
    static void apply(Connection c, int target) throws SQLException {
        List<String> names = known();
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INT PRIMARY KEY, "
                    + "name VARCHAR(255) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL)");
        }
        int current = current(c);
        if (current > names.size()) {
            throw new ArchiveException("the archive was written by a newer Parley (schema " + current
                    + ", this version knows " + names.size() + "); update Parley to open it");
        }
        for (int v = current + 1; v <= Math.min(target, names.size()); v++) {
            String name = names.get(v - 1);
            LOG.fine(() -> "archive: applying " + name);
            try (Statement s = c.createStatement()) {
                for (String sql : statements(read(name))) {
                    s.execute(sql);
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, v);
                p.setString(2, name);
                p.setObject(3, OffsetDateTime.now());
                p.executeUpdate();
            }
            c.commit();
        }
    }

    static int current(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT COALESCE(MAX(version), 0) FROM schema_version")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** Splits a file at semicolons that end a line; comments ("--") are dropped. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("--") || trimmed.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String read(String name) {
        try (InputStream in = Migrations.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new ArchiveException("migration " + name + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ArchiveException("cannot read migration " + name, e);
        }
    }
}
