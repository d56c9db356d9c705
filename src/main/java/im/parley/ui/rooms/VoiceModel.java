package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Occupant;
import im.parley.xmpp.ext.muc.Role;
import im.parley.xmpp.ext.muc.RoomEvent;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Voice in a moderated room (XEP-0045 §7.13, §8.6). A visitor cannot speak there: they may ask
 * the moderators for voice, once, and it stays asked until a moderator grants it (their role
 * becomes participant) or they leave. A moderator sees each request until they grant or dismiss
 * it, or the requester got voice or left. Granting submits the room's approval form; a room whose
 * form cannot be submitted that way gets the role change instead (§8.3), which has the same effect.
 */
public final class VoiceModel {
    /** What voice needs of the room. */
    public interface Voice {
        /** Sends the voice request form to the room (§7.13). */
        void request() throws Exception;

        /** Submits the room's approval form with voice granted (§8.6). */
        void approve(RoomEvent.VoiceRequested request) throws Exception;

        /** Makes {@code nick} a participant (§8.3). */
        CompletableFuture<Void> grant(String nick);
    }

    private final Voice voice;
    private final Executor io;
    private final Executor ui;
    private final Consumer<String> problem;
    private final ReadOnlyObjectProperty<Occupant> self;
    private final BooleanBinding visitor;
    private final ReadOnlyBooleanWrapper requested = new ReadOnlyBooleanWrapper(this, "requested");
    private final ObservableList<RoomEvent.VoiceRequested> requests = FXCollections.observableArrayList();
    /** One view kept: a view made on each call would be collected, and its listeners with it. */
    private final ObservableList<RoomEvent.VoiceRequested> requestsView =
            FXCollections.unmodifiableObservableList(requests);

    /**
     * @param self the user's own occupant while in the room, null while out of it (UI thread)
     * @param problem shows a sentence in the room's pane (UI thread)
     */
    public VoiceModel(Voice voice, ReadOnlyObjectProperty<Occupant> self, Executor io, Executor ui,
                      Consumer<String> problem) {
        this.voice = voice;
        this.self = self;
        this.io = io;
        this.ui = ui;
        this.problem = problem;
        visitor = Bindings.createBooleanBinding(() -> self.get() != null && self.get().role() == Role.VISITOR, self);
        visitor.addListener((o, was, now) -> {
            if (!now) {
                requested.set(false);
            }
        });
        self.addListener((o, was, now) -> {
            if (now == null || now.role() != Role.MODERATOR) {
                requests.clear();
            }
        });
    }

    /** The user is a visitor: the room is moderated and they have no voice. */
    public BooleanBinding visitor() {
        return visitor;
    }

    /** The user asked for voice and no moderator granted it yet. */
    public ReadOnlyBooleanProperty requestedProperty() {
        return requested.getReadOnlyProperty();
    }

    /** The voice requests a moderator has yet to answer, oldest first, one per nick. */
    public ObservableList<RoomEvent.VoiceRequested> requests() {
        return requestsView;
    }

    /** Asks the moderators for voice; nothing when not a visitor or already asked. */
    public void request() {
        if (!visitor.get() || requested.get()) {
            return;
        }
        requested.set(true);
        io.execute(() -> {
            try {
                voice.request();
            } catch (Exception e) {
                ui.execute(() -> {
                    requested.set(false);
                    problem.accept(RoomAdminModel.sentence("Could not ask for voice", e));
                });
            }
        });
    }

    /** Grants {@code request}: the requester's role change then shows in the room. */
    public void grant(RoomEvent.VoiceRequested request) {
        requests.remove(request);
        String what = "Could not grant voice to " + request.nick();
        io.execute(() -> {
            CompletableFuture<Void> answer;
            try {
                if (request.approvable()) {
                    voice.approve(request);
                    answer = CompletableFuture.completedFuture(null);
                } else {
                    answer = voice.grant(request.nick());
                }
            } catch (Exception e) {
                answer = CompletableFuture.failedFuture(e);
            }
            answer.whenComplete((ok, failure) -> {
                if (failure != null) {
                    ui.execute(() -> problem.accept(RoomAdminModel.sentence(what, failure)));
                }
            });
        });
    }

    /** Leaves {@code request} unanswered: the room expects nothing back (§8.6). */
    public void dismiss(RoomEvent.VoiceRequested request) {
        requests.remove(request);
    }

    /** An event of this room (UI thread). */
    public void onEvent(RoomEvent event) {
        if (event instanceof RoomEvent.VoiceRequested r) {
            Occupant me = self.get();
            if (me != null && me.role() == Role.MODERATOR && r.nick() != null) {
                forget(r.nick());
                requests.add(r);
            }
        } else if (event instanceof RoomEvent.OccupantChanged c && c.after().role() != Role.VISITOR) {
            forget(c.after().nick());
        } else if (event instanceof RoomEvent.OccupantLeft l) {
            forget(l.occupant().nick());
        } else if (event instanceof RoomEvent.NickChanged n) {
            forget(n.before().nick());
        } else if (event instanceof RoomEvent.Left) {
            requests.clear();
        }
    }

    private void forget(String nick) {
        requests.removeIf(r -> nick.equals(r.nick()));
    }
}
