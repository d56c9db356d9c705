package im.parley.xmpp.sasl;

import static im.parley.xmpp.sasl.TestBytes.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SaslMechanismSelectorTest {

    private static final SaslCredentials CREDENTIALS = new SaslCredentials("user", "pencil".toCharArray(), null);
    private static final List<String> EVERYTHING = List.of("ANONYMOUS", "EXTERNAL", "PLAIN", "SCRAM-SHA-1",
            "SCRAM-SHA-1-PLUS", "SCRAM-SHA-256", "SCRAM-SHA-256-PLUS", "SCRAM-SHA-512", "SCRAM-SHA-512-PLUS");
    private static final List<String> SCRAM_ONLY = List.of("SCRAM-SHA-1", "SCRAM-SHA-256");
    private static final ChannelBindingSource NO_BINDINGS = type -> Optional.empty();
    private static final ChannelBindingSource ALL_BINDINGS = source(
            "tls-exporter", "tls-server-end-point", "tls-unique");

    @Test
    void strongestFirst() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, true, ALL_BINDINGS,
                List.of(), true, true);

        assertThat(chosen).extracting(SaslMechanism::name).containsExactly(
                "EXTERNAL", "SCRAM-SHA-512-PLUS", "SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS",
                "SCRAM-SHA-512", "SCRAM-SHA-256", "SCRAM-SHA-1",
                "PLAIN", "ANONYMOUS");
    }

    @Test
    void withoutTlsNeitherPlusNorPlain() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, false, ALL_BINDINGS,
                List.of(), false, false);

        assertThat(chosen).extracting(SaslMechanism::name)
                .containsExactly("SCRAM-SHA-512", "SCRAM-SHA-256", "SCRAM-SHA-1");
        assertThat(firstMessage(chosen)).startsWith("n,,");
    }

    @Test
    void plainIsNeverChosenInClear() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(List.of("PLAIN"), CREDENTIALS, false,
                NO_BINDINGS, List.of(), false, false);

        assertThat(chosen).isEmpty();
    }

    @Test
    void unadvertisedServerTypesMeanTlsUnique() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, true, ALL_BINDINGS,
                List.of(), false, false);

        assertThat(firstMessage(chosen)).startsWith("p=tls-unique,,");
    }

    @Test
    void unadvertisedServerTypesWithoutTlsUniqueMeanNoPlus() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, true,
                source("tls-server-end-point"), List.of(), false, false);

        assertThat(chosen).extracting(SaslMechanism::name).first().isEqualTo("SCRAM-SHA-512");
        // The server does support binding, so "y" would make it suspect a downgrade.
        assertThat(firstMessage(chosen)).startsWith("n,,");
    }

    @Test
    void advertisedServerTypesPickOurFavourite() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, true, ALL_BINDINGS,
                List.of("tls-server-end-point", "tls-exporter"), false, false);

        assertThat(firstMessage(chosen)).startsWith("p=tls-exporter,,");
    }

    @Test
    void bindingTheServerDoesNotAcceptIsNotUsed() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(EVERYTHING, CREDENTIALS, true,
                source("tls-exporter"), List.of("tls-unique"), false, false);

        assertThat(chosen).extracting(SaslMechanism::name).doesNotContain("SCRAM-SHA-512-PLUS",
                "SCRAM-SHA-256-PLUS", "SCRAM-SHA-1-PLUS");
    }

    @Test
    void strippedPlusOfferIsAnsweredWithY() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(SCRAM_ONLY, CREDENTIALS, true, ALL_BINDINGS,
                List.of(), false, false);

        assertThat(chosen).extracting(SaslMechanism::name).containsExactly("SCRAM-SHA-256", "SCRAM-SHA-1");
        assertThat(firstMessage(chosen)).startsWith("y,,");
    }

    @Test
    void noBindingAvailableMeansN() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(SCRAM_ONLY, CREDENTIALS, true, NO_BINDINGS,
                List.of(), false, false);

        assertThat(firstMessage(chosen)).startsWith("n,,");
    }

    @Test
    void unknownNamesAreIgnored() {
        List<SaslMechanism> chosen = SaslMechanismSelector.select(
                List.of("DIGEST-MD5", "X-OAUTH2", "SCRAM-SHA-1", "scram-sha-256", "CRAM-MD5"), CREDENTIALS, true,
                NO_BINDINGS, List.of(), false, false);

        assertThat(chosen).extracting(SaslMechanism::name).containsExactly("SCRAM-SHA-1");
    }

    @Test
    void anonymousAndExternalOnlyWhenAllowed() {
        List<String> offered = List.of("EXTERNAL", "ANONYMOUS", "SCRAM-SHA-1");

        assertThat(SaslMechanismSelector.select(offered, CREDENTIALS, true, NO_BINDINGS, List.of(), false, false))
                .extracting(SaslMechanism::name).containsExactly("SCRAM-SHA-1");
        assertThat(SaslMechanismSelector.select(offered, null, true, NO_BINDINGS, List.of(), false, false))
                .extracting(SaslMechanism::name).containsExactly("ANONYMOUS");
        assertThat(SaslMechanismSelector.select(offered, null, true, NO_BINDINGS, List.of(), false, true))
                .extracting(SaslMechanism::name).containsExactly("EXTERNAL", "ANONYMOUS");
    }

    private static String firstMessage(List<SaslMechanism> chosen) {
        try {
            return text(chosen.get(0).initialResponse());
        } catch (SaslException e) {
            throw new AssertionError(e);
        }
    }

    /** A TLS layer that exports the given types, each with some non-empty data. */
    private static ChannelBindingSource source(String... types) {
        Map<String, byte[]> exported = new HashMap<>();
        for (String type : types) {
            exported.put(type, type.getBytes(StandardCharsets.US_ASCII));
        }
        return type -> Optional.ofNullable(exported.get(type));
    }
}
