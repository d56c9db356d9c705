package im.parley.ui.rooms;

import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.muc.NickConflictException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The join dialog: a room's address, the nick to use there and its password if it has one. A
 * taken nick is answered with the alternative the room engine offers, put in the field for the
 * user to accept by joining again.
 */
public final class JoinRoomViewModel {
    /** Joins a room; completes once the user is in it. */
    public interface Joiner {
        CompletableFuture<?> join(Jid room, String nick, String password);
    }

    private final Joiner joiner;
    private final Executor ui;
    private final Consumer<Jid> joined;
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final StringProperty nick = new SimpleStringProperty(this, "nick", "");
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canJoin;

    /**
     * @param defaultNick the nick offered first (the account's local part)
     * @param joined told on the UI thread with the room the user is now in
     */
    public JoinRoomViewModel(Joiner joiner, String defaultNick, Executor ui, Consumer<Jid> joined) {
        this.joiner = joiner;
        this.ui = ui;
        this.joined = joined;
        nick.set(defaultNick);
        canJoin = Bindings.createBooleanBinding(() -> !busy.get() && roomAddress() != null
                && !nick.get().isBlank(), address, nick, busy);
    }

    public StringProperty addressProperty() {
        return address;
    }

    public StringProperty nickProperty() {
        return nick;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canJoinProperty() {
        return canJoin;
    }

    /** The typed address as a room's bare JID (room@service), or null while it is not one. */
    Jid roomAddress() {
        String text = address.get() == null ? "" : address.get().strip();
        if (text.isEmpty() || !text.contains("@") || text.contains("/")) {
            return null;
        }
        try {
            Jid jid = Jid.of(text);
            return jid.local() == null ? null : jid.bare();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Why a room refused the user, as XEP-0045 §7.2 lists the reasons. */
    static String refusal(StanzaErrorCondition condition, Throwable cause) {
        switch (condition) {
            case NOT_AUTHORIZED:
                return "This room needs a password, or that one is not right.";
            case FORBIDDEN:
                return "You are banned from this room.";
            case REGISTRATION_REQUIRED:
                return "Only members may join this room.";
            case SERVICE_UNAVAILABLE:
                return "The room is full.";
            case ITEM_NOT_FOUND:
            case NOT_ALLOWED:
                return "There is no such room, and you may not create it.";
            case REMOTE_SERVER_NOT_FOUND:
                return "The room's service could not be reached.";
            default:
                return Problems.sentence(cause);
        }
    }

    public void join() {
        Jid room = roomAddress();
        if (room == null || !canJoin.get()) {
            return;
        }
        busy.set(true);
        problem.set(null);
        String secret = password.get() == null || password.get().isEmpty() ? null : password.get();
        joiner.join(room, nick.get().strip(), secret).whenComplete((ok, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure == null) {
                joined.accept(room);
                return;
            }
            Throwable cause = Problems.root(failure);
            if (cause instanceof NickConflictException conflict) {
                problem.set("Someone in the room already uses \"" + conflict.nick() + "\". Join as \""
                        + conflict.alternative() + "\" instead?");
                nick.set(conflict.alternative());
            } else if (cause instanceof StanzaErrorException refused) {
                problem.set(refusal(refused.condition(), cause));
            } else {
                problem.set(Problems.sentence(cause));
            }
        }));
    }
}
