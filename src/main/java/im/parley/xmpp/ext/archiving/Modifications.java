package im.parley.xmpp.ext.archiving;

import im.parley.xmpp.ext.PayloadAttributes;
import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.ext.rsm.Page;
import im.parley.xmpp.ext.rsm.ResultSet;
import im.parley.xmpp.ext.rsm.RsmCodec;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The answer to a {@link ModifiedQuery} (§10): collections in the order they were changed, most
 * recent last.
 *
 * @param page the bounds of this page; its {@code last} is where the next replication resumes.
 *             Null when the answer had no {@code <set/>} (nothing was modified)
 */
public record Modifications(List<Modification> collections, Page page) {
    private static final RsmCodec RSM = new RsmCodec();

    /** One collection named by 'with' and 'start', created or changed ({@code removed} false) or removed. */
    public record Modification(boolean removed, Jid with, Instant start, int version) {
        public Modification {
            Objects.requireNonNull(with, "with");
            Objects.requireNonNull(start, "start");
            if (version < 0) {
                throw new IllegalArgumentException("'version' must not be negative: " + version);
            }
        }
    }

    public Modifications {
        collections = List.copyOf(collections);
    }

    public XmlElement toXml() {
        XmlElement.Builder b = XmlElement.builder(ModifiedQuery.ELEMENT, Archiving.NAMESPACE);
        for (Modification m : collections) {
            b.child(XmlElement.builder(m.removed() ? "removed" : "changed", Archiving.NAMESPACE)
                    .attribute("with", m.with().toString()).attribute("start", Archiving.format(m.start()))
                    .attribute("version", Integer.toString(m.version())).build());
        }
        if (page != null) {
            b.child(RSM.encode(page));
        }
        return b.build();
    }

    public static Modifications fromXml(XmlElement modified) throws PayloadFormatException {
        if (!modified.is(ModifiedQuery.ELEMENT, Archiving.NAMESPACE)) {
            throw new PayloadFormatException("not a list of modifications: " + modified.name());
        }
        List<Modification> out = new ArrayList<>();
        for (XmlElement e : modified.elements()) {
            boolean removed = e.is("removed", Archiving.NAMESPACE);
            if (!removed && !e.is("changed", Archiving.NAMESPACE)) {
                continue;
            }
            try {
                String version = PayloadAttributes.required(e, "version");
                out.add(new Modification(removed, Jid.of(PayloadAttributes.required(e, "with")),
                        Archiving.time("start", PayloadAttributes.required(e, "start")), Integer.parseInt(version)));
            } catch (IllegalArgumentException bad) {
                throw new PayloadFormatException("a modified collection is malformed: " + bad.getMessage());
            }
        }
        Page page = null;
        XmlElement set = modified.child(ResultSet.ELEMENT, ResultSet.NAMESPACE).orElse(null);
        if (set != null) {
            if (!(RSM.decode(set).valueIfAny().orElse(null) instanceof Page p)) {
                throw new PayloadFormatException("a list of modifications' <set/> must describe a page");
            }
            page = p;
        }
        return new Modifications(out, page);
    }
}
