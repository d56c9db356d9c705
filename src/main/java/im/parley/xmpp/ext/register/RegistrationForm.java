package im.parley.xmpp.ext.register;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.bob.BobCodec;
import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * What a server asks for to create an account (XEP-0077 §3.1), always as a data form so that one
 * renderer shows it: the server's own form when it sends one (§6), else its legacy fields turned
 * into an equivalent form.
 *
 * @param form a form to fill in (type form)
 * @param legacy whether {@code form} stands for legacy fields, so that answers go back as those
 * @param data Bits of Binary data (XEP-0231) carried in the same response, e.g. a CAPTCHA image
 *     (XEP-0158) that a field's media names by cid
 */
public record RegistrationForm(DataForm form, boolean legacy, List<BobData> data) {
    private static final DataFormCodec FORMS = new DataFormCodec();
    private static final BobCodec BOB = new BobCodec();
    /** Labels for the legacy fields XEP-0077 §14.4 registers; others show their element name. */
    private static final Map<String, String> LEGACY_LABELS = Map.ofEntries(
            Map.entry("username", "Username"), Map.entry("nick", "Nickname"), Map.entry("password", "Password"),
            Map.entry("name", "Full name"), Map.entry("first", "Given name"), Map.entry("last", "Family name"),
            Map.entry("email", "Email address"), Map.entry("address", "Street address"), Map.entry("city", "City"),
            Map.entry("state", "State or region"), Map.entry("zip", "Postal code"), Map.entry("phone", "Phone number"),
            Map.entry("url", "Web address"), Map.entry("date", "Date"), Map.entry("misc", "Other information"),
            Map.entry("text", "Text"), Map.entry("key", "Key"));

    public RegistrationForm {
        data = List.copyOf(data);
        if (form.type() != FormType.FORM) {
            throw new IllegalArgumentException("a registration form is a form to fill in, not " + form.type().wireName());
        }
    }

    /**
     * Reads the answer to a registration request: its query and any data elements beside it or
     * inside it. Data that does not hash to its name is left out.
     *
     * @throws RegistrationException when the query is missing, says the stream is already
     *     registered, or holds a malformed form
     */
    public static RegistrationForm read(XmlElement iq) throws RegistrationException {
        XmlElement query = iq.child("query", InBandRegistration.NAMESPACE)
                .orElseThrow(() -> new RegistrationException("The server sent no registration form."));
        if (query.child("registered", InBandRegistration.NAMESPACE).isPresent()) {
            throw new RegistrationException("This connection is already registered.");
        }
        List<BobData> data = Stream.concat(iq.elements().stream(), query.elements().stream())
                .map(BOB::decode).flatMap(d -> d.valueIfAny().stream()).filter(BobData::isVerified).toList();
        XmlElement x = query.child("x", DataForm.NAMESPACE).orElse(null);
        if (x == null) {
            return new RegistrationForm(fromLegacy(query), true, data);
        }
        Decoded<DataForm> decoded = FORMS.decode(x);
        if (decoded instanceof Decoded.Malformed<DataForm> malformed) {
            throw new RegistrationException("The server's registration form is malformed: " + malformed.reason());
        }
        return new RegistrationForm(decoded.valueIfAny().orElseThrow(), false, data);
    }

    /**
     * The legacy fields as a form: each required (the server lists what it needs), the password
     * hidden as typed, a value the server filled in kept as the default.
     */
    static DataForm fromLegacy(XmlElement query) {
        List<String> instructions = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.formType(InBandRegistration.NAMESPACE));
        for (XmlElement e : query.elements()) {
            if (!e.namespace().equals(InBandRegistration.NAMESPACE)) {
                continue;
            }
            String name = e.name();
            if (name.equals("instructions")) {
                instructions.add(e.text().strip());
                continue;
            }
            FieldType type = name.equals("password") ? FieldType.TEXT_PRIVATE : FieldType.TEXT_SINGLE;
            String value = e.text().strip();
            fields.add(new FormField(name, type, LEGACY_LABELS.getOrDefault(name, label(name)), null, true,
                    value.isEmpty() ? List.of() : List.of(value), List.of(), null, List.of(), List.of()));
        }
        return new DataForm(FormType.FORM, null, instructions, fields, List.of(), List.of(), List.of(), List.of());
    }

    /** The query that submits {@code answers}: the form itself, or its values as legacy fields. */
    XmlElement submission(DataForm answers) {
        XmlElement.Builder b = XmlElement.builder("query", InBandRegistration.NAMESPACE);
        if (!legacy) {
            return b.child(FORMS.encode(answers)).build();
        }
        for (FormField f : answers.fields()) {
            if (!DataForm.FORM_TYPE.equals(f.var())) {
                b.child(XmlElement.ofText(f.var(), InBandRegistration.NAMESPACE, String.join("\n", f.values())));
            }
        }
        return b.build();
    }

    private static String label(String name) {
        return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
    }
}
