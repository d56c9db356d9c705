package im.parley.ui.settings;

import im.parley.client.Account;
import im.parley.client.Privacy;
import im.parley.client.history.ProfilePreferences;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What contacts may learn: delivery receipts, typing, read markers, idle time. A change reaches
 * every running account at once and is kept in the profile's preferences, which the app applies
 * to each account it starts.
 */
public final class PrivacyViewModel {
    private final ProfilePreferences preferences;
    private final Supplier<List<Account>> accounts;
    private final Executor io;
    private final ReadOnlyObjectWrapper<Privacy> privacy;

    /** {@code accounts}: the running accounts, asked at each change. */
    public PrivacyViewModel(ProfilePreferences preferences, Supplier<List<Account>> accounts, Executor io) {
        this.preferences = preferences;
        this.accounts = accounts;
        this.io = io;
        this.privacy = new ReadOnlyObjectWrapper<>(preferences.privacy());
    }

    public ReadOnlyObjectProperty<Privacy> privacyProperty() {
        return privacy.getReadOnlyProperty();
    }

    public void sendDeliveryReceipts(boolean on) {
        change(p -> p.withDeliveryReceipts(on));
    }

    public void sendChatStates(boolean on) {
        change(p -> p.withChatStates(on));
    }

    public void sendReadMarkers(boolean on) {
        change(p -> p.withReadMarkers(on));
    }

    public void showIdleTimeTo(Privacy.IdleShownTo who) {
        change(p -> p.withIdleTime(who));
    }

    private void change(UnaryOperator<Privacy> how) {
        Privacy next = how.apply(privacy.get());
        if (next.equals(privacy.get())) {
            return;
        }
        privacy.set(next);
        List<Account> running = accounts.get();
        io.execute(() -> {
            running.forEach(a -> a.setPrivacy(next));
            preferences.savePrivacy(next);
        });
    }
}
