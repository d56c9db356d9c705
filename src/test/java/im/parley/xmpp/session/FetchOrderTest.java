package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;

class FetchOrderTest {
    private final FetchOrder order = new FetchOrder();
    private final List<String> applied = new CopyOnWriteArrayList<>();

    @Test
    void aPushWithNoFetchOutIsAppliedAtOnce() {
        order.push(() -> applied.add("push"));
        assertThat(applied).containsExactly("push");
    }

    @Test
    void aPushWhileAFetchIsOutComesAfterTheFetchsResult() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        CompletableFuture<String> fetched = order.fetch(() -> answer.thenApply(list -> {
            applied.add(list);
            return list;
        }));
        order.push(() -> applied.add("push"));
        assertThat(applied).as("held").isEmpty();
        answer.complete("whole list");
        assertThat(fetched).isCompletedWithValue("whole list");
        assertThat(applied).containsExactly("whole list", "push");
    }

    @Test
    void aFailedFetchStillReleasesThePushesAndSoDoesOneThatThrows() {
        CompletableFuture<String> answer = new CompletableFuture<>();
        order.fetch(() -> answer);
        order.fetch(() -> {
            throw new IllegalStateException("not connected");
        });
        order.push(() -> applied.add("push"));
        assertThat(applied).isEmpty();
        answer.completeExceptionally(new IllegalStateException("timeout"));
        assertThat(applied).containsExactly("push");
    }
}
