package im.parley.xmpp.ext.extdisco;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.extdisco.ExternalService.ServiceType;
import im.parley.xmpp.ext.extdisco.ExternalService.Transport;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0215 examples 1 to 4, 6 and 7, with the client namespace added. */
class ExternalServiceDiscoveryTest {
    private static final Jid SERVER = Jid.of("shakespeare.lit");

    @Test
    void requestsAllServicesAndReadsTheStunAndTurnOnes() throws Exception {
        Iq example1 = stanza("""
                <iq xmlns='jabber:client' from='bard@shakespeare.lit/globe'
                    id='ul2bc7y6'
                    to='shakespeare.lit'
                    type='get'>
                  <services xmlns='urn:xmpp:extdisco:2'/>
                </iq>""");
        Iq request = ExternalServiceDiscovery.servicesRequest(SERVER, null);
        assertThat(request.type()).isEqualTo(Iq.Type.GET);
        assertThat(request.to()).isEqualTo(example1.to());
        assertThat(request.query()).isEqualTo(example1.query());

        List<ExternalService> services = ExternalServiceDiscovery.services(stanza("""
                <iq xmlns='jabber:client' from='shakespeare.lit'
                    id='ul2bc7y6'
                    to='bard@shakespeare.lit/globe'
                    type='result'>
                  <services xmlns='urn:xmpp:extdisco:2'>
                    <service host='stun.shakespeare.lit'
                             port='9998'
                             transport='udp'
                             type='stun'/>
                    <service host='relay.shakespeare.lit'
                             password='jj929jkj5sadjfj93v3n'
                             port='9999'
                             transport='udp'
                             type='turn'
                             username='nb78932lkjlskjfdb7g8'/>
                    <service host='192.0.2.1'
                             port='8888'
                             transport='udp'
                             type='stun'/>
                    <service host='192.0.2.1'
                             port='8889'
                             password='93jn3bakj9s832lrjbbz'
                             transport='udp'
                             type='turn'
                             username='auu98sjl2wk3e9fjdsl7'/>
                    <service host='ftp.shakespeare.lit'
                             name='Shakespearean File Server'
                             password='guest'
                             port='20'
                             transport='tcp'
                             type='ftp'
                             username='guest'/>
                  </services>
                </iq>"""));

        assertThat(services).as("the ftp server is not a type we use").extracting(ExternalService::host)
                .containsExactly("stun.shakespeare.lit", "relay.shakespeare.lit", "192.0.2.1", "192.0.2.1");
        assertThat(services.get(0)).isEqualTo(new ExternalService("stun.shakespeare.lit", ServiceType.STUN, 9998,
                Transport.UDP, null, null, null, false, null));
        ExternalService turn = services.get(1);
        assertThat(turn.type()).isEqualTo(ServiceType.TURN);
        assertThat(turn.username()).isEqualTo("nb78932lkjlskjfdb7g8");
        assertThat(turn.password()).isEqualTo("jj929jkj5sadjfj93v3n");
        for (ExternalService s : services) {
            assertThat(ExternalService.fromXml(s.toXml())).isEqualTo(s);
        }
    }

    @Test
    void requestsServicesOfOneType() throws Exception {
        Iq example3 = stanza("""
                <iq xmlns='jabber:client' from='bard@shakespeare.lit/globe'
                    id='yv2c19f7'
                    to='shakespeare.lit'
                    type='get'>
                  <services xmlns='urn:xmpp:extdisco:2' type='turn'/>
                </iq>""");
        assertThat(ExternalServiceDiscovery.servicesRequest(SERVER, ServiceType.TURN).query())
                .isEqualTo(example3.query());

        List<ExternalService> turns = ExternalServiceDiscovery.services(stanza("""
                <iq xmlns='jabber:client' from='shakespeare.lit'
                    id='yv2c19f7'
                    to='bard@shakespeare.lit/globe'
                    type='result'>
                  <services xmlns='urn:xmpp:extdisco:2'
                            type='turn'>
                    <service host='turn.shakespeare.lit'
                             password='jj929jkj5sadjfj93v3n'
                             port='9999'
                             transport='udp'
                             type='turn'
                             username='nb78932lkjlskjfdb7g8'/>
                    <service host='192.0.2.1'
                             port='8889'
                             password='93jn3bakj9s832lrjbbz'
                             transport='udp'
                             type='turn'
                             username='auu98sjl2wk3e9fjdsl7'/>
                  </services>
                </iq>"""));
        assertThat(turns).extracting(ExternalService::port).containsExactly(9999, 8889);
    }

