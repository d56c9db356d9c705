package im.parley.xmpp.jid;

import im.parley.xmpp.jid.JidFormatException.Part;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/**
 * An XMPP address, {@code [localpart@]domainpart[/resourcepart]} (RFC 7622).
 *
 * <p>Instances are immutable and hold their parts in normalized form, so {@link #equals},
 * {@link #hashCode}, {@link #compareTo} and {@link #toString} all work on the canonical address:
 * {@code Juliet@Example.COM} and {@code juliet@example.com} are the same JID.
 *
 * <p>Terms follow RFC 6120 §1.4: a <em>bare</em> JID has no resourcepart, a <em>full</em> JID has
 * one, and a <em>domain-only</em> JID has neither localpart nor resourcepart (a bare JID too).
 */
public final class Jid implements Comparable<Jid> {
    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /** Groups addresses by domain, then account; a bare JID sorts before its full JIDs. */
    private static final Comparator<Jid> ORDER = Comparator.<Jid, String>comparing(Jid::domain)
            .thenComparing(Jid::local, NULLS_FIRST)
            .thenComparing(Jid::resource, NULLS_FIRST);

    private final String local;
    private final String domain;
    private final String resource;
    private final String text;

    /** Takes parts that are already normalized. */
    private Jid(String local, String domain, String resource) {
        this.local = local;
        this.domain = domain;
        this.resource = resource;
        this.text = (local == null ? "" : local + '@') + domain + (resource == null ? "" : '/' + resource);
    }

    /**
     * Parses, validates and normalizes an address.
     *
     * @throws JidFormatException naming the first invalid part, or {@link Part#WHOLE} for null or ""
     */
    public static Jid of(String jid) {
        if (jid == null) {
            throw new JidFormatException(Part.WHOLE, "must not be null");
        }
        if (jid.isEmpty()) {
            throw new JidFormatException(Part.WHOLE, "must not be empty");
        }
        Jid cached = RECENT.get(jid);
        if (cached != null) {
            return cached;
        }
        Jid parsed = parse(jid);
        if (RECENT.size() >= RECENT_LIMIT) {
            // A flood of distinct addresses only cycles the cache; it never grows past the limit.
            RECENT.clear();
        }
        RECENT.put(jid, parsed);
        return parsed;
    }

    /**
     * Addresses recently parsed, by their exact text. A stream repeats the same few JIDs in every
     * stanza's from and to, and PRECIS is the costliest step of decoding a stanza.
     */
    private static final java.util.concurrent.ConcurrentHashMap<String, Jid> RECENT =
            new java.util.concurrent.ConcurrentHashMap<>();
    private static final int RECENT_LIMIT = 4096;

    private static Jid parse(String jid) {
        // RFC 7622 §3.2: the resourcepart starts at the first '/' and may itself contain '@' and
        // '/'; the localpart is whatever precedes the first '@' of the rest.
        int slash = jid.indexOf('/');
        String bare = slash < 0 ? jid : jid.substring(0, slash);
        String resource = slash < 0 ? null : jid.substring(slash + 1);
        int at = bare.indexOf('@');
        String local = at < 0 ? null : bare.substring(0, at);
        String domain = at < 0 ? bare : bare.substring(at + 1);
        return of(local, domain, resource);
    }

    /**
     * Builds an address from its parts, validating and normalizing each. An empty localpart or
     * resourcepart is invalid, as it is in an address string; pass null to leave it out.
     *
     * @param local the localpart, already escaped (see {@link JidEscaping}), or null
     * @param resource the resourcepart, or null
     * @throws JidFormatException naming the first invalid part, in address order
     */
    public static Jid of(String local, String domain, String resource) {
        if (domain == null) {
            throw new JidFormatException(Part.DOMAINPART, "must not be null");
        }
        String normalLocal = local == null ? null : Localpart.normalize(local);
        String normalDomain = Domainpart.normalize(domain);
        String normalResource = resource == null ? null : Resourcepart.normalize(resource);
        return new Jid(normalLocal, normalDomain, normalResource);
    }

    /** Like {@link #of(String)} but empty, rather than throwing, for null or an invalid address. */
    public static Optional<Jid> tryParse(String jid) {
        try {
            return Optional.of(of(jid));
        } catch (JidFormatException e) {
            return Optional.empty();
        }
    }

    /** A domain-only address, e.g. of a server or component. */
    public static Jid domain(String domain) {
        return of(null, domain, null);
    }

    /** The normalized localpart, or null when there is none. */
    public String local() {
        return local;
    }

    /** The normalized domainpart: lowercase Unicode, without a trailing dot. */
    public String domain() {
        return domain;
    }

    /** The normalized resourcepart, or null when there is none. */
    public String resource() {
        return resource;
    }

    public boolean isBare() {
        return resource == null;
    }

    public boolean isFull() {
        return resource != null;
    }

    public boolean isDomainOnly() {
        return local == null && resource == null;
    }

    /** This address without its resourcepart. */
    public Jid bare() {
        return isBare() ? this : new Jid(local, domain, null);
    }

    /**
     * This address with its resourcepart replaced.
     *
     * @param resource the new resourcepart, or null for the bare address
     * @throws JidFormatException for an invalid resourcepart
     */
    public Jid withResource(String resource) {
        return resource == null ? bare() : new Jid(local, domain, Resourcepart.normalize(resource));
    }

    /** The domain-only address of this address's domain. */
    public Jid domainJid() {
        return isDomainOnly() ? this : new Jid(null, domain, null);
    }

    /** The canonical form, {@code [localpart@]domainpart[/resourcepart]}, fit for the wire. */
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Jid other
                && Objects.equals(local, other.local)
                && domain.equals(other.domain)
                && Objects.equals(resource, other.resource);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(local) * 31 + domain.hashCode()) * 31 + Objects.hashCode(resource);
    }

    /** Orders by domainpart, then localpart, then resourcepart, an absent part first. */
    @Override
    public int compareTo(Jid other) {
        return ORDER.compare(this, other);
    }
}
