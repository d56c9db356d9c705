package im.parley.xmpp.ext.captcha;

import im.parley.xmpp.ext.forms.DataForm;
import java.util.Objects;

/** {@code <captcha xmlns='urn:xmpp:captcha'>} around a data form: the challenges, or the answers. */
public record Captcha(DataForm form) {
    public static final String NAMESPACE = "urn:xmpp:captcha";

    public Captcha {
        Objects.requireNonNull(form, "form");
    }
}
