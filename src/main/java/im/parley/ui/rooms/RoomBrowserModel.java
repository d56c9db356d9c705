package im.parley.ui.rooms;

import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.jid.Jid;
import im.parley.ui.switcher.QuickSwitcherModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The join dialog's room browser: the public rooms of the server's group chat services (disco
 * with RSM paging), filtered as the user types, by name or address, case and accents ignored.
 */
public final class RoomBrowserModel {
    /** At most this many rooms per service are listed; the filter narrows them. */
    static final int CAP = 1000;

    /** Where rooms are found. */
    public interface Directory {
        CompletableFuture<List<Jid>> services();

        CompletableFuture<List<DiscoItems.Item>> rooms(Jid service, int cap);
    }

    /** A room as the browser lists it. */
    public record Listing(Jid room, String name) {
        /** Its name, else its address's local part. */
        public String title() {
            return name == null || name.isBlank() ? room.local() : name;
        }
    }

    private final Directory directory;
    private final Executor ui;
    private final List<Listing> all = new ArrayList<>();
    private final ObservableList<Listing> shown = FXCollections.observableArrayList();
    private final StringProperty filter = new SimpleStringProperty(this, "filter", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    public RoomBrowserModel(Directory directory, Executor ui) {
        this.directory = directory;
        this.ui = ui;
        filter.addListener((o, was, now) -> narrow());
    }

    public ObservableList<Listing> shown() {
        return FXCollections.unmodifiableObservableList(shown);
    }

    public StringProperty filterProperty() {
        return filter;
    }

    /** What the browser is doing or found, as a sentence. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Asks the server for its group chat services, then each service for its rooms. */
    public void load() {
        status.set("Looking for rooms…");
        directory.services().thenCompose(services -> {
            List<CompletableFuture<List<Listing>>> lists = services.stream().map(service -> directory
                    .rooms(service, CAP).thenApply(items -> items.stream()
                            .filter(i -> i.jid().local() != null)
                            .map(i -> new Listing(i.jid().bare(), i.name())).toList())).toList();
            return CompletableFuture.allOf(lists.toArray(CompletableFuture[]::new))
                    .thenApply(v -> lists.stream().flatMap(l -> l.join().stream()).toList());
        }).whenComplete((found, failure) -> ui.execute(() -> {
            if (failure != null) {
                status.set("Rooms could not be listed: " + Problems.sentence(failure));
                return;
            }
            all.clear();
            all.addAll(found);
            all.sort(Comparator.comparing((Listing l) -> QuickSwitcherModel.fold(l.title())));
            narrow();
        }));
    }

    private void narrow() {
        String f = QuickSwitcherModel.fold(filter.get() == null ? "" : filter.get().strip());
        shown.setAll(all.stream().filter(l -> f.isEmpty() || QuickSwitcherModel.fold(l.title()).contains(f)
                || QuickSwitcherModel.fold(l.room().toString()).contains(f)).toList());
        if (all.isEmpty()) {
            status.set(status.get().startsWith("Looking") ? "This server lists no public rooms." : status.get());
        } else {
            status.set(shown.size() == all.size() ? all.size() + (all.size() == 1 ? " room" : " rooms")
                    : shown.size() + " of " + all.size() + " rooms");
        }
    }
}
