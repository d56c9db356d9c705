package im.parley.xmpp.ext.register;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.PreAuthStream;
import im.parley.xmpp.session.StreamErrorException;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.StreamErrorCondition;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * In-Band Registration (XEP-0077): creates an account over a TLS stream before login, changes its
 * password and cancels it once logged in. A registration form (XEP-0004) is preferred over the
 * legacy fields when the server sends one, as §6 asks.
 */
public final class InBandRegistration {
    public static final String NAMESPACE = "jabber:iq:register";
    private static final DataFormCodec FORMS = new DataFormCodec();

    private InBandRegistration() {
    }

    /**
     * Registers the localpart of {@code config.jid()} with {@code config.password()}.
     * {@code extra} fills other fields the server asks for (e.g. email), by name.
     */
    public static void register(ClientConfig config, Map<String, String> extra) throws XmppException,
            StanzaErrorException {
        try (PreAuthStream stream = PreAuthStream.open(config)) {
            Iq fields = stream.query(Iq.get(null, XmlElement.empty("query", NAMESPACE)));
            XmlElement query = fields.query().orElseThrow(() -> new RegistrationException("empty registration form"));
            if (query.child("registered", NAMESPACE).isPresent()) {
                throw new RegistrationException("this stream is already registered");
            }
            String username = config.jid().local();
            String password = new String(config.password());
            XmlElement submit = query.child("x", DataForm.NAMESPACE)
                    .map(form -> submitForm(form, username, password, extra))
                    .orElseGet(() -> submitLegacy(query, username, password, extra));
            stream.query(Iq.set(null, submit));
        } catch (IllegalStateException e) {
            throw new RegistrationException(e.getMessage());
        }
    }

    static XmlElement submitLegacy(XmlElement query, String username, String password, Map<String, String> extra) {
        XmlElement.Builder b = XmlElement.builder("query", NAMESPACE);
        List<String> missing = new ArrayList<>();
        for (XmlElement field : query.elements()) {
            String name = field.name();
            if (!field.namespace().equals(NAMESPACE) || name.equals("instructions")) {
                continue;
            }
            String value = switch (name) {
                case "username" -> username;
                case "password" -> password;
                default -> extra.get(name);
            };
            if (value == null) {
                missing.add(name);
            } else {
                b.child(XmlElement.ofText(name, NAMESPACE, value));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the server also asks for " + missing);
        }
        return b.build();
    }

    static XmlElement submitForm(XmlElement formElement, String username, String password, Map<String, String> extra) {
        Decoded<DataForm> decoded = FORMS.decode(formElement);
        if (decoded instanceof Decoded.Malformed<DataForm> malformed) {
            throw new IllegalStateException("the server's registration form is malformed: " + malformed.reason());
        }
        DataForm form = decoded.valueIfAny().orElseThrow();
        Map<String, List<String>> answers = new HashMap<>();
        for (FormField field : form.fields()) {
            String var = field.var();
            String value = var == null ? null : switch (var) {
                case "username" -> username;
                case "password" -> password;
                default -> extra.get(var);
            };
            if (value != null && field.type() != FieldType.FIXED) {
                answers.put(var, List.of(value));
            }
        }
        List<String> missing = form.unansweredRequired(answers);
        if (!missing.isEmpty()) {
            throw new IllegalStateException("the server's registration form also requires " + missing);
        }
        try {
            return XmlElement.builder("query", NAMESPACE).child(FORMS.encode(form.submit(answers))).build();
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("the registration form does not take our answers: " + e.getMessage());
        }
    }

    /** Changes the logged-in account's password (§3.3). */
    public static CompletableFuture<Iq> changePassword(XmppClient client, char[] newPassword) {
        XmlElement query = XmlElement.builder("query", NAMESPACE)
                .child(XmlElement.ofText("username", NAMESPACE, client.jid().local()))
                .child(XmlElement.ofText("password", NAMESPACE, new String(newPassword)))
                .build();
        return client.query(Iq.set(client.jid().domainJid(), query));
    }

    /**
     * Deletes the logged-in account from the server (§3.2); the server then closes the stream with
     * {@code <not-authorized/>}. That closing may overtake its answer (Prosody's does now and then),
     * and it says the account is gone as well as the answer would: both complete the future.
     */
    public static CompletableFuture<Void> cancel(XmppClient client) {
        XmlElement query = XmlElement.builder("query", NAMESPACE)
                .child(XmlElement.empty("remove", NAMESPACE)).build();
        return client.query(Iq.set(client.jid().domainJid(), query)).<Void>thenApply(answer -> null)
                .exceptionallyCompose(e -> removalConfirmed(e) ? CompletableFuture.completedFuture(null)
                        : CompletableFuture.failedFuture(e));
    }

    /** True when {@code failure} is the stream closing with not-authorized, as §3.2 ends a removal. */
    static boolean removalConfirmed(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof StreamErrorException s
                    && s.error().condition() == StreamErrorCondition.NOT_AUTHORIZED && !s.isLocal()) {
                return true;
            }
        }
        return false;
    }
}
