package im.parley.cli;

import im.parley.client.Account;
import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.client.history.Profile;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.transport.ConnectException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import picocli.CommandLine;

/**
 * How the long-running commands (listen, watch) hold their account: they reconnect and resume
 * like the app; with --profile they keep roster and history in its archive; the first connection must succeed (a script learns at once that the server or
 * the password is wrong); Ctrl+C or SIGTERM closes the stream cleanly instead of dropping TCP.
 */
final class LongRunning implements AutoCloseable {
    private final Profile profile;
    private final Account account;
    private final Thread closeOnSignal;
    private final CompletableFuture<Void> firstOnline = new CompletableFuture<>();
    private final CompletableFuture<Void> broughtUp = new CompletableFuture<>();
    private final Registration watchingFirst;

    LongRunning(ParleyCli parent, CommandLine cmd) {
        // Only with --profile: a script's listen should not fill the user's own archive unasked.
        this.profile = parent.profileGiven() ? parent.openProfile() : null;
        this.account = profile != null ? profile.account(parent.config(cmd)) : new Account(parent.config(cmd));
        this.closeOnSignal = new Thread(this::closeAll, "parley-cli-close");
        Runtime.getRuntime().addShutdownHook(closeOnSignal);
        this.watchingFirst = account.subscribe(e -> {
            if (e instanceof AccountEvent.BroughtUp) {
                broughtUp.complete(null);
            }
            if (e instanceof AccountEvent.ConnectionChanged c) {
                AccountState s = c.state();
                if (s instanceof AccountState.Online) {
                    firstOnline.complete(null);
                } else if (s instanceof AccountState.Failed f) {
                    firstOnline.completeExceptionally(f.cause() != null ? f.cause() : new ConnectException(f.reason()));
                } else if (s instanceof AccountState.Reconnecting r) {
                    firstOnline.completeExceptionally(new ConnectException(r.reason()));
                }
            }
        });
    }

    Account account() {
        return account;
    }

    /**
     * Subscribes, then connects; returns once the first session is brought up (its presence sent:
     * contacts can reach it), or throws why it could not connect.
     */
    void start(Consumer<AccountEvent> subscriber) throws Exception {
        account.subscribe(subscriber);
        account.connect();
        firstOnline.get();
        broughtUp.get();
    }

    /** The account first, so its last events are stored, then the archive. */
    private void closeAll() {
        account.close();
        if (profile != null) {
            profile.close();
        }
    }

    @Override
    public void close() {
        watchingFirst.close();
        closeAll();
        try {
            Runtime.getRuntime().removeShutdownHook(closeOnSignal);
        } catch (IllegalStateException e) {
            // Already shutting down: the hook is running or has run.
        }
    }

    /**
     * Waits for {@code done}: for ever without {@code timeout}; with one, a timeout ends the wait
     * quietly, unless {@code count} messages were asked for and {@code seen} fell short.
     */
    static void awaitCount(CompletableFuture<Void> done, Integer count, Integer timeout, AtomicInteger seen)
            throws Exception {
        if (timeout == null) {
            done.get();
            return;
        }
        try {
            done.get(timeout, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            if (count != null) {
                throw new TimeoutException("received " + seen.get() + " of " + count + " messages in " + timeout + " s");
            }
        }
    }
}
