package im.parley.xmpp.routing;

import im.parley.xmpp.stanza.Iq;

/**
 * Answers IQ requests of one payload type. Return the result stanza; throw
 * {@link IqErrorException} to answer with an
 * error. Any other exception is answered with {@code internal-server-error}. Return null only
 * after sending the answer yourself: protocols that must acknowledge a request before acting on
 * it (XEP-0166 §6.2) need the result on the wire before their listeners run.
 */
@FunctionalInterface
public interface IqHandler {
    Iq handle(Iq request) throws IqErrorException;
}
