package im.parley.client;

import static im.parley.xmpp.ext.XepExamples.stanza;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.xhtml.SanitizedXhtml;
import im.parley.xmpp.stanza.Message;
import org.junit.jupiter.api.Test;

/** What a chat window gets from a received message: the body, safe formatting only, attachments. */
class ChatMessagesTest {
    @Test
    void formattingArrivesOnlyAfterTheSanitizer() throws Exception {
        Message m = stanza("""
                <message xmlns='jabber:client' from='juliet@example.com/balcony' id='m1' type='chat'>
                  <body>hi there</body>
                  <html xmlns='http://jabber.org/protocol/xhtml-im'>
                    <body xmlns='http://www.w3.org/1999/xhtml'><p onclick='steal()'><strong>hi</strong>
                      <script>steal()</script><a href='javascript:steal()'>there</a>
                      <img src='https://tracker.example/pixel.png' alt='x'/></p></body>
                  </html>
                  <x xmlns='jabber:x:oob'><url>https://example.com/cat.jpg</url></x>
                </message>""");
        ChatMessage chat = ChatMessages.of(m).orElseThrow();

        assertThat(chat.body()).isEqualTo("hi there");
        String safe = chat.formatted().map(SanitizedXhtml::html).orElseThrow().toString();
        assertThat(safe).contains("strong").doesNotContain("script", "onclick", "javascript", "tracker.example");
        assertThat(chat.blockedImages()).singleElement().satisfies(i -> assertThat(i.src()).contains("tracker.example"));
        assertThat(chat.attachments()).singleElement().satisfies(a -> assertThat(a.url().getHost()).isEqualTo("example.com"));
    }

    @Test
    void groupChatErrorsAndEmptyMessagesAreNotChatMessages() throws Exception {
        assertThat(ChatMessages.of(stanza("<message xmlns='jabber:client' from='room@muc.example.com/x' type='groupchat'><body>x</body></message>"))).isEmpty();
        assertThat(ChatMessages.of(stanza("<message xmlns='jabber:client' from='juliet@example.com/b' type='chat'><active xmlns='http://jabber.org/protocol/chatstates'/></message>"))).isEmpty();
        assertThat(ChatMessages.of(stanza("<message xmlns='jabber:client' from='juliet@example.com/b'><body>plain</body></message>"))).isPresent();
    }
}
