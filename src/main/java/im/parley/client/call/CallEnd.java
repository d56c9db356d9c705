package im.parley.client.call;

import im.parley.xmpp.ext.jingle.Reason;

/**
 * How a call ended: the Jingle reason condition (XEP-0166 §7.4), whether the peer ended it, and a
 * text for the user. {@code SUCCESS} is a normal hang-up.
 */
public record CallEnd(Reason.Condition condition, boolean byPeer, String text) {
    public boolean isSuccess() {
        return condition == Reason.Condition.SUCCESS;
    }

    /** The reason's element name as the wire and the command line print it, e.g. "decline". */
    public String reason() {
        return condition.elementName();
    }
}
