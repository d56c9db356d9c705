package im.parley.client.profile;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.Account;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.avatar.AvatarRefusedException;
import im.parley.xmpp.ext.avatar.Avatars;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An avatar the account keeps is never fetched again, across restarts; one being fetched is fetched once. */
class AvatarLoaderTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
    private static final String SHA1 = Avatars.sha1(PNG);
    private final AtomicInteger fetches = new AtomicInteger();

    @TempDir
    Path dir;

    private Supplier<CompletableFuture<byte[]>> network(CompletableFuture<byte[]> answer) {
        return () -> {
            fetches.incrementAndGet();
            return answer;
        };
    }

    private static Account account(Profile profile) {
        return profile.account(ClientConfig.builder(Jid.of("alice@example.org/desk")).password("x".toCharArray()).build());
    }

    @Test
    void anArchivedAvatarIsNotFetchedAgainAfterARestart() {
        try (Profile profile = Profile.open(dir); Account account = account(profile)) {
            AvatarLoader loader = new AvatarLoader(account.keptProfiles().avatars());
            assertThat(loader.load(SHA1, network(CompletableFuture.completedFuture(PNG))).join()).isTrue();
            assertThat(loader.load(SHA1, network(CompletableFuture.completedFuture(PNG))).join()).isTrue();
            assertThat(fetches).as("fetched once, then taken from the archive").hasValue(1);
        }
        try (Profile profile = Profile.open(dir); Account account = account(profile)) {
            AvatarCache kept = account.keptProfiles().avatars();
            assertThat(new AvatarLoader(kept).load(SHA1, network(CompletableFuture.completedFuture(PNG))).join()).isTrue();
            assertThat(fetches).as("not fetched after the restart").hasValue(1);
            assertThat(kept.get(SHA1)).hasValueSatisfying(b -> assertThat(b).isEqualTo(PNG));
        }
    }

    @Test
    void aHashAnnouncedTwiceWhileItIsFetchedIsFetchedOnce() {
        AvatarCache cache = AvatarCache.inMemory();
        AvatarLoader loader = new AvatarLoader(cache);
        CompletableFuture<byte[]> answer = new CompletableFuture<>();
        CompletableFuture<Boolean> first = loader.load(SHA1, network(answer));
        CompletableFuture<Boolean> second = loader.load(SHA1, network(answer));
        assertThat(fetches).hasValue(1);
        answer.complete(PNG);
        assertThat(first.join()).isTrue();
        assertThat(second.join()).isTrue();
        assertThat(cache.contains(SHA1)).isTrue();
    }

    @Test
    void aRefusedAvatarIsNotKeptAndIsAskedForAgainWhenAnnouncedAgain() {
        AvatarCache cache = AvatarCache.inMemory();
        AvatarLoader loader = new AvatarLoader(cache);
        CompletableFuture<byte[]> refused = CompletableFuture.failedFuture(new AvatarRefusedException("hashes otherwise"));
        assertThat(loader.load(SHA1, network(refused)).join()).isFalse();
        assertThat(cache.contains(SHA1)).isFalse();
        assertThat(loader.load(SHA1, network(CompletableFuture.completedFuture(PNG))).join()).isTrue();
        assertThat(fetches).hasValue(2);
    }
}
