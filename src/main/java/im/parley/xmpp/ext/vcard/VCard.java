package im.parley.xmpp.ext.vcard;

import im.parley.xmpp.ext.PayloadFormatException;
import im.parley.xmpp.xml.XmlElement;
import im.parley.xmpp.xml.XmlNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@code <vCard xmlns='vcard-temp'/>} (XEP-0054), kept whole as it arrived so that nothing the
 * typed accessors do not know (addresses, phone numbers, a server's own fields) is lost when it is
 * stored again or exported. Typed access covers FN, NICKNAME and PHOTO; the {@code with...}
 * methods return a changed copy with the rest untouched.
 *
 * @param element the vCard element itself
 */
public record VCard(XmlElement element) {
    public static final String NAMESPACE = "vcard-temp";
    public static final String ELEMENT = "vCard";

    public VCard {
        Objects.requireNonNull(element, "element");
        if (!element.is(ELEMENT, NAMESPACE)) {
            throw new IllegalArgumentException("not a vcard-temp vCard: <" + element.name() + " xmlns='"
                    + element.namespace() + "'>");
        }
    }

    /** A vCard without any field. */
    public static VCard empty() {
        return new VCard(XmlElement.empty(ELEMENT, NAMESPACE));
    }

    /** Reads a vCard element; anything else is a format error. */
    public static VCard fromXml(XmlElement element) throws PayloadFormatException {
        if (!element.is(ELEMENT, NAMESPACE)) {
            throw new PayloadFormatException("expected <vCard xmlns='vcard-temp'/>, got <" + element.name()
                    + " xmlns='" + element.namespace() + "'>");
        }
        return new VCard(element);
    }

    public XmlElement toXml() {
        return element;
    }

    /** True when it has no field at all: XEP-0054 §3.1 lets a server answer so for "no vCard". */
    public boolean isEmpty() {
        return element.elements().isEmpty();
    }

    /** FN, the formatted name. */
    public Optional<String> fullName() {
        return text("FN");
    }

    public Optional<String> nickname() {
        return text("NICKNAME");
    }

    /**
     * The PHOTO given inline (TYPE and BINVAL). Empty when there is none, when it is only a link
     * (EXTVAL, which is never fetched), or when BINVAL is not base64: a bad photo must not cost the
     * user the rest of a contact's card.
     */
    public Optional<Photo> photo() {
        Optional<XmlElement> photo = element.child("PHOTO", NAMESPACE);
        if (photo.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> binval = photo.get().childText("BINVAL", NAMESPACE);
        if (binval.isEmpty()) {
            return Optional.empty();
        }
        try {
            // Senders fold long BINVALs into lines; the MIME decoder skips the line breaks.
            byte[] data = Base64.getMimeDecoder().decode(binval.get().strip());
            String type = photo.get().childText("TYPE", NAMESPACE).map(String::strip).orElse("");
            return data.length == 0 ? Optional.empty() : Optional.of(new Photo(type, data));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public VCard withFullName(String fullName) {
        return with("FN", fullName == null ? null : XmlElement.ofText("FN", NAMESPACE, fullName));
    }

    public VCard withNickname(String nickname) {
        return with("NICKNAME", nickname == null ? null : XmlElement.ofText("NICKNAME", NAMESPACE, nickname));
    }

    /** Sets the inline photo; null removes it. */
    public VCard withPhoto(Photo photo) {
        if (photo == null) {
            return with("PHOTO", null);
        }
        XmlElement e = XmlElement.builder("PHOTO", NAMESPACE)
                .child(XmlElement.ofText("TYPE", NAMESPACE, photo.type()))
                .child(XmlElement.ofText("BINVAL", NAMESPACE, Base64.getEncoder().encodeToString(photo.data())))
                .build();
        return with("PHOTO", e);
    }

    private Optional<String> text(String name) {
        return element.childText(name, NAMESPACE).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** Replaces the first {@code name} child where it stands (or appends it) and drops any others. */
    private VCard with(String name, XmlElement replacement) {
        List<XmlNode> children = new ArrayList<>();
        boolean placed = false;
        for (XmlNode n : element.children()) {
            if (n instanceof XmlElement e && e.is(name, NAMESPACE)) {
                if (!placed && replacement != null) {
                    children.add(replacement);
                }
                placed = true;
            } else {
                children.add(n);
            }
        }
        if (!placed && replacement != null) {
            children.add(replacement);
        }
        XmlElement.Builder b = XmlElement.builder(ELEMENT, NAMESPACE);
        element.attributes().forEach(b::attribute);
        return new VCard(b.children(children).build());
    }
}
