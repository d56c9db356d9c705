package im.parley.media.ice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ice4j.Transport;
import org.ice4j.ice.Candidate;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.AbstractCandidateHarvester;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;

/**
 * A host candidate on 127.0.0.1, which ice4j's own host harvester never gathers, then the given
 * server harvesters (STUN, TURN) run on it: they only work from host candidates that already exist,
 * and the agent would otherwise start them alongside this one.
 */
final class LoopbackHarvester extends AbstractCandidateHarvester {
    private final ServerHarvesters serverHarvesters;
    private final boolean hostPairs;

    /** {@code hostPairs} false: the host candidate is only the base TURN allocates from (relay-only calls). */
    LoopbackHarvester(ServerHarvesters serverHarvesters, boolean hostPairs) {
        this.serverHarvesters = serverHarvesters;
        this.hostPairs = hostPairs;
    }

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        List<LocalCandidate> harvested = new ArrayList<>();
        try {
            MultiplexingDatagramSocket socket =
                    new MultiplexingDatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            IceSocketWrapper wrapper = new IceUdpSocketWrapper(socket);
            HostCandidate host = hostPairs
                    ? new HostCandidate(wrapper, component, Transport.UDP)
                    : new RelayBaseCandidate(wrapper, component);
            if (component.addLocalCandidate(host)) {
                host.getStunStack().addSocket(host.getStunSocket(null));
                component.getComponentSocket().add(wrapper);
                harvested.add(host);
            } else {
                wrapper.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot bind a loopback candidate", e);
        }
        harvested.addAll(serverHarvesters.harvest(component));
        return harvested;
    }

    @Override
    public boolean isHostHarvester() {
        return true;
    }

    /**
     * A host candidate that pairs with nothing. Not signalling it is not enough: ice4j pairs every
     * local candidate with every remote one it can reach, and a peer's host candidate on the same
     * network would be reached directly. TURN allocations still go out from its socket.
     */
    private static final class RelayBaseCandidate extends HostCandidate {
        RelayBaseCandidate(IceSocketWrapper socket, Component component) {
            super(socket, component, Transport.UDP);
        }

        @Override
        public boolean canReach(Candidate<?> remote) {
            return false;
        }
    }
}
