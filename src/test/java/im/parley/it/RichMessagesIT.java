package im.parley.it;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.attention.Attention;
import im.parley.xmpp.ext.me.MeCommand;
import im.parley.xmpp.ext.nick.Nick;
import im.parley.xmpp.ext.oob.OobAttachment;
import im.parley.xmpp.ext.reply.Reply;
import im.parley.xmpp.ext.reply.ReplyFallback;
import im.parley.xmpp.ext.shim.Header;
import im.parley.xmpp.ext.shim.Headers;
import im.parley.xmpp.ext.xhtml.BlockedImage;
import im.parley.xmpp.ext.xhtml.SanitizedXhtml;
import im.parley.xmpp.ext.xhtml.TextRun;
import im.parley.xmpp.ext.xhtml.XhtmlIm;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import im.parley.xmpp.stanza.Message;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * What a message carries besides its text, sent by one Parley session and read by another
 * through the real Prosody: XHTML-IM (XEP-0071), attention (0224), /me (0245), out-of-band
 * attachments (0066), replies (0461 with the 0428 fallback), the sender's nick (0172) and SHIM
 * headers (0131).
 * Fresh accounts, so offline messages other tests left cannot get in the way.
 */
class RichMessagesIT {
    private final TestServer prosody = TestServer.prosody();

    private static Message chat(Jid to, String id) {
        return Message.builder().to(to).id(id).type(Message.Type.CHAT).build();
    }

    @Test
    void formattedTextArrivesUnchangedWithItsPlainBody() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            List<TextRun> runs = List.of(TextRun.plain("Meet at "), TextRun.bold("noon"), TextRun.plain(" in "),
                    TextRun.link("the café", "https://cafe.example/menu"), TextRun.plain(", "),
                    TextRun.italic("sharp"), TextRun.plain("\nbring "), TextRun.code("v2.jar"));
            String id = "fmt-" + UUID.randomUUID();
            alice.client().send(XhtmlIm.withFormattedBody(chat(bob.jid(), id).toBuilder(), runs));

