package im.parley.media.ice;

import java.beans.PropertyChangeEvent;
import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import org.ice4j.Transport;
import org.ice4j.TransportAddress;
import org.ice4j.ice.Agent;
import org.ice4j.ice.CandidatePair;
import org.ice4j.ice.CandidateType;
import org.ice4j.ice.Component;
import org.ice4j.ice.IceMediaStream;
import org.ice4j.ice.IceProcessingState;
import org.ice4j.ice.KeepAliveStrategy;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.RemoteCandidate;
import org.ice4j.ice.harvest.CandidateHarvester;
import org.ice4j.ice.harvest.StunCandidateHarvester;
import org.ice4j.ice.harvest.TurnCandidateHarvester;
import org.ice4j.security.LongTermCredential;

/**
 * One ICE agent with one stream of one component: RTP and RTCP share it (rtcp-mux), which every
 * current client offers and the aiortc peer requires. Wraps ice4j so that its types stay here.
 */
public final class IceSession implements AutoCloseable {
    private static final int COMPONENT = 1;
    /**
     * How long a call waits for STUN and TURN servers while gathering: a STUN answer or a TURN
     * allocation (two round trips) from a server on the same continent comes well within it.
     */
    private static final Duration SERVER_WAIT = Duration.ofMillis(250);
    /** A relay-only call has nothing to offer but what TURN allocates: it waits as long as ice4j would. */
    private static final Duration RELAY_ONLY_WAIT = Duration.ofSeconds(10);

    private final Agent agent;
    private final IceMediaStream stream;
    private final Component component;
    private final IceSettings settings;
    private final CompletableFuture<IcePath> result = new CompletableFuture<>();

    private IceSession(Agent agent, IceMediaStream stream, Component component, IceSettings settings) {
        this.agent = agent;
        this.stream = stream;
        this.component = component;
        this.settings = settings;
    }

    /**
     * Creates the agent and gathers candidates now, before signalling: host candidates, and what
     * the STUN and TURN servers answer within {@link #SERVER_WAIT} ({@link #RELAY_ONLY_WAIT} when
     * only relayed candidates are offered).
     */
    public static IceSession gather(String streamName, IceSettings settings) throws IOException {
        Agent agent = new Agent();
        agent.setLoggingLevel(Level.WARNING);
        ServerHarvesters servers = serverHarvesters(settings);
        if (settings.loopbackOnly()) {
            agent.setUseDynamicPorts(false);
            agent.addCandidateHarvester(new LoopbackHarvester(servers, settings.offerHostCandidates()));
        } else if (!servers.isEmpty()) {
            agent.addCandidateHarvester(servers);
        }
        try {
            IceMediaStream stream = agent.createMediaStream(streamName);
            Component component = agent.createComponent(stream, KeepAliveStrategy.SELECTED_ONLY, true);
            return new IceSession(agent, stream, component, settings);
        } catch (IOException | RuntimeException e) {
            agent.free();
            throw e;
        }
    }

    /**
     * No STUN in a relay-only call: ice4j checks a server-reflexive candidate from its host base
     * (RFC 8445 §6.1.2.4), which would put the host socket on the path.
     */
    private static ServerHarvesters serverHarvesters(IceSettings settings) {
        List<CandidateHarvester> harvesters = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (IceSettings.IceServer server : settings.servers()) {
            TransportAddress address = new TransportAddress(server.host(), server.port(), Transport.UDP);
            if (server.kind() == IceSettings.IceServer.Kind.TURN) {
                harvesters.add(new TurnCandidateHarvester(address,
                        new LongTermCredential(server.username(), server.password())));
            } else if (settings.offerHostCandidates()) {
                harvesters.add(new StunCandidateHarvester(address));
            } else {
                continue;
            }
            names.add(server.kind() + " server " + server.host() + ":" + server.port());
        }
        return new ServerHarvesters(harvesters, names, settings.offerHostCandidates() ? SERVER_WAIT : RELAY_ONLY_WAIT);
    }

    public String ufrag() {
        return agent.getLocalUfrag();
    }

    public String password() {
        return agent.getLocalPassword();
    }

    /** What we signal: loopback only in loopback mode, relayed candidates only when the call must be relayed. */
    public List<IceCandidate> localCandidates() {
        List<IceCandidate> out = new ArrayList<>();
        for (LocalCandidate c : component.getLocalCandidates()) {
            IceCandidate candidate = toCandidate(c);
            if (candidate.type() != IceCandidate.Type.RELAYED && !settings.offerHostCandidates()) {
                continue;
            }
            if (settings.loopbackOnly() && candidate.type() == IceCandidate.Type.HOST
                    && !c.getTransportAddress().getAddress().isLoopbackAddress()) {
                continue;
            }
            out.add(candidate);
        }
        return out;
    }

