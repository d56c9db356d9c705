package im.parley.client.history;

import im.parley.archive.Archive;
import im.parley.archive.AvatarRows;
import im.parley.archive.ProfileItemRows;
import im.parley.client.profile.AvatarCache;
import im.parley.client.profile.KeptProfiles;
import im.parley.client.profile.PersonalEvents;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileChange;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The profiles one account keeps in the archive: avatars by hash (shared by the profile's
 * accounts; their bytes read one at a time, when something shows them) and each person's latest
 * items, which the account's journal writes as it tells them. A row that no longer reads as an
 * item is left out and logged.
 */
final class ArchivedProfiles implements KeptProfiles {
    private static final Logger LOG = Logger.getLogger(ArchivedProfiles.class.getName());
    private final long accountId;
    private final ProfileItemRows items;
    private final AvatarRows avatarRows;
    private final PersonalEvents events = new PersonalEvents();
    private final AvatarCache avatars = new AvatarCache() {
        @Override
        public Optional<byte[]> get(String sha1) {
            return avatarRows.get(sha1).map(AvatarRows.Avatar::image);
        }

        @Override
        public boolean contains(String sha1) {
            return avatarRows.contains(sha1);
        }

        @Override
        public void put(String sha1, byte[] image) {
            avatarRows.put(sha1, mimeType(image), image);
        }
    };

    private ArchivedProfiles(long accountId, ProfileItemRows items, AvatarRows avatarRows) {
        this.accountId = accountId;
        this.items = items;
        this.avatarRows = avatarRows;
    }

    /** The account {@code accountId}'s profiles in {@code archive}, avatars within the bound their fetching enforces. */
    static ArchivedProfiles of(Archive archive, long accountId) {
        return new ArchivedProfiles(accountId, new ProfileItemRows(archive), new AvatarRows(archive, Avatars.MAX_BYTES));
    }

    @Override
    public AvatarCache avatars() {
        return avatars;
    }

    /** Keeps {@code change}: the person's item of its kind replaced, or removed when they cleared it. */
    void record(ProfileChange change) {
        ProfileItem item = change.item();
        String person = change.from().bare().toString();
        String kind = item.kind().label();
        if (item.isCleared()) {
            items.remove(accountId, person, kind);
            return;
        }
        String value = item instanceof ProfileItem.Avatar a ? a.hash() : events.encode(item).toString();
        if (value.length() > ProfileItemRows.MAX_VALUE_CHARS) {
            LOG.warning(() -> "the " + kind + " of " + person + " is too long to keep (" + value.length() + " characters)");
            items.remove(accountId, person, kind);
            return;
        }
        items.put(accountId, person, kind, value);
    }

    @Override
    public List<Profile> all() {
        Map<String, Profile> byPerson = new LinkedHashMap<>();
        for (ProfileItemRows.Item row : items.all(accountId)) {
            try {
                Profile known = byPerson.computeIfAbsent(row.person(), p -> Profile.empty(Jid.of(p)));
                item(row).ifPresentOrElse(i -> byPerson.put(row.person(), known.with(i)),
                        () -> LOG.warning("a kept " + row.kind() + " of " + row.person() + " no longer reads: left out"));
            } catch (RuntimeException e) {
                LOG.warning("a kept profile item of " + row.person() + " no longer reads: " + e.getMessage());
            }
        }
        return new ArrayList<>(byPerson.values());
    }

    private Optional<ProfileItem> item(ProfileItemRows.Item row) {
        Optional<ProfileItem.Kind> kind = ProfileItem.Kind.of(row.kind());
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        if (kind.get() == ProfileItem.Kind.AVATAR) {
            return Optional.of(new ProfileItem.Avatar(row.value()));
        }
        byte[] xml = row.value().getBytes(StandardCharsets.UTF_8);
        try {
            return events.decode(PersonalEvents.node(kind.get()),
                    XmlStreamParser.parseDocument(xml, new Limits(Math.max(1, xml.length), Limits.defaults().maxDepth())));
        } catch (XmlStreamException e) {
            return Optional.empty();
        }
    }

    /** What the image is, from its first bytes: the formats avatars come in. */
    static String mimeType(byte[] image) {
        if (startsWith(image, 0, 0x89, 'P', 'N', 'G')) {
            return "image/png";
        } else if (startsWith(image, 0, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        } else if (startsWith(image, 0, 'G', 'I', 'F', '8')) {
            return "image/gif";
        } else if (startsWith(image, 0, 'R', 'I', 'F', 'F') && startsWith(image, 8, 'W', 'E', 'B', 'P')) {
            return "image/webp";
        }
        return "application/octet-stream";
    }

    private static boolean startsWith(byte[] data, int offset, int... expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((data[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
