package im.parley.xmpp.im;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Presence;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is online with which resources. Bounded both ways, because presence is sent by others:
 * a contact cycling through thousands of resources keeps only its most recent ones, and a flood
 * of senders evicts the contacts heard from least recently.
 */
public final class PresenceTable {
    public static final int DEFAULT_MAX_RESOURCES = 64;
    public static final int DEFAULT_MAX_CONTACTS = 10_000;

    private final int maxResources;
    private final int maxContacts;
    /**
     * Kept in update order (an update moves the contact to the end), so the eldest entry is the
     * contact heard from least recently. Not access order: reading must not shield a flooder.
     */
    private final LinkedHashMap<Jid, LinkedHashMap<String, ResourcePresence>> contacts = new LinkedHashMap<>();
    private long sequence;

    public PresenceTable() {
        this(DEFAULT_MAX_CONTACTS, DEFAULT_MAX_RESOURCES);
    }

    public PresenceTable(int maxContacts, int maxResources) {
        if (maxContacts < 1 || maxResources < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxContacts = maxContacts;
        this.maxResources = maxResources;
    }

    /**
     * Records an available or unavailable presence; other types are ignored. An error presence
     * counts as unavailable for the whole contact: we can no longer tell what it is doing.
     *
     * @return true if the table changed
     */
    public synchronized boolean update(Presence p) {
        if (p.from() == null) {
            return false;
        }
        Jid bare = p.from().bare();
        String resource = p.from().resource() == null ? "" : p.from().resource();
        switch (p.type()) {
            case AVAILABLE -> {
                // Remove first so that re-insertion moves the contact, and the resource, to the young end.
                LinkedHashMap<String, ResourcePresence> resources = contacts.remove(bare);
                if (resources == null) {
                    resources = new LinkedHashMap<>();
                }
                contacts.put(bare, resources);
                resources.remove(resource);
                resources.put(resource, ResourcePresence.of(p, ++sequence));
                trim(resources, maxResources);
                trim(contacts, maxContacts);
                return true;
            }
            case UNAVAILABLE -> {
                Map<String, ResourcePresence> resources = contacts.get(bare);
                if (resources == null) {
                    return false;
                }
                boolean changed = resource.isEmpty() ? !resources.isEmpty() : resources.remove(resource) != null;
                if (resource.isEmpty()) {
                    resources.clear();
                }
                if (resources.isEmpty()) {
                    contacts.remove(bare);
                }
                return changed;
            }
            case ERROR -> {
                return contacts.remove(bare) != null;
            }
            default -> {
                return false;
            }
        }
    }

    private static void trim(Map<?, ?> map, int max) {
        Iterator<?> it = map.keySet().iterator();
        while (map.size() > max && it.hasNext()) {
            it.next();
            it.remove();
        }
    }

    /** The resource to show for a contact (see {@link ResourcePresence#MOST_AVAILABLE_FIRST}). */
    public synchronized Optional<ResourcePresence> mostAvailable(Jid contact) {
        Map<String, ResourcePresence> resources = contacts.get(contact.bare());
        if (resources == null) {
            return Optional.empty();
        }
        return resources.values().stream().min(ResourcePresence.MOST_AVAILABLE_FIRST);
    }

    /** A contact's available resources, most available first. */
    public synchronized List<ResourcePresence> resources(Jid contact) {
        Map<String, ResourcePresence> resources = contacts.get(contact.bare());
        if (resources == null) {
            return List.of();
        }
        return resources.values().stream().sorted(ResourcePresence.MOST_AVAILABLE_FIRST).toList();
    }

    public synchronized int contactCount() {
        return contacts.size();
    }

    /** Resources held over all contacts: what bounds the memory this table uses. */
    public synchronized int resourceCount() {
        return contacts.values().stream().mapToInt(Map::size).sum();
    }

    /** Forgets everyone: when the session ends, nobody's presence is known any more. */
    public synchronized void clear() {
        contacts.clear();
    }
}
