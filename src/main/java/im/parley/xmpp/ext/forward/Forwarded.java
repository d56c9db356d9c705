package im.parley.xmpp.ext.forward;

import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.stanza.Stanza;
import java.util.Objects;

/**
 * A forwarded stanza (§3).
 *
 * @param delay when the stanza was first sent, or null when the forwarder did not say
 * @param stanza the stanza as it was, with its original addresses; usually a message
 */
public record Forwarded(Delay delay, Stanza stanza) {
    public static final String NAMESPACE = "urn:xmpp:forward:0";
    public static final String ELEMENT = "forwarded";

    public Forwarded {
        Objects.requireNonNull(stanza, "stanza");
    }
}
