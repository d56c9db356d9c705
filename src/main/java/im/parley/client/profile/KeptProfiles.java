package im.parley.client.profile;

import java.util.List;

/**
 * What an account keeps of profiles beyond one session: avatars by hash, and each person's latest
 * items as last told. The local archive keeps them between runs (its journal writes the items as
 * the account tells them); without one, avatars last as long as the account and items are not kept.
 */
public interface KeptProfiles {
    /** Avatars by hash; asked before any avatar is fetched. */
    AvatarCache avatars();

    /** Everyone's profile as kept, the user's own too: what is shown before the first session brings news. */
    List<Profile> all();

    /** Only {@code avatars}, no items. */
    static KeptProfiles avatarsOnly(AvatarCache avatars) {
        return new KeptProfiles() {
            @Override
            public AvatarCache avatars() {
                return avatars;
            }

            @Override
            public List<Profile> all() {
                return List.of();
            }
        };
    }

    /** Avatars in memory, no items. */
    static KeptProfiles inMemory() {
        return avatarsOnly(AvatarCache.inMemory());
    }
}
