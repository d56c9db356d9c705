package im.parley.client.profile;

import im.parley.xmpp.ext.avatar.AvatarManager;
import im.parley.xmpp.ext.avatar.AvatarMetadata;
import im.parley.xmpp.ext.avatar.AvatarMetadataCodec;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.pep.PepEvent;
import im.parley.xmpp.ext.pep.PepManager;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.PubSubException;
import im.parley.xmpp.ext.vcardavatar.VCardAvatarManager;
import im.parley.xmpp.ext.vcardavatar.VCardUpdate;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The user's profile, published and cleared item by item, and their contacts', as it comes. Each
 * item goes to its own PEP node with the access model chosen (contacts with a presence
 * subscription by default); the avatar goes to XEP-0084's nodes and to the vCard (XEP-0153), so
 * older clients see it too. Contacts' avatars are fetched when announced, unless the account
 * keeps them already, checked and kept before anyone is told. What the account kept of everyone's
 * profile is known from the start. Listening starts with the first listener: only then does the
 * session announce the {@code +notify} interests.
 */
public final class ProfileService {
    private static final Logger LOG = Logger.getLogger(ProfileService.class.getName());
    private final PepManager pep;
    private final AvatarManager avatars;
    private final VCardAvatarManager vCardAvatars;
    private final AvatarCache cache;
    private final AvatarLoader loader;
    private final Supplier<Jid> account;
    private final PersonalEvents events = new PersonalEvents();
    private final AvatarMetadataCodec metadataCodec = new AvatarMetadataCodec();
    private final Map<Jid, Profile> profiles = new ConcurrentHashMap<>();
    private final List<Consumer<ProfileChange>> listeners = new CopyOnWriteArrayList<>();
    private Registration listening;

    /**
     * {@code kept}: the avatars and profiles the account keeps beyond the session; {@code account}:
     * the session's bound JID, null before it is bound.
     */
    public ProfileService(PepManager pep, AvatarManager avatars, VCardAvatarManager vCardAvatars, KeptProfiles kept,
                          Supplier<Jid> account) {
        this.pep = pep;
        this.avatars = avatars;
        this.vCardAvatars = vCardAvatars;
        this.cache = kept.avatars();
        this.loader = new AvatarLoader(cache);
        this.account = account;
        for (Profile p : kept.all()) {
            profiles.put(p.jid(), p);
        }
    }

    /** Publishes {@code item} (a cleared one clears it) for those {@code access} lets see it. */
    public CompletableFuture<Void> publish(ProfileItem item, AccessModel access) {
        if (item instanceof ProfileItem.Avatar a) {
            if (!a.isCleared()) {
                throw new IllegalArgumentException("an avatar is set with setAvatar(image)");
            }
            return avatars.disable(access).thenCompose(done -> vCardAvatars.publish(null))
                    .thenRun(() -> told(own(), item));
        }
        String node = PersonalEvents.node(item.kind());
        return pep.publish(node, Item.of("current", events.encode(item)), access).thenRun(() -> told(own(), item));
    }

    /** Clears one kind of item. */
    public CompletableFuture<Void> clear(ProfileItem.Kind kind, AccessModel access) {
        return publish(ProfileItem.cleared(kind), access);
    }

    /**
     * Makes the picture {@code image} the user's avatar: scaled to fit 192 px as PNG, published
     * over PEP and set in the vCard. Answers its SHA-1.
     */
    public CompletableFuture<String> setAvatar(AvatarImage image, AccessModel access) {
        byte[] png = image.png();
        return avatars.publish(png, image.width(), image.height(), access)
                .thenCompose(id -> vCardAvatars.publish(png).thenApply(hash -> id))
                .thenApply(id -> {
                    cache.put(id, png);
                    told(own(), new ProfileItem.Avatar(id));
                    return id;
                });
    }

    /** The avatar with this SHA-1, if it is in the cache. */
    public Optional<byte[]> avatar(String sha1) {
        return cache.get(sha1);
    }

    /** What is known of {@code jid}'s profile (the user's own too), from what came so far. */
    public Profile profile(Jid jid) {
        return profiles.getOrDefault(jid.bare(), Profile.empty(jid.bare()));
    }

