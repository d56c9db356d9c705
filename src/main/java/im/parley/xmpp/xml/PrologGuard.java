package im.parley.xmpp.xml;

/**
 * Rejects {@code <!} before the root element, i.e. a DOCTYPE or a comment in the prolog.
 *
 * <p>It looks at raw bytes before Aalto does because Aalto's async scanner cannot be trusted with
 * a DOCTYPE: one with an internal subset ({@code <!DOCTYPE x [...]>}, the billion-laughs shape)
 * fails as a generic syntax error instead of a DTD event, and even a well-behaved DTD event only
 * comes once the whole subset has been buffered. Scanning stops at the first {@code <} that opens
 * neither {@code <?} nor {@code <!}: that is the root start tag, and from there on {@code <!}
 * means CDATA or a comment, which the event loop handles.
 */
final class PrologGuard {
    private boolean afterLt;
    private boolean passed;

    boolean passed() {
        return passed;
    }

    void reset() {
        afterLt = false;
        passed = false;
    }

    /** Scans the next bytes of the prolog; false when they hold {@code <!}. */
    boolean scan(byte[] buf, int len) {
        for (int i = 0; i < len && !passed; i++) {
            byte b = buf[i];
            if (afterLt) {
                if (b == '!') {
                    return false;
                }
                afterLt = false;
                passed = b != '?';
            } else {
                afterLt = b == '<';
            }
        }
        return true;
    }
}
