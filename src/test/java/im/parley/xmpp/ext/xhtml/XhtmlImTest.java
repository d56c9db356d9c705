package im.parley.xmpp.ext.xhtml;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** XEP-0071 examples 1 and 3, and hostile markup that must come out harmless. */
class XhtmlImTest {
    // XEP-0071 example 1 (with the client namespace a stream gives it).
    private static final String EXAMPLE_1 = """
            <message xmlns='jabber:client'>
              <body>Wow, I&apos;m green with envy!</body>
              <html xmlns='http://jabber.org/protocol/xhtml-im'>
                <body xmlns='http://www.w3.org/1999/xhtml'>
                  <p style='font-size:large'>
                    <em>Wow</em>, I&apos;m <span style='color:green'>green</span>
                    with <strong>envy</strong>!
                  </p>
                </body>
              </html>
            </message>""";
    // XEP-0071 example 3.
    private static final String EXAMPLE_3 = """
            <message xmlns='jabber:client'>
              <body>Hey, are you licensed to Jabber?

              http://www.xmpp.org/images/psa-license.jpg
              </body>
              <html xmlns='http://jabber.org/protocol/xhtml-im'>
                <body xmlns='http://www.w3.org/1999/xhtml'>
                  <p>Hey, are you licensed to <a href='http://www.jabber.org/'>Jabber</a>?</p>
                  <p><img src='http://www.xmpp.org/images/psa-license.jpg'
                          alt='A License to Jabber'
                          height='261'
                          width='537'/></p>
                </body>
              </html>
            </message>""";

    private static Message message(String xml) throws Exception {
        return (Message) Stanza.fromXml(XmlStreamParser.parseDocument(xml.getBytes(StandardCharsets.UTF_8),
                Limits.defaults())).orElseThrow();
    }

    private static String html(String bodyContent) {
        return "<message xmlns='jabber:client'><body>x</body><html xmlns='http://jabber.org/protocol/xhtml-im'>"
                + "<body xmlns='http://www.w3.org/1999/xhtml'>" + bodyContent + "</body></html></message>";
    }

    private static SanitizedXhtml read(String bodyContent) throws Exception {
        return XhtmlIm.read(message(html(bodyContent))).orElseThrow();
    }

    private static String bodyXml(SanitizedXhtml s) {
        return s.bodies().get(0).toXml(XhtmlIm.NAMESPACE);
    }

    @Test
    void example1KeepsItsRecommendedMarkupUnchanged() throws Exception {
        Message m = message(EXAMPLE_1);
        SanitizedXhtml s = XhtmlIm.read(m).orElseThrow();

        XmlElement original = m.payload("html", XhtmlIm.NAMESPACE).orElseThrow().child("body", XhtmlIm.XHTML_NAMESPACE)
                .orElseThrow();
        XmlElement p = s.bodies().get(0).child("p", XhtmlIm.XHTML_NAMESPACE).orElseThrow();
        assertThat(p.attributeOrNull("style")).isEqualTo("font-size: large");
        assertThat(p.elements()).extracting(XmlElement::name).containsExactly("em", "span", "strong");
        assertThat(p.child("span", XhtmlIm.XHTML_NAMESPACE).orElseThrow().attributeOrNull("style"))
                .isEqualTo("color: green");
        assertThat(s.bodies().get(0).elements()).hasSameSizeAs(original.elements());
        assertThat(s.blockedImages()).isEmpty();
    }

    @Test
    void example3RemoteImageIsBlockedAndReportedNotKept() throws Exception {
        SanitizedXhtml s = XhtmlIm.read(message(EXAMPLE_3)).orElseThrow();

        assertThat(s.blockedImages()).containsExactly(
                new BlockedImage(0, "http://www.xmpp.org/images/psa-license.jpg", "A License to Jabber"));
        String xml = bodyXml(s);
        assertThat(xml).doesNotContain("<img").doesNotContain("psa-license.jpg")
                .contains("[image: A License to Jabber]").contains("href=\"http://www.jabber.org/\"");
    }

    @Test
    void scriptIsRemovedWithItsContent() throws Exception {
        SanitizedXhtml s = read("<p>hi<script>alert('x')</script></p><script src='http://evil/x.js'/>");

        assertThat(bodyXml(s)).doesNotContain("script").doesNotContain("alert").contains("hi");
    }

    @Test
    void eventHandlersAndUnknownAttributesAreDropped() throws Exception {
        SanitizedXhtml s = read("<p onclick='steal()' ONLOAD='x()' class='c' id='i' style='color:red'>"
                + "<span onmouseover='x()'>t</span></p>");

        String xml = bodyXml(s);
        assertThat(xml.toLowerCase()).doesNotContain("onclick").doesNotContain("onload").doesNotContain("onmouseover")
                .doesNotContain("class=").doesNotContain("id=");
        assertThat(xml).contains("style=\"color: red\"").contains(">t<");
    }

    @Test
    void dangerousLinksLoseTheirElementButKeepTheirWords() throws Exception {
        SanitizedXhtml s = read("<a href='javascript:alert(1)'>one</a>"
                + "<a href='JaVaScRiPt:alert(1)'>two</a>"
                + "<a href='java&#x09;script:alert(1)'>three</a>"
                + "<a href='java&amp;#x09;script:alert(1)'>four</a>"
                + "<a href=' &#x0A; javascript:alert(1)'>five</a>"
                + "<a href='data:text/html;base64,PHNjcmlwdD4='>six</a>"
                + "<a href='vbscript:msgbox(1)'>seven</a>"
                + "<a href='https://ok.example/'>eight</a>");

        String xml = bodyXml(s);
        assertThat(xml.toLowerCase()).doesNotContain("script:").doesNotContain("data:");
        assertThat(xml).contains("one", "two", "three", "four", "five", "six", "seven");
        assertThat(s.bodies().get(0).children("a", XhtmlIm.XHTML_NAMESPACE)).singleElement()
                .satisfies(a -> assertThat(a.attributeOrNull("href")).isEqualTo("https://ok.example/"));
    }

