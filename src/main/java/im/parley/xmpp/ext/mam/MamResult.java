package im.parley.xmpp.ext.mam;

import im.parley.xmpp.ext.forward.Forwarded;
import java.util.Objects;

/**
 * One {@code <result/>} of §4.2, as the server pushes it in a message of its own.
 *
 * @param queryId the query it answers; null when the query carried none
 * @param id the message's archive id, which RSM pages by
 * @param forwarded the archived stanza with its delay
 */
public record MamResult(String queryId, String id, Forwarded forwarded) {
    public static final String ELEMENT = "result";

    public MamResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(forwarded, "forwarded");
        if (id.isEmpty()) {
            throw new IllegalArgumentException("a result without an archive id");
        }
    }
}
