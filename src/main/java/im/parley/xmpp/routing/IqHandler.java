package im.parley.xmpp.routing;

import im.parley.xmpp.stanza.Iq;

/**
 * Answers IQ requests of one payload type. Return the result stanza; throw
 * {@link IqErrorException} to answer with an
 * error. Any other exception is answered with {@code internal-server-error}.
 */
@FunctionalInterface
public interface IqHandler {
    Iq handle(Iq request) throws IqErrorException;
}
