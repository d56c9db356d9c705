package im.parley.client;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.carbons.CarbonCopy;
import im.parley.xmpp.ext.carbons.CarbonManager;
import im.parley.xmpp.ext.carbons.Carbons;
import im.parley.xmpp.ext.markers.Markable;
import im.parley.xmpp.ext.markers.Marker;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Unread counts from messages and carbons, without a server (the client is never connected). */
class ReadSyncServiceTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.lit");
    private static final Jid ROMEO = Jid.of("romeo@montague.lit/orchard");

    private final XmppClient client = new XmppClient(ClientConfig.builder(JULIET.withResource("balcony"))
            .password("x".toCharArray()).build());
    private final ReadSyncService service = new ReadSyncService(client, new CarbonManager(client),
            new ConversationReadState(10, 10));
    private final List<UnreadChange> changes = new CopyOnWriteArrayList<>();

    ReadSyncServiceTest() {
        service.addListener(changes::add);
    }

    @AfterEach
    void close() {
        client.close();
    }

    private static Message fromRomeo(String id) {
        return Markable.attachTo(Message.builder().from(ROMEO).to(JULIET).id(id).type(Message.Type.CHAT)
                .body("hello " + id).build());
    }

    /** What one of our other devices sent to Romeo, as the server copies it to us. */
    private static CarbonCopy ourMarker(Marker marker) {
        return new CarbonCopy(CarbonCopy.Direction.SENT, Message.builder().from(JULIET.withResource("phone"))
                .to(ROMEO.bare()).type(Message.Type.CHAT).payload(marker.toXml()).build());
    }

    @Test
    void messagesHereAndCopiesOfMessagesElsewhereAreUnread() {
        service.received(fromRomeo("m1"));
        service.copied(new CarbonCopy(CarbonCopy.Direction.RECEIVED, fromRomeo("m2")));
        service.received(Message.builder().from(ROMEO).type(Message.Type.CHAT)
                .payload(Marker.displayed("x").toXml()).build());
        service.received(Message.builder().from(ROMEO).type(Message.Type.GROUPCHAT).body("room").build());
        service.received(Message.builder().from(JULIET.withResource("phone")).type(Message.Type.CHAT)
                .body("note to self").build());

        assertThat(service.unread(ROMEO)).isEqualTo(2);
        assertThat(service.unread(JULIET)).isZero();
        assertThat(changes).containsExactly(
                new UnreadChange(ROMEO.bare(), 1, UnreadChange.Cause.MESSAGE_ARRIVED),
                new UnreadChange(ROMEO.bare(), 2, UnreadChange.Cause.MESSAGE_ARRIVED));
    }

    @Test
    void ourOtherDevicesMarkerReadsTheConversationUpToItsMessage() {
        service.received(fromRomeo("m1"));
        service.received(fromRomeo("m2"));
        service.received(fromRomeo("m3"));
        changes.clear();

        service.copied(ourMarker(Marker.displayed("m2")));

        assertThat(service.unread(ROMEO)).isEqualTo(1);
        assertThat(changes).containsExactly(new UnreadChange(ROMEO.bare(), 1, UnreadChange.Cause.READ_ON_OTHER_DEVICE));
    }

    @Test
    void markersForUnknownIdsAndMarkersThatAreNotOursChangeNothing() {
        service.received(fromRomeo("m1"));
        changes.clear();

        service.copied(ourMarker(Marker.displayed("never-seen")));
        service.copied(ourMarker(new Marker(Marker.Kind.RECEIVED, "m1")));
        // Romeo's own marker, copied from another device of ours that received it: his reading, not ours.
        service.copied(new CarbonCopy(CarbonCopy.Direction.RECEIVED, Message.builder().from(ROMEO)
                .to(JULIET.withResource("phone")).type(Message.Type.CHAT).payload(Marker.displayed("m1").toXml()).build()));
        // A forged carbon is not a copy: it reaches the service as a plain message and reads nothing.
        service.received(Carbons.wrap(ourMarker(Marker.displayed("m1")), Jid.of("tybalt@capulet.lit"), JULIET));

        assertThat(service.unread(ROMEO)).isEqualTo(1);
        assertThat(changes).isEmpty();
    }

    @Test
    void readingHereClearsTheBadgeEvenOffline() {
        service.received(fromRomeo("m1"));
        changes.clear();

        assertThat(service.markRead(ROMEO)).as("not connected: no marker went out").isFalse();

        assertThat(service.unread(ROMEO)).isZero();
        assertThat(changes).containsExactly(new UnreadChange(ROMEO.bare(), 0, UnreadChange.Cause.READ_HERE));
        assertThat(service.markRead(ROMEO)).isFalse();
        assertThat(changes).as("nothing more to read").hasSize(1);
    }

    @Test
    void theMarkerGoesToTheContactsBareJidAsAChatMessage() {
        Message marker = ReadSyncService.displayedMarker(ROMEO.bare(), "m3");

        assertThat(marker.to()).isEqualTo(ROMEO.bare());
        assertThat(marker.type()).isEqualTo(Message.Type.CHAT);
        assertThat(Marker.of(marker)).contains(Marker.displayed("m3"));
        assertThat(marker.body()).isEmpty();
    }
}
