package im.parley.xmpp.ext.mam;

import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.codec.PayloadCodec;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.PayloadReader;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.DataFormCodec;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.FormType;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.PageRequest;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes the §4 {@code <query/>}. The filter travels as a submitted form whose fields
 * carry no type, as in the XEP's examples; a form of another FORM_TYPE is malformed, as Prosody
 * also answers it. An empty {@code <set/>} means no page was asked for.
 */
public final class ArchiveQueryCodec implements PayloadCodec<ArchiveQuery> {
    private static final QName NAME = new QName(Mam.NAMESPACE, ArchiveQuery.ELEMENT);
    private static final DataFormCodec FORMS = new DataFormCodec();
    private static final RsmCodec RSM = new RsmCodec();
    private static final List<String> OURS = List.of(DataForm.FORM_TYPE, "with", "start", "end", "after-id",
            "before-id", "ids", "include-groupchat");

    @Override
    public QName name() {
        return NAME;
    }

    @Override
    public Class<ArchiveQuery> type() {
        return ArchiveQuery.class;
    }

    @Override
    public Decoded<ArchiveQuery> decode(XmlElement element) {
        return PayloadReader.decode(NAME, "MAM query", element, ArchiveQueryCodec::read);
    }

    private static ArchiveQuery read(XmlElement query) throws PayloadFormatException {
        MamQuery filter = MamQuery.ALL;
        Optional<XmlElement> x = query.child("x", DataForm.NAMESPACE);
        if (x.isPresent()) {
            filter = filter(FORMS.decode(x.get()).valueIfAny()
                    .orElseThrow(() -> new PayloadFormatException("its form is malformed: " + FORMS.decode(x.get()))));
        }
        PageRequest page = null;
        Optional<XmlElement> set = query.child(ResultSet.ELEMENT, ResultSet.NAMESPACE);
        if (set.isPresent()) {
            ResultSet rs = RSM.decode(set.get()).valueIfAny()
                    .orElseThrow(() -> new PayloadFormatException("its <set/> is malformed"));
            if (rs instanceof PageRequest r) {
                page = r;
            } else if (!rs.equals(new Page(null, null, null, null))) {
                throw new PayloadFormatException("a query's <set/> asks for a page; it does not describe one");
            }
        }
        return new ArchiveQuery(query.attributeOrNull("queryid"), query.attributeOrNull("node"), filter, page,
                query.child("flip-page", Mam.NAMESPACE).isPresent());
    }

    private static MamQuery filter(DataForm form) throws PayloadFormatException {
        if (!form.formType().equals(Optional.of(Mam.FORM_TYPE))) {
            throw new PayloadFormatException("the form's FORM_TYPE is " + form.formType().orElse("missing")
                    + ", not " + Mam.FORM_TYPE);
        }
        String with = value(form, "with");
        String start = value(form, "start");
        String end = value(form, "end");
        String groupchat = value(form, "include-groupchat");
        Boolean includeGroupchat = null;
        if (groupchat != null) {
            includeGroupchat = switch (groupchat.strip()) {
                case "true", "1" -> true;
                case "false", "0" -> false;
                default -> throw new PayloadFormatException("include-groupchat is not a boolean: " + groupchat);
            };
        }
        List<FormField> others = form.fields().stream().filter(f -> f.var() != null && !OURS.contains(f.var()))
                .toList();
        return new MamQuery(with == null ? null : Jid.of(with.strip()),
                start == null ? null : Stamps.parse("start", start), end == null ? null : Stamps.parse("end", end),
                value(form, "after-id"), value(form, "before-id"),
                form.field("ids").map(FormField::values).orElse(List.of()), includeGroupchat, others);
    }

    private static String value(DataForm form, String var) {
        return form.field(var).flatMap(FormField::value).orElse(null);
    }

    @Override
    public XmlElement encode(ArchiveQuery value) {
        XmlElement.Builder b = XmlElement.builder(ArchiveQuery.ELEMENT, Mam.NAMESPACE)
                .attribute("queryid", value.queryId()).attribute("node", value.node());
        if (!value.filter().isAll()) {
            b.child(FORMS.encode(form(value.filter())));
        }
        if (value.page() != null) {
            b.child(RSM.encode(value.page()));
        }
        if (value.flipPage()) {
            b.child(XmlElement.empty("flip-page", Mam.NAMESPACE));
        }
        return b.build();
    }

    private static DataForm form(MamQuery q) {
        List<FormField> fields = new ArrayList<>();
        fields.add(FormField.formType(Mam.FORM_TYPE));
        optional(fields, "with", q.with() == null ? null : q.with().toString());
        optional(fields, "start", q.start() == null ? null : Stamps.format(q.start()));
        optional(fields, "end", q.end() == null ? null : Stamps.format(q.end()));
        optional(fields, "after-id", q.afterId());
        optional(fields, "before-id", q.beforeId());
        if (!q.ids().isEmpty()) {
            fields.add(FormField.of("ids", null, q.ids()));
        }
        optional(fields, "include-groupchat", q.includeGroupchat() == null ? null : q.includeGroupchat().toString());
        fields.addAll(q.otherFields());
        return DataForm.of(FormType.SUBMIT, fields);
    }

    private static void optional(List<FormField> fields, String var, String value) {
        if (value != null) {
            fields.add(FormField.of(var, null, List.of(value)));
        }
    }
}
