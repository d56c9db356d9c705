package im.parley.xmpp.ext.reply;

import static im.parley.xmpp.ext.XepExamples.element;
import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** XEP-0461 examples 3 and 4, and the quoted fallback of XEP-0428. */
class ReplyTest {
    // XEP-0461 example 3 (second message), with the client namespace added.
    private static final String REPLY = """
            <message xmlns='jabber:client' to='anna@example.com' id='message-id2' type='chat'>
              <body>Great idea!</body>
              <reply to='anna@example.com/tablet' id='message-id1' xmlns='urn:xmpp:reply:0' />
            </message>""";
    // XEP-0461 example 4, its body unindented as the XEP says to read it.
    private static final String WITH_FALLBACK = """
            <message xmlns='jabber:client' to='anna@example.com' id='message-id3' type='chat'>
              <body>> Anna wrote:
            > We should bake a cake
            Great idea!</body>
              <reply to='anna@example.com/laptop' id='message-id1' xmlns='urn:xmpp:reply:0' />
              <fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>
                <body start="0" end="38" />
              </fallback>
            </message>""";

    @Test
    void readsAndRoundTripsTheXepExamples() throws Exception {
        assertThat(Reply.of(stanza(REPLY))).contains(new Reply(Jid.of("anna@example.com/tablet"), "message-id1"));
        assertThat(Reply.of(stanza(WITH_FALLBACK))).contains(new Reply(Jid.of("anna@example.com/laptop"), "message-id1"));
        Reply r = new Reply(Jid.of("anna@example.com"), "x");
        assertThat(Reply.fromXml(r.toXml())).isEqualTo(r);
        assertThat(Reply.fromXml(element("<reply xmlns='urn:xmpp:reply:0' id='i'/>"))).isEqualTo(new Reply(null, "i"));
        assertThatThrownBy(() -> Reply.fromXml(element("<reply xmlns='urn:xmpp:reply:0' to='a@b'/>")))
                .isInstanceOf(PayloadFormatException.class);
    }

    @Test
    void theFallbackOfExample4IsStripped() throws Exception {
        assertThat(ReplyFallback.strip(stanza(WITH_FALLBACK))).isEqualTo("Great idea!");
        assertThat(ReplyFallback.strip(stanza(REPLY))).isEqualTo("Great idea!");
    }

    @Test
    void brokenOrForeignFallbacksLeaveTheBodyAlone() throws Exception {
        Message m = stanza(WITH_FALLBACK);
        String body = m.body().orElseThrow();
        for (String range : new String[] {"start='0' end='99'", "start='5' end='2'", "start='x' end='2'", "start='-1' end='2'"}) {
            Message broken = m.toBuilder().replacePayload(element("<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:reply:0'>"
                    + "<body " + range + "/></fallback>")).build();
            assertThat(ReplyFallback.strip(broken)).as(range).isEqualTo(body);
        }
        Message otherFallback = m.toBuilder().replacePayload(element(
                "<fallback xmlns='urn:xmpp:fallback:0' for='urn:xmpp:message-retract:1'><body start='0' end='5'/></fallback>"))
                .build();
        assertThat(ReplyFallback.strip(otherFallback)).isEqualTo(body);
    }

    @Test
    void offsetsCountCodePointsAndARepliesRoundTrip() throws Exception {
        Message original = Message.builder().from(Jid.of("anna@example.com/tablet")).id("message-id1")
                .body("We should bake a 🎂").build();
        Message reply = ReplyFallback.replyTo(original, "message-id1",
                Message.builder().to(Jid.of("anna@example.com")).type(Message.Type.CHAT), "Great idea 🎉");

        assertThat(reply.body().orElseThrow()).startsWith("> anna@example.com wrote:\n> We should bake a 🎂\n");
        assertThat(ReplyFallback.strip(reply)).isEqualTo("Great idea 🎉");
        assertThat(Reply.of(reply)).contains(new Reply(Jid.of("anna@example.com/tablet"), "message-id1"));
    }
}
