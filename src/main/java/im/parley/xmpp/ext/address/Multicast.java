package im.parley.xmpp.ext.address;

import im.parley.xmpp.ext.disco.DiscoInfo;
import im.parley.xmpp.ext.disco.DiscoItems;
import im.parley.xmpp.ext.disco.ServiceDiscovery;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.stanza.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/** Finds the multicast service (§3.2) and addresses one message to several contacts through it. */
public final class Multicast {
    private final Function<Jid, CompletableFuture<DiscoInfo>> info;
    private final Function<Jid, CompletableFuture<DiscoItems>> items;

    public Multicast(ServiceDiscovery disco) {
        this(disco::info, disco::items);
    }

    /** Over bare disco calls, so the search can be tested without a server. */
    Multicast(Function<Jid, CompletableFuture<DiscoInfo>> info, Function<Jid, CompletableFuture<DiscoItems>> items) {
        this.info = info;
        this.items = items;
    }

    /**
     * §3.2: the server itself if it announces the feature, else the first of its items that
     * does; empty when none does (the caller then sends one message per contact). Items that
     * fail to answer are skipped: one broken component must not hide a working one.
     */
    public CompletableFuture<Optional<Jid>> findService(Jid server) {
        return info.apply(server).thenCompose(serverInfo -> {
            if (serverInfo.hasFeature(Addresses.FEATURE)) {
                return CompletableFuture.completedFuture(Optional.of(server));
            }
            return items.apply(server).thenCompose(list -> firstSupporting(list.items(), 0));
        });
    }

    private CompletableFuture<Optional<Jid>> firstSupporting(List<DiscoItems.Item> items, int from) {
        if (from >= items.size()) {
            return CompletableFuture.completedFuture(Optional.empty());
        }
        Jid candidate = items.get(from).jid();
        return info.apply(candidate)
                .handle((answer, error) -> error == null && answer.hasFeature(Addresses.FEATURE))
                .thenCompose(ok -> ok ? CompletableFuture.completedFuture(Optional.of(candidate))
                        : firstSupporting(items, from + 1));
    }

    /**
     * One message for the service to fan out (§5): addressed to the service, the recipients in
     * the header. The service removes bcc addresses from what it delivers (§6).
     */
    public static Message compose(Jid service, Message.Builder message, List<Jid> to, List<Jid> cc, List<Jid> bcc) {
        if (to.isEmpty() && cc.isEmpty() && bcc.isEmpty()) {
            throw new IllegalArgumentException("a multicast message needs at least one recipient");
        }
        List<Address> all = new ArrayList<>();
        to.forEach(j -> all.add(Address.of(Address.Type.TO, j)));
        cc.forEach(j -> all.add(Address.of(Address.Type.CC, j)));
        bcc.forEach(j -> all.add(Address.of(Address.Type.BCC, j)));
        return message.to(service).replacePayload(new Addresses(all).toXml()).build();
    }

    /** Whether a disco#info answer names a multicast-capable entity. */
    public static boolean supports(DiscoInfo info) {
        return info.hasFeature(Addresses.FEATURE);
    }
}
