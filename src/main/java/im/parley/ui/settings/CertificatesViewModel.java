package im.parley.ui.settings;

import im.parley.client.history.KeptAccount;
import im.parley.client.history.Profile;
import im.parley.ui.app.Problems;
import im.parley.ui.cert.CertificateDialog;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The server certificates the user chose to trust, per account (their SHA-256 pins), each of which
 * can be forgotten: the next sign-in then asks again about that certificate.
 */
public final class CertificatesViewModel {
    /** One trusted certificate of one account. */
    public record Pin(Jid account, String fingerprint) {
        /** AB:CD:… as server admins publish fingerprints. */
        public String readable() {
            return CertificateDialog.readable(fingerprint);
        }
    }

    private final Profile profile;
    private final Executor io;
    private final Executor ui;
    private final ObservableList<Pin> pins = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    public CertificatesViewModel(Profile profile, Executor io, Executor ui) {
        this.profile = profile;
        this.io = io;
        this.ui = ui;
    }

    public ObservableList<Pin> pins() {
        return pins;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public CompletableFuture<Void> load() {
        return CompletableFuture.runAsync(() -> {
            List<Pin> read = read();
            ui.execute(() -> pins.setAll(read));
        }, io).exceptionally(this::failed);
    }

    /** Forgets the pin; an account signed in keeps trusting it until it signs in again. */
    public CompletableFuture<Void> remove(Pin pin) {
        return CompletableFuture.runAsync(() -> {
            profile.saveSettings(profile.settings(pin.account()).withoutPin(pin.fingerprint()));
            List<Pin> read = read();
            ui.execute(() -> pins.setAll(read));
        }, io).exceptionally(this::failed);
    }

    private List<Pin> read() {
        List<Pin> out = new ArrayList<>();
        for (KeptAccount a : profile.accounts()) {
            // Sorted: the settings keep pins as a set, and the list should not reshuffle between reads.
            for (String fp : new java.util.TreeSet<>(profile.settings(a.jid()).pins())) {
                out.add(new Pin(a.jid(), fp));
            }
        }
        return out;
    }

    private Void failed(Throwable e) {
        String sentence = Problems.sentence(e);
        ui.execute(() -> problem.set(sentence));
        return null;
    }
}