    private static IceCandidate toCandidate(LocalCandidate c) {
        TransportAddress related = c.getRelatedAddress();
        return new IceCandidate(c.getFoundation(), c.getParentComponent().getComponentID(), "udp", c.getPriority(),
                c.getTransportAddress().getHostAddress(), c.getTransportAddress().getPort(), typeOf(c.getType()),
                related == null ? null : related.getHostAddress(), related == null ? 0 : related.getPort(), 0);
    }

    static IceCandidate.Type typeOf(CandidateType type) {
        if (type == CandidateType.SERVER_REFLEXIVE_CANDIDATE || type == CandidateType.STUN_CANDIDATE) {
            return IceCandidate.Type.SERVER_REFLEXIVE;
        }
        if (type == CandidateType.PEER_REFLEXIVE_CANDIDATE) {
            return IceCandidate.Type.PEER_REFLEXIVE;
        }
        if (type == CandidateType.RELAYED_CANDIDATE) {
            return IceCandidate.Type.RELAYED;
        }
        return IceCandidate.Type.HOST;
    }

    private static CandidateType ice4jType(IceCandidate.Type type) {
        return switch (type) {
            case HOST -> CandidateType.HOST_CANDIDATE;
            case SERVER_REFLEXIVE -> CandidateType.SERVER_REFLEXIVE_CANDIDATE;
            case PEER_REFLEXIVE -> CandidateType.PEER_REFLEXIVE_CANDIDATE;
            case RELAYED -> CandidateType.RELAYED_CANDIDATE;
        };
    }

    /** The peer's credentials and first candidates; more may follow by {@link #addRemoteCandidates}. */
    public void setRemote(String remoteUfrag, String remotePassword, List<IceCandidate> candidates) {
        stream.setRemoteUfrag(remoteUfrag);
        stream.setRemotePassword(remotePassword);
        for (RemoteCandidate c : toRemote(candidates)) {
            component.addRemoteCandidate(c);
        }
    }

    /** Trickled candidates (XEP-0176 transport-info), taken in while checks may already run. */
    public void addRemoteCandidates(List<IceCandidate> candidates) {
        for (RemoteCandidate c : toRemote(candidates)) {
            component.addUpdateRemoteCandidates(c);
        }
        component.updateRemoteCandidates();
    }

    private List<RemoteCandidate> toRemote(List<IceCandidate> candidates) {
        List<RemoteCandidate> out = new ArrayList<>();
        for (IceCandidate c : candidates) {
            if (c.component() != COMPONENT || !"udp".equalsIgnoreCase(c.protocol())) {
                continue;
            }
            if (settings.loopbackOnly() && !isLoopback(c.ip())) {
                continue;
            }
            RemoteCandidate related = null;
            if (c.relatedAddress() != null && c.relatedPort() > 0) {
                related = component.findRemoteCandidate(new TransportAddress(c.relatedAddress(), c.relatedPort(), Transport.UDP));
            }
            out.add(new RemoteCandidate(new TransportAddress(c.ip(), c.port(), Transport.UDP), component,
                    ice4jType(c.type()), c.foundation(), c.priority(), related));
        }
        return out;
    }

    private static boolean isLoopback(String ip) {
        try {
            return InetAddress.getByName(ip).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Starts connectivity checks; completes with the selected path or fails with
     * {@link IceFailedException}, also when no pair succeeded within {@code timeout}: ice4j keeps
     * waiting for trickled candidates that may never come.
     */
    public CompletableFuture<IcePath> start(boolean controlling, Duration timeout) {
        agent.setControlling(controlling);
        agent.addStateChangeListener(this::stateChanged);
        agent.startConnectivityEstablishment();
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> result.completeExceptionally(
                new IceFailedException("no candidate pair answered connectivity checks within " + timeout.toSeconds() + " s")));
        return result;
    }

    private void stateChanged(PropertyChangeEvent event) {
        Object state = event.getNewValue();
        if (state == IceProcessingState.COMPLETED || state == IceProcessingState.TERMINATED) {
            CandidatePair pair = component.getSelectedPair();
            if (pair != null) {
                result.complete(new IcePath(pair.getRemoteCandidate().getTransportAddress(),
                        typeOf(pair.getLocalCandidate().getType()), typeOf(pair.getRemoteCandidate().getType())));
            }
        } else if (state == IceProcessingState.FAILED) {
            result.completeExceptionally(new IceFailedException("no candidate pair answered connectivity checks"));
        }
    }

    /** The socket media flows over once a pair is selected (STUN stays inside ice4j). */
    public DatagramSocket socket() {
        return component.getSocket();
    }

    @Override
    public void close() {
        result.completeExceptionally(new IceFailedException("closed"));
        agent.free();
    }
}