    @Test
    void requestsCredentials() throws Exception {
        Iq example6 = stanza("""
                <iq xmlns='jabber:client' from='bard@shakespeare.lit/globe'
                    id='xi2cax48'
                    to='shakespeare.lit'
                    type='get'>
                  <credentials xmlns='urn:xmpp:extdisco:2'>
                    <service host='turn.shakespeare.lit' type='turn' />
                  </credentials>
                </iq>""");
        ExternalService known = new ExternalService("turn.shakespeare.lit", ServiceType.TURN, null, Transport.UDP,
                "old", "old", null, true, "relay");
        Iq request = ExternalServiceDiscovery.credentialsRequest(SERVER, known);
        assertThat(request.query().orElseThrow().elements())
                .as("only the service's identity is sent, not what we knew of it")
                .isEqualTo(example6.query().orElseThrow().elements());

        List<ExternalService> credentials = ExternalServiceDiscovery.credentials(stanza("""
                <iq xmlns='jabber:client' from='shakespeare.lit'
                    id='xi2cax48'
                    to='bard@shakespeare.lit/globe'
                    type='result'>
                  <credentials xmlns='urn:xmpp:extdisco:2'>
                    <service host='turn.shakespeare.lit'
                             type='turn'
                             password='jj929jkj5sadjfj93v3n'
                             username='nb78932lkjlskjfdb7g8'/>
                  </credentials>
                </iq>"""));
        assertThat(credentials).containsExactly(new ExternalService("turn.shakespeare.lit", ServiceType.TURN, null,
                null, "nb78932lkjlskjfdb7g8", "jj929jkj5sadjfj93v3n", null, false, null));
    }

    @Test
    void readsExpiryAndRestriction() throws Exception {
        ExternalService s = ExternalService.fromXml(element("""
                <service xmlns='urn:xmpp:extdisco:2' host='turn.example' type='turns' port='5349'
                         transport='tcp' restricted='1' expires='2026-01-01T12:00:00.000+01:00'/>"""));

        assertThat(s.restricted()).isTrue();
        assertThat(s.transport()).isEqualTo(Transport.TCP);
        assertThat(s.expires()).isEqualTo(Instant.parse("2026-01-01T11:00:00Z"));
        assertThat(s.toXml().attributeOrNull("expires")).isEqualTo("2026-01-01T11:00:00Z");
        assertThat(ExternalService.fromXml(s.toXml())).isEqualTo(s);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "type='stun'",
        "host='h'",
        "host='h' type='ftp'",
        "host='h' type='stun' port='65536'",
        "host='h' type='stun' port='3478udp'",
        "host='h' type='stun' transport='sctp'",
        "host='h' type='turn' expires='tomorrow'",
        "host='h' type='turn' expires='2026-01-01T12:00:00'",
        "host='h' type='turn' restricted='yes'",
    })
    void malformedServicesAreRefused(String attributes) {
        String xml = "<service xmlns='urn:xmpp:extdisco:2' " + attributes + "/>";

        assertThatThrownBy(() -> ExternalService.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void anErrorOrAnotherPayloadIsNotAResult() throws Exception {
        Iq error = stanza("""
                <iq xmlns='jabber:client' from='shakespeare.lit' id='ul2bc7y6' type='error'>
                  <services xmlns='urn:xmpp:extdisco:2'/>
                  <error type='cancel'>
                    <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                  </error>
                </iq>""");
        Iq credentials = stanza("""
                <iq xmlns='jabber:client' from='shakespeare.lit' id='xi2cax48' type='result'>
                  <credentials xmlns='urn:xmpp:extdisco:2'/>
                </iq>""");

        assertThatThrownBy(() -> ExternalServiceDiscovery.services(error)).isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> ExternalServiceDiscovery.services(credentials))
                .isInstanceOf(PayloadFormatException.class);
        assertThat(ExternalServiceDiscovery.credentials(credentials)).isEmpty();
    }
}
