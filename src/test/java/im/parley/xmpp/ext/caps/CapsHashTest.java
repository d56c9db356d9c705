package im.parley.xmpp.ext.caps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.stanza.Presence;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0115 §5.2 and §5.3 examples as test vectors, and the §5.4 acceptance rules. */
class CapsHashTest {
    // XEP-0115 §5.2 (simple generation example), as the disco#info answer of example 3.
    static final String SIMPLE = """
            <query xmlns='http://jabber.org/protocol/disco#info'
                   node='http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0='>
              <identity category='client' name='Exodus 0.9.1' type='pc'/>
              <feature var='http://jabber.org/protocol/caps'/>
              <feature var='http://jabber.org/protocol/disco#info'/>
              <feature var='http://jabber.org/protocol/disco#items'/>
              <feature var='http://jabber.org/protocol/muc'/>
            </query>""";

    // XEP-0115 §5.3 (complex generation example).
    static final String COMPLEX = """
            <query xmlns='http://jabber.org/protocol/disco#info'
                   node='http://psi-im.org#q07IKJEyjvHSyhy//CH0CxmKi8w='>
              <identity xml:lang='en' category='client' name='Psi 0.11' type='pc'/>
              <identity xml:lang='el' category='client' name='&#936; 0.11' type='pc'/>
              <feature var='http://jabber.org/protocol/caps'/>
              <feature var='http://jabber.org/protocol/disco#info'/>
              <feature var='http://jabber.org/protocol/disco#items'/>
              <feature var='http://jabber.org/protocol/muc'/>
              <x xmlns='jabber:x:data' type='result'>
                <field var='FORM_TYPE' type='hidden'>
                  <value>urn:xmpp:dataforms:softwareinfo</value>
                </field>
                <field var='ip_version' type='text-multi' >
                  <value>ipv4</value>
                  <value>ipv6</value>
                </field>
                <field var='os'>
                  <value>Mac</value>
                </field>
                <field var='os_version'>
                  <value>10.5.1</value>
                </field>
                <field var='software'>
                  <value>Psi</value>
                </field>
                <field var='software_version'>
                  <value>0.11</value>
                </field>
              </x>
            </query>""";