    @Test
    void imagesWithScriptOrDataSourcesAreDroppedNotBlocked() throws Exception {
        SanitizedXhtml s = read("<img src='javascript:alert(1)' alt='a'/><img src='data:image/png;base64,AAAA' alt='b'/>"
                + "<img src='cid:sha1+8f35fef110ffc5df08d579a50083ff9308fb6242@bob.xmpp.org' alt='c'/>");

        assertThat(s.blockedImages()).isEmpty();
        String xml = bodyXml(s);
        assertThat(xml).doesNotContain("javascript").doesNotContain("data:").contains("a", "b");
        assertThat(s.bodies().get(0).children("img", XhtmlIm.XHTML_NAMESPACE)).singleElement()
                .satisfies(i -> assertThat(i.attributeOrNull("src")).startsWith("cid:"));
    }

    @Test
    void stylesKeepOnlyRecommendedPropertiesWithPlainValues() throws Exception {
        SanitizedXhtml s = read("<span style='color: red; position: fixed; background-image: url(http://t/x);"
                + " font-weight: bold; background-color: expression(alert(1)); width: 9999px'>x</span>");

        assertThat(s.bodies().get(0).child("span", XhtmlIm.XHTML_NAMESPACE).orElseThrow().attributeOrNull("style"))
                .isEqualTo("color: red; font-weight: bold");
    }

    @Test
    void unknownElementsAreUnwrappedKeepingText() throws Exception {
        SanitizedXhtml s = read("<div><table><tr><td>cell</td></tr></table><code>x = 1</code></div>"
                + "<foo xmlns='urn:other'>other</foo><iframe src='http://evil/'>framed</iframe>");

        String xml = bodyXml(s);
        assertThat(xml).contains("cell", "x = 1", "other").doesNotContain("<div").doesNotContain("<table")
                .doesNotContain("<foo").doesNotContain("iframe").doesNotContain("framed");
    }

    @Test
    void nestedTricksAreCaughtAtEveryLevel() throws Exception {
        SanitizedXhtml s = read("<div><p><unknown><a href='javascript:x()'><strong onclick='x()'>"
                + "<img src='https://tracker.example/pixel.gif' onerror='x()'/></strong></a></unknown>"
                + "<span><script>evil()</script></span></p></div>");

        String xml = bodyXml(s);
        assertThat(xml).doesNotContain("javascript").doesNotContain("onclick").doesNotContain("onerror")
                .doesNotContain("evil").doesNotContain("tracker.example");
        assertThat(s.blockedImages()).singleElement()
                .satisfies(b -> assertThat(b.src()).isEqualTo("https://tracker.example/pixel.gif"));
    }

    @Test
    void aDeeplyNestedBodyIsBoundedAndKeepsItsText() {
        XmlElement inner = XmlElement.ofText("span", XhtmlIm.XHTML_NAMESPACE, "deep");
        for (int i = 0; i < 20_000; i++) {
            inner = XmlElement.builder(i % 2 == 0 ? "span" : "unknown", XhtmlIm.XHTML_NAMESPACE).child(inner).build();
        }
        XmlElement html = XmlElement.builder("html", XhtmlIm.NAMESPACE)
                .child(XmlElement.builder("body", XhtmlIm.XHTML_NAMESPACE).child(inner).build()).build();

        SanitizedXhtml s = XhtmlIm.sanitize(html).orElseThrow();

        assertThat(depth(s.bodies().get(0))).isLessThanOrEqualTo(XhtmlSanitizer.MAX_DEPTH);
        assertThat(s.bodies().get(0).toString()).contains("deep");
    }

    @Test
    void composesMarkupAndPlainFallbackFromRuns() throws Exception {
        List<TextRun> runs = List.of(TextRun.plain("see "), TextRun.bold("this"), TextRun.plain(", "),
                TextRun.italic("that"), TextRun.plain(" and "), TextRun.code("x++"), TextRun.plain("\nat "),
                TextRun.link("the site", "https://parley.example/"), TextRun.link("bad", "javascript:x()"));

        Message m = XhtmlIm.withFormattedBody(Message.builder().to(Jid.of("juliet@capulet.lit")).type(Message.Type.CHAT),
                runs);

        assertThat(m.body()).contains("see this, that and x++\nat the site <https://parley.example/>bad");
        String wire = m.toXml().toString();
        Message back = message(wire);
        SanitizedXhtml s = XhtmlIm.read(back).orElseThrow();
        XmlElement body = s.bodies().get(0);
        assertThat(body).isEqualTo(XhtmlIm.compose(runs).child("body", XhtmlIm.XHTML_NAMESPACE).orElseThrow());
        assertThat(body.elements()).extracting(XmlElement::name).containsExactly("strong", "em", "span", "br", "a");
        assertThat(wire).doesNotContain("javascript");
    }

    private static int depth(XmlElement e) {
        int max = 0;
        for (XmlElement c : e.elements()) {
            max = Math.max(max, depth(c));
        }
        return max + 1;
    }
}
