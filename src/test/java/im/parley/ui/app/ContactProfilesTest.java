package im.parley.ui.app;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.jid.Jid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.scene.image.Image;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Contacts' profiles and pictures: seeded from the archive, decoded once per hash when asked for, small, and gone when cleared. */
@ExtendWith(ApplicationExtension.class)
class ContactProfilesTest {
    private static final Jid CAROL = Jid.of("carol@example.org");
    private static final Jid DAVE = Jid.of("dave@example.org");
    private static final Executor NOW = Runnable::run;
    private final List<String> asked = new ArrayList<>();
    private final ContactProfiles profiles = new ContactProfiles(NOW, NOW, this::image);

    private Optional<byte[]> image(String hash) {
        asked.add(hash);
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new BufferedImage(192, 144, BufferedImage.TYPE_INT_RGB), "png", png);
            return Optional.of(png.toByteArray());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aPictureIsDecodedSmallOncePerHashAndClearedWithTheAvatar() {
        String hash = "0123456789012345678901234567890123456789";
        ProfileItem avatar = new ProfileItem.Avatar(hash);
        profiles.changed(CAROL.withResource("phone"), Profile.empty(CAROL).with(avatar), avatar);
        profiles.changed(DAVE, Profile.empty(DAVE).with(avatar), avatar);
        Image carols = profiles.picture(CAROL).get();
        assertThat(carols).isNotNull();
        assertThat(carols.getWidth()).isLessThanOrEqualTo(144);
        assertThat(profiles.picture(DAVE).get()).as("the same picture, decoded once").isSameAs(carols);
        assertThat(asked).containsExactly(hash);

        ProfileItem gone = new ProfileItem.Avatar(null);
        profiles.changed(CAROL, Profile.empty(CAROL), gone);
        assertThat(profiles.picture(CAROL).get()).isNull();
    }

    @Test
    void aProfileChangeIsShown() {
        ProfileItem mood = new ProfileItem.Mood(new UserMood(Mood.HAPPY, null));
        var property = profiles.profile(CAROL);
        profiles.changed(CAROL, Profile.empty(CAROL).with(mood), mood);
        assertThat(property.get().item(ProfileItem.Mood.class)).contains((ProfileItem.Mood) mood);
        assertThat(asked).as("no picture asked for a mood").isEmpty();
    }

    @Test
    void keptProfilesShowAtOnceAndOnlyThePicturesAskedForAreRead() {
        String carolsHash = "1".repeat(40);
        ProfileItem mood = new ProfileItem.Mood(new UserMood(Mood.CALM, "kept"));
        var carolsProfile = profiles.profile(CAROL);
        profiles.seed(List.of(Profile.empty(CAROL).with(mood).with(new ProfileItem.Avatar(carolsHash)),
                Profile.empty(DAVE).with(new ProfileItem.Avatar("2".repeat(40)))));
        assertThat(carolsProfile.get().item(ProfileItem.Mood.class)).contains((ProfileItem.Mood) mood);
        assertThat(asked).as("no picture read before a view asks for one").isEmpty();

        assertThat(profiles.picture(CAROL).get()).isNotNull();
        assertThat(asked).containsExactly(carolsHash);
    }

    @Test
    void aPictureAskedForBeforeTheKeptProfilesArriveIsShownWhenTheyDo() {
        var picture = profiles.picture(DAVE);
        assertThat(picture.get()).isNull();
        profiles.seed(List.of(Profile.empty(DAVE).with(new ProfileItem.Avatar("3".repeat(40)))));
        assertThat(picture.get()).isNotNull();
    }

    @Test
    void newsThatCameBeforeTheKeptProfilesIsNotOverwrittenByThem() {
        ProfileItem now = new ProfileItem.Mood(new UserMood(Mood.HAPPY, "live"));
        profiles.changed(CAROL, Profile.empty(CAROL).with(now), now);
        profiles.seed(List.of(Profile.empty(CAROL).with(new ProfileItem.Mood(new UserMood(Mood.SAD, "kept")))));
        assertThat(profiles.profile(CAROL).get().item(ProfileItem.Mood.class)).contains((ProfileItem.Mood) now);
    }
}
