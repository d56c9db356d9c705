package im.parley.ui.app;

import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.jid.Jid;
import java.io.ByteArrayInputStream;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.image.Image;

/**
 * Contacts' profiles (the user's own too) and their pictures, as the lists, headers and dialogs
 * show them: first as the archive kept them, then as news comes. A picture is read and decoded
 * only once a view asks for that person's picture, off the UI thread, small (what a list needs,
 * not the 192 px sent), and kept by its hash for the few hundred people a list shows, so a contact
 * seen in three places is decoded once and a thousand kept avatars are not all decoded at start.
 * The properties live on the UI thread.
 */
public final class ContactProfiles {
    private static final Logger LOG = Logger.getLogger(ContactProfiles.class.getName());
    /** Decoded side in pixels: the largest avatar shown (72) on a screen scaled twice, roughly. */
    private static final int SIDE = 144;
    private static final int KEPT = 256;

    private final Executor io;
    private final Executor ui;
    private final Function<String, Optional<byte[]>> images;
    private final Map<Jid, ReadOnlyObjectWrapper<Profile>> profiles = new HashMap<>();
    private final Map<Jid, ReadOnlyObjectWrapper<Image>> pictures = new HashMap<>();
    /** The hash each person's picture property is for, so a slow decode never overwrites a newer one. */
    private final Map<Jid, String> shownHash = new HashMap<>();
    /** People news came of: what the archive kept of them is older. */
    private final Set<Jid> told = new HashSet<>();
    private final Map<String, Image> decoded = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > KEPT;
        }
    });

    /** {@code images}: a kept avatar's bytes by hash, read off the UI thread. */
    public ContactProfiles(Executor io, Executor ui, Function<String, Optional<byte[]>> images) {
        this.io = io;
        this.ui = ui;
        this.images = images;
    }

    /** What {@code jid} publishes, as known so far (UI thread). */
    public ReadOnlyObjectProperty<Profile> profile(Jid jid) {
        return profileOf(jid.bare()).getReadOnlyProperty();
    }

    private ReadOnlyObjectWrapper<Profile> profileOf(Jid bare) {
        return profiles.computeIfAbsent(bare, j -> new ReadOnlyObjectWrapper<>(Profile.empty(j)));
    }

    /** {@code jid}'s picture, null while none is known (UI thread); asking is what has it decoded. */
    public ReadOnlyObjectProperty<Image> picture(Jid jid) {
        Jid bare = jid.bare();
        ReadOnlyObjectWrapper<Image> picture = pictures.get(bare);
        if (picture == null) {
            picture = new ReadOnlyObjectWrapper<>();
            pictures.put(bare, picture);
            profileOf(bare).get().item(ProfileItem.Avatar.class).ifPresent(a -> show(bare, a.hash()));
        }
        return picture.getReadOnlyProperty();
    }

    /** The profiles the archive kept, shown unless news of that person came first. Called off the UI thread. */
    public void seed(List<Profile> kept) {
        ui.execute(() -> {
            for (Profile p : kept) {
                Jid bare = p.jid().bare();
                if (told.contains(bare)) {
                    continue;
                }
                profileOf(bare).set(p);
                if (pictures.containsKey(bare)) {
                    show(bare, p.item(ProfileItem.Avatar.class).map(ProfileItem.Avatar::hash).orElse(null));
                }
            }
        });
    }

    /** {@code now} is {@code jid}'s profile after {@code item} changed. Called on the account's thread. */
    public void changed(Jid jid, Profile now, ProfileItem item) {
        Jid bare = jid.bare();
        ui.execute(() -> {
            told.add(bare);
            profileOf(bare).set(now);
            if (item instanceof ProfileItem.Avatar a && pictures.containsKey(bare)) {
                show(bare, a.hash());
            }
        });
    }

    private void show(Jid bare, String hash) {
        shownHash.put(bare, hash);
        if (hash == null) {
            pictures.get(bare).set(null);
            return;
        }
        Image known = decoded.get(hash);
        if (known != null) {
            pictures.get(bare).set(known);
            return;
        }
        io.execute(() -> {
            Image image = read(hash);
            if (image != null) {
                decoded.put(hash, image);
            }
            ui.execute(() -> {
                if (hash.equals(shownHash.get(bare))) {
                    pictures.get(bare).set(image);
                }
            });
        });
    }

    private Image read(String hash) {
        try {
            return images.apply(hash).map(ContactProfiles::decode).orElse(null);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not read the kept avatar " + hash, e);
            return null;
        }
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
