package im.parley.ui.profile;

import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.client.profile.ProfileItem.Kind;
import im.parley.ui.app.Problems;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.jid.Jid;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.image.Image;

/**
 * The profile editor's state: the user's items as fields, who may see each, the avatar picked and
 * the square of it chosen, and a preview of what contacts see. Save publishes only what changed,
 * one item after the other, off the UI thread; a failure names the item in a sentence.
 */
public final class ProfileEditorViewModel {
    /** The audiences the editor offers, most private last. */
    public static final List<AccessModel> AUDIENCES = List.of(AccessModel.PRESENCE, AccessModel.OPEN,
            AccessModel.WHITELIST);
    /** The avatar is shown at most this large while cropping: a big photo is not held whole twice. */
    private static final int SHOWN_SIDE = 512;

    private final OwnProfile own;
    private final Jid jid;
    private final Executor io;
    private final Executor ui;
    private final StringProperty nick = new SimpleStringProperty("");
    private final ObjectProperty<Mood> mood = new SimpleObjectProperty<>();
    private final StringProperty moodText = new SimpleStringProperty("");
    private final ObjectProperty<GeneralActivity> general = new SimpleObjectProperty<>();
    private final ObjectProperty<SpecificActivity> specific = new SimpleObjectProperty<>();
    private final StringProperty activityText = new SimpleStringProperty("");
    private final StringProperty artist = new SimpleStringProperty("");
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty source = new SimpleStringProperty("");
    private final StringProperty track = new SimpleStringProperty("");
    private final StringProperty latitude = new SimpleStringProperty("");
    private final StringProperty longitude = new SimpleStringProperty("");
    private final StringProperty place = new SimpleStringProperty("");
    private final Map<Kind, ObjectProperty<AccessModel>> access = new EnumMap<>(Kind.class);
    private final ReadOnlyObjectWrapper<Image> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ObjectProperty<SquareCrop> crop = new SimpleObjectProperty<>(SquareCrop.CENTRED);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyObjectWrapper<Profile> preview = new ReadOnlyObjectWrapper<>(this, "preview");
    /** What the user publishes as last read or saved, and for whom. */
    private final Map<Kind, ProfileItem> published = new EnumMap<>(Kind.class);
    private final Map<Kind, AccessModel> publishedAccess = new EnumMap<>(Kind.class);
    /** A newly picked picture, not yet published; null while the avatar is the published one. */
    private BufferedImage picked;
    private String avatarHash;

    public ProfileEditorViewModel(OwnProfile own, Jid jid, Executor io, Executor ui) {
        this.own = own;
        this.jid = jid.bare();
        this.io = io;
        this.ui = ui;
        for (Kind k : Kind.values()) {
            access.put(k, new SimpleObjectProperty<>(AccessModel.PRESENCE));
            publishedAccess.put(k, AccessModel.PRESENCE);
        }
        List<Observable> fields = new ArrayList<>(List.of(nick, mood, moodText, general, specific, activityText,
                artist, title, source, track, latitude, longitude, place));
        fields.addAll(access.values());
        fields.forEach(f -> f.addListener(o -> preview.set(previewNow())));
        preview.set(previewNow());
    }

    /** Reads what the user publishes now into the fields. */
    public void load() {
        busy.set(true);
        status.set("Reading your profile…");
        own.load().whenComplete((profile, failure) -> ui.execute(() -> {
            busy.set(false);
            if (failure != null) {
                status.set("");
                error.set("Your profile could not be read: " + Problems.sentence(failure));
                return;
            }
            status.set("");
            show(profile);
        }));
    }

    private void show(Profile p) {
        published.clear();
        published.putAll(p.items());
        p.item(ProfileItem.Nick.class).ifPresent(n -> nick.set(orEmpty(n.value().value())));
        p.item(ProfileItem.Mood.class).ifPresent(m -> {
            mood.set(m.value().mood());
            moodText.set(orEmpty(m.value().text()));
        });
        p.item(ProfileItem.Activity.class).ifPresent(a -> {
            general.set(a.value().general());
            specific.set(a.value().specific());
            activityText.set(orEmpty(a.value().text()));
        });
        p.item(ProfileItem.Tune.class).ifPresent(t -> {
            artist.set(orEmpty(t.value().artist()));
            title.set(orEmpty(t.value().title()));
            source.set(orEmpty(t.value().source()));
            track.set(orEmpty(t.value().track()));
        });
        p.item(ProfileItem.Location.class).ifPresent(l -> {
            latitude.set(l.value().lat().map(BigDecimal::toPlainString).orElse(""));
            longitude.set(l.value().lon().map(BigDecimal::toPlainString).orElse(""));
            place.set(l.value().field("text").orElse(""));
        });
        avatarHash = p.item(ProfileItem.Avatar.class).map(ProfileItem.Avatar::hash).orElse(null);
        if (avatarHash != null) {
            String hash = avatarHash;
            io.execute(() -> {
                Image shown = own.avatar(hash).map(png -> new Image(new ByteArrayInputStream(png))).orElse(null);
                ui.execute(() -> {
                    if (picked == null && hash.equals(avatarHash)) {
                        picture.set(shown);
                        crop.set(SquareCrop.CENTRED);
                    }
                });
            });
        }
    }

