package im.parley.xmpp.ext.avatar;

import im.parley.xmpp.xml.XmlElement;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code <metadata xmlns='urn:xmpp:avatar:metadata'/>} (§2.2): one info per format of the same
 * avatar, and pointers kept as they came; no info at all means the user disabled their avatar.
 */
public record AvatarMetadata(List<Info> infos, List<XmlElement> pointers) {
    public static final String NAMESPACE = Avatars.METADATA_NODE;
    public static final String ELEMENT = "metadata";

    /**
     * One format: {@code url} null when the data is in the data node.
     *
     * @param bytes the image's size as announced: a bound checked before fetching, never trusted after
     */
    public record Info(String id, long bytes, Integer width, Integer height, String type, String url) {
        public Info {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(type, "type");
            if (bytes < 0) {
                throw new IllegalArgumentException("negative bytes: " + bytes);
            }
        }
    }

    public AvatarMetadata {
        infos = List.copyOf(infos);
        pointers = List.copyOf(pointers);
    }

    public static AvatarMetadata disabled() {
        return new AvatarMetadata(List.of(), List.of());
    }

    public boolean isDisabled() {
        return infos.isEmpty();
    }

    /** The format kept in the PEP data node (no url), which §4.2 says every avatar has as image/png. */
    public Optional<Info> inDataNode() {
        return infos.stream().filter(i -> i.url() == null).findFirst();
    }
}
