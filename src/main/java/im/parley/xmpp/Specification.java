package im.parley.xmpp;

import java.util.List;

/**
 * One specification the engine implements, as the single list in {@link Specifications} records it.
 *
 * @param id "RFC 6120" or "XEP-0198"
 * @param version the version of the document implemented
 * @param support how much of it works today
 * @param discoFeatures the disco#info features it makes us announce
 * @param note what is left out or worth knowing, may be empty
 */
public record Specification(String id, String name, String version, Support support,
                            List<String> discoFeatures, String note) {
    public enum Support {
        COMPLETE, PARTIAL
    }

    public Specification {
        discoFeatures = List.copyOf(discoFeatures);
    }
}
