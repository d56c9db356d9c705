package im.parley.client.history;

import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.ClientConfig;
import im.parley.xmpp.transport.CertificateDecision;
import im.parley.xmpp.transport.ServerAddress;
import im.parley.xmpp.transport.TlsSettings;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How to reach one account, as a profile keeps it: the server when DNS should not be asked, the
 * TLS mode, a BOSH URL, whether the password is remembered, and the certificates the user chose to
 * trust (SHA-256 pins). The password itself never goes here: see {@code client.secrets}.
 *
 * @param resource this device's resource, chosen once: two devices with one resource would
 *     take the session from each other
 * @param host empty: look the server up through DNS SRV
 * @param port 0: the default port of the TLS mode (5222, or 5223 for direct TLS)
 * @param bosh null: connect over TCP
 */
public record AccountSettings(Jid jid, String resource, String host, int port, boolean directTls, URI bosh,
                              boolean rememberPassword, Set<String> pins) {
    private static final String RESOURCE = "resource";
    private static final String HOST = "host";
    private static final String PORT = "port";
    private static final String DIRECT_TLS = "direct-tls";
    private static final String BOSH = "bosh";
    private static final String REMEMBER = "remember-password";
    private static final String PINS = "pins";

    public AccountSettings {
        jid = jid.bare();
        resource = resource == null || resource.isBlank() ? newResource() : resource;
        host = host == null ? "" : host.trim();
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("The port must be between 1 and 65535, not " + port);
        }
        if (bosh != null && !"https".equalsIgnoreCase(bosh.getScheme())) {
            throw new IllegalArgumentException("A BOSH address must start with https://");
        }
        pins = Set.copyOf(pins);
    }

    /** An account reached through DNS, over STARTTLS, nothing remembered. */
    public static AccountSettings of(Jid jid) {
        return new AccountSettings(jid, null, "", 0, false, null, false, Set.of());
    }

    private static String newResource() {
        String letters = "abcdefghijkmnopqrstuvwxyz23456789";
        StringBuilder b = new StringBuilder("parley-");
        java.security.SecureRandom random = new java.security.SecureRandom();
        for (int i = 0; i < 6; i++) {
            b.append(letters.charAt(random.nextInt(letters.length())));
        }
        return b.toString();
    }

    public AccountSettings withServer(String host, int port, boolean directTls) {
        return new AccountSettings(jid, resource, host, port, directTls, bosh, rememberPassword, pins);
    }

    public AccountSettings withBosh(URI bosh) {
        return new AccountSettings(jid, resource, host, port, directTls, bosh, rememberPassword, pins);
    }

    public AccountSettings withRememberPassword(boolean remember) {
        return new AccountSettings(jid, resource, host, port, directTls, bosh, remember, pins);
    }

    /** These settings with {@code fingerprint} (SHA-256, as {@code CertificateProblem#leafFingerprint}) trusted. */
    public AccountSettings withPin(String fingerprint) {
        Set<String> more = new TreeSet<>(pins);
        more.add(fingerprint);
        return new AccountSettings(jid, resource, host, port, directTls, bosh, rememberPassword, more);
    }

    /** These settings, also trusting every certificate {@code other} trusts. */
    public AccountSettings withPinsOf(AccountSettings other) {
        Set<String> more = new TreeSet<>(pins);
        more.addAll(other.pins);
        return new AccountSettings(jid, resource, host, port, directTls, bosh, rememberPassword, more);
    }

    public AccountSettings withoutPin(String fingerprint) {
        Set<String> fewer = new TreeSet<>(pins);
        fewer.remove(fingerprint);
        return new AccountSettings(jid, resource, host, port, directTls, bosh, rememberPassword, fewer);
    }

    /**
     * The engine's configuration for these settings. {@code decision} is asked about a
     * certificate that neither the system nor a pin trusts; the resource is Parley's own.
     */
    public ClientConfig toConfig(char[] password, CertificateDecision decision) {
        ClientConfig.Builder b = ClientConfig.builder(jid.withResource(resource))
                .password(password)
                .tls(new TlsSettings(List.of(), pins, decision));
        if (!host.isEmpty()) {
            b.server(new ServerAddress(host, port == 0 ? (directTls ? 5223 : 5222) : port, directTls));
        }
        if (bosh != null) {
            b.bosh(bosh);
        }
        return b.build();
    }

    Map<String, String> toRows() {
        Map<String, String> rows = new HashMap<>();
        rows.put(RESOURCE, resource);
        rows.put(HOST, host.isEmpty() ? null : host);
        rows.put(PORT, port == 0 ? null : Integer.toString(port));
        rows.put(DIRECT_TLS, directTls ? "true" : null);
        rows.put(BOSH, bosh == null ? null : bosh.toString());
        rows.put(REMEMBER, rememberPassword ? "true" : null);
        rows.put(PINS, pins.isEmpty() ? null : String.join(" ", new TreeSet<>(pins)));
        return rows;
    }

    /** Settings read back; a value this version cannot read falls back to its default rather than locking the user out. */
    static AccountSettings fromRows(Jid jid, Map<String, String> rows) {
        int port = 0;
        try {
            port = Integer.parseInt(rows.getOrDefault(PORT, "0"));
        } catch (NumberFormatException e) {
            port = 0;
        }
        URI bosh = null;
        String boshText = rows.get(BOSH);
        if (boshText != null && boshText.startsWith("https://")) {
            bosh = URI.create(boshText);
        }
        String pinText = rows.getOrDefault(PINS, "").trim();
        Set<String> pins = pinText.isEmpty() ? Set.of() : new TreeSet<>(Arrays.asList(pinText.split(" ")));
        return new AccountSettings(jid, rows.get(RESOURCE), rows.getOrDefault(HOST, ""), port < 0 || port > 65535 ? 0 : port,
                Boolean.parseBoolean(rows.get(DIRECT_TLS)), bosh, Boolean.parseBoolean(rows.get(REMEMBER)), pins);
    }
}
