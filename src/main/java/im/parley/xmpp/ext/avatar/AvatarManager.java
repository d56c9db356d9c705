package im.parley.xmpp.ext.avatar;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.pep.PepManager;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.pubsub.Item;
import im.parley.xmpp.ext.pubsub.PubSubManager;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * Publishes the user's avatar and fetches contacts' (XEP-0084 §4). A fetched avatar is handed on
 * only when it is within {@link Avatars#MAX_BYTES} and hashes to its id; anything else fails
 * with {@link AvatarRefusedException} and is logged.
 */
public final class AvatarManager {
    private static final Logger LOG = Logger.getLogger(AvatarManager.class.getName());
    private final PepManager pep;
    private final PubSubManager pubsub;
    private final AvatarDataCodec dataCodec = new AvatarDataCodec();
    private final AvatarMetadataCodec metadataCodec = new AvatarMetadataCodec();

    public AvatarManager(PepManager pep, PubSubManager pubsub) {
        this.pep = pep;
        this.pubsub = pubsub;
    }

    /**
     * Publishes {@code png} (already scaled by the caller): the data first, then the metadata that
     * tells contacts (§4.1, §4.2). Answers its id.
     */
    public CompletableFuture<String> publish(byte[] png, int width, int height, AccessModel access) {
        if (png.length > Avatars.MAX_BYTES) {
            throw new IllegalArgumentException("an avatar is at most " + Avatars.MAX_BYTES + " bytes, not " + png.length);
        }
        String id = Avatars.sha1(png);
        AvatarMetadata metadata = new AvatarMetadata(
                List.of(new AvatarMetadata.Info(id, png.length, width, height, "image/png", null)), List.of());
        return pep.publish(Avatars.DATA_NODE, Item.of(id, dataCodec.encode(new AvatarData(png))), access)
                .thenCompose(done -> pep.publish(Avatars.METADATA_NODE, Item.of(id, metadataCodec.encode(metadata)), access))
                .thenApply(done -> id);
    }

    /** Tells contacts the user has no avatar now (§4.5): empty metadata. */
    public CompletableFuture<Void> disable(AccessModel access) {
        return pep.publish(Avatars.METADATA_NODE, Item.of("current", metadataCodec.encode(AvatarMetadata.disabled())),
                access).thenApply(id -> null);
    }

    /**
     * Fetches the image {@code info} announces from {@code owner}'s data node (§4.3), checked
     * before it is handed on.
     */
    public CompletableFuture<byte[]> fetch(Jid owner, AvatarMetadata.Info info) {
        if (info.bytes() > Avatars.MAX_BYTES) {
            return refused(owner, "announced " + info.bytes() + " bytes, over the " + Avatars.MAX_BYTES + " byte bound");
        }
        return pubsub.items(owner.bare(), Avatars.DATA_NODE, List.of(info.id())).thenCompose(page -> {
            Item item = page.items().stream().filter(i -> info.id().equals(i.id()) && i.payload() != null)
                    .findFirst().orElse(null);
            if (item == null) {
                return refused(owner, "no data item " + info.id());
            }
            Decoded<AvatarData> data = dataCodec.decode(item.payload());
            if (data instanceof Decoded.Malformed<AvatarData> m) {
                return refused(owner, m.reason());
            }
            byte[] bytes = data.valueIfAny().orElseThrow().bytes();
            String hash = Avatars.sha1(bytes);
            if (!hash.equals(info.id())) {
                return refused(owner, "data hashes to " + hash + ", not to its id " + info.id());
            }
            return CompletableFuture.completedFuture(bytes);
        });
    }

    private static CompletableFuture<byte[]> refused(Jid owner, String why) {
        LOG.warning("refused the avatar of " + owner + ": " + why);
        return CompletableFuture.failedFuture(new AvatarRefusedException(why));
    }
}
