package im.parley.xmpp.ext.jingle;

import im.parley.xmpp.xml.XmlElement;
import java.util.List;

/**
 * What the peers of our Jingle sessions do. Every event comes after the action was acknowledged
 * (XEP-0166 §6.2), off the reader thread, one at a time and in order for each session.
 */
public interface JingleListener {

    /** A peer offers a session; answer with {@link JingleSession#accept} or {@link JingleSession#terminate}. */
    void incomingSession(JingleSession session, Jingle initiate);

    /**
     * The session ended. {@code reason} is null when a peer's session-terminate gave none;
     * {@code byPeer} is false when we terminated it.
     */
    void terminated(JingleSession session, Reason reason, boolean byPeer);

    /** The responder accepted a session we initiated; it is now ACTIVE. */
    default void accepted(JingleSession session, Jingle accept) {
    }

    /** Session-level information other than a ping, e.g. ringing; every payload's namespace is one we declared. */
    default void sessionInfo(JingleSession session, List<XmlElement> payloads) {
    }

    /** Transport candidates or other transport information. */
    default void transportInfo(JingleSession session, Jingle info) {
    }

    /** A content-add, -accept, -reject, -modify or -remove: {@link JingleSession#contents} already reflects it. */
    default void contentChanged(JingleSession session, Jingle change) {
    }

    /** A transport-replace, -accept or -reject. */
    default void transportChanged(JingleSession session, Jingle change) {
    }

    default void descriptionInfo(JingleSession session, Jingle info) {
    }

    default void securityInfo(JingleSession session, Jingle info) {
    }
}
