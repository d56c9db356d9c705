package im.parley.xmpp.transport;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Hashtable;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.Attributes;
import javax.naming.directory.DirContext;
import javax.naming.directory.InitialDirContext;

/**
 * Finds where to connect for a domain (RFC 6120 §3.2, XEP-0368): SRV records for
 * {@code _xmpps-client._tcp} (direct TLS) and {@code _xmpp-client._tcp} (STARTTLS) merged by
 * priority with weighted order inside a priority, then the domain itself on 5222. The JDK's DNS
 * provider does the lookups, so no extra library is needed.
 */
public final class SrvResolver {
    public static final int DEFAULT_PORT = 5222;

    /** One SRV answer. */
    public record SrvRecord(int priority, int weight, int port, String target, boolean directTls) {
    }

    private SrvResolver() {
    }

    public static List<ServerAddress> resolve(String domain) {
        List<ServerAddress> out = new ArrayList<>();
        if (!isLocalName(domain)) {
            List<SrvRecord> records = new ArrayList<>();
            records.addAll(lookup("_xmpps-client._tcp." + domain, true));
            records.addAll(lookup("_xmpp-client._tcp." + domain, false));
            // RFC 2782: a single record with target "." means the service is not offered there.
            if (records.size() == 1 && records.get(0).target().equals(".")) {
                return List.of();
            }
            for (SrvRecord r : order(records)) {
                if (!r.target().equals(".")) {
                    out.add(new ServerAddress(r.target(), r.port(), r.directTls()));
                }
            }
        }
        if (out.isEmpty()) {
            out.add(new ServerAddress(domain, DEFAULT_PORT, false));
        }
        return out;
    }

    /** localhost names are never sent to DNS (RFC 6761 §6.3). */
    static boolean isLocalName(String domain) {
        String d = domain.toLowerCase(Locale.ROOT);
        return d.equals("localhost") || d.endsWith(".localhost") || d.startsWith("[") || d.matches("[0-9.]+");
    }

    /** Lowest priority first; inside a priority, a weighted random order (RFC 2782). */
    public static List<SrvRecord> order(List<SrvRecord> records) {
        List<SrvRecord> sorted = new ArrayList<>(records);
        sorted.sort(Comparator.comparingInt(SrvRecord::priority));
        List<SrvRecord> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i;
            while (j < sorted.size() && sorted.get(j).priority() == sorted.get(i).priority()) {
                j++;
            }
            List<SrvRecord> group = new ArrayList<>(sorted.subList(i, j));
            while (!group.isEmpty()) {
                int total = group.stream().mapToInt(r -> r.weight() + 1).sum();
                int pick = ThreadLocalRandom.current().nextInt(total);
                for (int k = 0; k < group.size(); k++) {
                    pick -= group.get(k).weight() + 1;
                    if (pick < 0) {
                        out.add(group.remove(k));
                        break;
                    }
                }
            }
            i = j;
        }
        return out;
    }

    private static List<SrvRecord> lookup(String name, boolean directTls) {
        List<SrvRecord> out = new ArrayList<>();
        Hashtable<String, String> env = new Hashtable<>();
        env.put("java.naming.factory.initial", "com.sun.jndi.dns.DnsContextFactory");
        env.put("com.sun.jndi.dns.timeout.initial", "2000");
        env.put("com.sun.jndi.dns.timeout.retries", "1");
        try {
            DirContext ctx = new InitialDirContext(env);
            try {
                Attributes attrs = ctx.getAttributes(name, new String[]{"SRV"});
                Attribute srv = attrs.get("SRV");
                if (srv == null) {
                    return out;
                }
                NamingEnumeration<?> values = srv.getAll();
                while (values.hasMore()) {
                    parse(values.next().toString(), directTls).ifPresent(out::add);
                }
            } finally {
                ctx.close();
            }
        } catch (NamingException e) {
            return out;
        }
        return out;
    }

    /** Parses "priority weight port target." as the JDK provider renders an SRV record. */
    static java.util.Optional<SrvRecord> parse(String value, boolean directTls) {
        String[] f = value.trim().split("\\s+");
        if (f.length != 4) {
            return java.util.Optional.empty();
        }
        try {
            String target = f[3].endsWith(".") && f[3].length() > 1 ? f[3].substring(0, f[3].length() - 1) : f[3];
            return java.util.Optional.of(new SrvRecord(Integer.parseInt(f[0]), Integer.parseInt(f[1]),
                    Integer.parseInt(f[2]), target, directTls));
        } catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
