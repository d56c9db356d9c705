package im.parley.archive;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The entity-caps cache (XEP-0115) kept between runs: a capability set, verified by its hash
 * before it was offered here, is asked for once per profile rather than once per session.
 */
public final class CapsRows {
    /** One cached set: the disco#info result as XML. */
    public record Entry(String hash, String ver, String infoXml) {
    }

    private final Archive archive;

    public CapsRows(Archive archive) {
        this.archive = archive;
    }

    public List<Entry> all() {
        return archive.read(c -> {
            List<Entry> out = new ArrayList<>();
            try (PreparedStatement p = c.prepareStatement("SELECT hash, ver, info FROM caps_entry");
                 ResultSet r = p.executeQuery()) {
                while (r.next()) {
                    out.add(new Entry(r.getString(1), r.getString(2), r.getString(3)));
                }
            }
            return out;
        });
    }

    public void put(Entry e) {
        archive.write(c -> {
            try (PreparedStatement p = c.prepareStatement(
                    "MERGE INTO caps_entry (hash, ver, info, stored_at) KEY (hash, ver) VALUES (?, ?, ?, ?)")) {
                p.setString(1, e.hash());
                p.setString(2, e.ver());
                p.setString(3, e.infoXml());
                p.setObject(4, Instant.now());
                p.executeUpdate();
            }
            return null;
        });
    }
}