    static DiscoInfo info(String xml) throws Exception {
        return DiscoInfo.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8), Limits.defaults()));
    }

    @Test
    void simpleExampleGivesTheXepsVer() throws Exception {
        DiscoInfo info = info(SIMPLE);
        assertThat(CapsHash.verificationString(info)).isEqualTo("client/pc//Exodus 0.9.1<http://jabber.org/protocol/caps<"
                + "http://jabber.org/protocol/disco#info<http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<");
        assertThat(CapsHash.ver(info, "sha-1")).isEqualTo("QgayPKawpkPSDYmwT/WM94uAlu0=");
    }

    @Test
    void complexExampleWithLanguagesAndFormGivesTheXepsVer() throws Exception {
        DiscoInfo info = info(COMPLEX);
        assertThat(CapsHash.verificationString(info)).isEqualTo("client/pc/el/\u03a8 0.11<client/pc/en/Psi 0.11<"
                + "http://jabber.org/protocol/caps<http://jabber.org/protocol/disco#info<"
                + "http://jabber.org/protocol/disco#items<http://jabber.org/protocol/muc<urn:xmpp:dataforms:softwareinfo<"
                + "ip_version<ipv4<ipv6<os<Mac<os_version<10.5.1<software<Psi<software_version<0.11<");
        assertThat(CapsHash.ver(info, "SHA-1")).isEqualTo("q07IKJEyjvHSyhy//CH0CxmKi8w=");
    }

    @Test
    void aVerThatDoesNotMatchTheInfoIsNeverCached() throws Exception {
        CapsCache cache = new CapsCache();
        // Hostile: a peer advertises Exodus' ver but answers with an info that adds a feature.
        DiscoInfo lie = info(SIMPLE.replace("</query>", "<feature var='urn:evil'/></query>"));
        Caps claimed = new Caps("sha-1", "http://code.google.com/p/exodus", "QgayPKawpkPSDYmwT/WM94uAlu0=");

        assertThat(cache.offer(claimed, lie)).isFalse();
        assertThat(cache.get(claimed)).isEmpty();
        assertThat(cache.offer(claimed, info(SIMPLE))).isTrue();
        assertThat(cache.get(claimed)).contains(info(SIMPLE));
    }

    @Test
    void unknownOrWeakHashesAreNotTrusted() throws Exception {
        CapsCache cache = new CapsCache();
        assertThat(cache.offer(new Caps("md5", "n", "QgayPKawpkPSDYmwT/WM94uAlu0="), info(SIMPLE))).isFalse();
        assertThat(cache.offer(new Caps("x-made-up", "n", "QgayPKawpkPSDYmwT/WM94uAlu0="), info(SIMPLE))).isFalse();
        assertThat(cache.size()).isZero();
    }

    @Test
    void duplicateIdentitiesFeaturesOrFormTypesAreRefused() throws Exception {
        // §5.4 3.3-3.5: such an answer must not be accepted, even if its hash would match.
        String dupFeature = SIMPLE.replace("</query>", "<feature var='http://jabber.org/protocol/muc'/></query>");
        assertThatThrownBy(() -> CapsHash.verificationString(info(dupFeature))).isInstanceOf(PayloadFormatException.class);
        String dupIdentity = SIMPLE.replace("</query>", "<identity category='client' name='Exodus 0.9.1' type='pc'/></query>");
        assertThatThrownBy(() -> CapsHash.verificationString(info(dupIdentity))).isInstanceOf(PayloadFormatException.class);
        int x = COMPLEX.indexOf("<x ");
        String form = COMPLEX.substring(x, COMPLEX.indexOf("</x>") + 4);
        String dupForm = COMPLEX.replace("</query>", form + "</query>");
        assertThatThrownBy(() -> CapsHash.verificationString(info(dupForm))).isInstanceOf(PayloadFormatException.class);
        Caps forged = new Caps("sha-1", "n", CapsHash.ver(info(SIMPLE), "sha-1"));
        assertThat(new CapsCache().offer(forged, info(dupFeature))).isFalse();
    }

    @Test
    void aMalformedExtensionFormIsRefused() throws Exception {
        // XEP-0004 §3.2: a text-single field carries one value at most; we cannot vouch for such a form's hash.
        String twoValues = COMPLEX.replace("<field var='os'>", "<field var='os' type='text-single'><value>Linux</value>");
        assertThatThrownBy(() -> CapsHash.verificationString(info(twoValues)))
                .isInstanceOf(PayloadFormatException.class).hasMessageContaining("'os'");
    }

    @Test
    void formsWithoutHiddenFormTypeAreLeftOut() throws Exception {
        String notHidden = COMPLEX.replace("var='FORM_TYPE' type='hidden'", "var='FORM_TYPE'");
        assertThat(CapsHash.verificationString(info(notHidden))).endsWith("http://jabber.org/protocol/muc<");
    }

    @Test
    void octetOrderIsByUtf8Bytes() {
        // String.compareTo would put U+1F600 (surrogate 0xD83D) before U+FF21; i;octet (UTF-8) puts it after.
        List<String> s = new ArrayList<>(List.of("\uFF21", "\uD83D\uDE00", "a"));
        s.sort(CapsHash.OCTET);
        assertThat(s).containsExactly("a", "\uFF21", "\uD83D\uDE00");
    }

    @Test
    void capsElementRoundTripsAndLegacyCapsIsRefused() throws Exception {
        String xml = "<presence xmlns='jabber:client' from='romeo@montague.lit/orchard'>"
                + "<c xmlns='http://jabber.org/protocol/caps' hash='sha-1' node='http://code.google.com/p/exodus'"
                + " ver='QgayPKawpkPSDYmwT/WM94uAlu0='/></presence>";
        Presence p = (Presence) Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8),
                Limits.defaults())).orElseThrow();
        Caps caps = Caps.of(p).orElseThrow();
        assertThat(caps).isEqualTo(new Caps("sha-1", "http://code.google.com/p/exodus", "QgayPKawpkPSDYmwT/WM94uAlu0="));
        assertThat(Caps.fromXml(caps.toXml())).isEqualTo(caps);
        assertThat(caps.discoNode()).isEqualTo("http://code.google.com/p/exodus#QgayPKawpkPSDYmwT/WM94uAlu0=");
        XmlElement legacy = XmlElement.builder("c", Caps.NAMESPACE).attribute("node", "n").attribute("ver", "1.0").build();
        assertThatThrownBy(() -> Caps.fromXml(legacy)).isInstanceOf(PayloadFormatException.class);
    }
}
