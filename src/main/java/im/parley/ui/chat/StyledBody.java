package im.parley.ui.chat;

import im.parley.xmpp.ext.styling.MessageStyling;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.text.Text;

/**
 * A message's text as nodes for a TextFlow: Message Styling (XEP-0393) as pseudo-classes on the
 * text nodes (strong, emphasis, strike, pre, quote; a pseudo-class change does not match the
 * stylesheet's selectors anew, a style class would) and its links as hyperlinks. One per list
 * cell: the text nodes are kept from one message to the next.
 */
public final class StyledBody {
    private static final PseudoClass STRONG = PseudoClass.getPseudoClass("strong");
    private static final PseudoClass EMPHASIS = PseudoClass.getPseudoClass("emphasis");
    private static final PseudoClass STRIKE = PseudoClass.getPseudoClass("strike");
    private static final PseudoClass PRE = PseudoClass.getPseudoClass("pre");
    private static final PseudoClass QUOTE = PseudoClass.getPseudoClass("quote");

    private final String textClass;
    private final String linkClass;
    private final Consumer<URI> linkOpener;
    /** The plain runs, the first of them in nearly every message. */
    private final List<Text> runs = new ArrayList<>();

    /**
     * @param textClass the style class of the text nodes, for the stylesheet's styling rules
     * @param linkClass the style class of the links
     * @param linkOpener opens a link the user clicked (http, https or xmpp only)
     */
    public StyledBody(String textClass, String linkClass, Consumer<URI> linkOpener) {
        this.textClass = textClass;
        this.linkClass = linkClass;
        this.linkOpener = linkOpener;
    }

    /** Adds the nodes that draw {@code text} to {@code parts}. */
    public void addTo(List<Node> parts, String text) {
        add(parts, MessageStyling.parse(text));
    }

    /** Adds {@code text} as written, its links still links: its sender asked for no styling (XEP-0393 §6). */
    public void addUnstyledTo(List<Node> parts, String text) {
        add(parts, List.of(new MessageStyling.Run(text, 0)));
    }

    private void add(List<Node> parts, List<MessageStyling.Run> styledRuns) {
        int plain = 0;
        for (MessageStyling.Run styled : styledRuns) {
            for (ChatText.Span span : ChatText.spans(styled.text())) {
                parts.add(span.link() == null ? run(plain++, span.text(), styled) : link(span));
            }
        }
    }

    /** Adds {@code text} unstyled and without links: for what Parley itself says, such as a room's notices. */
    public void addPlainTo(List<Node> parts, String text) {
        parts.add(run(0, text, new MessageStyling.Run(text, 0)));
    }

    private Text run(int index, String s, MessageStyling.Run styled) {
        if (index == runs.size()) {
            Text t = new Text();
            t.getStyleClass().add(textClass);
            runs.add(t);
        }
        Text t = runs.get(index);
        t.setText(s);
        t.pseudoClassStateChanged(STRONG, styled.has(MessageStyling.STRONG));
        t.pseudoClassStateChanged(EMPHASIS, styled.has(MessageStyling.EMPHASIS));
        t.pseudoClassStateChanged(STRIKE, styled.has(MessageStyling.STRIKE));
        t.pseudoClassStateChanged(PRE, styled.has(MessageStyling.PRE));
        t.pseudoClassStateChanged(QUOTE, styled.has(MessageStyling.QUOTE));
        return t;
    }

    private Hyperlink link(ChatText.Span span) {
        Hyperlink link = new Hyperlink(span.text());
        link.getStyleClass().add(linkClass);
        link.setFocusTraversable(false);
        link.setTooltip(MessageLine.tooltip(span.link().toString()));
        link.setOnAction(e -> linkOpener.accept(span.link()));
        return link;
    }
}
