package im.parley.xmpp.jid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import im.parley.xmpp.jid.JidFormatException.Part;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JidTest {

    private static void assertInvalid(String jid, Part part) {
        assertThatThrownBy(() -> Jid.of(jid))
                .isInstanceOfSatisfying(JidFormatException.class, e -> assertThat(e.part()).isEqualTo(part));
        assertThat(Jid.tryParse(jid)).isEmpty();
    }

    /** RFC 7622 §3.5.1. */
    @Nested
    class Rfc7622ValidExamples {
        @ParameterizedTest
        @CsvSource(delimiter = '|', nullValues = "NULL", quoteCharacter = '`', value = {
            "juliet@example.com            | juliet  | example.com   | NULL",
            "juliet@example.com/foo        | juliet  | example.com   | foo",
            "juliet@example.com/foo bar    | juliet  | example.com   | foo bar",
            "juliet@example.com/foo@bar    | juliet  | example.com   | foo@bar",
            "foo\\20bar@example.com        | foo\\20bar | example.com | NULL",
            "fussball@example.com          | fussball | example.com  | NULL",
            "fußball@example.com           | fußball | example.com   | NULL",
            "π@example.com                 | π       | example.com   | NULL",
            "Σ@example.com/foo             | σ       | example.com   | foo",
            "σ@example.com/foo             | σ       | example.com   | foo",
            "ς@example.com/foo             | ς       | example.com   | foo",
            "king@example.com/♚            | king    | example.com   | ♚",
            "example.com                   | NULL    | example.com   | NULL",
            "example.com/foobar            | NULL    | example.com   | foobar",
            "a.example.com/b@example.net   | NULL    | a.example.com | b@example.net",
        })
        void parsesIntoNormalizedParts(String input, String local, String domain, String resource) {
            Jid jid = Jid.of(input);

            assertThat(jid.local()).isEqualTo(local);
            assertThat(jid.domain()).isEqualTo(domain);
            assertThat(jid.resource()).isEqualTo(resource);
            assertThat(Jid.of(jid.toString())).isEqualTo(jid);
        }

        @Test
        void capitalSigmaMapsToSmallSigmaButFinalSigmaStaysDistinct() {
            assertThat(Jid.of("Σ@example.com/foo")).isEqualTo(Jid.of("σ@example.com/foo"))
                    .hasToString("σ@example.com/foo");
            assertThat(Jid.of("ς@example.com/foo")).isNotEqualTo(Jid.of("σ@example.com/foo"));
        }

        @Test
        void sharpSIsNotFoldedToDoubleS() {
            assertThat(Jid.of("fußball@example.com")).isNotEqualTo(Jid.of("fussball@example.com"));
        }
    }

    /** RFC 7622 §3.5.2. */
    @Nested
    class Rfc7622InvalidExamples {
        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "\"juliet\"@example.com | LOCALPART",
            "foo bar@example.com    | LOCALPART",
            "henryⅣ@example.com     | LOCALPART",
            "♚@example.com          | LOCALPART",
            "@example.com           | LOCALPART",
            "@example.com/          | LOCALPART",
            "juliet@example.com/    | RESOURCEPART",
            "/foobar                | DOMAINPART",
            "juliet@                | DOMAINPART",
        })
        void rejectsNamingThePart(String input, Part part) {
            assertInvalid(input, part);
        }

        @Test
        void rejectsEmptyAndNullAsWhole() {
            assertInvalid("", Part.WHOLE);
            assertInvalid(null, Part.WHOLE);
        }

        @Test
        void messageNamesPartAndReason() {
            assertThatThrownBy(() -> Jid.of("\"juliet\"@example.com"))
                    .hasMessage("Invalid localpart: must not contain '\"'");
            assertThatThrownBy(() -> Jid.of("juliet@example.com/"))
                    .hasMessage("Invalid resourcepart: must not be empty");
            assertThatThrownBy(() -> Jid.of("henryⅣ@example.com"))
                    .hasMessageStartingWith("Invalid localpart: ")
                    .hasMessageContaining("0x2173");
        }
    }

    @Nested
    class Localparts {
        @ParameterizedTest
        @ValueSource(strings = {"a\"b", "a&b", "a'b", "a:b", "a<b", "a>b", "a＠b"})
        void rejectsForbiddenCharactersAlsoAfterWidthMapping(String local) {
            assertInvalid(local + "@example.com", Part.LOCALPART);
        }

        @Test
        void foldsCaseOfLocalAndDomainButKeepsResource() {
            Jid jid = Jid.of("Juliet@Example.COM/Balcony");

            assertThat(jid).isEqualTo(Jid.of("juliet@example.com/Balcony"))
                    .isNotEqualTo(Jid.of("juliet@example.com/balcony"))
                    .hasToString("juliet@example.com/Balcony");
            assertThat(Jid.of("Juliet@Example.COM")).hasSameHashCodeAs(Jid.of("juliet@example.com"));
        }

        @Test
        void mapsFullwidthLettersToAscii() {
            assertThat(Jid.of("ＪＵＬＩＥＴ@example.com").local()).isEqualTo("juliet");
        }

        @Test
        void limitsLengthTo1023Bytes() {
            assertThat(Jid.of("a".repeat(1023) + "@example.com").local()).hasSize(1023);
            assertInvalid("a".repeat(1024) + "@example.com", Part.LOCALPART);
            // 512 two-byte characters are only 512 chars but 1024 bytes.
            assertInvalid("é".repeat(512) + "@example.com", Part.LOCALPART);
            assertThat(Jid.of("é".repeat(511) + "@example.com").local()).hasSize(511);
        }
    }

    @Nested
    class Resourceparts {
        @Test
        void keepsSpacesSlashesAndAtSigns() {
            assertThat(Jid.of("juliet@example.com/ a/b@c ").resource()).isEqualTo(" a/b@c ");
        }

        @Test
        void mapsNonAsciiSpaceToAsciiSpace() {
            assertThat(Jid.of("juliet@example.com/foo\u00A0bar").resource()).isEqualTo("foo bar");
        }

        @ParameterizedTest
        @ValueSource(strings = {"foo\tbar", "foo\u007Fbar", "foo\u0000"})
        void rejectsControlCharacters(String resource) {
            assertInvalid("juliet@example.com/" + resource, Part.RESOURCEPART);
        }

        @Test
        void limitsLengthTo1023Bytes() {
            assertThat(Jid.of("example.com/" + "r".repeat(1023)).resource()).hasSize(1023);
            assertInvalid("example.com/" + "r".repeat(1024), Part.RESOURCEPART);
        }
    }

    @Nested
    class Domainparts {
        @Test
        void stripsOneTrailingDot() {
            assertThat(Jid.of("juliet@example.com./foo")).isEqualTo(Jid.of("juliet@example.com/foo"));
            assertInvalid("juliet@example.com..", Part.DOMAINPART);
            assertInvalid("juliet@.", Part.DOMAINPART);
        }

        @Test
        void storesInternationalizedNamesInLowercaseUnicode() {
            assertThat(Jid.of("MÜNCHEN.DE").domain()).isEqualTo("münchen.de");
            assertThat(Jid.of("xn--mnchen-3ya.de")).isEqualTo(Jid.of("münchen.de"));
            assertThat(Jid.of("XN--MNCHEN-3YA.DE").domain()).isEqualTo("münchen.de");
            assertThat(Jid.of("juliet@exa\u3002mple.com").domain()).isEqualTo("exa.mple.com");
        }

        @ParameterizedTest
        @ValueSource(strings = {"-example.com", "example-.com", "exa_mple.com", "exa mple.com", "a..b",
            ".example.com", "juliet@example@com", "a＠b.com"})
        void rejectsInvalidNames(String domain) {
            assertInvalid(domain, Part.DOMAINPART);
        }

        @Test
        void limitsLabelsTo63Characters() {
            assertThat(Jid.of("a".repeat(63) + ".com").domain()).startsWith("a".repeat(63));
            assertInvalid("a".repeat(64) + ".com", Part.DOMAINPART);
        }

        @Test
        void limitsLengthTo1023Bytes() {
            String label = "a".repeat(63) + ".";
            String domain1023 = label.repeat(15) + "b".repeat(63);
            assertThat(domain1023).hasSize(1023);
            assertThat(Jid.of(domain1023).domain()).isEqualTo(domain1023);
            assertInvalid("c." + domain1023, Part.DOMAINPART);
        }

        @Test
        void acceptsIpv4Address() {
            assertThat(Jid.of("juliet@192.0.2.1/foo").domain()).isEqualTo("192.0.2.1");
        }

        @Test
        void acceptsBracketedIpv6AddressInLowercase() {
            assertThat(Jid.of("[::1]").domain()).isEqualTo("[::1]");
            assertThat(Jid.of("juliet@[2001:DB8::1]/foo"))
                    .hasToString("juliet@[2001:db8::1]/foo")
                    .isEqualTo(Jid.of("juliet@[2001:db8::1]/foo"));
            assertThat(Jid.of("[::ffff:192.0.2.1]").domain()).isEqualTo("[::ffff:192.0.2.1]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"[]", "[", "[::1", "[::g]", "[192.0.2.1]", "[1:2:3:4:5:6:7:8:9]", "[::1%eth0]"})
        void rejectsInvalidIpLiterals(String domain) {
            assertInvalid(domain, Part.DOMAINPART);
        }
    }

    @Nested
    class PartsAndDerivedJids {
        @Test
        void classifiesBareFullAndDomainOnly() {
            Jid full = Jid.of("juliet@example.com/balcony");
            Jid bare = Jid.of("juliet@example.com");
            Jid domain = Jid.of("example.com");
            Jid domainFull = Jid.of("example.com/service");

            assertThat(full.isFull()).isTrue();
            assertThat(full.isBare()).isFalse();
            assertThat(bare.isBare()).isTrue();
            assertThat(bare.isFull()).isFalse();
            assertThat(bare.isDomainOnly()).isFalse();
            assertThat(domain.isBare()).isTrue();
            assertThat(domain.isDomainOnly()).isTrue();
            assertThat(domainFull.isFull()).isTrue();
            assertThat(domainFull.isDomainOnly()).isFalse();
        }

        @Test
        void derivesBareDomainAndResourceVariants() {
            Jid full = Jid.of("juliet@example.com/balcony");

            assertThat(full.bare()).hasToString("juliet@example.com");
            assertThat(full.domainJid()).isEqualTo(Jid.domain("example.com"));
            assertThat(full.withResource("Garden")).hasToString("juliet@example.com/Garden");
            assertThat(full.withResource(null)).isEqualTo(full.bare());
            Jid bare = full.bare();
            assertThat(bare.bare()).isSameAs(bare);
            assertThat(bare.withResource(null)).isSameAs(bare);
            assertThatThrownBy(() -> full.withResource(""))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.RESOURCEPART));
        }

        @Test
        void buildsFromPartsLikeParsing() {
            assertThat(Jid.of("Juliet", "Example.com.", "balcony")).isEqualTo(Jid.of("juliet@example.com/balcony"));
            assertThat(Jid.of(null, "example.com", null)).isEqualTo(Jid.domain("example.com"));
            assertThatThrownBy(() -> Jid.of("", "example.com", null))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.LOCALPART));
            assertThatThrownBy(() -> Jid.of("a@b", "example.com", null))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.LOCALPART));
            assertThatThrownBy(() -> Jid.of("juliet", null, null))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.DOMAINPART));
            assertThatThrownBy(() -> Jid.domain("example.com/foo"))
                    .isInstanceOfSatisfying(JidFormatException.class,
                            e -> assertThat(e.part()).isEqualTo(Part.DOMAINPART));
        }

        @Test
        void tryParseReturnsTheJidWhenValid() {
            assertThat(Jid.tryParse("Juliet@example.com")).contains(Jid.of("juliet@example.com"));
        }

        @Test
        void ordersByDomainThenLocalThenResourceWithAbsentPartsFirst() {
            List<Jid> sorted = List.of(
                    Jid.of("a.example"),
                    Jid.of("a.example/x"),
                    Jid.of("juliet@a.example"),
                    Jid.of("juliet@a.example/balcony"),
                    Jid.of("romeo@a.example"),
                    Jid.of("b.example"));
            List<Jid> shuffled = new ArrayList<>(sorted);
            Collections.reverse(shuffled);
            Collections.sort(shuffled);

            assertThat(shuffled).containsExactlyElementsOf(sorted);
            assertThat(Jid.of("Juliet@A.example")).isEqualByComparingTo(Jid.of("juliet@a.example"));
        }
    }
}
