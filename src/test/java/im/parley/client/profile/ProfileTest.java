package im.parley.client.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.jid.Jid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A profile's items, the avatar folder and the user's picture made an avatar. */
class ProfileTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");

    @Test
    void theLatestItemOfEachKindCountsAndClearingRemovesIt() {
        ProfileItem annoyed = new ProfileItem.Mood(new UserMood(Mood.ANNOYED, "curse my nurse!"));
        ProfileItem happy = new ProfileItem.Mood(new UserMood(Mood.HAPPY, null));
        Profile p = Profile.empty(JULIET).with(annoyed).with(new ProfileItem.Avatar("a".repeat(40))).with(happy);
        assertThat(p.items()).hasSize(2);
        assertThat(p.item(ProfileItem.Mood.class)).contains((ProfileItem.Mood) happy);
        Profile cleared = p.with(ProfileItem.cleared(ProfileItem.Kind.MOOD));
        assertThat(cleared.item(ProfileItem.Mood.class)).isEmpty();
        assertThat(cleared.items()).containsOnlyKeys(ProfileItem.Kind.AVATAR);
    }

    @Test
    void everyKindHasItsClearedItem() {
        for (ProfileItem.Kind kind : ProfileItem.Kind.values()) {
            ProfileItem cleared = ProfileItem.cleared(kind);
            assertThat(cleared.kind()).isEqualTo(kind);
            assertThat(cleared.isCleared()).isTrue();
            assertThat(ProfileItem.Kind.of(kind.label())).contains(kind);
        }
    }

    @Test
    void avatarsAreKeptByHashAndNoOtherNameReachesTheDisk(@TempDir Path dir) {
        AvatarDirectory cache = new AvatarDirectory(dir.resolve("avatars"));
        byte[] image = {1, 2, 3};
        String hash = Avatars.sha1(image);
        assertThat(cache.contains(hash)).isFalse();
        cache.put(hash, image);
        assertThat(cache.get(hash)).hasValueSatisfying(b -> assertThat(b).containsExactly(1, 2, 3));
        assertThat(dir.resolve("avatars").resolve(hash + ".png")).exists();
        assertThatThrownBy(() -> cache.put("../../etc/passwd", image)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aPictureIsScaledToFit192PixelsAsPng() throws Exception {
        BufferedImage tall = new BufferedImage(300, 600, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        ImageIO.write(tall, "jpeg", jpeg);
        AvatarImage avatar = AvatarImage.from(jpeg.toByteArray());
        assertThat(avatar.width()).isEqualTo(96);
        assertThat(avatar.height()).isEqualTo(192);
        byte[] png = avatar.png();
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(ImageIO.read(new ByteArrayInputStream(png)).getHeight()).isEqualTo(192);
        assertThatThrownBy(() -> AvatarImage.from(new byte[]{1, 2, 3})).hasMessageContaining("not a picture");
    }
}
