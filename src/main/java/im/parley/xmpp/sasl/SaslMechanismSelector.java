package im.parley.xmpp.sasl;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Chooses which of the server's mechanisms to try, and in what order. */
public final class SaslMechanismSelector {

    /**
     * tls-exporter first: tls-unique is unsafe without extended master secret and undefined in
     * TLS 1.3 (RFC 9266), and tls-server-end-point binds only the certificate, not the session.
     */
    private static final List<String> BINDING_PREFERENCE =
            List.of("tls-exporter", "tls-server-end-point", "tls-unique");
    /**
     * A server that does not advertise its types (XEP-0440) expects RFC 5802's default, tls-unique:
     * ejabberd 23.01 refuses tls-server-end-point there ("Invalid channel binding").
     */
    private static final String UNADVERTISED_BINDING = "tls-unique";
    private static final List<ScramAlgorithm> STRONGEST_FIRST =
            List.of(ScramAlgorithm.SHA_512, ScramAlgorithm.SHA_256, ScramAlgorithm.SHA_1);

    private SaslMechanismSelector() {
    }

    /**
     * Fresh mechanisms to try in turn, strongest first: SCRAM-*-PLUS, SCRAM-*, PLAIN (over TLS only),
     * with EXTERNAL first when a client certificate is configured, and ANONYMOUS last. Names this client does not implement are ignored.
     *
     * @param offered the mechanism names of the server's stream features
     * @param credentials {@code null} for no account: only EXTERNAL and ANONYMOUS remain possible
     * @param tlsActive whether the stream runs over TLS; channel binding and PLAIN need it
     * @param bindings what the TLS layer can export
     * @param serverChannelBindingTypes the types the server advertised per XEP-0440, possibly none
     * @param allowAnonymous try ANONYMOUS even though there are credentials
     * @param allowExternal try EXTERNAL (a client certificate is configured)
     */
    public static List<SaslMechanism> select(List<String> offered, SaslCredentials credentials,
            boolean tlsActive, ChannelBindingSource bindings, List<String> serverChannelBindingTypes,
            boolean allowAnonymous, boolean allowExternal) {
        Objects.requireNonNull(offered, "offered");
        Objects.requireNonNull(bindings, "bindings");
        Objects.requireNonNull(serverChannelBindingTypes, "serverChannelBindingTypes");
        List<SaslMechanism> chosen = new ArrayList<>();
        // A client certificate the user configured is the strongest proof we have (XEP-0178).
        if (allowExternal && offered.contains(ExternalMechanism.NAME)) {
            chosen.add(new ExternalMechanism(credentials == null ? null : credentials.authzid()));
        }
        if (credentials != null) {
            Optional<ChannelBinding> binding = tlsActive
                    ? usableBinding(bindings, serverChannelBindingTypes)
                    : Optional.empty();
            for (ScramAlgorithm algorithm : STRONGEST_FIRST) {
                if (binding.isPresent() && offered.contains(algorithm.plusMechanismName())) {
                    chosen.add(ScramMechanism.plus(algorithm, credentials, binding.get()));
                }
            }
            // "y" tells the server we could have bound; only truthful, and only safe, if it offered no -PLUS.
            boolean clientSupportsBinding = tlsActive && canBindAtAll(bindings)
                    && offered.stream().noneMatch(name -> name.endsWith("-PLUS"));
            for (ScramAlgorithm algorithm : STRONGEST_FIRST) {
                if (offered.contains(algorithm.mechanismName())) {
                    chosen.add(ScramMechanism.unbound(algorithm, credentials, clientSupportsBinding));
                }
            }
            // Never in clear: PLAIN hands the password itself to whoever is listening.
            if (tlsActive && offered.contains(PlainMechanism.NAME)) {
                chosen.add(new PlainMechanism(credentials));
            }
        }
        if ((allowAnonymous || credentials == null) && offered.contains(AnonymousMechanism.NAME)) {
            chosen.add(new AnonymousMechanism());
        }
        return List.copyOf(chosen);
    }

    /** The most preferred binding that the server accepts and the TLS layer can export. */
    private static Optional<ChannelBinding> usableBinding(ChannelBindingSource bindings, List<String> serverTypes) {
        List<String> acceptable = serverTypes.isEmpty()
                ? List.of(UNADVERTISED_BINDING)
                : BINDING_PREFERENCE.stream().filter(serverTypes::contains).toList();
        for (String type : acceptable) {
            Optional<byte[]> data = exported(bindings, type);
            if (data.isPresent()) {
                return Optional.of(new ChannelBinding(type, data.get()));
            }
        }
        return Optional.empty();
    }

    private static boolean canBindAtAll(ChannelBindingSource bindings) {
        return BINDING_PREFERENCE.stream().anyMatch(type -> exported(bindings, type).isPresent());
    }

    /** Empty data would bind to nothing, so it counts as unavailable. */
    private static Optional<byte[]> exported(ChannelBindingSource bindings, String type) {
        return bindings.get(type).filter(data -> data.length > 0);
    }
}
