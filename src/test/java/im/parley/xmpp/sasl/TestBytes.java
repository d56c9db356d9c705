package im.parley.xmpp.sasl;

import java.nio.charset.StandardCharsets;

/** SASL messages are bytes; the tests read and write them as UTF-8 text. */
final class TestBytes {

    private TestBytes() {
    }

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
