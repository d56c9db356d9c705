package im.parley.xmpp.ext.jingle.grouping;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.jinglePayload;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** XEP-0338 §2: the group element, alone and as a child of the jingle element. */
class GroupTest {
    @Test
    void readsTheBundleOfTheSessionInitiate() throws Exception {
        Group bundle = Group.fromXml(jinglePayload("""
                <iq from='romeo@montague.lit/orchard'
                    id='rg6s5134'
                    to='juliet@capulet.lit/balcony'
                    type='set'>
                  <jingle xmlns='urn:xmpp:jingle:1'
                          action='session-initiate'
                          initiator='romeo@montague.lit/orchard'
                          sid='a73sjjvkla37jfea'>
                    <group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='BUNDLE'>
                      <content name='voice'/>
                      <content name='webcam'/>
                    </group>
                    <content creator='initiator' name='voice'>
                      [ ... ]
                    </content>
                    <content creator='initiator' name='webcam'>
                      [ ... ]
                    </content>
                  </jingle>
                </iq>""", Group.NAMESPACE));

        assertThat(bundle).isEqualTo(Group.bundle(List.of("voice", "webcam")));
        assertThat(Group.fromXml(bundle.toXml())).isEqualTo(bundle);
    }

    @Test
    void readsOtherSemantics() throws Exception {
        Group ls = Group.fromXml(element("""
                <group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='LS'>
                  <content name='voice'/>
                  <content name='webcam'/>
                </group>"""));

        assertThat(ls.semantics()).isEqualTo("LS");
        assertThat(ls.contents()).containsExactly("voice", "webcam");
        assertThat(Group.fromXml(ls.toXml())).isEqualTo(ls);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<group xmlns='urn:xmpp:jingle:apps:grouping:0'><content name='voice'/></group>",
        "<group xmlns='urn:xmpp:jingle:apps:grouping:0' semantics='BUNDLE'><content/></group>",
        "<group xmlns='urn:xmpp:jingle:1' semantics='BUNDLE'/>",
    })
    void malformedGroupsAreRefused(String xml) {
        assertThatThrownBy(() -> Group.fromXml(element(xml))).isInstanceOf(PayloadFormatException.class);
    }
}
