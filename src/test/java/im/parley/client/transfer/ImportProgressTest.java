package im.parley.client.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.StanzaError;
import im.parley.xmpp.stanza.StanzaErrorCondition;
import im.parley.xmpp.stanza.StanzaErrorException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A refusal midway is reported with what was applied and what was not. */
class ImportProgressTest {
    @Test
    void aRefusedContactLeavesAnAccountOfBothHalves() throws Exception {
        ImportPlan plan = ImportPlan.of(PortableFormat.parse(("<server-data xmlns='urn:xmpp:pie:0'>"
                + "<host jid='example.org'><user name='old'><query xmlns='jabber:iq:roster'>"
                + "<item jid='a@example.com'/><item jid='b@example.com'/><item jid='c@example.com'/></query>"
                + "<vCard xmlns='vcard-temp'><FN>Old</FN></vCard>"
                + "<query xmlns='jabber:iq:private'><storage xmlns='storage:bookmarks'/></query>"
                + "</user></host></server-data>").getBytes(StandardCharsets.UTF_8)), null, Jid.of("new@example.net"));
        AccountTransfer.Progress p = new AccountTransfer.Progress(plan);
        p.rosterAdded = 1;
        StanzaErrorException refusal = new StanzaErrorException(
                StanzaError.of(StanzaErrorCondition.NOT_ALLOWED, "roster full"), null);

        TransferException e = p.failed("setting contact b@example.com failed: " + AccountTransfer.reason(refusal),
                refusal);

        assertThat(e.getMessage()).isEqualTo("setting contact b@example.com failed: the server answered not-allowed"
                + " (roster full). Applied: 1 of 3 contacts, 0 private storage elements. Not applied: 2 of 3 contacts,"
                + " the vCard, 1 private storage element.");
        assertThat(e.applied().rosterAdded()).isEqualTo(1);
        assertThat(e.applied().vCardSet()).isFalse();
        assertThat(e.getCause()).isSameAs(refusal);
    }
}
