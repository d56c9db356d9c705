package im.parley.xmpp.ext.forms.media;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * A media element (XEP-0221 §2): where to fetch an image, a sound or a video a field is about,
 * and the size to show a picture at.
 *
 * @param height recommended display height in pixels, null when not given
 * @param width recommended display width in pixels, null when not given
 */
public record Media(Integer height, Integer width, List<Location> uris) {
    public static final String NAMESPACE = "urn:xmpp:media-element";

    /**
     * One place the media can be fetched from; a cid: URI names data carried with the stanza
     * (XEP-0231).
     *
     * @param type the MIME type, e.g. "audio/ogg; codecs=speex"
     */
    public record Location(String type, URI uri) {
        public Location {
            Objects.requireNonNull(uri, "uri");
            int slash = type == null ? -1 : type.indexOf('/');
            if (slash <= 0 || slash == type.length() - 1) {
                throw new IllegalArgumentException("media type '" + type + "' is not type/subtype");
            }
        }
    }

    public Media {
        uris = List.copyOf(uris);
    }
}
