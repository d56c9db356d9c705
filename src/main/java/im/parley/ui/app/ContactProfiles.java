package im.parley.ui.app;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.jid.Jid;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * Contacts' profiles (the user's own too) and their pictures, as the lists, headers and dialogs
 * show them. A picture is decoded off the UI thread, small (what a list needs, not the 192 px
 * sent), and kept by its hash for the few hundred people a list shows, so a contact seen in
 * three places is decoded once. The properties live on the UI thread.
 */
public final class ContactProfiles {
    private static final Logger LOG = Logger.getLogger(ContactProfiles.class.getName());
    /** Decoded side in pixels: the largest avatar shown (72) on a screen scaled twice, roughly. */
    private static final int SIDE = 144;
    private static final int KEPT = 256;

    private final Executor io;
    private final Executor ui;
    private final Map<Jid, ReadOnlyObjectWrapper<Profile>> profiles = new HashMap<>();
    private final Map<Jid, ReadOnlyObjectWrapper<Image>> pictures = new HashMap<>();
    /** The hash each person's picture property is for, so a slow decode never overwrites a newer one. */
    private final Map<Jid, String> shownHash = new HashMap<>();
    private final Map<String, Image> decoded = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    });

    public ContactProfiles(Executor io, Executor ui) {
        this.io = io;
        this.ui = ui;
    }

    /** What {@code jid} publishes, as known so far (UI thread). */
    public ReadOnlyObjectProperty<Profile> profile(Jid jid) {
        Jid bare = jid.bare();
        return profiles.computeIfAbsent(bare, j -> new ReadOnlyObjectWrapper<>(Profile.empty(j))).getReadOnlyProperty();
    }

    /** {@code jid}'s picture, null while none is known (UI thread). */
    public ReadOnlyObjectProperty<Image> picture(Jid jid) {
        return pictureOf(jid.bare()).getReadOnlyProperty();
    }

    private ReadOnlyObjectWrapper<Image> pictureOf(Jid bare) {
        return pictures.computeIfAbsent(bare, j -> new ReadOnlyObjectWrapper<>());
    }

    /**
     * {@code now} is {@code jid}'s profile after {@code item} changed; {@code images} gives a
     * cached avatar by hash. Called on the account's thread.
     */
    public void changed(Jid jid, Profile now, ProfileItem item, Function<String, Optional<byte[]>> images) {
        Jid bare = jid.bare();
        ui.execute(() -> {
            profiles.computeIfAbsent(bare, j -> new ReadOnlyObjectWrapper<>(now)).set(now);
            if (item instanceof ProfileItem.Avatar a) {
                show(bare, a.hash(), images);
            }
        });
    }

    private void show(Jid bare, String hash, Function<String, Optional<byte[]>> images) {
        shownHash.put(bare, hash);
        if (hash == null) {
            pictureOf(bare).set(null);
            return;
        }
        Image known = decoded.get(hash);
        if (known != null) {
            pictureOf(bare).set(known);
            return;
        }
        io.execute(() -> {
            Image image = images.apply(hash).map(ContactProfiles::decode).orElse(null);
            if (image != null) {
                decoded.put(hash, image);
            }
            ui.execute(() -> {
                if (hash.equals(shownHash.get(bare))) {
                    pictureOf(bare).set(image);
                }
            });
        });
    }

    private static Image decode(byte[] png) {
        Image image = new Image(new ByteArrayInputStream(png), SIDE, SIDE, true, true);
        if (image.isError()) {
            LOG.log(Level.INFO, "an avatar could not be decoded", image.getException());
            return null;
        }
        return image;
    }
}
