package im.parley.xmpp.session;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import im.parley.xmpp.xml.Limits;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything needed to open a session for one account. Built once, never changed; a changed
 * setting is a new config.
 *
 * @param jid the account; a resource in it is requested at bind time
 * @param password the password; null for ANONYMOUS or EXTERNAL
 * @param server a manual host and port, or null to look up SRV records
 * @param bosh an https URL of a BOSH connection manager (XEP-0206) to use instead of TCP, or null
 * @param mechanisms the SASL mechanisms the user allows; empty allows every one Parley implements
 * @param serverOrder stanzas from all senders are handled one after another in the order the
 *     server sent them, instead of in parallel per sender: for an account whose events must come
 *     out in that order (handlers are then expected to be quick and hand slow work on)
 */
public record ClientConfig(Jid jid, char[] password, ServerAddress server, TlsSettings tls,
                           Duration connectTimeout, Duration replyTimeout, Limits limits,
                           boolean streamManagement, boolean reconnect, Duration pingInterval,
                           String lang, boolean compression, java.net.URI bosh, java.util.Set<String> mechanisms,
                           boolean serverOrder) {

    public ClientConfig {
        Objects.requireNonNull(jid, "jid");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(replyTimeout, "replyTimeout");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(pingInterval, "pingInterval");
        password = password == null ? null : password.clone();
        mechanisms = java.util.Set.copyOf(mechanisms);
    }

    public static Builder builder(Jid jid) {
        return new Builder(jid);
    }

    @Override
    public char[] password() {
        return password == null ? null : password.clone();
    }

    public String domain() {
        return jid.domain();
    }

    public Builder toBuilder() {
        Builder b = new Builder(jid);
        b.password = password;
        b.server = server;
        b.tls = tls;
        b.connectTimeout = connectTimeout;
        b.replyTimeout = replyTimeout;
        b.limits = limits;
        b.streamManagement = streamManagement;
        b.reconnect = reconnect;
        b.pingInterval = pingInterval;
        b.lang = lang;
        b.compression = compression;
        b.bosh = bosh;
        b.mechanisms = mechanisms;
        b.serverOrder = serverOrder;
        return b;
    }

    public static final class Builder {
        private final Jid jid;
        private char[] password;
        private ServerAddress server;
        private TlsSettings tls = TlsSettings.systemDefaults();
        private Duration connectTimeout = Duration.ofSeconds(15);
        private Duration replyTimeout = Duration.ofSeconds(30);
        private Limits limits = Limits.defaults();
        private boolean streamManagement = true;
        private boolean reconnect = true;
        private Duration pingInterval = Duration.ofSeconds(60);
        private String lang = "en";
        private boolean compression;
        private java.net.URI bosh;
        private java.util.Set<String> mechanisms = java.util.Set.of();
        private boolean serverOrder;

        private Builder(Jid jid) {
            this.jid = jid;
        }

        /** Handle all senders' stanzas in one lane, in the order the server sent them. */
        public Builder serverOrder(boolean serverOrder) {
            this.serverOrder = serverOrder;
            return this;
        }

        public Builder password(char[] password) {
            this.password = password;
            return this;
        }

        public Builder server(ServerAddress server) {
            this.server = server;
            return this;
        }

        public Builder tls(TlsSettings tls) {
            this.tls = tls;
            return this;
        }

        public Builder connectTimeout(Duration d) {
            this.connectTimeout = d;
            return this;
        }

        public Builder replyTimeout(Duration d) {
            this.replyTimeout = d;
            return this;
        }

        public Builder limits(Limits limits) {
            this.limits = limits;
            return this;
        }

        public Builder streamManagement(boolean on) {
            this.streamManagement = on;
            return this;
        }

        public Builder reconnect(boolean on) {
            this.reconnect = on;
            return this;
        }

        public Builder pingInterval(Duration d) {
            this.pingInterval = d;
            return this;
        }

        public Builder lang(String lang) {
            this.lang = lang;
            return this;
        }

        /** XEP-0138 zlib; off by default because compression under TLS leaks (CRIME-style attacks). */
        public Builder compression(boolean on) {
            this.compression = on;
            return this;
        }

        /** Connects through this BOSH connection manager (https only) instead of TCP. */
        public Builder bosh(java.net.URI url) {
            this.bosh = url;
            return this;
        }

        /** Restricts SASL to these mechanisms (e.g. to refuse PLAIN even over TLS); empty allows all. */
        public Builder mechanisms(java.util.Set<String> allowed) {
            this.mechanisms = allowed;
            return this;
        }

        public ClientConfig build() {
            return new ClientConfig(jid, password, server, tls, connectTimeout, replyTimeout, limits,
                    streamManagement, reconnect, pingInterval, lang, compression, bosh, mechanisms, serverOrder);
        }
    }
}
