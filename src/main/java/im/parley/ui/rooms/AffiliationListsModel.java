package im.parley.ui.rooms;

import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.AffiliationChangeRefusedException;
import im.parley.xmpp.ext.muc.MucItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The room's member, admin, owner and ban lists as an admin or owner edits them (XEP-0045 §9.2,
 * §9.5, §10.5, §10.8): each read from the room off the UI thread; additions and removals kept
 * until Save, which sends only what changed (a removal is affiliation none), one change after
 * another, grants first, so that an owner handing the room on is an owner's last act. Admins edit
 * members and bans and see the admins; owners edit every list.
 */
public final class AffiliationListsModel {
    /** What the lists need of the room; futures complete once the room answered. */
    public interface Lists {
        CompletableFuture<List<MucItem>> list(Affiliation affiliation);

        /** Makes {@code changes} in order, stopping at the first the room refuses ({@link AffiliationChangeRefusedException}). */
        CompletableFuture<Void> change(List<MucItem> changes);
    }

    private static final List<Affiliation> ORDER = List.of(Affiliation.OWNER, Affiliation.ADMIN, Affiliation.MEMBER,
            Affiliation.OUTCAST, Affiliation.NONE);

    private final Lists room;
    private final Executor io;
    private final Executor ui;
    private final List<AffiliationList> lists = new ArrayList<>();
    /** What the room holds, by bare JID, as far as the lists read tell. */
    private final Map<Jid, Affiliation> held = new HashMap<>();
    /** The reason typed with each ban not yet saved. */
    private final Map<Jid, String> reasons = new HashMap<>();
    private final ReadOnlyIntegerWrapper changeCount = new ReadOnlyIntegerWrapper(this, "changeCount");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyBooleanWrapper saved = new ReadOnlyBooleanWrapper(this, "saved");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");

    /** @param own the user's affiliation with the room: an admin's dialog has no owner list, and only shows the admins */
    public AffiliationListsModel(Lists room, Affiliation own, Executor io, Executor ui) {
        this.room = room;
        this.io = io;
        this.ui = ui;
        boolean owner = own == Affiliation.OWNER;
        lists.add(new AffiliationList(Affiliation.MEMBER, true));
        lists.add(new AffiliationList(Affiliation.ADMIN, owner));
        if (owner) {
            lists.add(new AffiliationList(Affiliation.OWNER, true));
        }
        lists.add(new AffiliationList(Affiliation.OUTCAST, true));
    }

    /** The lists in the dialog's order: members, admins, owners (owners only), banned. */
    public List<AffiliationList> lists() {
        return List.copyOf(lists);
    }

    /** How many changes Save would send. */
    public ReadOnlyIntegerProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    /** True once every change was made: the dialog closes. */
    public ReadOnlyBooleanProperty savedProperty() {
        return saved.getReadOnlyProperty();
    }

    /** Why saving stopped, as a sentence; null while nothing went wrong. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** Reads every list from the room (§9.2, §9.5, §10.5, §10.8). */
    public void load() {
        for (AffiliationList list : lists) {
            list.startLoading();
            io.execute(() -> room.list(list.affiliation()).whenComplete((items, failure) -> ui.execute(() -> {
                if (failure != null) {
                    list.failed(loadSentence(list, failure));
                    return;
                }
                List<AffiliationList.Entry> entries = new ArrayList<>();
                for (MucItem item : items) {
                    if (item.jid() != null) {
                        Jid jid = item.jid().bare();
                        held.put(jid, list.affiliation());
                        entries.add(new AffiliationList.Entry(jid,
                                list.affiliation() == Affiliation.OUTCAST ? item.reason() : item.nick(), false));
                    }
                }
                entries.sort(Comparator.comparing(e -> e.jid().toString()));
                list.loadedWith(entries);
                count();
            })));
        }
    }

    /**
     * Adds the address typed into {@code list} (with its reason, for a ban); one on another list
     * moves from it, as a user has one affiliation. False when the address is not one to add.
     */
    public boolean add(AffiliationList list) {
        AffiliationList.Checked checked = list.check(list.addressProperty().get());
        if (!list.canAdd().get() || checked.jid() == null) {
            return false;
        }
        Jid jid = checked.jid();
        for (AffiliationList other : lists) {
            if (!other.editable() && other.entry(jid).isPresent()) {
                problem.set(jid + " is on the " + other.title().toLowerCase(Locale.ROOT)
                        + " list, which only owners change.");
                return false;
            }
        }
        String why = list.takesReason() && !list.reasonProperty().get().isBlank()
                ? list.reasonProperty().get().strip() : null;
        for (AffiliationList other : lists) {
            if (other != list) {
                other.remove(jid);
            }
        }
        list.add(new AffiliationList.Entry(jid, why, held.get(jid) != list.affiliation()));
        if (why != null) {
            reasons.put(jid, why);
        } else {
            reasons.remove(jid);
        }
        list.clearInput();
        problem.set(null);
        count();
        return true;
    }

