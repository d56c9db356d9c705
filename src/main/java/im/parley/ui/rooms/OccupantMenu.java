package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.Occupant;
import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;

/**
 * The context menu of an occupant: a private message, then the moderation the user's own role
 * and affiliation allow, role changes first, then affiliations, the ban last and apart. Kick, ban
 * and taking voice ask for a reason, which the room passes on. None when the user may do nothing
 * to them.
 */
final class OccupantMenu {
    private OccupantMenu() {
    }

    /**
     * The menu for {@code target}, or null when nothing is offered: first a private message
     * (anyone but oneself, while in the room), then what the user may do as a moderator.
     */
    static ContextMenu of(RoomAdminModel admin, Occupant target, Node owner, Consumer<Occupant> privateMessage) {
        List<OccupantAction> actions = admin.actionsFor(target);
        Occupant self = admin.selfProperty().get();
        boolean writable = self != null && !self.nick().equals(target.nick());
        if (actions.isEmpty() && !writable) {
            return null;
        }
        ContextMenu menu = new ContextMenu();
        boolean roles = true;
        for (OccupantAction action : actions) {
            if (roles && !action.changesRole() || action == OccupantAction.BAN) {
                if (!menu.getItems().isEmpty()) {
                    menu.getItems().add(new SeparatorMenuItem());
                }
                roles = false;
            }
            MenuItem item = new MenuItem(action.label());
            item.setId("occupant-" + action.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            if (action == OccupantAction.KICK || action == OccupantAction.BAN) {
                item.getStyleClass().add("danger");
            }
            item.setOnAction(e -> act(admin, action, target, owner));
            menu.getItems().add(item);
        }
        if (writable) {
            MenuItem write = new MenuItem("Send private message");
            write.setId("occupant-private-message");
            write.setOnAction(e -> privateMessage.accept(target));
            menu.getItems().add(0, write);
            if (menu.getItems().size() > 1) {
                menu.getItems().add(1, new SeparatorMenuItem());
            }
        }
        return menu;
    }

    private static void act(RoomAdminModel admin, OccupantAction action, Occupant target, Node owner) {
        if (!action.asksReason()) {
            admin.apply(action, target, null);
            return;
        }
        String verb = action.verb();
        String question = Character.toUpperCase(verb.charAt(0)) + verb.substring(1) + " " + target.nick()
                + "? You may tell them why.";
        String button = action.label().replace("…", "");
        RoomDialogs.ask(owner, button + " " + target.nick(), question, button, "", "occupantReason", true,
                        action != OccupantAction.REVOKE_VOICE)
                .ifPresent(reason -> admin.apply(action, target, reason));
    }
}
