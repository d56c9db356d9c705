package im.parley.it;

import static im.parley.it.Eventually.await;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.muc.RoomAdministration;
import im.parley.xmpp.ext.muc.RoomEvent;
import im.parley.xmpp.ext.muc.RoomManager;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A room that asks joiners to prove they are a person (XEP-0158, ejabberd's captcha_protected
 * room): the app shows the room's form with its picture in a window, and the room's answer to
 * what the user typed comes back into it.
 */
@ExtendWith(NoIoOnFxThread.class)
class CaptchaAppIT {
    @TempDir
    Path profile;

    @Test
    void theRoomsCaptchaIsShownWithItsPictureAndAWrongAnswerIsRefusedInTheWindow() throws Exception {
        TestServer ejabberd = TestServer.ejabberd();
        Assumptions.assumeTrue(Files.readString(TestServer.itDir().resolve("ejabberd").resolve("ejabberd.yml"))
                .contains("captcha_cmd:"), "ejabberd has no captcha_cmd");
        try (TestSession owner = TestSession.online(ejabberd, ejabberd.registerByAdmin("captcha-room-owner"));
             RoomManager ownerRooms = new RoomManager(owner.client());
             AppDriver app = AppDriver.forAdminRegisteredUser(ejabberd, "captcha-app")) {
            Jid room = Jid.of("guarded-" + UUID.randomUUID().toString().substring(0, 8) + "@"
                    + ejabberd.env().get("MUC_DOMAIN"));
            ownerRooms.join(room, "owner", null).get(20, TimeUnit.SECONDS);
            new RoomAdministration(owner.client()).configure(room, Map.of("captcha_protected", List.of("1")))
                    .get(20, TimeUnit.SECONDS);
            List<RoomEvent> ownerHeard = new CopyOnWriteArrayList<>();
            ownerRooms.addListener(ownerHeard::add);
            app.startAndSignIn(profile);

            app.click("#conversations");
            app.robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.J)
                    .release(javafx.scene.input.KeyCode.J, javafx.scene.input.KeyCode.CONTROL);
            app.click("#roomAddress").write(room.toString());
            app.click("#joinRoom");

            app.await("#field-ocr");
            assertThat(AppDriver.onFx(() -> app.robot.lookup("#roomConfiguration .image-view").queryAll().stream()
                    .anyMatch(n -> ((ImageView) n).getImage() != null))).as("the room's picture in the window").isTrue();
            Snapshots.write(app.robot.lookup("#roomConfiguration").query(), "room-captcha");
            // The picture's text is the answer; the app alone can read it here, so the test answers wrongly
            // and sees the room's refusal come back into the window (CaptchaIT answers right at the client).
            app.click("#field-ocr").write("certainly not it");
            app.click("#saveRoomConfiguration");
            await(() -> app.robot.lookup("#roomConfigurationProblem").tryQuery().map(n -> n.isVisible()).orElse(false)
                    && app.text("#roomConfigurationProblem").startsWith("The room did not accept the answer"),
                    "the refusal in the window");
            assertThat(ownerHeard).noneMatch(e -> e instanceof RoomEvent.OccupantJoined);
        }
    }
}
