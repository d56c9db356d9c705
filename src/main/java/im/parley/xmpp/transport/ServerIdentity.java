package im.parley.xmpp.transport;

import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Checks that a server certificate names the XMPP domain (RFC 6120 §13.7.2.1, RFC 6125, RFC 7590):
 * a DNS-ID (with a wildcard only as the whole left-most label), an SRV-ID for
 * {@code _xmpp-client} or {@code _xmpps-client}, or an XmppAddr. The Common Name is not used:
 * RFC 6125 deprecates it and every current server certificate carries subjectAltNames.
 */
public final class ServerIdentity {
    private static final String OID_XMPP_ADDR = "1.3.6.1.5.5.7.8.5";
    private static final String OID_SRV_NAME = "1.3.6.1.5.5.7.8.7";
    private static final int SAN_OTHER_NAME = 0;
    private static final int SAN_DNS = 2;

    private ServerIdentity() {
    }

    public static boolean matches(X509Certificate cert, String domain) {
        String want = domain.toLowerCase(Locale.ROOT);
        // DNS-IDs and SRV-IDs hold A-labels (RFC 6125 §6.4.2); XmppAddr holds the Unicode form.
        String ascii = asciiForm(want);
        Collection<List<?>> names;
        try {
            names = cert.getSubjectAlternativeNames();
        } catch (CertificateParsingException e) {
            return false;
        }
        if (names == null) {
            return false;
        }
        for (List<?> entry : names) {
            int type = (Integer) entry.get(0);
            Object value = entry.get(1);
            if (type == SAN_DNS && value instanceof String dns && dnsMatches(dns.toLowerCase(Locale.ROOT), ascii)) {
                return true;
            }
            if (type == SAN_OTHER_NAME && value instanceof byte[] der && otherNameMatches(der, want, ascii)) {
                return true;
            }
        }
        return false;
    }

    static boolean dnsMatches(String pattern, String domain) {
        if (pattern.endsWith(".")) {
            pattern = pattern.substring(0, pattern.length() - 1);
        }
        if (pattern.startsWith("*.")) {
            String suffix = pattern.substring(1);
            int dot = domain.indexOf('.');
            return dot > 0 && domain.substring(dot).equals(suffix) && suffix.indexOf('.', 1) > 0;
        }
        return pattern.equals(domain);
    }

    private static String asciiForm(String domain) {
        try {
            return java.net.IDN.toASCII(domain).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return domain;
        }
    }

    private static boolean otherNameMatches(byte[] der, String domain, String asciiDomain) {
        List<String> parts = OtherNameReader.read(der);
        if (parts.size() != 2) {
            return false;
        }
        String oid = parts.get(0);
        String value = parts.get(1).toLowerCase(Locale.ROOT);
        if (OID_XMPP_ADDR.equals(oid)) {
            return value.equals(domain);
        }
        if (OID_SRV_NAME.equals(oid)) {
            return value.equals("_xmpp-client." + asciiDomain) || value.equals("_xmpps-client." + asciiDomain);
        }
        return false;
    }

    /** Just enough DER to read an otherName: {@code [0] { OID, [0] EXPLICIT string }}. */
    static final class OtherNameReader {
        private final byte[] der;
        private int pos;

        private OtherNameReader(byte[] der) {
            this.der = der;
        }

        static List<String> read(byte[] der) {
            List<String> out = new ArrayList<>(2);
            try {
                OtherNameReader r = new OtherNameReader(der);
                int tag = r.tag();
                int end = r.length() + r.pos;
                if (tag != 0xA0 && tag != 0x30) {
                    return List.of();
                }
                if (r.tag() != 0x06) {
                    return List.of();
                }
                int oidLen = r.length();
                out.add(r.oid(oidLen));
                if (r.tag() != 0xA0) {
                    return List.of();
                }
                r.length();
                int stringTag = r.tag();
                if (stringTag == 0xA0) {
                    // The JDK wraps the value in a second [0]: the explicit tag of the otherName's value.
                    r.length();
                    stringTag = r.tag();
                }
                int len = r.length();
                if (r.pos + len > end || r.pos + len > der.length || (stringTag != 0x0C && stringTag != 0x16)) {
                    return List.of();
                }
                out.add(new String(der, r.pos, len, stringTag == 0x0C ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII));
                return out;
            } catch (IndexOutOfBoundsException e) {
                return List.of();
            }
        }

        private int tag() {
            return der[pos++] & 0xFF;
        }

        private int length() {
            int first = der[pos++] & 0xFF;
            if (first < 0x80) {
                return first;
            }
            int count = first & 0x7F;
            if (count > 3) {
                throw new ArrayIndexOutOfBoundsException("length too long");
            }
            int len = 0;
            for (int i = 0; i < count; i++) {
                len = (len << 8) | (der[pos++] & 0xFF);
            }
            if (pos + len > der.length) {
                throw new ArrayIndexOutOfBoundsException("length beyond data");
            }
            return len;
        }

        private String oid(int len) {
            StringBuilder sb = new StringBuilder();
            int end = pos + len;
            long value = 0;
            boolean first = true;
            while (pos < end) {
                int b = der[pos++] & 0xFF;
                value = (value << 7) | (b & 0x7F);
                if ((b & 0x80) == 0) {
                    if (first) {
                        int arc1 = (int) Math.min(2, value / 40);
                        sb.append(arc1).append('.').append(value - arc1 * 40L);
                        first = false;
                    } else {
                        sb.append('.').append(value);
                    }
                    value = 0;
                }
            }
            return sb.toString();
        }
    }
}
