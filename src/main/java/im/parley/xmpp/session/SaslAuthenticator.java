package im.parley.xmpp.session;

import im.parley.xmpp.sasl.ChannelBindingSource;
import im.parley.xmpp.sasl.SaslCredentials;
import im.parley.xmpp.sasl.SaslException;
import im.parley.xmpp.sasl.SaslFailureCondition;
import im.parley.xmpp.sasl.SaslMechanism;
import im.parley.xmpp.sasl.SaslMechanismSelector;
import im.parley.xmpp.transport.XmppTransport;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlStreamException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The SASL exchange of RFC 6120 §6 over a negotiating stream. It tries the strongest offered
 * mechanism first and moves to the next only when the server rejects the mechanism itself, never
 * after a wrong password. Written as one step so that SASL2 (XEP-0388) can sit beside it.
 */
final class SaslAuthenticator {
    private static final List<SaslFailureCondition> TRY_NEXT = List.of(
            SaslFailureCondition.INVALID_MECHANISM, SaslFailureCondition.MECHANISM_TOO_WEAK);

    private SaslAuthenticator() {
    }

    /** Authenticates; returns the name of the mechanism that succeeded. */
    static String authenticate(XmppTransport transport, XmlElement features, SaslCredentials credentials,
                               boolean clientCertificate, java.util.Set<String> allowed, Duration timeout) throws AuthenticationException, IOException, XmlStreamException,
            StreamErrorException, ProtocolException {
        XmlElement mechanisms = features.child("mechanisms", Namespaces.SASL)
                .orElseThrow(() -> new AuthenticationException(null, "the server offers no SASL authentication"));
        List<String> offered = new ArrayList<>();
        for (XmlElement m : mechanisms.children("mechanism", Namespaces.SASL)) {
            String name = m.text().trim();
            if (allowed.isEmpty() || allowed.contains(name)) {
                offered.add(name);
            }
        }
        List<String> cbTypes = new ArrayList<>();
        features.child("sasl-channel-binding", Namespaces.SASL_CB).ifPresent(cb -> {
            for (XmlElement t : cb.children("channel-binding", Namespaces.SASL_CB)) {
                String type = t.attributeOrNull("type");
                if (type != null) {
                    cbTypes.add(type);
                }
            }
        });
        ChannelBindingSource bindings = transport::channelBinding;
        List<SaslMechanism> candidates = SaslMechanismSelector.select(offered, credentials, transport.isSecure(),
                bindings, cbTypes, credentials == null, clientCertificate);
        if (candidates.isEmpty()) {
            throw new AuthenticationException(null, "no usable SASL mechanism among " + offered
                    + (transport.isSecure() ? "" : " (PLAIN is never sent without TLS)"));
        }
        AuthenticationException last = null;
        for (SaslMechanism mechanism : candidates) {
            try {
                run(transport, mechanism, timeout);
                return mechanism.name();
            } catch (AuthenticationException e) {
                if (e.condition() == null || !TRY_NEXT.contains(e.condition())) {
                    throw e;
                }
                last = e;
            }
        }
        throw last;
    }

    private static void run(XmppTransport transport, SaslMechanism mechanism, Duration timeout)
            throws AuthenticationException, IOException, XmlStreamException, StreamErrorException, ProtocolException {
        try {
            byte[] initial = mechanism.initialResponse();
            XmlElement.Builder auth = XmlElement.builder("auth", Namespaces.SASL).attribute("mechanism", mechanism.name());
            if (initial != null) {
                auth.text(initial.length == 0 ? "=" : Base64.getEncoder().encodeToString(initial));
            }
            transport.writeNow(auth.build());
            while (true) {
                XmlElement e = StreamNegotiator.nextElement(transport, timeout);
                if (!e.namespace().equals(Namespaces.SASL)) {
                    throw new ProtocolException("unexpected <" + e.name() + "/> during SASL");
                }
                switch (e.name()) {
                    case "challenge" -> {
                        byte[] response = mechanism.evaluateChallenge(decode(e.text()));
                        String text = response == null || response.length == 0 ? ""
                                : Base64.getEncoder().encodeToString(response);
                        transport.writeNow(XmlElement.ofText("response", Namespaces.SASL, text));
                    }
                    case "success" -> {
                        mechanism.verifySuccess(decode(e.text()));
                        return;
                    }
                    case "failure" -> throw failure(e, mechanism.name());
                    default -> throw new ProtocolException("unexpected <" + e.name() + "/> during SASL");
                }
            }
        } catch (SaslException e) {
            // Tell the server we give up, so it does not wait for a response that will never come.
            transport.writeNow(XmlElement.empty("abort", Namespaces.SASL));
            throw new AuthenticationException(mechanism.name() + ": " + e.getMessage(), e);
        }
    }

    private static AuthenticationException failure(XmlElement failure, String mechanism) {
        SaslFailureCondition condition = SaslFailureCondition.NOT_AUTHORIZED;
        String text = null;
        for (XmlElement c : failure.elements()) {
            if (c.name().equals("text")) {
                text = c.text();
            } else {
                condition = SaslFailureCondition.fromElementName(c.name()).orElse(condition);
            }
        }
        return new AuthenticationException(condition, "authentication failed (" + mechanism + "): "
                + condition.elementName() + (text == null ? "" : " - " + text));
    }

    private static byte[] decode(String text) throws SaslException {
        String t = text.trim();
        if (t.isEmpty() || t.equals("=")) {
            return new byte[0];
        }
        try {
            return Base64.getDecoder().decode(t);
        } catch (IllegalArgumentException e) {
            throw new SaslException("the server sent invalid base64");
        }
    }
}
