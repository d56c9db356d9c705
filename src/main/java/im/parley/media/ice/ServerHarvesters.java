package im.parley.media.ice;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ice4j.ice.Component;
import org.ice4j.ice.LocalCandidate;
import org.ice4j.ice.harvest.AbstractCandidateHarvester;
import org.ice4j.ice.harvest.CandidateHarvester;

/**
 * The STUN and TURN harvesters of a call, run side by side, each given at most {@code wait}: a
 * server that does not answer would otherwise hold the call for ice4j's whole STUN retransmission
 * schedule (about 6.3 s) before the offer could go out. ice4j puts what a server answers later into
 * the component: it is signalled if it came before the offer or answer is written, which for a
 * XEP-0353 call is after the callee proceeds. Otherwise host candidates and the servers that
 * answered in time carry the call.
 */
final class ServerHarvesters extends AbstractCandidateHarvester {
    private static final Logger LOG = Logger.getLogger(ServerHarvesters.class.getName());
    /** One thread per harvest: a late one keeps its thread until ice4j gives up, never a shared pool's. */
    private static final Executor OWN_THREAD = work -> {
        Thread t = new Thread(work, "parley-ice-harvest");
        t.setDaemon(true);
        t.start();
    };

    private final List<CandidateHarvester> harvesters;
    private final List<String> names;
    private final Duration wait;

    /** {@code names} says which server each harvester asks, for the log. */
    ServerHarvesters(List<CandidateHarvester> harvesters, List<String> names, Duration wait) {
        if (harvesters.size() != names.size()) {
            throw new IllegalArgumentException("one name per harvester");
        }
        this.harvesters = List.copyOf(harvesters);
        this.names = List.copyOf(names);
        this.wait = wait;
    }

    boolean isEmpty() {
        return harvesters.isEmpty();
    }

    @Override
    public Collection<LocalCandidate> harvest(Component component) {
        List<CompletableFuture<Collection<LocalCandidate>>> running = new ArrayList<>();
        for (CandidateHarvester harvester : harvesters) {
            running.add(CompletableFuture.supplyAsync(() -> harvester.harvest(component), OWN_THREAD));
        }
        long deadline = System.nanoTime() + wait.toNanos();
        List<LocalCandidate> harvested = new ArrayList<>();
        for (int i = 0; i < running.size(); i++) {
            try {
                Collection<LocalCandidate> found = running.get(i).get(
                        Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (found != null) {
                    harvested.addAll(found);
                }
            } catch (java.util.concurrent.TimeoutException e) {
                String server = names.get(i);
                LOG.info(() -> server + " did not answer within " + wait.toMillis() + " ms; the call goes on without it");
            } catch (java.util.concurrent.ExecutionException e) {
                LOG.log(Level.INFO, names.get(i) + " gave no candidate", e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return harvested;
    }
}
