package im.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.extdisco.ExternalService;
import im.parley.xmpp.ext.extdisco.ExternalService.ServiceType;
import im.parley.xmpp.ext.extdisco.ExternalService.Transport;
import im.parley.xmpp.session.NotConnectedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0215 §3.1 services asked at session bring-up, and a call that does not wait for a slow server. */
class DiscoveredIceServersTest {
    private static final Instant NOW = Instant.parse("2026-12-04T14:00:00Z");
    private static final ExternalService STUN =
            new ExternalService("stun.example.org", ServiceType.STUN, 3478, Transport.UDP, null, null, null, false, null);
    private final List<CompletableFuture<List<ExternalService>>> questions = new ArrayList<>();

    private DiscoveredIceServers discovered(Duration callWait) {
        return new DiscoveredIceServers(() -> {
            CompletableFuture<List<ExternalService>> question = new CompletableFuture<>();
            questions.add(question);
            return question;
        }, callWait, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void aServerThatHasNotAnsweredHoldsTheCallOnlyForTheShortWait() {
        DiscoveredIceServers servers = discovered(Duration.ofMillis(100));
        servers.refresh();

        long start = System.nanoTime();
        List<IceServer> forTheCall = servers.current();
        long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(forTheCall).isEmpty();
        assertThat(waited).isBetween(90L, 1_000L);
        assertThat(questions).as("the question of the bring-up is still the one in flight").hasSize(1);
    }

    @Test
    void theLateAnswerServesTheNextCall() {
        DiscoveredIceServers servers = discovered(Duration.ofMillis(20));
        servers.refresh();
        assertThat(servers.current()).isEmpty();

        questions.get(0).complete(List.of(STUN));

        assertThat(servers.current()).containsExactly(new IceServer(IceServer.Kind.STUN, "stun.example.org", 3478, null, null));
        assertThat(questions).hasSize(1);
    }

    @Test
    void anAnswerInTimeIsUsedByTheFirstCall() {
        DiscoveredIceServers servers = discovered(Duration.ofSeconds(5));
        servers.refresh();
        CompletableFuture.delayedExecutor(50, TimeUnit.MILLISECONDS).execute(() -> questions.get(0).complete(List.of(STUN)));

        assertThat(servers.current()).hasSize(1);
    }

    @Test
    void anErrorMeansNoServersWithoutAskingAgainAtEveryCall() {
        DiscoveredIceServers servers = discovered(Duration.ofMillis(20));
        servers.refresh();
        questions.get(0).completeExceptionally(new IllegalStateException("service-unavailable"));

        assertThat(servers.current()).isEmpty();
        assertThat(servers.current()).isEmpty();
        assertThat(questions).hasSize(1);
    }

    @Test
    void askedWhileOfflineItAsksAgainAtTheNextCall() {
        DiscoveredIceServers servers = discovered(Duration.ofMillis(20));
        servers.refresh();
        questions.get(0).completeExceptionally(new NotConnectedException("offline"));

        servers.current();

        assertThat(questions).hasSize(2);
    }
}
