package im.parley.xmpp.ext.amp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** XEP-0079 examples: rules, alert/notify reports and every error of §6. */
class AmpTest {
    // XEP-0079 example "Another message with AMP semantics".
    private static final String PER_HOP = """
            <message xmlns='jabber:client'
                from='northumberland@shakespeare.lit'
                id='richard2-4.1.247'
                to='kingrichard@royalty.england.lit'>
              <body>My lord, dispatch; read o'er these articles.</body>
              <amp xmlns='http://jabber.org/protocol/amp'
                   per-hop='true'>
                <rule condition='expire-at'
                      action='drop'
                      value='2004-01-01T00:00:00Z'/>
              </amp>
            </message>""";
    // XEP-0079 "Alert Response".
    private static final String ALERT = """
            <message xmlns='jabber:client' from='hamlet.lit'
                     to='bernardo@hamlet.lit/elsinore'
                     id='chatty2'>
              <amp xmlns='http://jabber.org/protocol/amp'
                   status='alert'
                   from='bernardo@hamlet.lit/elsinore'
                   to='francisco@hamlet.lit'>
                <rule action='alert' condition='deliver' value='stored'/>
              </amp>
            </message>""";
    // XEP-0079 "Notify Response".
    private static final String NOTIFY = """
            <message xmlns='jabber:client' from='hamlet.lit'
                     to='bernardo@hamlet.lit/elsinore'
                     id='chatty2'>
              <amp xmlns='http://jabber.org/protocol/amp'
                   status='notify'
                   to='bernardo@hamlet.lit/elsinore'
                   from='francisco@hamlet.lit'>
                <rule action='notify' condition='deliver' value='stored'/>
              </amp>
            </message>""";
    // XEP-0079 "Error Response" / "Failed rules".
    private static final String FAILED = """
            <message xmlns='jabber:client' from='hamlet.lit'
                     to='bernardo@hamlet.lit/elsinore'
                     type='error'
                     id='chatty2'>
              <amp xmlns='http://jabber.org/protocol/amp'
                   status='error'
                   to='bernardo@hamlet.lit/elsinore'
                   from='francisco@hamlet.lit'>
                <rule action='error' condition='deliver' value='stored'/>
              </amp>
              <error type='modify' code='500'>
                <undefined-condition xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <failed-rules xmlns='http://jabber.org/protocol/amp#errors'>
                  <rule action='error' condition='deliver' value='stored'/>
                </failed-rules>
              </error>
            </message>""";
    // XEP-0079 "Server does not support action"; the others of §6 differ only in the element.
    private static final String UNSUPPORTED = """
            <message xmlns='jabber:client'
                from='shakespeare.lit'
                id='richard2-4.1.247'
                to='northumberland@shakespeare.lit'
                type='error'>
              <amp xmlns='http://jabber.org/protocol/amp'>
                <rule action='drop' condition='expire-at' value='2004-01-01T00:00:00Z'/>
              </amp>
              <error type='modify' code='400'>
                <bad-request xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
                <unsupported-actions xmlns='http://jabber.org/protocol/amp'>
                  <rule condition='expire-at'
                        action='drop'
                        value='2004-01-01T00:00:00Z'/>
                </unsupported-actions>
              </error>
            </message>""";
    // XEP-0079 "AMP service is unavailable".
    private static final String UNAVAILABLE = """
            <message xmlns='jabber:client'
                from='royalty.england.lit'
                id='richard2-4.1.247'
                to='northumberland@shakespeare.lit'
                type='error'>
              <amp xmlns='http://jabber.org/protocol/amp'>
                <rule action='drop' condition='expire-at' value='2004-01-01T00:00:00Z'/>
              </amp>
              <error type='cancel' code='503'>
                <service-unavailable xmlns='urn:ietf:params:xml:ns:xmpp-stanzas'/>
              </error>
            </message>""";

    private static XmlElement xml(String s) throws Exception {
        return XmlStreamParser.parseDocument(s.getBytes(StandardCharsets.UTF_8), Limits.defaults());
    }

    private static Message message(String s) throws Exception {
        return (Message) Stanza.fromXml(xml(s)).orElseThrow();
    }

    @Test
    void readsAndWritesThePerHopExample() throws Exception {
        Amp amp = AmpMessages.rules(message(PER_HOP)).orElseThrow();

        assertThat(amp.perHop()).isTrue();
        assertThat(amp.rules()).containsExactly(new Rule(Rule.Condition.EXPIRE_AT, Rule.Action.DROP, "2004-01-01T00:00:00Z"));
        assertThat(amp.toXml()).isEqualTo(xml("<amp xmlns='http://jabber.org/protocol/amp' per-hop='true'>"
                + "<rule condition='expire-at' action='drop' value='2004-01-01T00:00:00Z'/></amp>"));
    }

