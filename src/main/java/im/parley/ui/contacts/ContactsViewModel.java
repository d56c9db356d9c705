package im.parley.ui.contacts;

import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The roster by group, with presence, filtered as the user types. The rows are what a virtualized
 * list shows; a presence change replaces only the rows of that contact. Methods run on the UI
 * thread: the account model hands events over through the UI executor.
 */
public final class ContactsViewModel {
    static final String NO_GROUP = "Contacts";

    private final Map<Jid, Contact> contacts = new HashMap<>();
    private final ObservableList<ContactRow> rows = FXCollections.observableArrayList();
    /** One wrapper for everyone: its listeners live as long as the view-model. */
    private final ObservableList<ContactRow> readOnly = FXCollections.unmodifiableObservableList(rows);
    private final StringProperty filter = new SimpleStringProperty("");
    private final Collator collator = Collator.getInstance(Locale.getDefault());

    public ContactsViewModel() {
        collator.setStrength(Collator.PRIMARY);
        filter.addListener((o, was, now) -> rebuild());
    }

    public ObservableList<ContactRow> rows() {
        return readOnly;
    }

    /** What the user typed in the search field: matches names and addresses, case and accents ignored. */
    public StringProperty filterProperty() {
        return filter;
    }

    public int size() {
        return contacts.size();
    }

    /** Every contact, unfiltered and in no order (for the quick switcher). */
    public List<Contact> all() {
        return List.copyOf(contacts.values());
    }

    public java.util.Optional<Contact> contact(Jid jid) {
        return java.util.Optional.ofNullable(contacts.get(jid.bare()));
    }

    /** The whole roster, as fetched or loaded from the archive. */
    public void rosterReplaced(Collection<RosterItem> items) {
        Map<Jid, Contact> old = new HashMap<>(contacts);
        contacts.clear();
        for (RosterItem item : items) {
            Contact known = old.get(item.jid());
            contacts.put(item.jid(), known == null ? Contact.of(item) : known.withItem(item));
        }
        rebuild();
    }

    /** A roster push: some items added or changed, some removed. */
    public void rosterChanged(List<RosterItem> updated, List<Jid> removed) {
        for (RosterItem item : updated) {
            Contact known = contacts.get(item.jid());
            contacts.put(item.jid(), known == null ? Contact.of(item) : known.withItem(item));
        }
        removed.forEach(j -> contacts.remove(j.bare()));
        rebuild();
    }

    /** The contact's most available resource changed ({@code availability} null: none online). */
    public void presenceChanged(Jid jid, Contact.Availability availability, String status) {
        Contact known = contacts.get(jid.bare());
        if (known == null) {
            return;
        }
        boolean wasOnline = known.online();
        Contact now = known.withPresence(availability, status);
        contacts.put(now.jid(), now);
        if (wasOnline != now.online()) {
            // The online count of a heading and the sort order change: rare, so rebuild.
            rebuild();
            return;
        }
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) instanceof ContactRow.Entry e && e.contact().jid().equals(now.jid())) {
                rows.set(i, new ContactRow.Entry(e.group(), now));
            }
        }
    }

    /** Everyone went offline with the connection. */
    public void allOffline() {
        // Called on every connection state change: a list already all offline is left alone.
        if (contacts.values().stream().noneMatch(c -> c.online() || c.status() != null)) {
            return;
        }
        contacts.replaceAll((j, c) -> c.withPresence(null, null));
        rebuild();
    }

    private void rebuild() {
        String f = filter.get() == null ? "" : filter.get().trim();
        Map<String, List<Contact>> byGroup = new TreeMap<>(this::compareGroups);
        for (Contact c : contacts.values()) {
            if (!matches(c, f)) {
                continue;
            }
            List<String> groups = c.groups().isEmpty() ? List.of(NO_GROUP) : c.groups();
            for (String g : groups) {
                byGroup.computeIfAbsent(g, k -> new ArrayList<>()).add(c);
            }
        }
        Comparator<Contact> order = Comparator.comparing((Contact c) -> !c.online())
                .thenComparing(Contact::displayName, collator);
        List<ContactRow> next = new ArrayList<>();
        Map<String, List<Contact>> sorted = new LinkedHashMap<>(byGroup);
        sorted.forEach((group, members) -> {
            members.sort(order);
            int online = (int) members.stream().filter(Contact::online).count();
            next.add(new ContactRow.Heading(group, online, members.size()));
            members.forEach(c -> next.add(new ContactRow.Entry(group, c)));
        });
        rows.setAll(next);
    }

    /** Named groups alphabetically, the ungrouped last. */
    private int compareGroups(String a, String b) {
        if (a.equals(b)) {
            return 0;
        }
        if (a.equals(NO_GROUP)) {
            return 1;
        }
        if (b.equals(NO_GROUP)) {
            return -1;
        }
        int c = collator.compare(a, b);
        return c != 0 ? c : a.compareTo(b);
    }

    private boolean matches(Contact c, String f) {
        if (f.isEmpty()) {
            return true;
        }
        return containsIgnoringAccents(c.displayName(), f) || containsIgnoringAccents(c.jid().toString(), f);
    }

    static boolean containsIgnoringAccents(String text, String part) {
        return fold(text).contains(fold(part));
    }

    private static String fold(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
