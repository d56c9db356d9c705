package im.parley.xmpp.jid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import rocks.xmpp.precis.PrecisProfiles;

/** The ASCII fast paths must give exactly what the full PRECIS or IDNA processing gives. */
class AsciiFastPathTest {

    /** Every ASCII character alone, inside a word and in pairs, plus typical and mixed-case strings. */
    private static List<String> asciiSamples() {
        List<String> samples = new ArrayList<>();
        for (char c = 0; c < 0x80; c++) {
            samples.add(String.valueOf(c));
            samples.add("Ab" + c + "Yz");
            samples.add(c + "-" + c);
        }
        samples.addAll(List.of("juliet", "Juliet", "JULIET", "foo\\20bar", "o'hara", "a.b_c-d~e",
                "Gajim.X1Y2", "Conversations.aBcD", "foo bar", " lead", "trail ", " ",
                "!#$%()*+,-.;=?[]^_`{|}~", "0123456789", "xn--mnchen-3ya", "example.COM"));
        return samples;
    }

    private static String precisOrNull(rocks.xmpp.precis.PrecisProfile profile, String s) {
        try {
            return profile.enforce(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    @Test
    void localpartFastPathMatchesUsernameCaseMapped() {
        int fast = 0;
        for (String s : asciiSamples()) {
            String result = Localpart.asciiFastPath(s);
            if (result != null) {
                fast++;
                assertThat(result).as("localpart %s", s)
                        .isEqualTo(PrecisProfiles.USERNAME_CASE_MAPPED.enforce(s));
            } else {
                // Declined only where PRECIS rejects too: the fast path covers all valid ASCII.
                assertThat(precisOrNull(PrecisProfiles.USERNAME_CASE_MAPPED, s)).as("localpart %s", s).isNull();
            }
        }
        assertThat(fast).isGreaterThan(200);
    }

    @Test
    void resourcepartFastPathMatchesOpaqueString() {
        int fast = 0;
        for (String s : asciiSamples()) {
            String result = Resourcepart.asciiFastPath(s);
            if (result != null) {
                fast++;
                assertThat(result).as("resourcepart %s", s).isEqualTo(PrecisProfiles.OPAQUE_STRING.enforce(s));
            } else {
                assertThat(precisOrNull(PrecisProfiles.OPAQUE_STRING, s)).as("resourcepart %s", s).isNull();
            }
        }
        assertThat(fast).isGreaterThan(200);
    }

    @Test
    void domainpartFastPathMatchesIdna() {
        List<String> samples = new ArrayList<>(asciiSamples());
        samples.addAll(List.of("example.com", "Example.COM", "a.b.c", "a-b.c-d", "192.0.2.1", "a".repeat(63),
                "a".repeat(64), "a..b", ".a", "a.", "-a", "a-", "ab--cd", "xn--mnchen-3ya.de", "XN--MNCHEN-3YA.DE",
                "xn--zzzz.com", "Xn--a", "x.xn--"));
        int fast = 0;
        for (String s : samples) {
            String result = Domainpart.asciiFastPath(s);
            if (result != null) {
                fast++;
                assertThat(result).as("domainpart %s", s).isEqualTo(Domainpart.idnPath(s));
            }
        }
        assertThat(fast).isGreaterThan(100);
    }

    @Test
    void emptyPartsAreRejectedWhicheverPathIsTaken() {
        assertThatThrownBy(() -> Localpart.normalize("")).isInstanceOf(JidFormatException.class);
        assertThatThrownBy(() -> Resourcepart.normalize("")).isInstanceOf(JidFormatException.class);
        assertThatThrownBy(() -> PrecisProfiles.USERNAME_CASE_MAPPED.enforce("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PrecisProfiles.OPAQUE_STRING.enforce("")).isInstanceOf(IllegalArgumentException.class);
    }
}
