package im.parley.ui.profile;

import im.parley.client.AccountSession;
import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.jid.Jid;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/** What the profile editor asks of the account: the user's own profile, read and published. */
public interface OwnProfile {
    /** The items the user publishes now, asked of their own PEP service. */
    CompletableFuture<Profile> load();

    CompletableFuture<Void> publish(ProfileItem item, AccessModel access);

    CompletableFuture<String> setAvatar(AvatarImage image, AccessModel access);

    /** A cached avatar by its SHA-1. */
    Optional<byte[]> avatar(String sha1);

    /** The profile service of whichever session {@code sessions} has at the time of each call. */
    static OwnProfile of(Jid own, Supplier<Optional<AccountSession>> sessions) {
        return new OwnProfile() {
            @Override
            public CompletableFuture<Profile> load() {
                return session().thenCompose(s -> s.profile().fetch(own));
            }

            @Override
            public CompletableFuture<Void> publish(ProfileItem item, AccessModel access) {
                return session().thenCompose(s -> s.profile().publish(item, access));
            }

            @Override
            public CompletableFuture<String> setAvatar(AvatarImage image, AccessModel access) {
                return session().thenCompose(s -> s.profile().setAvatar(image, access));
            }

            @Override
            public Optional<byte[]> avatar(String sha1) {
                return sessions.get().flatMap(s -> s.profile().avatar(sha1));
            }

            private CompletableFuture<AccountSession> session() {
                return sessions.get().filter(AccountSession::isConnected).map(CompletableFuture::completedFuture)
                        .orElseGet(() -> CompletableFuture.failedFuture(
                                new IllegalStateException("You are not connected; try again once you are online.")));
            }
        };
    }
}
