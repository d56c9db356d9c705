package im.parley.xmpp.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The minimal DER reader behind otherName matching: right on good input, quiet on bad input. */
class OtherNameReaderTest {
    private static final byte[] XMPP_ADDR_OID = {0x2B, 0x06, 0x01, 0x05, 0x05, 0x07, 0x08, 0x05};
    private static final int SEQUENCE = 0x30;
    private static final int CONTEXT_0 = 0xA0;
    private static final int OID = 0x06;
    private static final int UTF8_STRING = 0x0C;
    private static final int IA5_STRING = 0x16;

    @TempDir
    Path dir;

    @Test
    void readsTheEncodingTheJdkGivesForOpensslOtherNames() throws Exception {
        X509Certificate cert = new TestCertificates(dir).selfSigned("names",
                "subjectAltName=otherName:1.3.6.1.5.5.7.8.5;UTF8:chat.example.org,"
                        + "otherName:1.3.6.1.5.5.7.8.7;IA5STRING:_xmpps-client.example.net");

        List<List<String>> read = new ArrayList<>();
        for (List<?> san : cert.getSubjectAlternativeNames()) {
            assertThat(san.get(0)).isEqualTo(0);
            read.add(ServerIdentity.OtherNameReader.read((byte[]) san.get(1)));
        }

        assertThat(read).containsExactlyInAnyOrder(
                List.of("1.3.6.1.5.5.7.8.5", "chat.example.org"),
                List.of("1.3.6.1.5.5.7.8.7", "_xmpps-client.example.net"));
    }

    @Test
    void readsTheJdksDoublyWrappedValue() {
        byte[] jdk = HexFormat.of().parseHex("302006082b06010505070805a014a0120c10636861742e6578616d706c652e6f7267");

        assertThat(read(jdk)).containsExactly("1.3.6.1.5.5.7.8.5", "chat.example.org");
    }

    @Test
    void acceptsBothTheSequenceAndTheContextTaggedWrapping() {
        assertThat(ServerIdentity.OtherNameReader.read(otherName(SEQUENCE, UTF8_STRING, "chat.example.org")))
                .containsExactly("1.3.6.1.5.5.7.8.5", "chat.example.org");
        assertThat(ServerIdentity.OtherNameReader.read(otherName(CONTEXT_0, UTF8_STRING, "chat.example.org")))
                .containsExactly("1.3.6.1.5.5.7.8.5", "chat.example.org");
    }

    @Test
    void decodesUtf8AndIa5Values() {
        assertThat(ServerIdentity.OtherNameReader.read(otherName(SEQUENCE, UTF8_STRING, "bücher.example")))
                .containsExactly("1.3.6.1.5.5.7.8.5", "bücher.example");
        assertThat(ServerIdentity.OtherNameReader.read(otherName(SEQUENCE, IA5_STRING, "_xmpp-client.example.com")))
                .containsExactly("1.3.6.1.5.5.7.8.5", "_xmpp-client.example.com");
    }

    @Test
    void readsLongFormLengths() {
        String value = "a".repeat(200) + ".example";

        assertThat(ServerIdentity.OtherNameReader.read(otherName(SEQUENCE, UTF8_STRING, value)))
                .containsExactly("1.3.6.1.5.5.7.8.5", value);
    }

    @Test
    void refusesUnexpectedStructure() {
        byte[] value = "example.com".getBytes(StandardCharsets.US_ASCII);
        byte[] oid = tlv(OID, XMPP_ADDR_OID);

        // wrong outer tag, missing OID, missing [0] wrapper, a string type that is neither UTF8 nor IA5
        assertThat(read(tlv(0x04, concat(oid, tlv(CONTEXT_0, tlv(UTF8_STRING, value)))))).isEmpty();
        assertThat(read(tlv(SEQUENCE, tlv(CONTEXT_0, tlv(UTF8_STRING, value))))).isEmpty();
        assertThat(read(tlv(SEQUENCE, concat(oid, tlv(UTF8_STRING, value))))).isEmpty();
        assertThat(read(tlv(SEQUENCE, concat(oid, tlv(CONTEXT_0, tlv(0x13, value)))))).isEmpty();
    }

    @Test
    void refusesAValueRunningPastItsEnclosingElement() {
        byte[] der = otherName(SEQUENCE, UTF8_STRING, "chat.example.org");
        der[1] -= 4; // the outer element now ends inside the string

        assertThat(read(der)).isEmpty();
    }

    @Test
    void refusesLengthsItCannotHold() {
        // four length octets, and a long-form length pointing past the data
        assertThat(read(new byte[]{0x30, (byte) 0x84, 0x7F, 0x7F, 0x7F, 0x7F, 0x06})).isEmpty();
        assertThat(read(new byte[]{0x30, (byte) 0x82, 0x10, 0x00, 0x06, 0x01, 0x2B})).isEmpty();
        assertThat(read(new byte[]{0x30, 0x05, 0x06, (byte) 0x81})).isEmpty();
    }

    @Test
    void emptyAndTruncatedHeadersAreRefused() {
        byte[] der = otherName(SEQUENCE, UTF8_STRING, "chat.example.org");
        int valueStart = der.length - "chat.example.org".length();

        for (int n = 0; n < valueStart; n++) {
            byte[] cut = Arrays.copyOf(der, n);
            assertThatCode(() -> assertThat(read(cut)).isEmpty()).as("first %d bytes", n).doesNotThrowAnyException();
        }
    }

    @Test
    void truncatedValueIsRefusedRatherThanThrown() {
        byte[] der = otherName(SEQUENCE, UTF8_STRING, "chat.example.org");

        for (int n = 0; n < der.length; n++) {
            byte[] cut = Arrays.copyOf(der, n);
            assertThatCode(() -> assertThat(read(cut)).isEmpty()).as("first %d bytes", n).doesNotThrowAnyException();
        }
    }

    @Test
    void neverThrowsOnCorruptedOrRandomInput() {
        byte[] good = otherName(SEQUENCE, UTF8_STRING, "chat.example.org");
        for (int i = 0; i < good.length; i++) {
            for (int b = 0; b < 256; b++) {
                byte[] bad = good.clone();
                bad[i] = (byte) b;
                assertThatCode(() -> read(bad)).doesNotThrowAnyException();
            }
        }
        Random random = new Random(6125);
        for (int i = 0; i < 20_000; i++) {
            byte[] noise = new byte[random.nextInt(48)];
            random.nextBytes(noise);
            if (noise.length > 0 && random.nextBoolean()) {
                noise[0] = (byte) SEQUENCE;
            }
            assertThatCode(() -> read(noise)).doesNotThrowAnyException();
        }
    }

    private static List<String> read(byte[] der) {
        return ServerIdentity.OtherNameReader.read(der);
    }

    private static byte[] otherName(int outerTag, int stringTag, String value) {
        byte[] bytes = value.getBytes(stringTag == UTF8_STRING ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
        return tlv(outerTag, concat(tlv(OID, XMPP_ADDR_OID), tlv(CONTEXT_0, tlv(stringTag, bytes))));
    }

    private static byte[] tlv(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int len = content.length;
        if (len < 0x80) {
            out.write(len);
        } else if (len < 0x100) {
            out.write(0x81);
            out.write(len);
        } else {
            out.write(0x82);
            out.write(len >> 8);
            out.write(len & 0xFF);
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
