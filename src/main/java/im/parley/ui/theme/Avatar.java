package im.parley.ui.theme;

import javafx.scene.control.Label;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A round avatar: the contact's initials on their consistent colour, with an optional presence dot. */
public final class Avatar extends StackPane {
    private final Label initials = new Label();
    private final Circle presence = new Circle();

    public Avatar(double size) {
        getStyleClass().add("contact-avatar");
        setMinSize(size, size);
        setPrefSize(size, size);
        setMaxSize(size, size);
        initials.getStyleClass().add("avatar-initials");
        initials.setStyle("-fx-font-size: " + Math.round(size * 0.4) + "px;");
        presence.setRadius(Math.max(4, size * 0.14));
        presence.getStyleClass().add("presence-dot");
        presence.setManaged(false);
        presence.setVisible(false);
        getChildren().addAll(initials, presence);
    }

    /** Shows {@code name}'s initials on the colour of {@code address}. */
    public void show(String address, String name) {
        initials.setText(initialsOf(name == null || name.isBlank() ? address : name));
        Color c = ConsistentColor.of(address);
        setBackground(new Background(new BackgroundFill(c, new CornerRadii(getPrefWidth() / 2), null)));
        setAccessibleText(name);
    }

    /** The presence style class (online, away, busy, offline), or null to hide the dot. */
    public void presence(String styleClass) {
        presence.getStyleClass().removeAll("online", "away", "busy", "offline");
        presence.setVisible(styleClass != null);
        if (styleClass != null) {
            presence.getStyleClass().add(styleClass);
        }
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        double r = presence.getRadius();
        presence.setCenterX(getWidth() - r);
        presence.setCenterY(getHeight() - r);
    }

    /** Up to two letters: first and last word of a name, or the start of an address's local part. */
    public static String initialsOf(String text) {
        String t = text.trim();
        int at = t.indexOf('@');
        if (at > 0 && !t.contains(" ")) {
            t = t.substring(0, at);
        }
        String[] words = t.split("[\\s._-]+");
        StringBuilder b = new StringBuilder();
        for (String w : new String[] {words[0], words.length > 1 ? words[words.length - 1] : ""}) {
            if (!w.isEmpty()) {
                b.appendCodePoint(Character.toUpperCase(w.codePointAt(0)));
            }
        }
        return b.length() == 0 ? "?" : b.toString();
    }
}
