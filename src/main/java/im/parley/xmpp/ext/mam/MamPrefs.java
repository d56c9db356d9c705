package im.parley.xmpp.ext.mam;

import im.parley.xmpp.jid.Jid;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The user's archiving preferences (XEP-0441 §2.1, the {@code <prefs/>} of XEP-0313 before 0.7).
 *
 * @param defaultBehaviour what is archived for JIDs in neither list
 * @param always JIDs whose messages are always archived
 * @param never JIDs whose messages are never archived
 */
public record MamPrefs(Default defaultBehaviour, List<Jid> always, List<Jid> never) {
    public static final String ELEMENT = "prefs";

    public enum Default {
        ALWAYS("always"), NEVER("never"), ROSTER("roster");

        private final String wireName;

        Default(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }

        public static Optional<Default> fromWire(String name) {
            return Arrays.stream(values()).filter(d -> d.wireName.equals(name)).findFirst();
        }
    }

    public MamPrefs {
        Objects.requireNonNull(defaultBehaviour, "defaultBehaviour");
        always = List.copyOf(always);
        never = List.copyOf(never);
        if (always.stream().anyMatch(never::contains)) {
            throw new IllegalArgumentException("a JID is both always and never archived");
        }
    }
}
