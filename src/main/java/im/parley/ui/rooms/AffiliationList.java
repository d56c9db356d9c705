package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One list of a room's affiliations as the lists dialog edits it: the members, admins, owners or
 * the banned, with the address being typed to add (checked as it is typed) and the reason of a ban.
 */
public final class AffiliationList {
    /** A user on the list: {@code detail} is their reserved nick or the reason of their ban; {@code added} until saved. */
    public record Entry(Jid jid, String detail, boolean added) {
    }

    private final Affiliation affiliation;
    private final boolean editable;
    private final ObservableList<Entry> entries = FXCollections.observableArrayList();
    /** One view kept: a view made on each call would be collected, and its listeners with it. */
    private final ObservableList<Entry> entriesView = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty reason = new SimpleStringProperty(this, "reason", "");
    private final StringBinding addressProblem;
    private final BooleanBinding canAdd;

    AffiliationList(Affiliation affiliation, boolean editable) {
        this.affiliation = affiliation;
        this.editable = editable;
        addressProblem = Bindings.createStringBinding(() -> check(address.get()).problem(), address, entries);
        canAdd = Bindings.createBooleanBinding(() -> editable && loaded.get() && check(address.get()).jid() != null,
                address, entries, loaded);
    }

    public Affiliation affiliation() {
        return affiliation;
    }

    /** "Members", "Admins", "Owners", "Banned". */
    public String title() {
        switch (affiliation) {
            case MEMBER:
                return "Members";
            case ADMIN:
                return "Admins";
            case OWNER:
                return "Owners";
            default:
                return "Banned";
        }
    }

    /** What the list is for, and who may change it, in a sentence above it. */
    public String explanation() {
        switch (affiliation) {
            case MEMBER:
                return "Members may enter the room when it is members-only, and keep their nickname.";
            case ADMIN:
                return editable ? "Admins manage members and bans, and moderate."
                        : "Admins manage members and bans, and moderate. Only owners change this list.";
            case OWNER:
                return "Owners change the room's settings and every list. A room keeps at least one owner.";
            default:
                return "Banned addresses cannot enter the room. A bare domain bans everyone on it.";
        }
    }

    /** Whether the user may add to and remove from this list (their affiliation allows it, §9 and §10). */
    public boolean editable() {
        return editable;
    }

    public ObservableList<Entry> entries() {
        return entriesView;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** True once the room gave the list: only then may it be changed, or what the room holds could be overwritten. */
    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    /** Why the list could not be read, as a sentence; null when it could. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The address being typed to add. */
    public StringProperty addressProperty() {
        return address;
    }

    /** The reason given with a ban; the room passes it on. */
    public StringProperty reasonProperty() {
        return reason;
    }

    /** What is wrong with the address typed so far, as a sentence; null while it is fine or empty. */
    public StringBinding addressProblem() {
        return addressProblem;
    }

    public BooleanBinding canAdd() {
        return canAdd;
    }

    /** Whether a reason may go with an addition: bans only (§9.1). */
    public boolean takesReason() {
        return affiliation == Affiliation.OUTCAST;
    }

    Optional<Entry> entry(Jid jid) {
        return entries.stream().filter(e -> e.jid().equals(jid)).findFirst();
    }

    void startLoading() {
        loading.set(true);
        problem.set(null);
    }

    void loadedWith(List<Entry> given) {
        loading.set(false);
        loaded.set(true);
        entries.setAll(given);
    }

    void failed(String sentence) {
        loading.set(false);
        problem.set(sentence);
    }

    void add(Entry entry) {
        entries.removeIf(e -> e.jid().equals(entry.jid()));
        entries.add(entry);
    }

    void remove(Jid jid) {
        entries.removeIf(e -> e.jid().equals(jid));
    }

    /** After saving, what was added is on the list like the rest. */
    void settle(Jid jid) {
        entries.replaceAll(e -> e.jid().equals(jid) && e.added() ? new Entry(e.jid(), e.detail(), false) : e);
    }

    void clearInput() {
        address.set("");
        reason.set("");
    }

    /** An address as typed: the bare JID to add, or why it cannot be added. */
    record Checked(Jid jid, String problem) {
    }

    /**
     * Checks {@code typed}: an address, name@example.org (a resource is dropped, as lists hold bare
     * JIDs), or for bans also a bare domain; not one on this list already.
     */
    Checked check(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return new Checked(null, null);
        }
        Optional<Jid> parsed = Jid.tryParse(text);
        if (parsed.isEmpty() || text.startsWith("@") || text.endsWith("@")) {
            return new Checked(null, "That is not an address. Type one like name@example.org.");
        }
        Jid bare = parsed.get().bare();
        if (bare.local() == null && affiliation != Affiliation.OUTCAST) {
            return new Checked(null, "Type a whole address, like name@" + bare.domain() + ".");
        }
        if (entry(bare).isPresent()) {
            return new Checked(null, bare + " is on this list already.");
        }
        return new Checked(bare, null);
    }
}