    /** Takes {@code jid} off {@code list}: saved, their affiliation becomes none. */
    public void remove(AffiliationList list, Jid jid) {
        if (!list.editable()) {
            return;
        }
        list.remove(jid);
        reasons.remove(jid);
        problem.set(null);
        count();
    }

    /** The changes Save sends: each user whose affiliation differs from the room's, grants before removals. */
    public List<MucItem> changes() {
        Map<Jid, Affiliation> wanted = new LinkedHashMap<>();
        for (AffiliationList list : lists) {
            list.entries().forEach(e -> wanted.put(e.jid(), list.affiliation()));
        }
        List<MucItem> out = new ArrayList<>();
        for (Map.Entry<Jid, Affiliation> w : wanted.entrySet()) {
            if (held.get(w.getKey()) != w.getValue()) {
                out.add(MucItem.affiliation(w.getKey(), w.getValue(),
                        w.getValue() == Affiliation.OUTCAST ? reasons.get(w.getKey()) : null));
            }
        }
        for (Map.Entry<Jid, Affiliation> h : held.entrySet()) {
            if (!wanted.containsKey(h.getKey())) {
                out.add(MucItem.affiliation(h.getKey(), Affiliation.NONE, null));
            }
        }
        out.sort(Comparator.comparing((MucItem i) -> ORDER.indexOf(i.affiliation()))
                .thenComparing(i -> i.jid().toString()));
        return out;
    }

    /** Sends the changes; once all are made {@link #savedProperty} turns true, else the refusal becomes the problem. */
    public void save() {
        List<MucItem> changes = changes();
        if (changes.isEmpty() || saving.get()) {
            saved.set(changes.isEmpty());
            return;
        }
        saving.set(true);
        problem.set(null);
        io.execute(() -> room.change(changes).whenComplete((ok, failure) -> ui.execute(() -> {
            saving.set(false);
            if (failure == null) {
                changes.forEach(this::made);
                saved.set(true);
                return;
            }
            Throwable cause = Problems.root(failure);
            if (cause instanceof AffiliationChangeRefusedException refused) {
                refused.applied().forEach(this::made);
                problem.set(refusalSentence(refused.refused(), held.getOrDefault(refused.refused().jid(),
                        Affiliation.NONE), refused.condition()));
            } else {
                problem.set(RoomAdminModel.sentence("The lists were not saved", failure));
            }
            count();
        })));
    }

    /** The room made {@code change}: it is what the room holds now. */
    private void made(MucItem change) {
        if (change.affiliation() == Affiliation.NONE) {
            held.remove(change.jid());
        } else {
            held.put(change.jid(), change.affiliation());
        }
        lists.forEach(l -> l.settle(change.jid()));
    }

    private void count() {
        changeCount.set(changes().size());
    }

    /**
     * Why the room refused {@code change} to a user who was {@code before}, naming them (§9 and §10
     * give the errors: conflict for the last owner or a ban of oneself, not-allowed for a rank
     * the user lacks).
     */
    static String refusalSentence(MucItem change, Affiliation before, StanzaErrorCondition condition) {
        String what = change.affiliation() == Affiliation.NONE ? "Could not take " + change.jid() + " off the list"
                : change.affiliation() == Affiliation.OUTCAST ? "Could not ban " + change.jid()
                : "Could not make " + change.jid() + " " + article(change.affiliation());
        switch (condition) {
            case CONFLICT:
                return what + (before == Affiliation.OWNER
                        ? ": a room keeps at least one owner. Make someone else an owner first."
                        : ": admins and owners cannot ban themselves.");
            case NOT_ALLOWED:
                return what + ": only owners change admins and owners, and nobody changes someone ranked above them.";
            case FORBIDDEN:
                return what + ": you are not allowed to change this list.";
            case JID_MALFORMED:
                return what + ": the room does not take that address.";
            default:
                return what + ": the room refused it (" + condition.elementName() + ").";
        }
    }

    private static String article(Affiliation a) {
        switch (a) {
            case OWNER:
                return "an owner";
            case ADMIN:
                return "an admin";
            default:
                return "a member";
        }
    }

    private static String loadSentence(AffiliationList list, Throwable failure) {
        Throwable cause = Problems.root(failure);
        if (cause instanceof StanzaErrorException refused && refused.condition() == StanzaErrorCondition.FORBIDDEN) {
            return "The room does not show you this list.";
        }
        return RoomAdminModel.sentence("Could not read the list", failure);
    }
}
