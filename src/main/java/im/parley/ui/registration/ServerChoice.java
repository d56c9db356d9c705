package im.parley.ui.registration;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.jid.JidFormatException;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.ServerAddress;

/**
 * The server the user wants an account on: its domain and, when DNS should not be asked, the host
 * and port to connect to. The caller turns it into a connection config, adding the TLS trust it
 * manages (see {@link RegistrationViewModel}).
 *
 * @param domain the XMPP domain, e.g. example.org
 * @param address null to look up SRV records
 */
public record ServerChoice(Jid domain, ServerAddress address) {

    /**
     * Reads what the user typed: a domain and an optional "host" or "host:port".
     *
     * @throws IllegalArgumentException with a sentence for the user
     */
    public static ServerChoice parse(String domain, String host) {
        String d = domain.strip();
        if (d.isEmpty()) {
            throw new IllegalArgumentException("Enter the server's name, like example.org.");
        }
        Jid jid;
        try {
            jid = Jid.of(d);
        } catch (JidFormatException e) {
            throw new IllegalArgumentException("“" + d + "” is not a server name like example.org.");
        }
        if (!jid.isDomainOnly()) {
            throw new IllegalArgumentException("Enter only the server's name, like example.org, not a whole address.");
        }
        String h = host.strip();
        if (h.isEmpty()) {
            return new ServerChoice(jid, null);
        }
        int colon = h.lastIndexOf(':');
        String name = colon > 0 ? h.substring(0, colon) : h;
        int port = colon > 0 ? port(h.substring(colon + 1)) : 5222;
        return new ServerChoice(jid, new ServerAddress(name, port, false));
    }

    /** A config for this server with the engine's defaults (system trust store). */
    public ClientConfig.Builder configBuilder() {
        ClientConfig.Builder b = ClientConfig.builder(domain).reconnect(false);
        return address == null ? b : b.server(address);
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("The port must be a number from 1 to 65535, not “" + text + "”.");
    }
}
