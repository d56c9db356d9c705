package im.parley.archive;

import java.time.Instant;
import java.util.Map;

/** An account the profile keeps: its address, whether it is enabled, and its settings by name. */
public record AccountRow(long id, String jid, Instant addedAt, boolean enabled, Map<String, String> settings) {
    public AccountRow {
        settings = Map.copyOf(settings);
    }
}
