package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.rosterx.RosterExchange;
import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.im.PresenceManager;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.IqErrorException;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** XEP-0144 suggestions reach the user as offers, without a server (the client is never connected). */
class RosterOfferServiceTest {
    private static final Jid HORATIO = Jid.of("horatio@denmark.lit/castle");
    private static final RosterSuggestion ROSENCRANTZ = new RosterSuggestion(RosterSuggestion.Action.ADD,
            Jid.of("rosencrantz@denmark.lit"), "Rosencrantz", Set.of("Visitors"));
    private static final RosterSuggestion GUILDENSTERN = new RosterSuggestion(RosterSuggestion.Action.ADD,
            Jid.of("guildenstern@denmark.lit"), "Guildenstern", Set.of("Visitors"));

    private final XmppClient client = new XmppClient(ClientConfig.builder(Jid.of("hamlet@denmark.lit/elsinore"))
            .password("x".toCharArray()).build());
    private final RosterManager roster = new RosterManager(client);
    private final RosterOfferService service = new RosterOfferService(client, roster, new PresenceManager(client));
    private final List<RosterOffer> offers = new CopyOnWriteArrayList<>();

    RosterOfferServiceTest() {
        service.addListener(offers::add);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static Message suggesting(Message.Type type, RosterSuggestion... items) {
        return Message.builder().from(HORATIO).type(type).body("Some visitors, m'lord!")
                .payload(new RosterExchange(List.of(items)).toXml()).build();
    }

    @Test
    void aSuggestionIsOfferedAndLeftForTheUser() {
        service.received(suggesting(Message.Type.NORMAL, ROSENCRANTZ, GUILDENSTERN));

        assertThat(offers).singleElement().satisfies(o -> {
            assertThat(o.from()).isEqualTo(HORATIO);
            assertThat(o.suggestions()).containsExactly(ROSENCRANTZ, GUILDENSTERN);
        });
        assertThat(service.pending()).isEqualTo(offers);
        assertThat(roster.items()).as("nothing applied without the user").isEmpty();
    }

    @Test
    void anIqSuggestionIsAcknowledgedAndOffered() throws Exception {
        Iq request = Iq.builder(Iq.Type.SET).from(HORATIO).id("rx1")
                .payload(new RosterExchange(List.of(ROSENCRANTZ)).toXml()).build();

        Iq answer = service.handle(request);

        assertThat(answer.type()).isEqualTo(Iq.Type.RESULT);
        assertThat(offers).singleElement().extracting(RosterOffer::suggestions).isEqualTo(List.of(ROSENCRANTZ));
    }

    @Test
    void groupChatsAndFloodsAreNotOffered() {
        service.received(suggesting(Message.Type.GROUPCHAT, ROSENCRANTZ));
        RosterSuggestion[] flood = IntStream.rangeClosed(0, RosterOfferService.MAX_ITEMS)
                .mapToObj(i -> new RosterSuggestion(RosterSuggestion.Action.ADD, Jid.of("c" + i + "@denmark.lit"), null, null))
                .toArray(RosterSuggestion[]::new);
        service.received(suggesting(Message.Type.CHAT, flood));
        Iq floodIq = Iq.builder(Iq.Type.SET).from(HORATIO).id("rx2").payload(new RosterExchange(List.of(flood)).toXml()).build();

        assertThatThrownBy(() -> service.handle(floodIq)).isInstanceOfSatisfying(IqErrorException.class,
                e -> assertThat(e.error().condition()).isEqualTo(StanzaErrorCondition.NOT_ACCEPTABLE));
        assertThat(offers).isEmpty();
        assertThat(service.pending()).isEmpty();
    }

    @Test
    void anOfferIsAnsweredOnceAndOnlyWithWhatItSuggested() {
        service.received(suggesting(Message.Type.CHAT, ROSENCRANTZ));
        RosterOffer offer = offers.get(0);

        assertThatThrownBy(() -> service.accept(offer, List.of(GUILDENSTERN))).isInstanceOf(IllegalArgumentException.class);
        assertThat(service.pending()).as("a wrong choice does not answer the offer").containsExactly(offer);

        service.refuse(offer);
        assertThat(service.pending()).isEmpty();
        assertThatThrownBy(() -> service.accept(offer, List.of(ROSENCRANTZ))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void acceptingSendsTheRosterSet() {
        service.received(suggesting(Message.Type.CHAT, ROSENCRANTZ));

        // Not connected: the roster set is attempted and fails; that it is attempted is the point.
        assertThat(service.accept(offers.get(0), List.of(ROSENCRANTZ))).isCompletedExceptionally();
        assertThat(service.pending()).isEmpty();
    }

    @Test
    void theOldestUnansweredOffersAreDropped() {
        for (int i = 0; i <= RosterOfferService.MAX_PENDING; i++) {
            service.received(suggesting(Message.Type.CHAT, ROSENCRANTZ));
        }
        assertThat(service.pending()).hasSize(RosterOfferService.MAX_PENDING).doesNotContain(offers.get(0));
    }
}
