package im.parley.client.profile;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Avatars by their SHA-1, which they were checked to hash to before being put. */
public interface AvatarCache {
    Optional<byte[]> get(String sha1);

    void put(String sha1, byte[] image);

    default boolean contains(String sha1) {
        return get(sha1).isPresent();
    }

    /** A cache that lasts as long as the session. */
    static AvatarCache inMemory() {
        Map<String, byte[]> images = new ConcurrentHashMap<>();
        return new AvatarCache() {
            @Override
            public Optional<byte[]> get(String sha1) {
                return Optional.ofNullable(images.get(sha1)).map(byte[]::clone);
            }

            @Override
            public void put(String sha1, byte[] image) {
                images.put(sha1, image.clone());
            }
        };
    }
}
