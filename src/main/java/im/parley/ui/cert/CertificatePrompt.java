package im.parley.ui.cert;

import im.parley.xmpp.transport.CertificateDecision;
import im.parley.xmpp.transport.CertificateProblem;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Asks the user about a certificate nobody trusts. The engine calls it on its connecting thread,
 * which waits while the dialog is open; the question goes to the FX thread through {@code ui}.
 * A certificate pinned once is taken silently on later reconnects of the same run, and
 * {@code savePin} keeps it for the next start.
 */
public final class CertificatePrompt implements CertificateDecision {
    private static final Logger LOG = Logger.getLogger(CertificatePrompt.class.getName());

    private final Executor ui;
    private final Function<CertificateProblem, CompletableFuture<Verdict>> ask;
    private final Consumer<String> savePin;
    private final Set<String> pinnedThisRun = ConcurrentHashMap.newKeySet();

    /**
     * @param ask shows the problem on the FX thread and completes with the user's choice
     * @param savePin stores a fingerprint the user chose to trust; called off the FX thread
     */
    public CertificatePrompt(Executor ui, Function<CertificateProblem, CompletableFuture<Verdict>> ask,
                             Consumer<String> savePin) {
        this.ui = ui;
        this.ask = ask;
        this.savePin = savePin;
    }

    @Override
    public Verdict decide(CertificateProblem problem) {
        String fingerprint = problem.leafFingerprint();
        if (pinnedThisRun.contains(fingerprint)) {
            return Verdict.PIN;
        }
        CompletableFuture<Verdict> answer = new CompletableFuture<>();
        ui.execute(() -> ask.apply(problem).whenComplete((v, e) -> answer.complete(e == null ? v : Verdict.REJECT)));
        Verdict verdict;
        try {
            verdict = answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Verdict.REJECT;
        } catch (ExecutionException e) {
            return Verdict.REJECT;
        }
        if (verdict == Verdict.PIN) {
            try {
                savePin.accept(fingerprint);
            } catch (RuntimeException e) {
                // Trusted for this run all the same: the user decided; next start asks again.
                LOG.log(Level.WARNING, "could not keep the pinned certificate", e);
            }
            pinnedThisRun.add(fingerprint);
        }
        return verdict;
    }
}