            Message got = bob.await(TestSession.withId(id));
            assertThat(got.body()).contains("Meet at noon in the café <https://cafe.example/menu>, sharp\nbring v2.jar");
            SanitizedXhtml view = XhtmlIm.read(got).orElseThrow();
            // Nothing of what we send is outside the recommended profile: the receiver keeps it all.
            assertThat(view.bodies()).containsExactly(XhtmlIm.compose(runs).child("body", XhtmlIm.XHTML_NAMESPACE).orElseThrow());
            assertThat(view.bodies().get(0).elements()).extracting(XmlElement::name)
                    .containsExactly("strong", "a", "em", "br", "span");
            assertThat(view.blockedImages()).isEmpty();
        }
    }

    @Test
    void hostileMarkupIsDeliveredByTheServerButDefusedByTheReceiver() throws Exception {
        try (TestSession mallory = TestSession.fresh(prosody, "rich-m"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            String plain = "Meet here, see the map";
            XmlElement html = XmlStreamParser.parseDocument(("<html xmlns='http://jabber.org/protocol/xhtml-im'>"
                    + "<body xmlns='http://www.w3.org/1999/xhtml'>"
                    + "<p onload='steal()' style='color:red'>Meet <strong onclick='steal()'>here</strong>"
                    + "<script>alert('pwned')</script>, see <a href='javascript:alert(1)'>the trap</a> and "
                    + "<a href='https://maps.example/x'>the map</a></p>"
                    + "<img src='https://tracker.example/pixel.png?who=bob' alt='pixel'/>"
                    + "</body></html>").getBytes(StandardCharsets.UTF_8), Limits.defaults());
            String id = "evil-" + UUID.randomUUID();
            mallory.client().send(chat(bob.jid(), id).toBuilder().body(plain).payload(html).build());

            Message got = bob.await(TestSession.withId(id));
            // The server passed the markup on as it was: the defusing is the receiver's work.
            assertThat(got.payload("html", XhtmlIm.NAMESPACE).orElseThrow().toString()).contains("<script", "onclick");
            assertThat(got.body()).contains(plain);
            SanitizedXhtml view = XhtmlIm.read(got).orElseThrow();
            String shown = view.bodies().get(0).toXml(XhtmlIm.NAMESPACE);
            assertThat(shown.toLowerCase()).doesNotContain("script").doesNotContain("alert")
                    .doesNotContain("onload").doesNotContain("onclick").doesNotContain("steal")
                    .doesNotContain("tracker.example");
            assertThat(shown).contains("here", "the trap", "href=\"https://maps.example/x\"", "style=\"color: red\"");
            assertThat(view.blockedImages())
                    .containsExactly(new BlockedImage(0, "https://tracker.example/pixel.png?who=bob", "pixel"));
        }
    }

    @Test
    void attentionAlertsForARosterContactOnlyAndMeIsShownAsAnAction() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b");
             TestSession stranger = TestSession.fresh(prosody, "rich-s")) {
            RosterManager bobsRoster = new RosterManager(bob.client());
            bobsRoster.fetch().get(20, TimeUnit.SECONDS);
            bobsRoster.set(RosterItem.of(alice.jid().bare(), "Alice", Set.of())).get(20, TimeUnit.SECONDS);

            alice.client().send(Attention.request(bob.jid(), "are you there?"));
            stranger.client().send(Attention.request(bob.jid(), "buy now!"));

            Message fromAlice = bob.await(m -> Attention.isRequested(m) && m.from().bare().equals(alice.jid().bare()));
            Message fromStranger = bob.await(m -> Attention.isRequested(m) && m.from().bare().equals(stranger.jid().bare()));
            assertThat(fromAlice.type()).isEqualTo(Message.Type.HEADLINE);
            assertThat(fromAlice.body()).contains("are you there?");
            assertThat(Attention.shouldAlert(fromAlice, bobsRoster.item(fromAlice.from()).isPresent())).isTrue();
            assertThat(Attention.shouldAlert(fromStranger, bobsRoster.item(fromStranger.from()).isPresent())).isFalse();

            String id = "me-" + UUID.randomUUID();
            alice.client().send(chat(bob.jid(), id).toBuilder().body("/me waves from the airlock").build());
            Message action = bob.await(TestSession.withId(id));
            String nick = bobsRoster.item(action.from()).map(RosterItem::name).orElseThrow();
            assertThat(MeCommand.render(nick, action.body().orElseThrow())).isEqualTo("* Alice waves from the airlock");
        }
    }

    @Test
    void webLinksAreSurfacedAsAttachmentsButAJavascriptLinkIsNot() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            String fileId = "oob-" + UUID.randomUUID();
            URI photo = URI.create("https://upload.example/f/4f3a/holiday.jpg");
            alice.client().send(chat(bob.jid(), fileId).toBuilder().body(photo.toString())
                    .payload(new OobAttachment(photo, "Holiday photo").toXml()).build());
            String trapId = "oob-trap-" + UUID.randomUUID();
            alice.client().send(chat(bob.jid(), trapId).toBuilder().body("open me")
                    .payload(new OobAttachment(URI.create("javascript:alert(document.cookie)"), "invoice.pdf").toXml())
                    .build());

            Message file = bob.await(TestSession.withId(fileId));
            assertThat(OobAttachment.of(file)).containsExactly(new OobAttachment(photo, "Holiday photo"));
            Message trap = bob.await(TestSession.withId(trapId));
            assertThat(trap.payload(OobAttachment.ELEMENT, OobAttachment.NAMESPACE)).as("delivered by the server").isPresent();
            assertThat(OobAttachment.of(trap)).isEmpty();
            assertThat(trap.body()).contains("open me");
        }
    }

    @Test
    void aReplyNamesTheOriginalAndShowsWithoutItsQuotedFallback() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            String originalId = "q-" + UUID.randomUUID();
            alice.client().send(chat(bob.jid(), originalId).toBuilder().body("Lunch at 12?\nOr 1?").build());
            Message original = bob.await(TestSession.withId(originalId));

            String replyId = "r-" + UUID.randomUUID();
            bob.client().send(ReplyFallback.replyTo(original, originalId, chat(alice.jid(), replyId).toBuilder(), "12 works 👍"));

            Message reply = alice.await(TestSession.withId(replyId));
            assertThat(Reply.of(reply)).contains(new Reply(alice.client().jid(), originalId));
            assertThat(ReplyFallback.strip(reply)).isEqualTo("12 works 👍");
            // A client without replies still shows what is being answered.
            assertThat(reply.body()).contains("> " + alice.jid().bare() + " wrote:\n> Lunch at 12?\n> Or 1?\n12 works 👍");
        }
    }

    @Test
    void theNickInAMessageReachesTheReceiver() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            String id = "nick-" + UUID.randomUUID();
            alice.client().send(new Nick("Alice in Chains").attachTo(chat(bob.jid(), id).toBuilder().body("hi, it's me").build()));
            String plainId = "no-nick-" + UUID.randomUUID();
            alice.client().send(chat(bob.jid(), plainId).toBuilder().body("no nick here").build());

            assertThat(Nick.of(bob.await(TestSession.withId(id)))).contains(new Nick("Alice in Chains"));
            assertThat(Nick.of(bob.await(TestSession.withId(plainId)))).isEmpty();
        }
    }

    @Test
    void shimHeadersPassThroughTheServerInTheirOrderWithRepeats() throws Exception {
        try (TestSession alice = TestSession.fresh(prosody, "rich-a"); TestSession bob = TestSession.fresh(prosody, "rich-b")) {
            Headers sent = Headers.of(new Header("Urgency", "high"), new Header("In-Reply-To", "<123@example.org>"),
                    new Header("Keywords", "lunch"), new Header("Keywords", "friday"));
            String id = "shim-" + UUID.randomUUID();
            alice.client().send(chat(bob.jid(), id).toBuilder().body("see headers").payload(sent.toXml()).build());

            Headers got = Headers.from(bob.await(TestSession.withId(id))).orElseThrow();
            assertThat(got).isEqualTo(sent);
            assertThat(got.value("urgency")).contains("high");
            assertThat(got.values("Keywords")).containsExactly("lunch", "friday");
        }
    }
}
