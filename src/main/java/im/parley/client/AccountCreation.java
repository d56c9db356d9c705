package im.parley.client;

import im.parley.xmpp.XmppException;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.register.RegistrationException;
import im.parley.xmpp.ext.register.RegistrationForm;
import im.parley.xmpp.ext.register.RegistrationSession;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;

/**
 * Creating an account on a server the user chose (XEP-0077), for the faces: the server's form to
 * show, then the filled form to submit, over one stream held open in between. Every call blocks;
 * run it off the UI thread. Close it when done or abandoned.
 */
public final class AccountCreation implements AutoCloseable {
    /** The field that names the new account in every registration form (XEP-0077 §14.4). */
    public static final String USERNAME = "username";
    /** The field that holds the new account's password. */
    public static final String PASSWORD = "password";

    private final RegistrationSession session;
    private final String domain;
    private final RegistrationForm form;

    private AccountCreation(RegistrationSession session, String domain, RegistrationForm form) {
        this.session = session;
        this.domain = domain;
        this.form = form;
    }

    /**
     * Connects to the server of {@code server} (its domain, address and TLS trust; the localpart
     * and password are not used) and fetches its registration form.
     */
    public static AccountCreation start(ClientConfig server) throws XmppException {
        RegistrationSession session = RegistrationSession.open(server);
        try {
            return new AccountCreation(session, server.domain(), session.fetchForm());
        } catch (XmppException | RuntimeException e) {
            session.close();
            throw e;
        }
    }

    /** The form to show, with any images its fields name. */
    public RegistrationForm form() {
        return form;
    }

    /**
     * Submits {@code answers} and returns the account created.
     *
     * @throws im.parley.xmpp.ext.register.RegistrationRefusedException when the server refuses;
     *     the stream stays open, so the user may change the answers and submit again
     */
    public Jid submit(DataForm answers) throws XmppException {
        String username = answers.field(USERNAME).flatMap(FormField::value)
                .orElseThrow(() -> new RegistrationException("The form names no username."));
        Jid account = Jid.tryParse(username.strip() + "@" + domain)
                .orElseThrow(() -> new RegistrationException("“" + username + "” cannot be used as a username."));
        session.submit(answers);
        return account;
    }

    @Override
    public void close() {
        session.close();
    }
}
