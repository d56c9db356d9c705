package im.parley.ui.rooms;

import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.muc.Affiliation;
import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableBooleanValue;

/**
 * The management of one room as its menus offer it: actions on occupants by the user's own role
 * and affiliation, nick and subject, invitations, bookmark and autojoin, the owner's
 * configuration and destruction, leaving. Every request runs on {@code io}; a refusal becomes a
 * sentence through {@code problem}, on the UI thread, where the room's own events show success.
 */
public final class RoomAdminModel {
    /** What managing the room needs of the account; futures complete once the room answered. */
    public interface Administration extends AffiliationListsModel.Lists {
        CompletableFuture<Void> setRole(String nick, Role role, String reason);

        CompletableFuture<Void> setAffiliation(Jid user, Affiliation affiliation, String reason);

        CompletableFuture<Void> changeNick(String nick);

        /** Sends the new subject; a refusal comes back as the room's MessageRefused event. */
        void setSubject(String subject) throws Exception;

        /** A mediated invitation (§7.8.2): the room passes it on, with its password if any. */
        void invite(Jid contact, String reason) throws Exception;

        CompletableFuture<DataForm> configurationForm();

        CompletableFuture<Void> configure(DataForm submitted);

        CompletableFuture<Void> destroy(String reason);

        /** Removes a message for everyone (XEP-0425), named by the id the room gave it. */
        CompletableFuture<Void> moderate(String stanzaId, String reason);

        CompletableFuture<Void> leave();

        /** Whether the account keeps a bookmark of the room, and whether it says autojoin. */
        boolean bookmarked();

        boolean autojoin();

        /** Keeps (with autojoin on or off) or removes the room's bookmark. */
        CompletableFuture<Void> bookmark(boolean keep, boolean autojoin);
    }

    /** A request to the room, which may fail before it is sent (offline, not in the room). */
    private interface Request {
        CompletableFuture<Void> send() throws Exception;
    }

    private final Administration admin;
    private final Executor io;
    private final Executor ui;
    private final Consumer<String> problem;
    private final ReadOnlyObjectWrapper<Occupant> self = new ReadOnlyObjectWrapper<>(this, "self");
    private final ReadOnlyBooleanWrapper bookmarked = new ReadOnlyBooleanWrapper(this, "bookmarked");
    private final ReadOnlyBooleanWrapper autojoin = new ReadOnlyBooleanWrapper(this, "autojoin");
    private final BooleanBinding inRoom;
    private final BooleanBinding moderator;
    private final BooleanBinding owner;
    private final BooleanBinding adminOrOwner;

