package im.parley.media.ice;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.ice4j.Transport;
import org.ice4j.ice.Component;
import org.ice4j.ice.HostCandidate;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.AbstractCandidateHarvester;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.socket.IceSocketWrapper;
import org.ice4j.socket.IceUdpSocketWrapper;
import org.ice4j.socket.MultiplexingDatagramSocket;

/**
 * A host candidate on 127.0.0.1, which ice4j's own host harvester never gathers, then the given
 * server harvesters (STUN, TURN) run on it: they only work from host candidates that already exist,
 * and the agent would otherwise start them alongside this one.
 */
final class LoopbackHarvester extends AbstractCandidateHarvester {
    private final List<CandidateHarvester> serverHarvesters;

    LoopbackHarvester(List<CandidateHarvester> serverHarvesters) {
        this.serverHarvesters = List.copyOf(serverHarvesters);
    }

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        List<LocalCandidate> harvested = new ArrayList<>();
        try {
            MultiplexingDatagramSocket socket =
                    new MultiplexingDatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            IceSocketWrapper wrapper = new IceUdpSocketWrapper(socket);
            HostCandidate host = new HostCandidate(wrapper, component, Transport.UDP);
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
        for (CandidateHarvester server : serverHarvesters) {
            Collection<LocalCandidate> more = server.harvest(component);
            if (more != null) {
                harvested.addAll(more);
            }
        }
        return harvested;
    }

    @Override
    public boolean isHostHarvester() {
        return true;
    }
}
