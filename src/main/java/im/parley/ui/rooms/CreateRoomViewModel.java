package im.parley.ui.rooms;

import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.jid.Jid;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "create a room" path of the join dialog (XEP-0045 §10.1): a name, an address on one of the
 * server's group chat services (made from the name until the user edits it), the user's nick, and
 * whether to set the room up before anyone else can come in. An instant room takes the service's
 * defaults with the name; a room configured first shows its owner form, and stays locked until
 * that is saved (cancelling it takes the defaults).
 */
public final class CreateRoomViewModel {
    /** What creating a room needs of the account; futures complete off the UI thread. */
    public interface Creator {
        /** The server's group chat services, the preferred first. */
        CompletableFuture<List<Jid>> services();

        /** Whether a room already answers at {@code room}. */
        CompletableFuture<Boolean> exists(Jid room);

        /** Joins {@code room} as {@code nick}; completes with whether the join created it (201). */
        CompletableFuture<Boolean> enter(Jid room, String nick);

        /** Unlocks a new room with the service's defaults and {@code name} when not null (§10.1.2). */
        CompletableFuture<Void> instant(Jid room, String name);

        CompletableFuture<DataForm> configurationForm(Jid room);

        CompletableFuture<Void> configure(Jid room, DataForm submitted);
    }

    /** A new room waiting for its owner form, with the name to put in it. */
    public record Configuring(Jid room, DataForm form, String name) {
    }

    private final Creator creator;
    private final Executor ui;
    private final Consumer<Jid> created;
    private final Consumer<Configuring> configure;
    private final StringProperty name = new SimpleStringProperty(this, "name", "");
    private final StringProperty address = new SimpleStringProperty(this, "address", "");
    private final ObjectProperty<Jid> service = new SimpleObjectProperty<>(this, "service");
    private final ObservableList<Jid> services = FXCollections.observableArrayList();
    private final StringProperty nick = new SimpleStringProperty(this, "nick", "");
    private final BooleanProperty configureFirst = new SimpleBooleanProperty(this, "configureFirst");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding canCreate;
    /** Whether the address still follows the name: until the user types one of their own. */
    private boolean addressFollowsName = true;
    private boolean naming;

    /**
     * @param created told on the UI thread with the room once it is open for others
     * @param configure told on the UI thread with a new room's owner form, when the user asked to configure first
     */
    public CreateRoomViewModel(Creator creator, String defaultNick, Executor ui, Consumer<Jid> created,
                               Consumer<Configuring> configure) {
        this.creator = creator;
        this.ui = ui;
        this.created = created;
        this.configure = configure;
        nick.set(defaultNick);
        name.addListener((o, was, now) -> {
            if (addressFollowsName) {
                naming = true;
                address.set(localPart(now));
                naming = false;
            }
        });
        address.addListener((o, was, now) -> addressFollowsName = naming || now.isEmpty());
        canCreate = Bindings.createBooleanBinding(() -> !busy.get() && roomAddress() != null && !nick.get().isBlank(),
                address, service, nick, busy);
    }

    public StringProperty nameProperty() {
        return name;
    }

    /** The room's local part: what goes before the @. */
    public StringProperty addressProperty() {
        return address;
    }

    public ObjectProperty<Jid> serviceProperty() {
        return service;
    }

    public ObservableList<Jid> services() {
        return services;
    }

    public StringProperty nickProperty() {
        return nick;
    }

    public BooleanProperty configureFirstProperty() {
        return configureFirst;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canCreateProperty() {
        return canCreate;
    }

    /** Asks the server for its group chat services; the first is chosen. */
    public void load() {
        creator.services().whenComplete((found, failure) -> ui.execute(() -> {
            if (failure != null) {
                problem.set("Could not find the server's group chat service: " + lower(Problems.sentence(failure)));
            } else if (found.isEmpty()) {
                problem.set("This server offers no group chat service.");
            } else {
                services.setAll(found);
                if (service.get() == null) {
                    service.set(found.get(0));
                }
            }
        }));
    }

    /** The address as a room's bare JID, or null while it is not one. */
    Jid roomAddress() {
        String local = address.get() == null ? "" : address.get().strip();
        if (local.isEmpty() || service.get() == null || local.contains("@") || local.contains("/")) {
            return null;
        }
        try {
            return Jid.of(local + "@" + service.get().domain()).bare();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Creates the room: refused when one already answers at the address, so nobody's room is taken over. */
    public void create() {
        Jid room = roomAddress();
        if (room == null || !canCreate.get()) {
            return;
        }
        busy.set(true);
        problem.set(null);
        String title = name.get() == null || name.get().isBlank() ? null : name.get().strip();
        boolean first = configureFirst.get();
        creator.exists(room).thenCompose(exists -> {
            if (exists) {
                throw new IllegalArgumentException("There is already a room at " + room
                        + ". Choose another address, or join that room.");
            }
            return creator.enter(room, nick.get().strip());
        }).thenCompose(isNew -> {
            if (!isNew) {
                // Someone made it in the meantime: the user is in it, as a guest.
                return CompletableFuture.completedFuture((Configuring) null);
            }
            return first ? creator.configurationForm(room).thenApply(form -> new Configuring(room, form, title))
                    : creator.instant(room, title).thenApply(v -> (Configuring) null);
        }).whenComplete((pending, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure != null) {
                Throwable cause = Problems.root(failure);
                problem.set(cause instanceof IllegalArgumentException ? cause.getMessage()
                        : "Could not create the room: " + lower(Problems.sentence(cause)));
            } else if (pending != null) {
                configure.accept(pending);
            } else {
                created.accept(room);
            }
        }));
    }

    /** Saves the owner form of a new room; {@code outcome} gets null once saved, else why not (UI thread). */
    public void saveConfiguration(Jid room, DataForm submitted, Consumer<String> outcome) {
        creator.configure(room, submitted).whenComplete((ok, failure) -> ui.execute(() -> {
            if (failure != null) {
                outcome.accept("Could not save the room's settings: " + lower(Problems.sentence(failure)));
            } else {
                outcome.accept(null);
                created.accept(room);
            }
        }));
    }

    /** The owner form was closed unsaved: the room takes the service's defaults rather than stay locked. */
    public void configurationCancelled(Configuring pending) {
        creator.instant(pending.room(), pending.name()).whenComplete((ok, failure) -> ui.execute(() -> {
            if (failure != null) {
                problem.set("Could not open the new room: " + lower(Problems.sentence(failure)));
            } else {
                created.accept(pending.room());
            }
        }));
    }

    /** "Book club!" becomes "book-club": letters and digits kept, accents dropped, the rest one dash. */
    static String localPart(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-+|-+$", "");
    }

    private static String lower(String sentence) {
        return sentence.isEmpty() ? sentence : Character.toLowerCase(sentence.charAt(0)) + sentence.substring(1);
    }
}
