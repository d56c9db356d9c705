package im.parley.ui.rooms;

import im.parley.xmpp.ext.muc.RoomEvent;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The room pane's voice notices: above the composer a visitor's hint that they cannot speak, with
 * "Request voice" (then "Voice requested"); above the conversation a moderator's card for each
 * request, "nick asks to speak", with Grant and Dismiss.
 */
final class VoiceBars {
    private VoiceBars() {
    }

    /** Shown while the user is a visitor. */
    static Node visitorHint(VoiceModel voice) {
        Label text = new Label();
        text.setId("voiceHint");
        text.setWrapText(true);
        text.textProperty().bind(Bindings.when(voice.requestedProperty())
                .then("You asked the moderators for voice. You can write once one of them grants it.")
                .otherwise("This room is moderated: only people with voice can write in it."));
        Button request = new Button("Request voice");
        request.setId("requestVoice");
        request.setMinWidth(Button.USE_PREF_SIZE);
        request.setOnAction(e -> voice.request());
        request.disableProperty().bind(voice.requestedProperty());
        request.textProperty().bind(Bindings.when(voice.requestedProperty()).then("Voice requested")
                .otherwise("Request voice"));
        HBox bar = new HBox(10, new FontIcon(Material2MZ.MIC_OFF), text, request);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("voice-bar");
        bar.setPadding(new Insets(6, 12, 6, 12));
        bar.visibleProperty().bind(voice.visitor());
        bar.managedProperty().bind(bar.visibleProperty());
        return bar;
    }

    /** One card per voice request a moderator has yet to answer. */
    static Node requests(VoiceModel voice) {
        VBox cards = new VBox(1);
        cards.setId("voiceRequests");
        Runnable fill = () -> cards.getChildren().setAll(voice.requests().stream().map(r -> card(voice, r)).toList());
        voice.requests().addListener((ListChangeListener<RoomEvent.VoiceRequested>) c -> fill.run());
        fill.run();
        cards.visibleProperty().bind(Bindings.isNotEmpty(voice.requests()));
        cards.managedProperty().bind(cards.visibleProperty());
        return cards;
    }

    private static Node card(VoiceModel voice, RoomEvent.VoiceRequested request) {
        Label text = new Label(request.nick() + " asks to speak");
        text.setId("voiceRequest-" + request.nick());
        text.setWrapText(true);
        Button grant = new Button("Grant");
        grant.setId("grantVoice");
        grant.getStyleClass().add("accent");
        grant.setAccessibleText("Grant voice to " + request.nick());
        grant.setOnAction(e -> voice.grant(request));
        Button dismiss = new Button("Dismiss");
        dismiss.setId("dismissVoice");
        dismiss.setAccessibleText("Dismiss the request of " + request.nick());
        dismiss.setOnAction(e -> voice.dismiss(request));
        HBox card = new HBox(10, new FontIcon(Material2MZ.RECORD_VOICE_OVER), text, grant, dismiss);
        HBox.setHgrow(text, Priority.ALWAYS);
        text.setMaxWidth(Double.MAX_VALUE);
        card.setAlignment(Pos.CENTER_LEFT);
        card.getStyleClass().add("voice-bar");
        card.setPadding(new Insets(6, 12, 6, 12));
        return card;
    }
}
