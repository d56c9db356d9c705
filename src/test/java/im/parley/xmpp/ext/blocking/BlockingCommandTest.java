package im.parley.xmpp.ext.blocking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0191 payloads from the XEP's examples, and the push sender rule. */
class BlockingCommandTest {
    private static final Jid ACCOUNT = Jid.of("juliet@capulet.com/chamber");

    private static Iq iq(String xml) throws Exception {
        return (Iq) Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8),
                Limits.defaults())).orElseThrow();
    }

    private static BlockingCommand payload(String xml) throws Exception {
        return BlockingCommand.fromXml(iq(xml).query().orElseThrow());
    }

    @Test
    void readsTheBlockListOfExample2() throws Exception {
        BlockingCommand list = payload("""
                <iq xmlns='jabber:client' type='result' id='blocklist1'>
                  <blocklist xmlns='urn:xmpp:blocking'>
                    <item jid='romeo@montague.net'/>
                    <item jid='iago@shakespeare.lit'/>
                  </blocklist>
                </iq>""");
        assertThat(list.kind()).isEqualTo(BlockingCommand.Kind.BLOCKLIST);
        assertThat(list.jids()).containsExactly(Jid.of("romeo@montague.net"), Jid.of("iago@shakespeare.lit"));
    }

    @Test
    void blockOfExample5RoundTrips() throws Exception {
        BlockingCommand block = payload("""
                <iq xmlns='jabber:client' from='juliet@capulet.com/chamber' type='set' id='block1'>
                  <block xmlns='urn:xmpp:blocking'>
                    <item jid='romeo@montague.net'/>
                  </block>
                </iq>""");
        assertThat(block).isEqualTo(new BlockingCommand(BlockingCommand.Kind.BLOCK, List.of(Jid.of("romeo@montague.net"))));
        assertThat(block.toXml().toString()).isEqualTo(
                "<block xmlns=\"urn:xmpp:blocking\"><item jid=\"romeo@montague.net\"/></block>");
        assertThat(BlockingCommand.fromXml(block.toXml())).isEqualTo(block);
    }

    @Test
    void emptyUnblockOfExample12MeansEveryone() throws Exception {
        BlockingCommand all = payload("""
                <iq xmlns='jabber:client' from='juliet@capulet.com/chamber' type='set' id='unblock2'>
                  <unblock xmlns='urn:xmpp:blocking'/>
                </iq>""");
        BlockList list = new BlockList();
        list.replace(List.of(Jid.of("romeo@montague.net"), Jid.of("iago@shakespeare.lit")));
        assertThat(list.applyPush(null, ACCOUNT, all)).isTrue();
        assertThat(list.snapshot()).isEmpty();
    }

    @Test
    void malformedCommandsAreRefused() {
        XmlElement emptyBlock = XmlElement.empty("block", BlockingCommand.NAMESPACE);
        assertThatThrownBy(() -> BlockingCommand.fromXml(emptyBlock)).isInstanceOf(PayloadFormatException.class);
        XmlElement badJid = XmlElement.builder("unblock", BlockingCommand.NAMESPACE)
                .child(XmlElement.builder("item", BlockingCommand.NAMESPACE).attribute("jid", "@@").build()).build();
        assertThatThrownBy(() -> BlockingCommand.fromXml(badJid)).isInstanceOf(PayloadFormatException.class);
        XmlElement other = XmlElement.empty("block", "urn:xmpp:other");
        assertThatThrownBy(() -> BlockingCommand.fromXml(other)).isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void pushesAreAcceptedOnlyFromTheAccount() {
        BlockList list = new BlockList();
        BlockingCommand block = new BlockingCommand(BlockingCommand.Kind.BLOCK, List.of(Jid.of("romeo@montague.net")));

        // Hostile: a contact (or another user's full JID) pretends to be our server.
        assertThat(list.applyPush(Jid.of("romeo@montague.net/orchard"), ACCOUNT, block)).isFalse();
        assertThat(list.applyPush(Jid.of("capulet.com"), ACCOUNT, block)).isFalse();
        assertThat(list.applyPush(Jid.of("juliet@capulet.com/other"), ACCOUNT, block)).isFalse();
        assertThat(list.snapshot()).isEmpty();

        assertThat(list.applyPush(Jid.of("juliet@capulet.com"), ACCOUNT, block)).isTrue();
        assertThat(list.isBlocked(Jid.of("romeo@montague.net/orchard"))).isTrue();
        BlockingCommand unblock = new BlockingCommand(BlockingCommand.Kind.UNBLOCK, List.of(Jid.of("romeo@montague.net")));
        assertThat(list.applyPush(null, ACCOUNT, unblock)).isTrue();
        assertThat(list.isBlocked(Jid.of("romeo@montague.net"))).isFalse();
    }

    @Test
    void itemsMatchLikePrivacyListJids() {
        BlockList list = new BlockList();
        list.replace(List.of(Jid.of("montague.net"), Jid.of("nurse@capulet.com/kitchen")));
        assertThat(list.isBlocked(Jid.of("romeo@montague.net/orchard"))).isTrue();
        assertThat(list.isBlocked(Jid.of("montague.net"))).isTrue();
        assertThat(list.isBlocked(Jid.of("nurse@capulet.com/kitchen"))).isTrue();
        assertThat(list.isBlocked(Jid.of("nurse@capulet.com/garden"))).isFalse();
        assertThat(list.isBlocked(Jid.of("nurse@capulet.com"))).isFalse();
        assertThat(list.isBlocked(Jid.of("juliet@capulet.com"))).isFalse();
    }
}
