package im.parley.xmpp.ext.shim;

import java.util.Objects;

/** One {@code <header name='...'>value</header>}; names compare case-insensitively, as in RFC 2822. */
public record Header(String name, String value) {
    public Header {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
    }
}
