package im.parley.xmpp.ext.vcardavatar;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.ext.avatar.AvatarRefusedException;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.ext.vcard.Photo;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.ext.vcard.VCardManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiConsumer;
import java.util.logging.Logger;

/**
 * vCard-based avatars both ways (XEP-0153). Our own hash goes into every available presence once
 * known; contacts' announced hashes are told to listeners, who fetch with {@link #fetch}.
 */
public final class VCardAvatarManager {
    private static final Logger LOG = Logger.getLogger(VCardAvatarManager.class.getName());
    private final VCardManager vCards;
    private final VCardUpdateCodec codec = new VCardUpdateCodec();
    private final List<BiConsumer<Jid, VCardUpdate>> listeners = new CopyOnWriteArrayList<>();
    /** Our photo's hash, "" for none, null until known. */
    private volatile String ownHash;

    public VCardAvatarManager(XmppClient client, VCardManager vCards) {
        this.vCards = vCards;
        client.addPresenceListener(this::onPresence);
    }

    /** Adds our vCard update to an available presence (§3.2), for the presence decorator. */
    public Presence decorate(Presence p) {
        if (p.type() != Presence.Type.AVAILABLE || p.to() != null) {
            return p;
        }
        return p.toBuilder().replacePayload(codec.encode(new VCardUpdate(ownHash))).build();
    }

    /** Reads our vCard once, so our presence can name our photo's hash (§4.1); answers the hash, "" for none. */
    public CompletableFuture<String> learnOwnHash() {
        return vCards.get(null).thenApply(card -> {
            ownHash = card.flatMap(VCard::photo).map(p -> Avatars.sha1(p.data())).orElse("");
            return ownHash;
        });
    }

    /**
     * Sets {@code png} as our vCard photo, every other field kept (§3.1), and answers its hash;
     * null removes the photo. Presence sent after this carries the new hash.
     */
    public CompletableFuture<String> publish(byte[] png) {
        return vCards.get(null).thenCompose(card -> {
            VCard base = card.orElse(VCard.empty());
            VCard changed = base.withPhoto(png == null ? null : new Photo("image/png", png));
            return vCards.set(changed);
        }).thenApply(done -> {
            ownHash = png == null ? "" : Avatars.sha1(png);
            return ownHash;
        });
    }

    /** Hears each contact's announced update, on the dispatcher. */
    public Registration addListener(BiConsumer<Jid, VCardUpdate> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    private void onPresence(Presence p) {
        if (p.from() == null || p.type() != Presence.Type.AVAILABLE) {
            return;
        }
        CodecRegistry.first(p, codec).valueIfAny().filter(u -> !u.notReady())
                .ifPresent(u -> listeners.forEach(l -> l.accept(p.from(), u)));
    }

    /**
     * Fetches {@code contact}'s vCard photo that should hash to {@code hash}; refused (and logged)
     * when it is over the avatar bound, judged from the base64 length before decoding, or when it
     * hashes otherwise.
     */
    public CompletableFuture<byte[]> fetch(Jid contact, String hash) {
        return vCards.get(contact.bare()).thenCompose(card -> {
            long base64 = card.flatMap(c -> c.toXml().child("PHOTO", VCard.NAMESPACE))
                    .flatMap(photo -> photo.child("BINVAL", VCard.NAMESPACE)).map(XmlElement::text)
                    .map(t -> t.chars().filter(c -> !Character.isWhitespace(c)).count()).orElse(0L);
            if (base64 / 4 * 3 > Avatars.MAX_BYTES) {
                return refused(contact, "a vCard photo of about " + base64 / 4 * 3 + " bytes");
            }
            byte[] data = card.flatMap(VCard::photo).map(Photo::data).orElse(null);
            if (data == null) {
                return refused(contact, "no photo in the vCard");
            }
            String actual = Avatars.sha1(data);
            return actual.equals(hash) ? CompletableFuture.completedFuture(data)
                    : refused(contact, "the vCard photo hashes to " + actual + ", not to the announced " + hash);
        });
    }

    private static CompletableFuture<byte[]> refused(Jid contact, String why) {
        LOG.warning("refused the vCard avatar of " + contact + ": " + why);
        return CompletableFuture.failedFuture(new AvatarRefusedException(why));
    }
}
