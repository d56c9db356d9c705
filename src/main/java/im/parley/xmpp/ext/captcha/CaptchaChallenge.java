package im.parley.xmpp.ext.captcha;

import im.parley.xmpp.codec.CodecRegistry;
import im.parley.xmpp.codec.Decoded;
import im.parley.xmpp.ext.bob.BobCache;
import im.parley.xmpp.ext.bob.BobCodec;
import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.forms.DataForm;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Iq;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A challenge (§3.2): the challenger, its form, the media the form's fields point to that came
 * with it as bits of binary (verified against their cid where the hash allows), and the
 * out-of-band URL offered instead, if any.
 */
public record CaptchaChallenge(Jid challenger, DataForm form, List<BobData> media, String url) {
    /** Media items kept from one challenge; a CAPTCHA needs one or two. */
    static final int MAX_MEDIA = 8;
    private static final CaptchaCodec CODEC = new CaptchaCodec();
    private static final BobCodec BOB = new BobCodec();

    public CaptchaChallenge {
        Objects.requireNonNull(challenger, "challenger");
        Objects.requireNonNull(form, "form");
        media = List.copyOf(media);
    }

    /** The challenge, if {@code m} is one: a well-formed CAPTCHA form with its challenge id. */
    public static Optional<CaptchaChallenge> of(Message m) {
        if (m.from() == null) {
            return Optional.empty();
        }
        Optional<Captcha> captcha = CodecRegistry.first(m, CODEC).valueIfAny()
                .filter(c -> c.form().field("challenge").flatMap(FormField::value).isPresent());
        if (captcha.isEmpty()) {
            return Optional.empty();
        }
        List<BobData> media = new ArrayList<>();
        for (XmlElement payload : m.payloads()) {
            if (media.size() < MAX_MEDIA && BOB.decode(payload) instanceof Decoded.Value<BobData> v
                    && v.value().size() > 0 && v.value().size() <= BobCache.DEFAULT_MAX_ITEM_BYTES) {
                media.add(v.value());
            }
        }
        String url = m.payload("x", "jabber:x:oob").flatMap(x -> x.childText("url", "jabber:x:oob"))
                .map(String::strip).orElse(null);
        return Optional.of(new CaptchaChallenge(m.from(), captcha.get().form(), media, url));
    }

    /** The challenge's id (its hidden "challenge" field). */
    public String id() {
        return form.field("challenge").flatMap(FormField::value).orElseThrow();
    }

    /**
     * Whether this challenges a stanza the user sent to {@code to} with the id {@code id} (§3.3):
     * the form's "from" names that address (the same bare JID, or its domain, may send the
     * challenge) and its "sid", when given, that id. Anything else could make the user answer
     * someone else's challenge, or tell a stranger that they are online.
     */
    public boolean challenges(Jid to, String id) {
        Optional<Jid> from = form.field("from").flatMap(FormField::value).flatMap(Jid::tryParse);
        if (from.isEmpty() || !from.get().equals(to)) {
            return false;
        }
        boolean sender = challenger.bare().equals(to.bare()) || challenger.equals(Jid.domain(to.domain()));
        Optional<String> sid = form.field("sid").flatMap(FormField::value);
        return sender && (sid.isEmpty() || sid.get().equals(id));
    }

    /**
     * The response (§3.3): the form submitted with {@code answers} by field var (the hidden fields
     * go back as they came).
     *
     * @throws IllegalArgumentException for an answer the form does not take, or a required one missing
     */
    public Iq answer(Map<String, List<String>> answers) {
        return Iq.set(challenger, CODEC.encode(new Captcha(form.submit(answers))));
    }
}
