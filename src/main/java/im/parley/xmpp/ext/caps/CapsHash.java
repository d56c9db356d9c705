package im.parley.xmpp.ext.caps;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.xml.XmlElement;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** The verification string of XEP-0115 §5.1, with the acceptance rules of §5.4. */
public final class CapsHash {
    public static final String SHA_1 = "sha-1";
    private static final DataFormCodec FORMS = new DataFormCodec();
    /** IANA hash names we check; MD5 is left out on purpose, it is broken for this use. */
    private static final Set<String> SUPPORTED = Set.of("sha-1", "sha-224", "sha-256", "sha-384", "sha-512");

    /** §5.1 sorts by "i;octet" (RFC 4790): the UTF-8 bytes, not Java's UTF-16 order. */
    static final Comparator<String> OCTET = (a, b) -> {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    };

    private CapsHash() {
    }

    public static boolean isSupported(String hash) {
        return hash != null && SUPPORTED.contains(hash.toLowerCase(Locale.ROOT));
    }

    /** The base64 'ver' of {@code info} with the IANA-named {@code hash}. */
    public static String ver(DiscoInfo info, String hash) throws PayloadFormatException {
        if (!isSupported(hash)) {
            throw new PayloadFormatException("unsupported caps hash: " + hash);
        }
        try {
            MessageDigest md = MessageDigest.getInstance(hash.toUpperCase(Locale.ROOT));
            byte[] digest = md.digest(verificationString(info).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new PayloadFormatException("hash not available in this JVM: " + hash);
        }
    }

    /** True only if {@code info} is well-formed (§5.4) and hashes to exactly {@code caps.ver()}. */
    public static boolean matches(Caps caps, DiscoInfo info) {
        try {
            return caps.ver().equals(ver(info, caps.hash()));
        } catch (PayloadFormatException e) {
            return false;
        }
    }

    /**
     * The string S of §5.1 before hashing.
     *
     * @throws PayloadFormatException for what §5.4 says must not be accepted: duplicate identities,
     *     features or FORM_TYPEs, a FORM_TYPE field with other than one value, or a malformed form
     */
    public static String verificationString(DiscoInfo info) throws PayloadFormatException {
        StringBuilder s = new StringBuilder();
        List<String> identities = new ArrayList<>();
        for (DiscoInfo.Identity i : info.identities()) {
            identities.add(i.category() + "/" + i.type() + "/" + nonNull(i.lang()) + "/" + nonNull(i.name()));
        }
        appendSorted(s, identities, "identity");
        appendSorted(s, info.features(), "feature");
        Map<String, DataForm> forms = new TreeMap<>(OCTET);
        for (XmlElement x : info.extensions()) {
            Decoded<DataForm> decoded = FORMS.decode(x);
            if (decoded instanceof Decoded.Malformed<DataForm> malformed) {
                throw new PayloadFormatException("malformed form in disco#info: " + malformed.reason());
            }
            Optional<DataForm> form = decoded.valueIfAny();
            Optional<String> type = form.isPresent() ? formType(form.get()) : Optional.empty();
            if (type.isPresent() && forms.put(type.get(), form.get()) != null) {
                throw new PayloadFormatException("two forms with FORM_TYPE " + type.get());
            }
        }
        for (Map.Entry<String, DataForm> form : forms.entrySet()) {
            s.append(form.getKey()).append('<');
            appendFields(s, form.getValue());
        }
        return s.toString();
    }

    private static void appendSorted(StringBuilder s, List<String> values, String what)
            throws PayloadFormatException {
        List<String> sorted = new ArrayList<>(values);
        sorted.sort(OCTET);
        if (new HashSet<>(sorted).size() != sorted.size()) {
            throw new PayloadFormatException("duplicate " + what + " in disco#info");
        }
        sorted.forEach(v -> s.append(v).append('<'));
    }

    /**
     * The FORM_TYPE of a form, empty when the form is to be ignored (§5.4: no FORM_TYPE, or one
     * that is not hidden).
     */
    private static Optional<String> formType(DataForm form) throws PayloadFormatException {
        Optional<FormField> field = form.field(DataForm.FORM_TYPE);
        if (field.isEmpty() || field.get().declaredType() != FieldType.HIDDEN) {
            return Optional.empty();
        }
        List<String> values = field.get().values();
        if (values.size() != 1) {
            throw new PayloadFormatException("FORM_TYPE with " + values.size() + " values");
        }
        return Optional.of(values.get(0));
    }

    private static void appendFields(StringBuilder s, DataForm form) {
        List<FormField> fields = new ArrayList<>();
        for (FormField f : form.fields()) {
            if (f.var() != null && !f.var().equals(DataForm.FORM_TYPE)) {
                fields.add(f);
            }
        }
        fields.sort(Comparator.comparing(FormField::var, OCTET));
        for (FormField f : fields) {
            s.append(f.var()).append('<');
            List<String> values = new ArrayList<>(f.values());
            values.sort(OCTET);
            values.forEach(v -> s.append(v).append('<'));
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