    /**
     * Asks {@code contact}'s PEP service for the latest item of each kind, and their avatar
     * (checked and cached) when their metadata names one. Kinds they have no node for, or do not
     * let the user see, are left out.
     */
    public CompletableFuture<Profile> fetch(Jid contact) {
        Jid bare = contact.bare();
        List<CompletableFuture<Optional<ProfileItem>>> parts = new ArrayList<>();
        for (String node : PersonalEvents.NODES) {
            parts.add(latest(bare, node).thenApply(p -> p.flatMap(payload -> events.decode(node, payload))));
        }
        parts.add(latest(bare, Avatars.METADATA_NODE).thenCompose(p -> p
                .flatMap(payload -> metadataCodec.decode(payload).valueIfAny())
                .map(m -> avatarOf(bare, m)).orElse(CompletableFuture.completedFuture(Optional.empty()))));
        return CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(done -> {
            Profile profile = Profile.empty(bare);
            for (CompletableFuture<Optional<ProfileItem>> part : parts) {
                Optional<ProfileItem> item = part.join();
                if (item.isPresent()) {
                    profile = profile.with(item.get());
                }
            }
            profiles.put(bare, profile);
            return profile;
        });
    }

    private CompletableFuture<Optional<XmlElement>> latest(Jid owner, String node) {
        return pep.latest(owner, node).handle((item, failure) -> {
            if (failure != null) {
                Throwable cause = failure instanceof CompletionException ? failure.getCause() : failure;
                if (cause instanceof PubSubException) {
                    // No such node, or not for the user's eyes: nothing to show.
                    return Optional.empty();
                }
                throw new CompletionException(cause);
            }
            return item.map(Item::payload);
        });
    }

    /** The avatar item {@code metadata} announces, once its image is checked and cached. */
    private CompletableFuture<Optional<ProfileItem>> avatarOf(Jid owner, AvatarMetadata metadata) {
        if (metadata.isDisabled()) {
            return CompletableFuture.completedFuture(Optional.of(new ProfileItem.Avatar(null)));
        }
        AvatarMetadata.Info info = metadata.inDataNode().orElse(null);
        if (info == null) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        return loader.load(info.id(), () -> avatars.fetch(owner, info))
                .thenApply(kept -> kept ? Optional.of(new ProfileItem.Avatar(info.id())) : Optional.empty());
    }

    /**
     * Hears every change of anyone's profile, the user's own included, until the handle is
     * closed; the first listener starts the +notify interests.
     */
    public synchronized Registration addListener(Consumer<ProfileChange> listener) {
        listeners.add(listener);
        if (listening == null) {
            List<String> nodes = new ArrayList<>(PersonalEvents.NODES);
            nodes.add(Avatars.METADATA_NODE);
            listening = Registration.all(pep.listen(nodes, this::onPep), vCardAvatars.addListener(this::onVCardUpdate));
        }
        return () -> removeListener(listener);
    }

    private synchronized void removeListener(Consumer<ProfileChange> listener) {
        listeners.remove(listener);
        if (listeners.isEmpty() && listening != null) {
            listening.close();
            listening = null;
        }
    }

    private void onPep(PepEvent event) {
        Optional<XmlElement> payload = event.latestPayload();
        if (payload.isEmpty()) {
            return;
        }
        if (event.node().equals(Avatars.METADATA_NODE)) {
            metadataCodec.decode(payload.get()).valueIfAny().ifPresent(m -> avatarOf(event.from(), m)
                    .thenAccept(item -> item.ifPresent(i -> told(event.from(), i))));
            return;
        }
        events.decode(event.node(), payload.get()).ifPresent(item -> told(event.from(), item));
    }

    /** A vCard hash in presence (XEP-0153): the photo is fetched unless it is the one known already. */
    private void onVCardUpdate(Jid from, VCardUpdate update) {
        Jid bare = from.bare();
        if (update.hasNoImage() || bare.equals(own())) {
            return;
        }
        String hash = update.photo();
        boolean known = profile(bare).item(ProfileItem.Avatar.class).map(a -> hash.equals(a.hash())).orElse(false);
        if (known) {
            return;
        }
        loader.load(hash, () -> vCardAvatars.fetch(bare, hash)).thenAccept(kept -> {
            if (kept) {
                told(bare, new ProfileItem.Avatar(hash));
            }
        });
    }

    private Jid own() {
        Jid jid = account.get();
        return jid == null ? null : jid.bare();
    }

    private void told(Jid from, ProfileItem item) {
        if (from == null) {
            return;
        }
        profiles.compute(from, (jid, p) -> (p == null ? Profile.empty(jid) : p).with(item));
        ProfileChange change = new ProfileChange(from, item);
        for (Consumer<ProfileChange> l : listeners) {
            try {
                l.accept(change);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "a profile listener failed on " + change, e);
            }
        }
    }
}