    /**
     * @param self the user's own occupant while in the room, null while out of it (UI thread)
     * @param problem shows a sentence in the room's pane (UI thread)
     */
    public RoomAdminModel(Administration admin, ReadOnlyObjectProperty<Occupant> self, Executor io, Executor ui,
                          Consumer<String> problem) {
        this.admin = admin;
        this.io = io;
        this.ui = ui;
        this.problem = problem;
        this.self.bind(self);
        inRoom = this.self.isNotNull();
        moderator = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role() == Role.MODERATOR, self);
        owner = Bindings.createBooleanBinding(() -> self.get() != null && self.get().affiliation() == Affiliation.OWNER,
                self);
        adminOrOwner = Bindings.createBooleanBinding(() -> self.get() != null && (self.get().affiliation() == Affiliation.OWNER
                || self.get().affiliation() == Affiliation.ADMIN), self);
    }

    /** Reads the bookmark state again, off the UI thread (when a menu opens). */
    public void refreshBookmark() {
        io.execute(() -> {
            boolean kept = admin.bookmarked();
            boolean auto = admin.autojoin();
            ui.execute(() -> {
                bookmarked.set(kept);
                autojoin.set(auto);
            });
        });
    }

    public ReadOnlyObjectProperty<Occupant> selfProperty() {
        return self.getReadOnlyProperty();
    }

    /** In the room at all: what needs the user there (nick, invitations) is offered only then. */
    public ObservableBooleanValue inRoom() {
        return inRoom;
    }

    /** Moderators change the subject (§8.1: the room's default; a room may open it to all, and then says so by accepting). */
    public ObservableBooleanValue moderator() {
        return moderator;
    }

    public ObservableBooleanValue owner() {
        return owner;
    }

    /** Admins and owners edit the member and ban lists (§9); owners the admin and owner lists too (§10). */
    public ObservableBooleanValue adminOrOwner() {
        return adminOrOwner;
    }

    public ReadOnlyBooleanProperty bookmarkedProperty() {
        return bookmarked.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty autojoinProperty() {
        return autojoin.getReadOnlyProperty();
    }

    /** The room's lists as the user's affiliation lets them edit them; the dialog loads them. */
    public AffiliationListsModel affiliationLists() {
        Occupant me = self.get();
        return new AffiliationListsModel(admin, me == null ? Affiliation.NONE : me.affiliation(), io, ui);
    }

    /** What the user may do to {@code target} now. */
    public List<OccupantAction> actionsFor(Occupant target) {
        return OccupantAction.offered(self.get(), target);
    }

    /** Does {@code action} to {@code target}; {@code reason} null or blank for none. */
    public void apply(OccupantAction action, Occupant target, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        run("Could not " + action.verb() + " " + target.nick(), () -> action.changesRole()
                ? admin.setRole(target.nick(), action.newRole(), why)
                : admin.setAffiliation(target.realJid().bare(), action.newAffiliation(), why));
    }

    public void changeNick(String nick) {
        String wanted = nick == null ? "" : nick.strip();
        if (wanted.isEmpty() || self.get() != null && wanted.equals(self.get().nick())) {
            return;
        }
        run("Could not change your nickname to " + wanted, () -> admin.changeNick(wanted));
    }

    public void changeSubject(String subject) {
        String text = subject == null ? "" : subject.strip();
        run("Could not change the subject", () -> {
            admin.setSubject(text);
            return CompletableFuture.completedFuture(null);
        });
    }

    public void invite(Jid contact, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        run("Could not invite " + contact, () -> {
            admin.invite(contact.bare(), why);
            return CompletableFuture.completedFuture(null);
        });
    }

    /** Fetches the owner's configuration form and hands it to {@code show} on the UI thread. */
    public void loadConfiguration(Consumer<DataForm> show) {
        io.execute(() -> admin.configurationForm().whenComplete((form, failure) -> ui.execute(() -> {
            if (failure != null) {
                problem.accept(sentence("Could not open the room's settings", failure));
            } else {
                show.accept(form);
            }
        })));
    }

    /** Submits the filled form; {@code outcome} gets null once saved, else why not (UI thread). */
    public void configure(DataForm submitted, Consumer<String> outcome) {
        io.execute(() -> admin.configure(submitted).whenComplete((ok, failure) -> ui.execute(() ->
                outcome.accept(failure == null ? null : sentence("Could not save the room's settings", failure)))));
    }

    public void destroy(String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        run("Could not destroy the room", () -> admin.destroy(why));
    }

    public void leave() {
        run("Could not leave the room", admin::leave);
    }

    /** Whether the user may remove {@code line} for everyone: a moderator, a message the room gave an id. */
    public boolean mayRemove(RoomLine line) {
        return moderator.get() && line.stanzaId() != null && !line.removed() && !line.notice();
    }

    /** Removes a message for everyone; the room's announcement then turns it into a tombstone. */
    public void remove(RoomLine line, String reason) {
        if (!mayRemove(line)) {
            return;
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        run("Could not remove the message", () -> admin.moderate(line.stanzaId(), why));
    }

    /** Keeps or drops the bookmark; dropping it turns autojoin off too. */
    public void setBookmarked(boolean keep) {
        store(keep, keep && autojoin.get());
    }

    /** Autojoin on keeps a bookmark; off keeps the bookmark but not the join on the next start. */
    public void setAutojoin(boolean on) {
        store(on || bookmarked.get(), on);
    }

    private void store(boolean keep, boolean auto) {
        bookmarked.set(keep);
        autojoin.set(auto);
        run("Could not change the room's bookmark", () -> admin.bookmark(keep, auto));
    }

    /** Runs {@code request} on io; a failure, thrown or completed, becomes "{@code what}: why." in the pane. */
    private void run(String what, Request request) {
        io.execute(() -> {
            CompletableFuture<Void> answer;
            try {
                answer = request.send();
            } catch (Exception e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((ok, failure) -> {
                if (failure != null) {
                    ui.execute(() -> problem.accept(sentence(what, failure)));
                }
            });
        });
    }

    /** "{@code what}: the room does not allow it." and the like (§8 to §10 name the errors). */
    static String sentence(String what, Throwable failure) {
        Throwable cause = Problems.root(failure);
        if (cause instanceof NickConflictException) {
            return what + ": someone in the room already uses that nickname.";
        }
        if (cause instanceof StanzaErrorException refused) {
            switch (refused.condition()) {
                case FORBIDDEN:
                    return what + ": you are not allowed to do that in this room.";
                case NOT_ALLOWED:
                    return what + ": the room does not allow it.";
                case ITEM_NOT_FOUND:
                    return what + ": they are no longer in the room.";
                case CONFLICT:
                    return what + ": that would leave the room without an owner, or you cannot do it to yourself.";
                case NOT_ACCEPTABLE:
                    return what + ": the room did not accept it.";
                default:
                    break;
            }
        }
        if (cause instanceof IllegalStateException) {
            return what + ": you are not in the room.";
        }
        String why = Problems.sentence(cause);
        return what + ": " + Character.toLowerCase(why.charAt(0)) + why.substring(1);
    }
}
