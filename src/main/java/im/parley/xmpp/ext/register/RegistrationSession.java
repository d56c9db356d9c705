package im.parley.xmpp.ext.register;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.session.PreAuthStream;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.StanzaErrorException;
import im.parley.xmpp.xml.XmlElement;

/**
 * Creating an account in two steps, fetch the form and submit it, over one secured stream kept
 * open in between: a CAPTCHA (XEP-0158) is bound to the stream it was issued on. Calls block the
 * caller's thread; close ends the stream.
 */
public final class RegistrationSession implements AutoCloseable {
    private final PreAuthStream stream;
    private RegistrationForm form;

    private RegistrationSession(PreAuthStream stream) {
        this.stream = stream;
    }

    /** Opens a TLS stream to {@code config}'s server; only its domain, address and TLS settings count. */
    public static RegistrationSession open(ClientConfig config) throws XmppException {
        return new RegistrationSession(PreAuthStream.open(config));
    }

    /** Asks the server what it needs (§3.1); asking again gets a fresh form, e.g. a new CAPTCHA. */
    public synchronized RegistrationForm fetchForm() throws XmppException {
        try {
            Iq answer = stream.query(Iq.get(null, XmlElement.empty("query", InBandRegistration.NAMESPACE)));
            form = RegistrationForm.read(answer.toXml());
            return form;
        } catch (StanzaErrorException e) {
            throw new RegistrationRefusedException(e.error());
        }
    }

    /**
     * Submits the filled form (type submit) of the last {@link #fetchForm()}; returns when the
     * account exists.
     *
     * @throws RegistrationRefusedException when the server refuses, e.g. the username is taken
     */
    public synchronized void submit(DataForm answers) throws XmppException {
        if (form == null) {
            throw new IllegalStateException("fetch the form before submitting it");
        }
        if (answers.type() != FormType.SUBMIT) {
            throw new IllegalArgumentException("answers are a submit form, not " + answers.type().wireName());
        }
        try {
            stream.query(Iq.set(null, form.submission(answers)));
        } catch (StanzaErrorException e) {
            throw new RegistrationRefusedException(e.error());
        }
    }

    @Override
    public void close() {
        stream.close();
    }
}
