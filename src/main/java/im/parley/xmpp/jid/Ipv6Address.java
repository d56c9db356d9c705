package im.parley.xmpp.jid;

/** The textual IPv6 address syntax of RFC 4291 §2.2 (the IPv6address rule of RFC 3986 §3.2.2). */
final class Ipv6Address {
    private static final int GROUPS = 8;

    private Ipv6Address() {
    }

    /** True for an IPv6 address without brackets or zone identifier, e.g. "::1" or "::ffff:192.0.2.1". */
    static boolean isValid(String text) {
        int gap = text.indexOf("::");
        if (gap < 0) {
            return groups(text, true) == GROUPS;
        }
        if (text.indexOf("::", gap + 1) >= 0) {
            return false; // at most one "::", and ":::" is never valid
        }
        String head = text.substring(0, gap);
        String tail = text.substring(gap + 2);
        int headGroups = head.isEmpty() ? 0 : groups(head, false);
        int tailGroups = tail.isEmpty() ? 0 : groups(tail, true);
        // "::" stands for at least one group of zeros.
        return headGroups >= 0 && tailGroups >= 0 && headGroups + tailGroups < GROUPS;
    }

    /**
     * The number of 16-bit groups in a colon-separated run, counting a final dotted IPv4 address
     * as two; -1 when the run is malformed.
     */
    private static int groups(String run, boolean ipv4Allowed) {
        String[] fields = run.split(":", -1);
        int groups = 0;
        for (int i = 0; i < fields.length; i++) {
            String field = fields[i];
            if (ipv4Allowed && i == fields.length - 1 && field.indexOf('.') >= 0) {
                if (!isIpv4(field)) {
                    return -1;
                }
                groups += 2;
            } else if (isHexGroup(field)) {
                groups += 1;
            } else {
                return -1;
            }
        }
        return groups;
    }

    private static boolean isHexGroup(String field) {
        if (field.isEmpty() || field.length() > 4) {
            return false;
        }
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            // Not Character.digit: it also accepts non-ASCII digits such as FULLWIDTH DIGIT ONE.
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
                return false;
            }
        }
        return true;
    }

    /** RFC 3986 IPv4address: four decimal octets without leading zeros. */
    private static boolean isIpv4(String text) {
        String[] octets = text.split("\\.", -1);
        if (octets.length != 4) {
            return false;
        }
        for (String octet : octets) {
            if (octet.isEmpty() || octet.length() > 3 || octet.length() > 1 && octet.charAt(0) == '0') {
                return false;
            }
            for (int i = 0; i < octet.length(); i++) {
                char c = octet.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
