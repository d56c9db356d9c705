package im.parley.xmpp.ext.styling;

import static im.parley.xmpp.ext.styling.MessageStyling.EMPHASIS;
import static im.parley.xmpp.ext.styling.MessageStyling.PRE;
import static im.parley.xmpp.ext.styling.MessageStyling.QUOTE;
import static im.parley.xmpp.ext.styling.MessageStyling.STRIKE;
import static im.parley.xmpp.ext.styling.MessageStyling.STRONG;
import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.ext.styling.MessageStyling.Run;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.stanza.Stanza;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamParser;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The examples of XEP-0393 (1.1.1), each as the runs it should give. */
class MessageStylingTest {
    private static List<Run> parse(String body) {
        List<Run> runs = MessageStyling.parse(body);
        assertThat(runs.stream().map(Run::text).collect(Collectors.joining())).as("the body back, unchanged").isEqualTo(body);
        return runs;
    }

    private static Run run(String text, int styles) {
        return new Run(text, styles);
    }

    @Test
    void spansAsTheXepStylesThem() {
        assertThat(parse("*strong*")).containsExactly(run("*strong*", STRONG));
        assertThat(parse("plain *strong* plain")).containsExactly(run("plain ", 0), run("*strong*", STRONG), run(" plain", 0));
        assertThat(parse("*strong* plain *strong*"))
                .containsExactly(run("*strong*", STRONG), run(" plain ", 0), run("*strong*", STRONG));
        assertThat(parse("*strong*plain*")).containsExactly(run("*strong*", STRONG), run("plain*", 0));
        assertThat(parse("* plain *strong*")).containsExactly(run("* plain ", 0), run("*strong*", STRONG));
        assertThat(parse("The full title is _Twelfth Night, or What You Will_ but\n_most_ people shorten it."))
                .containsExactly(run("The full title is ", 0), run("_Twelfth Night, or What You Will_", EMPHASIS),
                        run(" but\n", 0), run("_most_", EMPHASIS), run(" people shorten it.", 0));
        assertThat(parse("Everyone ~dis~likes cake.")).containsExactly(run("Everyone ", 0), run("~dis~", STRIKE),
                run("likes cake.", 0));
    }

    @Test
    void nothingIsStyledWhereTheRulesAreNotMet() {
        for (String plain : List.of("not strong*", "*not strong", "*not \n strong*", "*not *strong", "**", "****",
                "2 * 3 * 4", "snake_case_name")) {
            assertThat(parse(plain)).as(plain).containsExactly(run(plain, 0));
        }
    }

    @Test
    void spansNestAndPreformattedSpansHoldNoOthers() {
        assertThat(parse("_emphasized *strong* text_")).containsExactly(run("_emphasized ", EMPHASIS),
                run("*strong*", EMPHASIS | STRONG), run(" text_", EMPHASIS));
        assertThat(parse("This is `*monospace*`")).containsExactly(run("This is ", 0), run("`*monospace*`", PRE));
        assertThat(parse("This is *`monospace and bold`*")).containsExactly(run("This is ", 0),
                run("*", STRONG), run("`monospace and bold`", STRONG | PRE), run("*", STRONG));
    }

    @Test
    void preformattedBlocksRunToTheirFenceOrTheEnd() {
        assertThat(parse("```ignored\n(println \"Hello, *world*!\")\n```\n\nThis should show up *after*"))
                .containsExactly(run("```ignored\n(println \"Hello, *world*!\")\n```\n", PRE), run("\nThis should show up ", 0),
                        run("*after*", STRONG));
        assertThat(parse("```\nno end")).containsExactly(run("```\nno end", PRE));
    }

    @Test
    void quotationsNestAndEndAtTheFirstLineWithoutTheirSign() {
        assertThat(parse("> That that is, is.\n\nSaid the old hermit of Prague."))
                .containsExactly(run("> That that is, is.\n", QUOTE), run("\nSaid the old hermit of Prague.", 0));
        assertThat(parse(">> That that is, *is*.\n> Said the old hermit of Prague.\n\nWho?"))
                .containsExactly(run(">> That that is, ", QUOTE), run("*is*", QUOTE | STRONG),
                        run(".\n> Said the old hermit of Prague.\n", QUOTE), run("\nWho?", 0));
        assertThat(parse("> ```\n> (println \"Hello, world!\")\n\nThe entire blockquote is a preformatted text block"))
                .containsExactly(run("> ", QUOTE), run("```\n", QUOTE | PRE), run("> ", QUOTE),
                        run("(println \"Hello, world!\")\n", QUOTE | PRE), run("\nThe entire blockquote is a preformatted text block", 0));
    }

    @Test
    void theUnstyledHintIsFoundInItsNamespaceOnly() throws Exception {
        Message hinted = (Message) Stanza.fromXml(XmlStreamParser.parseDocument("""
                <message xmlns="jabber:client" to="romeo@montague.lit" type="chat">
                  <body>Wherefore art thou, *Romeo*?</body>
                  <unstyled xmlns="urn:xmpp:styling:0"/>
                </message>""".getBytes(StandardCharsets.UTF_8), Limits.defaults())).orElseThrow();
        assertThat(MessageStyling.unstyled(hinted)).isTrue();
        Message plain = Message.builder().body("*Romeo*").build();
        assertThat(MessageStyling.unstyled(plain)).isFalse();
        Message elsewhere = Message.builder().body("*Romeo*")
                .payload(im.parley.xmpp.xml.XmlElement.empty("unstyled", "urn:example:other")).build();
        assertThat(MessageStyling.unstyled(elsewhere)).as("an unstyled element of another namespace").isFalse();
    }
}
