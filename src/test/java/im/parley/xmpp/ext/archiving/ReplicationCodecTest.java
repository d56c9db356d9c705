package im.parley.xmpp.ext.archiving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.ext.archiving.Modifications.Modification;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Round trips of XEP-0136 1.3.1's replication examples (56 to 58, §10). */
class ReplicationCodecTest {
    private static final Instant SINCE = Instant.parse("1469-07-21T01:14:47Z");

    // XEP-0136 example 56.
    static final String EXAMPLE_56 = """
            <iq type='get' id='sync1'>
              <modified xmlns='urn:xmpp:archive'
                        start='1469-07-21T01:14:47Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <max>50</max>
                </set>
              </modified>
            </iq>""";
    // XEP-0136 example 57, without its "[ ... up to 48 more collections ... ]" placeholder.
    static final String EXAMPLE_57 = """
            <iq type='result' to='romeo@montague.net/orchard' id='sync1'>
              <modified xmlns='urn:xmpp:archive'>
                <changed with='juliet@capulet.com/chamber'
                         start='1469-07-21T02:56:15Z'
                         version='0'/>
                <removed with='balcony@house.capulet.com'
                         start='1469-07-21T03:16:37Z'
                         version='3'/>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <last>ja923ljasnvla09woei777</last>
                  <count>1372</count>
                </set>
              </modified>
            </iq>""";
    // XEP-0136 example 58.
    static final String EXAMPLE_58 = """
            <iq type='get' id='sync2'>
              <modified xmlns='urn:xmpp:archive'
                        start='1469-07-21T01:14:47Z'>
                <set xmlns='http://jabber.org/protocol/rsm'>
                  <after>ja923ljasnvla09woei777</after>
                  <max>50</max>
                </set>
              </modified>
            </iq>""";

    private static XmlElement payload(String iqXml) throws Exception {
        return XepExamples.element(iqXml).elements().get(0);
    }

    @Test
    void roundTripsTheXepsRequests() throws Exception {
        ModifiedQuery first = ModifiedQuery.fromXml(payload(EXAMPLE_56));
        assertThat(first).isEqualTo(new ModifiedQuery(SINCE, PageRequest.first(50)));
        assertThat(ModifiedQuery.fromXml(first.toXml())).isEqualTo(first);

        ModifiedQuery next = ModifiedQuery.fromXml(payload(EXAMPLE_58));
        assertThat(next).isEqualTo(new ModifiedQuery(SINCE, new PageRequest(50, "ja923ljasnvla09woei777", null, null)));
        assertThat(ModifiedQuery.fromXml(next.toXml())).isEqualTo(next);
    }

    @Test
    void roundTripsTheXepsPageOfModificationsInOrder() throws Exception {
        Modifications page = Modifications.fromXml(payload(EXAMPLE_57));

        assertThat(page).isEqualTo(new Modifications(List.of(
                new Modification(false, Jid.of("juliet@capulet.com/chamber"), Instant.parse("1469-07-21T02:56:15Z"), 0),
                new Modification(true, Jid.of("balcony@house.capulet.com"), Instant.parse("1469-07-21T03:16:37Z"), 3)),
                new Page(null, null, "ja923ljasnvla09woei777", 1372)));
        assertThat(Modifications.fromXml(page.toXml())).isEqualTo(page);
    }

    @Test
    void nothingModifiedIsAnEmptyPage() throws Exception {
        assertThat(Modifications.fromXml(XepExamples.element("<modified xmlns='urn:xmpp:archive'/>")))
                .isEqualTo(new Modifications(List.of(), null));
    }

    @Test
    void malformedModificationsAreRefused() {
        assertThatThrownBy(() -> Modifications.fromXml(XepExamples.element("<modified xmlns='urn:xmpp:archive'>"
                + "<changed with='juliet@capulet.com' start='1469-07-21T02:56:15Z'/></modified>")))
                .isInstanceOf(PayloadFormatException.class).hasMessageContaining("version");
        assertThatThrownBy(() -> Modifications.fromXml(XepExamples.element("<modified xmlns='urn:xmpp:archive'>"
                + "<changed with='' start='1469-07-21T02:56:15Z' version='1'/></modified>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> Modifications.fromXml(XepExamples.element("<modified xmlns='urn:xmpp:archive'>"
                + "<changed with='juliet@capulet.com' start='1469-07-21T02:56:15Z' version='x'/></modified>")))
                .isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> ModifiedQuery.fromXml(XepExamples.element(
                "<modified xmlns='urn:xmpp:archive' start='1469-07-21T01:14:47Z'/>")))
                .isInstanceOf(PayloadFormatException.class).hasMessageContaining("<set/>");
    }
}
