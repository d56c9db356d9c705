package im.parley.ui.profile;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.client.profile.ProfileItem.Kind;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.jid.Jid;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;

/** The editor's state on a recording profile, everything on the test's thread. */
@ExtendWith(ApplicationExtension.class)
class ProfileEditorViewModelTest {
    private static final Jid ME = Jid.of("me@example.org");
    private static final Executor NOW = Runnable::run;
    private final RecordingProfile own = new RecordingProfile();
    private final ProfileEditorViewModel model = new ProfileEditorViewModel(own, ME, NOW, NOW);

    @TempDir
    Path folder;

    /** Published items, and for whom, in order. */
    private static final class RecordingProfile implements OwnProfile {
        Profile current = Profile.empty(ME);
        final List<Map.Entry<ProfileItem, AccessModel>> published = new ArrayList<>();
        final List<AvatarImage> avatars = new ArrayList<>();
        RuntimeException refusal;

        @Override
        public CompletableFuture<Profile> load() {
            return CompletableFuture.completedFuture(current);
        }

        @Override
        public CompletableFuture<Void> publish(ProfileItem item, AccessModel access) {
            if (refusal != null) {
                return CompletableFuture.failedFuture(refusal);
            }
            published.add(Map.entry(item, access));
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public CompletableFuture<String> setAvatar(AvatarImage image, AccessModel access) {
            avatars.add(image);
            return CompletableFuture.completedFuture("0123456789012345678901234567890123456789");
        }

        @Override
        public Optional<byte[]> avatar(String sha1) {
            return Optional.empty();
        }
    }

    @Test
    void loadingFillsTheFieldsAndSavingUntouchedPublishesNothing() {
        own.current = Profile.empty(ME).with(new ProfileItem.Mood(new UserMood(Mood.IN_AWE, "of PEP")))
                .with(new ProfileItem.Location(UserLocation.at(45.44, 12.33)));
        model.load();
        assertThat(model.moodProperty().get()).isEqualTo(Mood.IN_AWE);
        assertThat(model.moodTextProperty().get()).isEqualTo("of PEP");
        assertThat(model.latitudeProperty().get()).isEqualTo("45.44");
        model.save().join();
        assertThat(own.published).isEmpty();
        assertThat(model.statusProperty().get()).isEqualTo("Nothing changed.");
    }

    @Test
    void savePublishesOnlyWhatChangedWithItsAudience() {
        model.load();
        model.moodProperty().set(Mood.HAPPY);
        model.moodTextProperty().set("  sunny  ");
        model.generalActivityProperty().set(GeneralActivity.RELAXING);
        model.specificActivityProperty().set(SpecificActivity.READING);
        model.accessProperty(Kind.ACTIVITY).set(AccessModel.OPEN);
        model.artistProperty().set("Yes");
        model.titleProperty().set("Roundabout");
        model.save().join();
        assertThat(own.published).containsExactly(
                Map.entry(new ProfileItem.Mood(new UserMood(Mood.HAPPY, "sunny")), AccessModel.PRESENCE),
                Map.entry(new ProfileItem.Activity(new UserActivity(GeneralActivity.RELAXING, SpecificActivity.READING,
                        null)), AccessModel.OPEN),
                Map.entry(new ProfileItem.Tune(UserTune.of("Yes", "Roundabout")), AccessModel.PRESENCE));
        assertThat(model.statusProperty().get()).isEqualTo("Saved.");
        assertThat(model.busyProperty().get()).isFalse();

        own.published.clear();
        model.accessProperty(Kind.MOOD).set(AccessModel.WHITELIST);
        model.save().join();
        assertThat(own.published).as("a new audience alone publishes again")
                .containsExactly(Map.entry(new ProfileItem.Mood(new UserMood(Mood.HAPPY, "sunny")),
                        AccessModel.WHITELIST));
    }

    @Test
    void clearPublishesTheEmptyItem() {
        own.current = Profile.empty(ME).with(new ProfileItem.Tune(UserTune.of("Yes", "Roundabout")));
        model.load();
        model.clear(Kind.TUNE);
        assertThat(model.artistProperty().get()).isEmpty();
        model.save().join();
        assertThat(own.published).containsExactly(Map.entry(ProfileItem.cleared(Kind.TUNE), AccessModel.PRESENCE));
    }

    @Test
    void aBadLatitudeIsASentenceAndNothingIsSent() {
        model.latitudeProperty().set("north");
        model.longitudeProperty().set("12");
        assertThat(model.save()).isCompletedExceptionally();
        assertThat(model.errorProperty().get()).isEqualTo(
                "The latitude must be a number of degrees from -90 to 90, such as 45.44.");
        assertThat(own.published).isEmpty();
    }

    @Test
    void aRefusalNamesTheItemThatWasNotSaved() {
        own.refusal = new IllegalStateException("You are not connected; try again once you are online.");
        model.nickProperty().set("Ally");
        model.save();
        assertThat(model.errorProperty().get())
                .isEqualTo("Could not save your nick. You are not connected; try again once you are online.");
        assertThat(model.busyProperty().get()).isFalse();
    }

    @Test
    void thePreviewLeavesOutWhatOnlyTheUserSees() {
        model.moodProperty().set(Mood.CALM);
        model.placeProperty().set("Venice");
        assertThat(ProfileText.lines(model.previewProperty().get()))
                .containsExactly(Map.entry("Mood", "🙂 Calm"), Map.entry("Location", "Venice"));
        model.accessProperty(Kind.MOOD).set(AccessModel.WHITELIST);
        assertThat(ProfileText.lines(model.previewProperty().get())).containsExactly(Map.entry("Location", "Venice"));
    }

    @Test
    void aPickedPictureIsCroppedToASquareOfAtMost192Pixels() throws Exception {
        BufferedImage wide = new BufferedImage(800, 400, BufferedImage.TYPE_INT_RGB);
        var g = wide.createGraphics();
        g.setColor(Color.RED);
        g.fillRect(0, 0, 400, 400);
        g.setColor(Color.BLUE);
        g.fillRect(400, 0, 400, 400);
        g.dispose();
        Path file = folder.resolve("wide.png");
        ImageIO.write(wide, "png", file.toFile());
        model.choosePicture(file);
        assertThat(model.pictureProperty().get()).isNotNull();
        assertThat(model.croppable()).isTrue();
        // Dragged right by half the view: the square moves onto the red left half.
        model.cropProperty().set(model.cropProperty().get().dragged(72, 0, 144, 800, 400));
        model.save().join();
        assertThat(own.avatars).hasSize(1);
        BufferedImage sent = ImageIO.read(new ByteArrayInputStream(own.avatars.get(0).png()));
        assertThat(sent.getWidth()).isEqualTo(192);
        assertThat(sent.getHeight()).isEqualTo(192);
        assertThat(new Color(sent.getRGB(96, 96))).isEqualTo(Color.RED);
        assertThat(model.croppable()).as("saved").isFalse();
    }

    @Test
    void aFileThatIsNoPictureIsASentence() throws Exception {
        Path file = Files.writeString(folder.resolve("notes.png"), "not a picture");
        model.choosePicture(file);
        assertThat(model.errorProperty().get())
                .isEqualTo("That file is not a picture Parley can read (PNG, JPEG, GIF or BMP).");
        assertThat(model.pictureProperty().get()).isNull();
    }
}
