package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The account's life cycle where no server answers: it keeps trying, tells when, and keeps what was written. */
class AccountTest {
    private static int closedPort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static List<AccountState> states(List<AccountEvent> events) {
        return events.stream().filter(e -> e instanceof AccountEvent.ConnectionChanged)
                .map(e -> ((AccountEvent.ConnectionChanged) e).state()).toList();
    }

    private static void await(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 10 s").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void anUnreachableServerIsRetriedWithTheNextAttemptTimeAndDisconnectStopsIt() throws Exception {
        ClientConfig config = ClientConfig.builder(Jid.of("romeo@montague.lit/orchard")).password("x".toCharArray())
                .server(new ServerAddress("127.0.0.1", closedPort(), false)).build();
        List<AccountEvent> events = new CopyOnWriteArrayList<>();
        try (Account account = new Account(config)) {
            account.subscribe(events::add);
            assertThat(account.state()).isInstanceOf(AccountState.Offline.class);
            TrackedMessage written = account.send(Jid.of("juliet@capulet.lit"), "written while offline");
            account.connect();
            await(() -> states(events).stream().filter(s -> s instanceof AccountState.Reconnecting).count() >= 2);
            AccountState.Reconnecting retrying = (AccountState.Reconnecting) states(events).stream()
                    .filter(s -> s instanceof AccountState.Reconnecting).findFirst().orElseThrow();
            assertThat(retrying.nextAttempt()).isAfter(Instant.now().minusSeconds(5));
            assertThat(retrying.reason()).isNotBlank();
            assertThat(states(events).get(0)).isInstanceOf(AccountState.Connecting.class);

            account.disconnect();
            assertThat(account.state()).isInstanceOf(AccountState.Offline.class);
            await(() -> states(events).get(states(events).size() - 1) instanceof AccountState.Offline);
            int seen = states(events).size();
            Thread.sleep(1_000);
            assertThat(states(events)).as("no attempt after disconnect").hasSize(seen);
            assertThat(events).contains(new AccountEvent.MessageSent(written));
            assertThat(events).noneMatch(e -> e instanceof AccountEvent.DeliveryChanged);
        }
    }

    @Test
    void whatAFaceAnnouncesIsOnEverySessionUntilWithdrawn() throws Exception {
        ClientConfig config = ClientConfig.builder(Jid.of("romeo@montague.lit/orchard")).password("x".toCharArray())
                .server(new ServerAddress("127.0.0.1", closedPort(), false)).build();
        String styling = "urn:xmpp:styling:0";
        try (Account account = new Account(config)) {
            Registration announced = account.announce(List.of(styling));
            account.connect();
            await(() -> account.current() != null);
            AccountSession first = account.current();
            assertThat(first.discovery().ownInfo().hasFeature(styling)).isTrue();
            // Each attempt at the unreachable server is a fresh session.
            await(() -> account.current() != first);
            assertThat(account.current().discovery().ownInfo().hasFeature(styling)).isTrue();

            announced.close();
            assertThat(account.current().discovery().ownInfo().hasFeature(styling)).isFalse();
            account.disconnect();
        }
    }
}
