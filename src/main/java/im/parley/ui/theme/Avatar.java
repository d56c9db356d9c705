package im.parley.ui.theme;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Label;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.CornerRadii;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/**
 * A round avatar: the contact's picture when one is known, else their initials on their
 * consistent colour, with an optional presence dot.
 */
public final class Avatar extends StackPane {
    private final Label initials = new Label();
    private final ImageView picture = new ImageView();
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
        picture.setFitWidth(size);
        picture.setFitHeight(size);
        picture.setSmooth(true);
        picture.setClip(new Circle(size / 2, size / 2, size / 2));
        picture.visibleProperty().bind(picture.imageProperty().isNotNull());
        initials.visibleProperty().bind(picture.imageProperty().isNull());
        // A picture that is not square shows its centred square, unless a crop is bound.
        picture.imageProperty().addListener((o, was, now) -> {
            if (!picture.viewportProperty().isBound()) {
                picture.setViewport(centredSquare(now));
            }
        });
        getChildren().addAll(initials, picture, presence);
    }

    /** Shows {@code image} (while it is not null) instead of the initials; null goes back to initials only. */
    public void picture(ObservableValue<Image> image) {
        if (image == null) {
            picture.imageProperty().unbind();
            picture.setImage(null);
        } else {
            picture.imageProperty().bind(image);
        }
    }

    /** Shows the part {@code square} of the picture (in its pixels) rather than its centre. */
    public void crop(ObservableValue<Rectangle2D> square) {
        picture.viewportProperty().bind(square);
    }

    /** Whether a picture is shown rather than initials. */
    public boolean showsPicture() {
        return picture.getImage() != null;
    }

    private static Rectangle2D centredSquare(Image image) {
        if (image == null) {
            return null;
        }
        double side = Math.min(image.getWidth(), image.getHeight());
        return new Rectangle2D((image.getWidth() - side) / 2, (image.getHeight() - side) / 2, side, side);
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