    /** Reads {@code file} off the UI thread as the new avatar, the centred square chosen. */
    public void choosePicture(Path file) {
        error.set("");
        status.set("Reading the picture…");
        CompletableFuture.supplyAsync(() -> {
            try {
                byte[] bytes = Files.size(file) > AvatarImage.MAX_FILE_BYTES ? new byte[AvatarImage.MAX_FILE_BYTES + 1]
                        : Files.readAllBytes(file);
                BufferedImage read = AvatarCrop.read(bytes);
                Image shown = new Image(new ByteArrayInputStream(bytes), SHOWN_SIDE, SHOWN_SIDE, true, true);
                return Map.entry(read, shown);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, io).whenComplete((read, failure) -> ui.execute(() -> {
            status.set("");
            if (failure != null) {
                Throwable root = Problems.root(failure);
                error.set(root instanceof UncheckedIOException u ? u.getCause().getMessage() : Problems.sentence(root));
                return;
            }
            picked = read.getKey();
            picture.set(read.getValue());
            crop.set(SquareCrop.CENTRED);
        }));
    }

    /** Empties the fields of {@code kind}: Save then tells contacts it is gone. */
    public void clear(Kind kind) {
        switch (kind) {
            case NICK -> nick.set("");
            case MOOD -> {
                mood.set(null);
                moodText.set("");
            }
            case ACTIVITY -> {
                general.set(null);
                specific.set(null);
                activityText.set("");
            }
            case TUNE -> List.of(artist, title, source, track).forEach(f -> f.set(""));
            case LOCATION -> List.of(latitude, longitude, place).forEach(f -> f.set(""));
            case AVATAR -> {
                picked = null;
                picture.set(null);
                crop.set(SquareCrop.CENTRED);
            }
        }
    }

    /** Publishes each item that changed (or whose audience did), in the editor's order. */
    public CompletableFuture<Void> save() {
        error.set("");
        Map<Kind, ProfileItem> changed = new LinkedHashMap<>();
        try {
            for (Kind k : Kind.values()) {
                if (k == Kind.AVATAR) {
                    continue;
                }
                ProfileItem now = item(k);
                ProfileItem was = published.getOrDefault(k, ProfileItem.cleared(k));
                if (!now.equals(was) || !now.isCleared() && access.get(k).get() != publishedAccess.get(k)) {
                    changed.put(k, now);
                }
            }
        } catch (IllegalArgumentException e) {
            error.set(e.getMessage());
            return CompletableFuture.failedFuture(e);
        }
        BufferedImage newPicture = picked;
        SquareCrop square = crop.get();
        boolean avatarGone = picture.get() == null && avatarHash != null;
        if (changed.isEmpty() && newPicture == null && !avatarGone) {
            status.set("Nothing changed.");
            return CompletableFuture.completedFuture(null);
        }
        busy.set(true);
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (Map.Entry<Kind, ProfileItem> c : changed.entrySet()) {
            AccessModel to = access.get(c.getKey()).get();
            chain = chain.thenCompose(done -> step("your " + c.getKey().label(),
                    () -> own.publish(c.getValue(), to).thenRun(() -> ui.execute(() -> {
                        published.put(c.getKey(), c.getValue());
                        publishedAccess.put(c.getKey(), to);
                    }))));
        }
        AccessModel avatarAccess = access.get(Kind.AVATAR).get();
        if (newPicture != null) {
            chain = chain.thenCompose(done -> step("your picture", () -> CompletableFuture
                    .supplyAsync(() -> render(newPicture, square), io)
                    .thenCompose(png -> own.setAvatar(png, avatarAccess))
                    .thenAccept(hash -> ui.execute(() -> {
                        avatarHash = hash;
                        if (picked == newPicture) {
                            picked = null;
                        }
                    }))));
        } else if (avatarGone) {
            chain = chain.thenCompose(done -> step("your picture", () -> own.publish(ProfileItem.cleared(Kind.AVATAR),
                    avatarAccess).thenRun(() -> ui.execute(() -> avatarHash = null))));
        }
        return chain.whenComplete((done, failure) -> ui.execute(() -> {
            busy.set(false);
            status.set(failure == null ? "Saved." : "");
        }));
    }

    /** One publication, told in the status line; its failure says what could not be saved. */
    private CompletableFuture<Void> step(String what, Supplier<CompletableFuture<Void>> publish) {
        ui.execute(() -> status.set("Saving " + what + "…"));
        return publish.get().whenComplete((done, failure) -> {
            if (failure != null) {
                ui.execute(() -> error.set("Could not save " + what + ". " + Problems.sentence(failure)));
            }
        });
    }

    private static AvatarImage render(BufferedImage image, SquareCrop square) {
        try {
            return AvatarCrop.render(image, square);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The item the fields of {@code kind} say; a cleared one when they are empty. */
    ProfileItem item(Kind kind) {
        return switch (kind) {
            case NICK -> new ProfileItem.Nick(new UserNick(blankToNull(nick.get())));
            case MOOD -> new ProfileItem.Mood(mood.get() == null ? UserMood.cleared()
                    : new UserMood(mood.get(), blankToNull(moodText.get())));
            case ACTIVITY -> new ProfileItem.Activity(general.get() == null ? UserActivity.cleared()
                    : new UserActivity(general.get(), specific.get(), blankToNull(activityText.get())));
            case TUNE -> new ProfileItem.Tune(new UserTune(blankToNull(artist.get()), null, null,
                    blankToNull(source.get()), blankToNull(title.get()), blankToNull(track.get()), null));
            case LOCATION -> new ProfileItem.Location(location());
            case AVATAR -> new ProfileItem.Avatar(avatarHash);
        };
    }

    private UserLocation location() {
        String lat = blankToNull(latitude.get());
        String lon = blankToNull(longitude.get());
        String text = blankToNull(place.get());
        if (lat == null && lon == null && text == null) {
            return UserLocation.stopped();
        }
        Map<String, String> fields = new LinkedHashMap<>();
        if (lat != null || lon != null) {
            fields.put("lat", degrees(lat, 90, "latitude"));
            fields.put("lon", degrees(lon, 180, "longitude"));
        }
        if (text != null) {
            fields.put("text", text);
        }
        return new UserLocation(fields, null);
    }

    private static String degrees(String value, int bound, String name) {
        String hint = "The " + name + " must be a number of degrees from -" + bound + " to " + bound
                + ", such as 45.44.";
        if (value == null) {
            throw new IllegalArgumentException(hint);
        }
        try {
            BigDecimal d = new BigDecimal(value.replace(',', '.'));
            if (d.abs().compareTo(BigDecimal.valueOf(bound)) > 0) {
                throw new IllegalArgumentException(hint);
            }
            return d.toPlainString();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(hint, e);
        }
    }

    /** What contacts see: each filled item that is not kept to the user alone. */
    private Profile previewNow() {
        Profile p = Profile.empty(jid);
        for (Kind k : Kind.values()) {
            if (k == Kind.AVATAR || access.get(k).get() == AccessModel.WHITELIST) {
                continue;
            }
            try {
                p = p.with(item(k));
            } catch (IllegalArgumentException half) {
                // A half-typed location: not shown until it is a position.
            }
        }
        return p;
    }

    /** "My contacts", "Anyone" or "Only me". */
    public static String audience(AccessModel model) {
        return switch (model) {
            case OPEN -> "Anyone";
            case WHITELIST -> "Only me";
            case PRESENCE -> "My contacts";
            default -> model.wireName().substring(0, 1).toUpperCase(Locale.ROOT) + model.wireName().substring(1);
        };
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String orEmpty(String s) {
        return Objects.requireNonNullElse(s, "");
    }

    public Jid jid() {
        return jid;
    }

    public StringProperty nickProperty() {
        return nick;
    }

    public ObjectProperty<Mood> moodProperty() {
        return mood;
    }

    public StringProperty moodTextProperty() {
        return moodText;
    }

    public ObjectProperty<GeneralActivity> generalActivityProperty() {
        return general;
    }

    public ObjectProperty<SpecificActivity> specificActivityProperty() {
        return specific;
    }

    public StringProperty activityTextProperty() {
        return activityText;
    }

    public StringProperty artistProperty() {
        return artist;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public StringProperty sourceProperty() {
        return source;
    }

    public StringProperty trackProperty() {
        return track;
    }

    public StringProperty latitudeProperty() {
        return latitude;
    }

    public StringProperty longitudeProperty() {
        return longitude;
    }

    public StringProperty placeProperty() {
        return place;
    }

    /** Who may see {@code kind}. */
    public ObjectProperty<AccessModel> accessProperty(Kind kind) {
        return access.get(kind);
    }

    /** The avatar as shown while editing: the picture picked, or the one published; null for none. */
    public ReadOnlyObjectProperty<Image> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The square of the picture that becomes the avatar. */
    public ObjectProperty<SquareCrop> cropProperty() {
        return crop;
    }

    /** Whether a new picture waits to be saved: only it can be cropped. */
    public boolean croppable() {
        return picked != null;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Profile> previewProperty() {
        return preview.getReadOnlyProperty();
    }
}
