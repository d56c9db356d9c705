package im.parley.xmpp.session;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.routing.IqHandlerKey;
import im.parley.xmpp.routing.OrderedDispatcher;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Requests reach their handler and are answered once: by the router, or by a handler that answered itself. */
class StanzaRouterTest {
    private static final String NS = "urn:example:q";
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final List<Stanza> replies = new ArrayList<>();
    private final StanzaRouter router = new StanzaRouter(new OrderedDispatcher(Runnable::run, 1_000),
            new IqTracker(timer, () -> null), replies::add);

    @AfterEach
    void tearDown() {
        timer.shutdownNow();
    }

    private static XmlElement request(String name) {
        return XmlElement.builder("iq", Stanza.CLIENT_NAMESPACE).attribute("type", "set").attribute("id", name)
                .attribute("from", "juliet@capulet.lit/balcony").child(XmlElement.empty(name, NS)).build();
    }

    @Test
    void answersWithTheHandlersResultOrNotAtAllWhenTheHandlerAnsweredItself() {
        router.addIqHandler(new IqHandlerKey("answered", NS, Iq.Type.SET), Iq::result);
        List<Iq> selfAnswered = new ArrayList<>();
        router.addIqHandler(new IqHandlerKey("self", NS, Iq.Type.SET), r -> {
            selfAnswered.add(r);
            return null;
        });
        router.route(request("answered"));
        router.route(request("self"));
        router.route(request("unhandled"));
        assertThat(selfAnswered).extracting(Iq::id).containsExactly("self");
        assertThat(replies).extracting(Stanza::id).containsExactly("answered", "unhandled");
        assertThat(((Iq) replies.get(1)).error().orElseThrow().condition())
                .isEqualTo(StanzaErrorCondition.FEATURE_NOT_IMPLEMENTED);
    }
}
