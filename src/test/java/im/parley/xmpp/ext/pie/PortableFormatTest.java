package im.parley.xmpp.ext.pie;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.ext.vcard.Photo;
import im.parley.xmpp.ext.vcard.VCard;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.Subscription;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PortableFormatTest {
    private static final Jid JULIET = Jid.of("juliet@capulet.com");

    @ParameterizedTest
    @ValueSource(strings = {"SCRAM", "ROSTER", "OFFLINE", "PRIVATE", "VCARDS", "PRIVACY", "SUBSCRIPTIONS", "PEP", "ARCHIVE"})
    void everyXepExampleSurvivesAWriteAndARead(String example) throws Exception {
        ServerData first = parse((String) Xep0227Examples.class.getDeclaredField(example).get(null));
        byte[] written = PortableFormat.write(first);
        ServerData second = PortableFormat.parse(written);

        assertThat(PortableFormat.toXml(second)).isEqualTo(PortableFormat.toXml(first));
        assertThat(PortableFormat.write(second)).isEqualTo(written);
    }

    @Test
    void theRosterExampleIsReadTyped() throws Exception {
        PortableUser juliet = user(Xep0227Examples.ROSTER);

        assertThat(juliet.jid()).isEqualTo(JULIET);
        assertThat(juliet.roster().items()).containsExactly(
                new RosterItem(Jid.of("romeo@montague.net"), "Romeo", Subscription.BOTH, false, false, Set.of("Friends")));
    }

    @Test
    void theOfflineExampleIsReadTyped() throws Exception {
        PortableUser juliet = user(Xep0227Examples.OFFLINE);

        Message m = juliet.offlineMessages().get(0);
        assertThat(juliet.offlineMessages()).hasSize(1);
        assertThat(m.from()).isEqualTo(Jid.of("romeo@montague.net/orchard"));
        assertThat(m.body()).contains("Neither, fair saint, if either thee dislike.");
        assertThat(Delay.of(m)).hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("Offline Storage"));
    }

    @Test
    void thePrivateAndVCardExamplesAreReadTyped() throws Exception {
        XmlElement exodus = user(Xep0227Examples.PRIVATE).privateData().get(0);
        assertThat(exodus.is("exodus", "exodus:prefs")).isTrue();
        assertThat(exodus.childText("defaultnick", "exodus:prefs")).contains("Hamlet");

        assertThat(user(Xep0227Examples.VCARDS).vCard().fullName()).contains("Juliet Capulet");
    }

    @Test
    void theArchiveExampleIsReadInOrder() throws Exception {
        List<ArchivedMessage> archive = user(Xep0227Examples.ARCHIVE).archive();

        assertThat(archive).extracting(ArchivedMessage::id).containsExactly("28482-98726-73623", "5d398-28273-f7382");
        assertThat(archive.get(0).delay().stamp()).isEqualTo(Instant.parse("2010-07-10T23:08:25Z"));
        assertThat(archive.get(1).message().id()).isEqualTo("8a54s");
        assertThat(archive.get(1).message().body()).hasValueSatisfying(b -> assertThat(b).startsWith("What man art thou"));
    }

    @Test
    void whatParleyDoesNotReadIsKeptWhole() throws Exception {
        PortableUser juliet = user(Xep0227Examples.PRIVACY);
        assertThat(juliet.extensions()).singleElement().satisfies(e -> assertThat(e.is("query", "jabber:iq:privacy")).isTrue());

        PortableUser romeo = parse(Xep0227Examples.PEP).user(Jid.of("romeo@capulet.com")).orElseThrow();
        assertThat(romeo.extensions()).extracting(XmlElement::namespace)
                .containsExactly("http://jabber.org/protocol/pubsub#owner", "http://jabber.org/protocol/pubsub");
        assertThat(user(Xep0227Examples.SCRAM).extensions().get(0).namespace()).isEqualTo("urn:xmpp:pie:0#scram");
        assertThat(user(Xep0227Examples.SUBSCRIPTIONS).extensions()).hasSize(2);
    }

    @Test
    void anAccountBuiltInCodeIsWrittenAndReadBack() throws Exception {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        Message sent = Message.builder().type(Message.Type.CHAT).from(JULIET.withResource("balcony"))
                .to(Jid.of("romeo@montague.net")).id("m1").body("Wherefore art thou <Romeo> & why?").build();
        PortableUser user = PortableUser.of(JULIET)
                .withRoster(new Roster(null, List.of(RosterItem.of(Jid.of("romeo@montague.net"), "Romeo", Set.of("Friends")))))
                .withVCard(VCard.empty().withFullName("Juliet Capulet").withPhoto(new Photo("image/png", png)))
                .withPrivateData(List.of(XmlElement.ofText("note", "urn:example:notes", "private")))
                .withArchive(List.of(new ArchivedMessage("a1", new Delay(Instant.parse("2020-01-02T03:04:05Z"), null, null), sent)));

        ServerData back = PortableFormat.parse(PortableFormat.write(ServerData.of(user)));

        PortableUser read = back.user(JULIET.withResource("any")).orElseThrow();
        assertThat(read.password()).isNull();
        assertThat(read.roster()).isEqualTo(user.roster());
        assertThat(read.vCard()).isEqualTo(user.vCard());
        assertThat(read.vCard().photo()).contains(new Photo("image/png", png));
        assertThat(read.privateData()).isEqualTo(user.privateData());
        assertThat(read.archive().get(0).message().body()).contains("Wherefore art thou <Romeo> & why?");
        assertThat(read.archive().get(0).delay().stamp()).isEqualTo(Instant.parse("2020-01-02T03:04:05Z"));
        assertThat(back.hosts()).singleElement().satisfies(h -> assertThat(h.jid()).isEqualTo(Jid.domain("capulet.com")));
    }

    @Test
    void aPasswordIsKeptButNeverShownByToString() throws Exception {
        PortableUser user = parse("""
                <server-data xmlns='urn:xmpp:pie:0'><host jid='capulet.com'><user name='juliet' password='s3cret'/></host></server-data>""")
                .user(JULIET).orElseThrow();

        assertThat(user.password()).isEqualTo("s3cret");
        assertThat(user.toString()).doesNotContain("s3cret").contains("password hidden");
        assertThat(new String(PortableFormat.write(ServerData.of(PortableUser.of(JULIET))), StandardCharsets.UTF_8))
                .doesNotContain("password");
    }

    private static ServerData parse(String xml) throws PortableFormatException {
        return PortableFormat.parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static PortableUser user(String xml) throws PortableFormatException {
        ServerData data = parse(xml);
        return data.hosts().get(0).users().get(0);
    }
}
