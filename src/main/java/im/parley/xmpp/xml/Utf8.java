package im.parley.xmpp.xml;

/**
 * Where UTF-8 sequences end, so that no chunk given to Aalto splits one. Aalto's async scanner
 * mishandles sequences that straddle two feeds: it drops a 4-byte character in an attribute value
 * and does not validate the continuation bytes (it accepts {@code E5 00 AD} split after
 * {@code 00}). Whole sequences, valid or not, it handles right.
 */
final class Utf8 {
    private Utf8() {
    }

    /**
     * The length of the longest prefix of {@code buf[0, len)} that does not cut a multi-byte
     * sequence: the bytes from the last lead byte on are held back if the sequence that lead byte
     * announces runs past {@code len}, whatever those bytes are.
     */
    static int completeLength(byte[] buf, int len) {
        // A sequence is at most 4 bytes, so only a lead among the last 3 can run past the end.
        for (int k = 1; k <= Math.min(3, len); k++) {
            int b = buf[len - k] & 0xFF;
            if (b >= 0xC0) {
                return sequenceLength(b) > k ? len - k : len;
            }
        }
        return len;
    }

    private static int sequenceLength(int lead) {
        if (lead < 0xE0) {
            return 2;
        }
        if (lead < 0xF0) {
            return 3;
        }
        return lead < 0xF8 ? 4 : 1; // F8..FF lead nothing: invalid, left to Aalto to reject
    }
}
