package im.parley.xmpp.ext.forms;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.forms.layout.Page;
import im.parley.xmpp.ext.forms.layout.PageCodec;
import im.parley.xmpp.ext.forms.media.Media;
import im.parley.xmpp.ext.forms.media.MediaCodec;
import im.parley.xmpp.ext.forms.validate.Validation;
import im.parley.xmpp.ext.forms.validate.ValidationCodec;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;

/**
 * The x element of XEP-0004. Besides the schema it holds forms to the rules of §3: a 'var' on
 * every field but fixed ones, unique per form; one value in single-value fields; options only in
 * list fields, each with one value and unique; booleans and JIDs that parse; a table only in a
 * result, whose items have exactly the reported fields. A field type we do not know is read as
 * text-single, as §3.3 requires. Reported and items may come in any order and next to fields,
 * as the note in §3.4 asks of readers. Validation, media and layout elements are decoded; other
 * elements are kept.
 */
public final class DataFormCodec implements PayloadCodec<DataForm> {
    private static final String NS = DataForm.NAMESPACE;
    private static final QName NAME = new QName(NS, "x");

    private final ValidationCodec validations = new ValidationCodec();
    private final MediaCodec media = new MediaCodec();
    private final PageCodec pages = new PageCodec();

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<DataForm> type() {
        return DataForm.class;
    }

    @Override
    public Decoded<DataForm> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "data form", element, this::form);
    }

    private DataForm form(XmlElement x) throws PayloadFormatException {
        String typeName = PayloadAttributes.required(x, "type");
        FormType type = FormType.fromWire(typeName)
                .orElseThrow(() -> new PayloadFormatException("unknown form type '" + typeName + "'"));
        String title = null;
        List<String> instructions = new ArrayList<>();
        List<FormField> fields = new ArrayList<>();
        List<FormField> reported = null;
        List<DataForm.Item> items = new ArrayList<>();
        List<Page> layout = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement child : x.elements()) {
            if (pages.name().matches(child)) {
                layout.add(valueOf(pages.decode(child)));
            } else if (!child.namespace().equals(NS)) {
                extensions.add(child);
            } else if (child.name().equals("title")) {
                if (title != null) {
                    throw new PayloadFormatException("more than one <title/>");
                }
                title = child.text();
            } else if (child.name().equals("instructions")) {
                instructions.add(child.text());
            } else if (child.name().equals("field")) {
                fields.add(field(child));
            } else if (child.name().equals("reported")) {
                if (reported != null) {
                    throw new PayloadFormatException("more than one <reported/>");
                }
                reported = fieldsOf(child);
            } else if (child.name().equals("item")) {
                items.add(new DataForm.Item(fieldsOf(child)));
            } else {
                extensions.add(child);
            }
        }
        return new DataForm(type, title, instructions, fields, reported == null ? List.of() : reported, items,
                layout, extensions);
    }

    /** The fields of a reported or item element, which must have at least one (§3.4). */
    private List<FormField> fieldsOf(XmlElement row) throws PayloadFormatException {
        List<FormField> fields = new ArrayList<>();
        for (XmlElement f : row.children("field", NS)) {
            fields.add(field(f));
        }
        if (fields.isEmpty()) {
            throw new PayloadFormatException("<" + row.name() + "/> without fields");
        }
        return fields;
    }

    private FormField field(XmlElement f) throws PayloadFormatException {
        String var = f.attributeOrNull("var");
        String typeName = f.attributeOrNull("type");
        FieldType type = typeName == null ? null : FieldType.fromWire(typeName).orElse(FieldType.TEXT_SINGLE);
        String desc = null;
        boolean required = false;
        List<String> values = new ArrayList<>();
        List<FormField.Option> options = new ArrayList<>();
        Validation validation = null;
        List<Media> mediaElements = new ArrayList<>();
        List<XmlElement> extensions = new ArrayList<>();
        for (XmlElement child : f.elements()) {
            if (validations.name().matches(child)) {
                if (validation != null) {
                    throw new PayloadFormatException("field '" + var + "' has more than one <validate/>");
                }
                validation = valueOf(validations.decode(child));
            } else if (media.name().matches(child)) {
                mediaElements.add(valueOf(media.decode(child)));
            } else if (!child.namespace().equals(NS)) {
                extensions.add(child);
            } else if (child.name().equals("desc")) {
                if (desc != null) {
                    throw new PayloadFormatException("field '" + var + "' has more than one <desc/>");
                }
                desc = child.text();
            } else if (child.name().equals("required")) {
                if (!child.elements().isEmpty() || !child.text().isBlank()) {
                    throw new PayloadFormatException("field '" + var + "': <required/> must be empty");
                }
                required = true;
            } else if (child.name().equals("value")) {
                values.add(child.text());
            } else if (child.name().equals("option")) {
                options.add(option(var, child));
            } else {
                extensions.add(child);
            }
        }
        return new FormField(var, type, f.attributeOrNull("label"), desc, required, values, options, validation,
                mediaElements, extensions);
    }

    private static FormField.Option option(String var, XmlElement option) throws PayloadFormatException {
        List<XmlElement> values = option.children("value", NS);
        if (values.size() != 1) {
            throw new PayloadFormatException("field '" + var + "' has an <option/> with " + values.size()
                    + " values; it takes one");
        }
        return new FormField.Option(option.attributeOrNull("label"), values.get(0).text());
    }

    /** The value of a nested codec's answer; its malformed reason becomes the form's. */
    private static <T> T valueOf(Decoded<T> decoded) throws PayloadFormatException {
        if (decoded instanceof Decoded.Malformed<T> malformed) {
            throw new PayloadFormatException(malformed.reason());
        }
        // Nested codecs are only asked about elements they name, so anything else is a value.
        return decoded.valueIfAny().orElseThrow();
    }

    @Override
    public XmlElement encode(DataForm form) {
        XmlElement.Builder x = XmlElement.builder("x", NS).attribute("type", form.type().wireName());
        if (form.title() != null) {
            x.child(XmlElement.ofText("title", NS, form.title()));
        }
        form.instructions().forEach(i -> x.child(XmlElement.ofText("instructions", NS, i)));
        form.pages().forEach(p -> x.child(pages.encode(p)));
        form.fields().forEach(f -> x.child(encode(f)));
        if (!form.reported().isEmpty()) {
            x.child(row("reported", form.reported()));
        }
        form.items().forEach(item -> x.child(row("item", item.fields())));
        return x.children(form.extensions()).build();
    }

    private XmlElement row(String name, List<FormField> fields) {
        XmlElement.Builder row = XmlElement.builder(name, NS);
        fields.forEach(f -> row.child(encode(f)));
        return row.build();
    }

    private XmlElement encode(FormField f) {
        XmlElement.Builder b = XmlElement.builder("field", NS).attribute("var", f.var())
                .attribute("type", f.declaredType() == null ? null : f.declaredType().wireName())
                .attribute("label", f.label());
        if (f.desc() != null) {
            b.child(XmlElement.ofText("desc", NS, f.desc()));
        }
        if (f.required()) {
            b.child(XmlElement.empty("required", NS));
        }
        if (f.validation() != null) {
            b.child(validations.encode(f.validation()));
        }
        f.values().forEach(v -> b.child(XmlElement.ofText("value", NS, v)));
        for (FormField.Option o : f.options()) {
            b.child(XmlElement.builder("option", NS).attribute("label", o.label())
                    .child(XmlElement.ofText("value", NS, o.value())).build());
        }
        f.media().forEach(m -> b.child(media.encode(m)));
        return b.children(f.extensions()).build();
    }
}
