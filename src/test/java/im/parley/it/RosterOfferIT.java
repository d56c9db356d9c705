package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.AccountSession;
import im.parley.client.RosterOffer;
import im.parley.xmpp.ext.rosterx.RosterExchange;
import im.parley.xmpp.ext.rosterx.RosterSuggestion;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** XEP-0144 between two Parley sessions on the real Prosody: the user applies only what they accept. */
class RosterOfferIT {
    private final TestServer prosody = TestServer.prosody();

    @Test
    void onlyTheAcceptedSuggestionReachesTheRoster() throws Exception {
        Jid account = TestSession.register(prosody, "offered");
        Jid accepted = TestSession.register(prosody, "accepted");
        Jid refused = TestSession.register(prosody, "refused");
        try (AccountSession user = new AccountSession(prosody.config(account, TestSession.PASSWORD).build());
             TestSession contact = TestSession.fresh(prosody, "suggester")) {
            BlockingQueue<RosterOffer> offers = new LinkedBlockingQueue<>();
            user.rosterOffers().addListener(offers::add);
            user.connect();
            // Servers push roster changes only to resources that fetched the roster.
            user.roster().fetch().get(20, TimeUnit.SECONDS);
            user.presence().sendAvailable(null, null, 0).get(20, TimeUnit.SECONDS);

            RosterSuggestion accept = new RosterSuggestion(RosterSuggestion.Action.ADD, accepted, "Accepted", Set.of("Friends"));
            RosterSuggestion refuse = new RosterSuggestion(RosterSuggestion.Action.ADD, refused, "Refused", Set.of());
            contact.client().send(Message.builder().to(user.client().jid()).type(Message.Type.CHAT)
                    .body("two people you may know").payload(new RosterExchange(List.of(accept, refuse)).toXml()).build());

            RosterOffer offer = offers.poll(20, TimeUnit.SECONDS);
            assertThat(offer).as("an offer within 20 s").isNotNull();
            assertThat(offer.from().bare()).isEqualTo(contact.jid());
            assertThat(offer.suggestions()).containsExactly(accept, refuse);
            assertThat(user.roster().items()).as("nothing applied before the user answers").isEmpty();

            user.rosterOffers().accept(offer, List.of(accept)).get(20, TimeUnit.SECONDS);

            // What the server now holds, not what the pushes told this session.
            user.roster().fetch(null).get(20, TimeUnit.SECONDS);
            assertThat(user.roster().items().keySet()).containsExactly(accepted);
            RosterItem added = user.roster().item(accepted).orElseThrow();
            assertThat(added.name()).isEqualTo("Accepted");
            assertThat(added.groups()).containsExactly("Friends");
            assertThat(added.askSubscribe()).as("a subscription request went to the new contact").isTrue();
            assertThat(user.rosterOffers().pending()).isEmpty();
        }
    }
}
