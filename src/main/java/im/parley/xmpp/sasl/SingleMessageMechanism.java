package im.parley.xmpp.sasl;

/**
 * Base of the mechanisms whose whole client side is the initial response (PLAIN, EXTERNAL,
 * ANONYMOUS): the server has nothing to prove and no challenge to pose.
 */
abstract class SingleMessageMechanism implements SaslMechanism {

    /**
     * RFC 4422 §5: a server that did not take the initial response from {@code <auth/>} asks for it
     * with an empty challenge; anything else is not part of these mechanisms.
     */
    @Override
    public final byte[] evaluateChallenge(byte[] challenge) throws SaslException {
        if (challenge == null || challenge.length == 0) {
            return initialResponse();
        }
        throw new SaslException(name() + " takes no challenge, but the server sent " + challenge.length + " bytes");
    }

    /** Nothing to verify: these mechanisms define no additional data with success. */
    @Override
    public final void verifySuccess(byte[] additionalData) {
    }
}
