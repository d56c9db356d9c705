package im.parley.xmpp.ext.xhtml;

import java.util.Objects;

/**
 * A piece of outgoing text with one formatting, as the composer produces it.
 *
 * @param href the link target for {@link Format#LINK}, else null
 */
public record TextRun(String text, Format format, String href) {
    public enum Format {
        PLAIN, BOLD, ITALIC, CODE, LINK
    }

    public TextRun {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(format, "format");
        if ((format == Format.LINK) != (href != null)) {
            throw new IllegalArgumentException("href goes with LINK runs only");
        }
    }

    public static TextRun plain(String text) {
        return new TextRun(text, Format.PLAIN, null);
    }

    public static TextRun bold(String text) {
        return new TextRun(text, Format.BOLD, null);
    }

    public static TextRun italic(String text) {
        return new TextRun(text, Format.ITALIC, null);
    }

    public static TextRun code(String text) {
        return new TextRun(text, Format.CODE, null);
    }

    public static TextRun link(String text, String href) {
        return new TextRun(text, Format.LINK, href);
    }
}
