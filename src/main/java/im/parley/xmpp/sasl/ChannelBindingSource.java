package im.parley.xmpp.sasl;

import java.util.Optional;

/** What the TLS layer can export as channel binding data, by type name (see {@link ChannelBinding}). */
@FunctionalInterface
public interface ChannelBindingSource {

    /** The binding data of {@code type} for the current TLS session, or empty if unavailable. */
    Optional<byte[]> get(String type);
}
