package im.parley.ui.rooms;

import im.parley.ui.contacts.Contact;
import im.parley.ui.forms.FormViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The room's menu in the conversation header: nick, subject (for moderators), invitations, the
 * bookmark and autojoin toggles, the member and ban lists (admins and owners), the owner's settings
 * and destruction, and leaving. Items the
 * user may not use now are hidden (owner's) or greyed out (while out of the room).
 */
final class RoomMenu {
    private final RoomAdminModel admin;
    private final String roomName;
    private final ObservableStringValue subject;
    private final Supplier<List<Contact>> contacts;
    private final MenuButton button = new MenuButton(null, new FontIcon(Material2MZ.MORE_VERT));

    RoomMenu(RoomAdminModel admin, String roomName, ObservableStringValue subject, Supplier<List<Contact>> contacts) {
        this.admin = admin;
        this.roomName = roomName;
        this.subject = subject;
        this.contacts = contacts;
        button.setId("roomMenu");
        button.getStyleClass().addAll("flat", "button-icon", "no-arrow");
        button.setTooltip(new Tooltip("Room"));
        button.setAccessibleText("Room menu");
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnShowing(e -> admin.refreshBookmark());
        ObservableBooleanValue out = Bindings.not(admin.inRoom());

        MenuItem nick = item("Change nickname…", "roomChangeNick", this::changeNick);
        nick.disableProperty().bind(out);
        MenuItem topic = item("Change subject…", "roomChangeSubject", this::changeSubject);
        visibleWhen(topic, admin.moderator());
        MenuItem invite = item("Invite a contact…", "roomInvite", this::invite);
        invite.disableProperty().bind(out);
        CheckMenuItem bookmark = toggle("Bookmarked", "roomBookmarked", admin.bookmarkedProperty());
        bookmark.setOnAction(e -> admin.setBookmarked(bookmark.isSelected()));
        CheckMenuItem autojoin = toggle("Join when Parley starts", "roomAutojoin", admin.autojoinProperty());
        autojoin.setOnAction(e -> admin.setAutojoin(autojoin.isSelected()));
        SeparatorMenuItem ownerLine = new SeparatorMenuItem();
        visibleWhen(ownerLine, admin.adminOrOwner());
        MenuItem lists = item("Members and bans…", "roomAffiliations", this::editLists);
        visibleWhen(lists, admin.adminOrOwner());
        MenuItem settings = item("Room settings…", "roomSettings", this::configure);
        visibleWhen(settings, admin.owner());
        MenuItem destroy = item("Destroy the room…", "roomDestroy", this::destroy);
        destroy.getStyleClass().add("danger");
        visibleWhen(destroy, admin.owner());
        MenuItem leave = item("Leave the room", "roomLeave", admin::leave);
        leave.disableProperty().bind(out);
        button.getItems().addAll(nick, topic, invite, new SeparatorMenuItem(), bookmark, autojoin, ownerLine, lists,
                settings, destroy, new SeparatorMenuItem(), leave);
    }

    MenuButton button() {
        return button;
    }

    private void changeNick() {
        String now = admin.selfProperty().get() == null ? "" : admin.selfProperty().get().nick();
        RoomDialogs.ask(button, "Change nickname", "Your nickname in " + roomName, "Change", now, "roomNickInput",
                false, false).ifPresent(admin::changeNick);
    }

    private void changeSubject() {
        RoomDialogs.ask(button, "Change subject", "The subject of " + roomName + " (empty clears it)", "Change",
                subject.get(), "roomSubjectInput", true, false).ifPresent(admin::changeSubject);
    }

    private void invite() {
        ContactPicker.pick(button, roomName, contacts.get()).ifPresent(i -> admin.invite(i.jid(), i.reason()));
    }

    private void configure() {
        admin.loadConfiguration(form -> RoomConfigDialog.show(RoomDialogs.window(button), "Settings of " + roomName,
                new FormViewModel(form), admin::configure, () -> { }, () -> { }));
    }

    private void editLists() {
        AffiliationListsDialog.show(RoomDialogs.window(button), roomName, admin.affiliationLists());
    }

    private void destroy() {
        RoomDialogs.ask(button, "Destroy " + roomName, "Destroy " + roomName
                        + "? Everyone in it is sent out, and its address is free again. You may tell them why.",
                "Destroy the room", "", "roomDestroyReason", true, true).ifPresent(admin::destroy);
    }

    private static MenuItem item(String text, String id, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setOnAction(e -> action.run());
        return item;
    }

    private static CheckMenuItem toggle(String text, String id, ReadOnlyBooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(text);
        item.setId(id);
        item.setSelected(state.get());
        state.addListener((o, was, now) -> item.setSelected(now));
        return item;
    }

    private static void visibleWhen(MenuItem item, ObservableBooleanValue condition) {
        item.visibleProperty().bind(Bindings.createBooleanBinding(condition::get, condition));
    }
}
