package im.parley.ui.shell;

import im.parley.client.history.ConversationSummary;
import im.parley.ui.app.AccountModel;
import im.parley.xmpp.jid.Jid;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.InvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The main window's state: the accounts, the one whose sidebar is shown, the open conversation,
 * and which list the sidebar shows. Commands move the selection; the view follows.
 */
public final class ShellViewModel {
    public enum SidebarList {
        CONVERSATIONS, CONTACTS
    }

    private final ObservableList<AccountModel> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<AccountModel> active = new SimpleObjectProperty<>();
    private final ObjectProperty<Jid> openConversation = new SimpleObjectProperty<>();
    private final Map<AccountModel, ChangeListener<AccountModel.OccupantRenamed>> renameFollowers =
            new HashMap<>();
    private final ObjectProperty<SidebarList> sidebar = new SimpleObjectProperty<>(SidebarList.CONVERSATIONS);
    private final ObjectProperty<DetachedInFocus> detachedInFocus = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("Parley");
    private final InvalidationListener unreadChanged = o -> updateTitle();

    public ShellViewModel() {
        active.addListener((o, was, now) -> {
            if (was != null) {
                was.conversations().unreadProperty().removeListener(unreadChanged);
            }
            if (now != null) {
                now.conversations().unreadProperty().addListener(unreadChanged);
            }
            openConversation.set(null);
            updateTitle();
        });
    }

    public ObservableList<AccountModel> accounts() {
        return accounts;
    }

    public ObjectProperty<AccountModel> activeProperty() {
        return active;
    }

    public ObjectProperty<Jid> openConversationProperty() {
        return openConversation;
    }

    /** A conversation in a window of its own, while that window has the focus. */
    public record DetachedInFocus(Jid account, Jid peer) {
    }

    /** Which detached conversation's window has the focus, or null: the view keeps it, notifications read it. */
    public ObjectProperty<DetachedInFocus> detachedInFocusProperty() {
        return detachedInFocus;
    }

    public ObjectProperty<SidebarList> sidebarProperty() {
        return sidebar;
    }

    /** Adds an account that just signed in and shows it. */
    public void add(AccountModel account) {
        ChangeListener<AccountModel.OccupantRenamed> follow = (o, was, renamed) -> {
            // The private conversation in view goes on under the occupant's new nick.
            if (renamed != null && active.get() == account && renamed.before().equals(openConversation.get())) {
                openConversation.set(renamed.after());
            }
        };
        account.occupantRenamedProperty().addListener(follow);
        renameFollowers.put(account, follow);
        accounts.add(account);
        active.set(account);
    }

    /** Drops an account that was removed or closed; another one is shown if there is one. */
    public void remove(AccountModel account) {
        var follow = renameFollowers.remove(account);
        if (follow != null) {
            account.occupantRenamedProperty().removeListener(follow);
        }
        accounts.remove(account);
        if (active.get() == account) {
            active.set(accounts.isEmpty() ? null : accounts.get(0));
        }
    }

    /** Opens the conversation with {@code peer} (a contact or room), switching to the conversation list. */
    public void open(Jid peer) {
        openConversation.set(peer.bare());
        sidebar.set(SidebarList.CONVERSATIONS);
    }

    /**
     * Opens the private conversation with one occupant of a room, {@code occupant} being
     * room@service/nick (XEP-0045 §7.5), switching to the conversation list.
     */
    public void openPrivate(Jid occupant) {
        openConversation.set(occupant);
        sidebar.set(SidebarList.CONVERSATIONS);
    }

    /**
     * Opens the conversation an address names as the archive keeps it: a contact's or room's bare
     * JID, or an occupant JID (room@service/nick), which only a private conversation in a room has.
     */
    public void openStored(Jid conversation) {
        if (conversation.resource() != null) {
            openPrivate(conversation);
        } else {
            open(conversation);
        }
    }

    public void close() {
        openConversation.set(null);
    }

    /** Ctrl+Tab: the next conversation in the list (by +1) or the previous (by -1), wrapping. */
    public void step(int by) {
        AccountModel a = active.get();
        if (a == null) {
            return;
        }
        List<ConversationSummary> items = a.conversations().items();
        if (items.isEmpty()) {
            return;
        }
        Jid open = openConversation.get();
        int at = -1;
        for (int i = 0; i < items.size(); i++) {
            if (open != null && items.get(i).peer().equals(open.toString())) {
                at = i;
            }
        }
        int next = at < 0 ? 0 : Math.floorMod(at + by, items.size());
        openConversation.set(Jid.of(items.get(next).peer()));
    }

    /** "Parley", with the unread count of the active account first when there is one. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    private void updateTitle() {
        AccountModel a = active.get();
        int unread = a == null ? 0 : a.conversations().unreadProperty().get();
        title.set(unread > 0 ? "(" + unread + ") Parley" : "Parley");
    }
}
