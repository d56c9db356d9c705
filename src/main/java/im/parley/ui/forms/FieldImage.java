package im.parley.ui.forms;

import im.parley.xmpp.ext.bob.BobData;
import im.parley.xmpp.ext.bob.ContentId;
import im.parley.xmpp.ext.forms.media.Media;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A picture a field is about (XEP-0221), e.g. a CAPTCHA (XEP-0158), with the size the form asks
 * to show it at.
 *
 * @param width null when the form does not say
 * @param height null when the form does not say
 */
public record FieldImage(byte[] bytes, String type, Integer width, Integer height) {
    public FieldImage {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    /**
     * One image per media element that carries it inline: a data: URI, or a cid: URI naming Bits
     * of Binary data (XEP-0231) given with the form. Web URIs are not fetched: that would tell a
     * third party who is filling the form.
     */
    static List<FieldImage> of(List<Media> media, Map<ContentId, BobData> data) {
        List<FieldImage> images = new ArrayList<>();
        for (Media m : media) {
            m.uris().stream().filter(l -> l.type().startsWith("image/"))
                    .map(l -> bytes(l.uri(), data)).flatMap(Optional::stream).findFirst()
                    .ifPresent(b -> images.add(new FieldImage(b.bytes, b.type, m.width(), m.height())));
        }
        return images;
    }

    private record Bytes(byte[] bytes, String type) {
    }

    private static Optional<Bytes> bytes(URI uri, Map<ContentId, BobData> data) {
        String scheme = uri.getScheme();
        if ("cid".equalsIgnoreCase(scheme)) {
            try {
                BobData d = data.get(ContentId.parse(uri.getSchemeSpecificPart()));
                return d == null ? Optional.empty() : Optional.of(new Bytes(d.bytes(), d.type()));
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if ("data".equalsIgnoreCase(scheme)) {
            return dataUri(uri.getRawSchemeSpecificPart());
        }
        return Optional.empty();
    }

    /** RFC 2397: {@code [type][;base64],payload}. */
    private static Optional<Bytes> dataUri(String rest) {
        int comma = rest.indexOf(',');
        if (comma < 0) {
            return Optional.empty();
        }
        String meta = rest.substring(0, comma);
        String payload = rest.substring(comma + 1);
        boolean base64 = meta.endsWith(";base64");
        String type = base64 ? meta.substring(0, meta.length() - ";base64".length()) : meta;
        try {
            // Percent-escapes only: URLDecoder would also turn Base64's '+' into a space.
            String text = URLDecoder.decode(payload.replace("+", "%2B"), StandardCharsets.UTF_8);
            byte[] bytes = base64 ? Base64.getMimeDecoder().decode(text) : text.getBytes(StandardCharsets.UTF_8);
            return Optional.of(new Bytes(bytes, type.isEmpty() ? "text/plain" : type));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
