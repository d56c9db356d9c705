package im.parley.xmpp.ext.privatedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.XepExamples;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.xml.XmlElement;
import org.junit.jupiter.api.Test;

class PrivateStorageTest {
    private static final QName EXODUS = new QName("exodus:prefs", "exodus");

    @Test
    void theStoreRequestIsTheXepExample() throws Exception {
        // XEP-0049 Example 1
        Iq example = XepExamples.stanza("""
                <iq xmlns='jabber:client' type="set" id="1001"><query xmlns="jabber:iq:private"><exodus xmlns="exodus:prefs"><defaultnick>Hamlet</defaultnick></exodus></query></iq>""");
        XmlElement prefs = example.query().orElseThrow().elements().get(0);

        assertThat(PrivateStorage.query(prefs)).isEqualTo(example.query().orElseThrow());
    }

    @Test
    void readsTheXepResultAndAnEmptyOneAsNothing() throws Exception {
        // XEP-0049 Example 2
        Iq result = XepExamples.stanza("""
                <iq xmlns='jabber:client' type="result" from="hamlet@shakespeare.lit/denmark" to="hamlet@shakespeare.lit/denmark" id="1002">
                <query xmlns="jabber:iq:private">
                <exodus xmlns="exodus:prefs">
                <defaultnick>Hamlet</defaultnick>
                </exodus>
                </query>
                </iq>""");
        assertThat(PrivateStorage.stored(result.query().orElseThrow(), EXODUS))
                .hasValueSatisfying(e -> assertThat(e.childText("defaultnick", "exodus:prefs")).contains("Hamlet"));

        XmlElement empty = XepExamples.element("<query xmlns='jabber:iq:private'><exodus xmlns='exodus:prefs'/></query>");
        assertThat(PrivateStorage.stored(empty, EXODUS)).isEmpty();
    }

    @Test
    void aResultWithoutTheElementAskedForIsMalformed() throws Exception {
        XmlElement other = XepExamples.element("<query xmlns='jabber:iq:private'><x xmlns='other'/></query>");
        assertThatThrownBy(() -> PrivateStorage.stored(other, EXODUS)).isInstanceOf(PayloadFormatException.class);
        assertThatThrownBy(() -> PrivateStorage.stored(null, EXODUS)).isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void anElementWithoutANamespaceOfItsOwnIsRefused() {
        assertThatThrownBy(() -> PrivateStorage.query(XmlElement.empty("prefs", "")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrivateStorage.query(XmlElement.empty("query", PrivateStorage.NAMESPACE)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
