package im.parley.cli;

import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.captcha.CaptchaChallenge;
import im.parley.xmpp.ext.forms.FieldType;
import im.parley.xmpp.ext.forms.FormField;
import im.parley.xmpp.ext.forms.media.Media;
import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A room's CAPTCHA (XEP-0158) on the command line: the challenge printed as one JSON object (its
 * fields with their media, and the media's bytes in Base64), and one line of standard input read
 * as the answer to its first field to fill in.
 */
final class CaptchaPrompt {
    private CaptchaPrompt() {
    }

    /** The challenge's fields, as `muc join` and `muc listen` print them. */
    static Map<String, Object> fields(CaptchaChallenge c) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("challenge", c.id());
        f.put("url", c.url());
        List<Object> fields = new ArrayList<>();
        for (FormField field : c.form().fields()) {
            if (field.var() == null || field.type() == FieldType.HIDDEN) {
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("var", field.var());
            one.put("type", field.type().wireName());
            one.put("label", field.label());
            one.put("required", field.required());
            List<Object> uris = new ArrayList<>();
            for (Media m : field.media()) {
                for (Media.Location l : m.uris()) {
                    uris.add(pairs("type", l.type(), "uri", l.uri().toString()));
                }
            }
            one.put("media", uris);
            fields.add(one);
        }
        f.put("fields", fields);
        List<Object> media = new ArrayList<>();
        for (BobData d : c.media()) {
            media.add(pairs("cid", "cid:" + d.cid(), "type", d.type(), "base64", Base64.getEncoder().encodeToString(d.bytes())));
        }
        f.put("media", media);
        return f;
    }

    /** An object of key, value, key, value...: values may be null, which Map.of refuses. */
    private static Map<String, Object> pairs(Object... keysAndValues) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            out.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return out;
    }

    /** The answers: {@code in}'s next line for the challenge's first field to fill in; empty at the end of input. */
    static Optional<Map<String, List<String>>> answer(CaptchaChallenge c, BufferedReader in) throws IOException {
        String line = in.readLine();
        Optional<FormField> first = c.form().fields().stream()
                .filter(f -> f.var() != null && f.type() != FieldType.HIDDEN && f.type() != FieldType.FIXED).findFirst();
        if (line == null || first.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Map.of(first.get().var(), List.of(line.strip())));
    }
}
