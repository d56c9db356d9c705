package im.parley.client.call;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.media.ice.IceSettings.IceServer;
import im.parley.xmpp.ext.extdisco.ExternalService;
import im.parley.xmpp.ext.extdisco.ExternalService.ServiceType;
import im.parley.xmpp.ext.extdisco.ExternalService.Transport;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class IceServersTest {
    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    private static ExternalService service(ServiceType type, Integer port, Transport transport, String username,
            String password, Instant expires) {
        return new ExternalService("turn.example.org", type, port, transport, username, password, expires,
                username != null, null);
    }

    @Test
    void whatEjabberdAnnouncesBecomesAStunAndATurnServer() {
        // mod_stun_disco's answer: credentials in the services list, valid for 12 hours.
        List<IceServer> servers = IceServers.fromExternalServices(List.of(
                service(ServiceType.STUN, 3478, Transport.UDP, null, null, null),
                service(ServiceType.TURN, 3478, Transport.UDP, "1795630692:b1e4f715", "pjb5qRRM=", NOW.plusSeconds(43200))),
                NOW);

        assertThat(servers).containsExactly(
                new IceServer(IceServer.Kind.STUN, "turn.example.org", 3478, null, null),
                new IceServer(IceServer.Kind.TURN, "turn.example.org", 3478, "1795630692:b1e4f715", "pjb5qRRM="));
    }

    @Test
    void aMissingPortOrTransportMeansTheUdpDefault() {
        assertThat(IceServers.fromExternalServices(List.of(service(ServiceType.TURN, null, null, "u", "p", null)), NOW))
                .containsExactly(new IceServer(IceServer.Kind.TURN, "turn.example.org", 3478, "u", "p"));
    }

    @Test
    void servicesOurIceCannotUseAreLeftOut() {
        List<IceServer> servers = IceServers.fromExternalServices(List.of(
                service(ServiceType.TURN, 3478, Transport.TCP, "u", "p", null),
                service(ServiceType.TURNS, 5349, null, "u", "p", null),
                service(ServiceType.STUNS, 5349, Transport.UDP, null, null, null),
                service(ServiceType.STUN, 0, Transport.UDP, null, null, null)),
                NOW);

        assertThat(servers).isEmpty();
    }

    @Test
    void turnWithoutCredentialsOrWithExpiredOnesIsLeftOut() {
        List<IceServer> servers = IceServers.fromExternalServices(List.of(
                service(ServiceType.TURN, 3478, Transport.UDP, null, null, null),
                service(ServiceType.TURN, 3479, Transport.UDP, "u", null, null),
                service(ServiceType.TURN, 3480, Transport.UDP, "u", "p", NOW),
                service(ServiceType.TURN, 3481, Transport.UDP, "u", "p", NOW.plusSeconds(1))),
                NOW);

        assertThat(servers).extracting(IceServer::port).containsExactly(3481);
    }

    @Test
    void aServiceAnnouncedTwiceIsUsedOnce() {
        ExternalService stun = service(ServiceType.STUN, 3478, Transport.UDP, null, null, null);

        assertThat(IceServers.fromExternalServices(List.of(stun, stun), NOW)).hasSize(1);
    }
}