    @Test
    void attachesOnlineOnlyAndExpiryRules() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2003-06-23T22:59:00.750Z"), ZoneOffset.UTC);
        Message m = AmpMessages.withRules(Message.builder().to(Jid.of("linuxwolf@outer-planes.net")).body("Guest!").build(),
                Amp.of(AmpMessages.onlyIfOnline(), AmpMessages.expireAfter(Duration.ofSeconds(60), clock)));

        Amp back = AmpMessages.rules(message(m.toXml().toString())).orElseThrow();
        assertThat(back.rules()).containsExactly(
                new Rule(Rule.Condition.DELIVER, Rule.Action.ERROR, "stored"),
                // XEP-0079 "Sending a time-sensitive message" has this very rule.
                new Rule(Rule.Condition.EXPIRE_AT, Rule.Action.DROP, "2003-06-23T23:00:00Z"));
        assertThat(back.status()).isNull();
        assertThat(back.perHop()).isFalse();
    }

    @Test
    void readsAlertAndNotifyReports() throws Exception {
        AmpReport alert = AmpMessages.report(message(ALERT)).orElseThrow();
        assertThat(alert.status()).isEqualTo(Rule.Action.ALERT);
        assertThat(alert.messageId()).isEqualTo("chatty2");
        assertThat(alert.originalSender()).isEqualTo(Jid.of("bernardo@hamlet.lit/elsinore"));
        assertThat(alert.originalRecipient()).isEqualTo(Jid.of("francisco@hamlet.lit"));
        assertThat(alert.rules()).containsExactly(new Rule(Rule.Condition.DELIVER, Rule.Action.ALERT, "stored"));

        assertThat(AmpMessages.report(message(NOTIFY)).orElseThrow().status()).isEqualTo(Rule.Action.NOTIFY);
        assertThat(AmpMessages.error(message(ALERT))).isEmpty();
        assertThat(AmpMessages.report(message(PER_HOP))).isEmpty();
    }

    @Test
    void readsFailedRules() throws Exception {
        AmpError e = AmpMessages.error(message(FAILED)).orElseThrow();

        assertThat(e.kind()).isEqualTo(AmpError.Kind.FAILED_RULES);
        assertThat(e.messageId()).isEqualTo("chatty2");
        assertThat(e.error().condition()).isEqualTo(StanzaErrorCondition.UNDEFINED_CONDITION);
        assertThat(e.rules()).containsExactly(new Rule(Rule.Condition.DELIVER, Rule.Action.ERROR, "stored"));
        assertThat(AmpMessages.report(message(FAILED))).isEmpty();
    }

    @Test
    void readsEachErrorOfSection6() throws Exception {
        Rule rule = new Rule(Rule.Condition.EXPIRE_AT, Rule.Action.DROP, "2004-01-01T00:00:00Z");
        assertThat(AmpMessages.error(message(UNSUPPORTED)).orElseThrow())
                .satisfies(e -> assertThat(e.kind()).isEqualTo(AmpError.Kind.UNSUPPORTED_ACTIONS))
                .satisfies(e -> assertThat(e.rules()).containsExactly(rule));
        assertThat(AmpMessages.error(message(UNSUPPORTED.replace("unsupported-actions", "unsupported-conditions")))
                .orElseThrow().kind()).isEqualTo(AmpError.Kind.UNSUPPORTED_CONDITIONS);
        assertThat(AmpMessages.error(message(UNSUPPORTED.replace("unsupported-actions", "invalid-rules")
                .replace("bad-request", "not-acceptable"))).orElseThrow())
                .satisfies(e -> assertThat(e.kind()).isEqualTo(AmpError.Kind.INVALID_RULES))
                .satisfies(e -> assertThat(e.error().condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE));
        AmpError unavailable = AmpMessages.error(message(UNAVAILABLE)).orElseThrow();
        assertThat(unavailable.kind()).isEqualTo(AmpError.Kind.SERVICE_UNAVAILABLE);
        assertThat(unavailable.rules()).isEmpty();
    }

    @Test
    void refusesMalformedRules() {
        assertThatThrownBy(() -> Amp.fromXml(xml("<amp xmlns='http://jabber.org/protocol/amp'>"
                + "<rule condition='teleport' action='drop' value='x'/></amp>"))).isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> Amp.fromXml(xml("<amp xmlns='http://jabber.org/protocol/amp'>"
                + "<rule condition='deliver' action='drop'/></amp>"))).isInstanceOf(PayloadFormatException.class);
    }
}
