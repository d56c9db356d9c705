package im.parley.cli;

import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.client.history.Profile;
import im.parley.xmpp.ext.mam.PagingResult;
import im.parley.xmpp.transport.ConnectException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Catches the profile's archive up with the server's (XEP-0313), then exits. */
@Command(name = "sync", description = "Fetch the account's new messages from the server archive (XEP-0313) into"
        + " the archive under --profile; progress on stderr, a JSON summary on stdout.")
final class SyncCommand extends ParleyCli.Sub {
    @Option(names = "--timeout", description = "give up after this many seconds (default 600)")
    int timeout = 600;

    @Override
    public Integer call() throws Exception {
        try (Profile profile = parent.openProfile()) {
            Profile.SyncedAccount synced = profile.accountWithSync(parent.config(spec.commandLine()));
            try (var account = synced.account()) {
                int[] stored = {0};
                account.subscribe(e -> {
                    if (e instanceof AccountEvent.HistorySynced h) {
                        stored[0] = h.stored();
                        spec.commandLine().getErr().println(h.failure() != null ? "sync failed: " + h.failure()
                                : "synced " + h.stored() + " new messages" + (h.done() ? ", done" : ""));
                        spec.commandLine().getErr().flush();
                    }
                });
                CompletableFuture<Void> broughtUp = new CompletableFuture<>();
                account.subscribe(e -> {
                    if (e instanceof AccountEvent.BroughtUp) {
                        broughtUp.complete(null);
                    } else if (e instanceof AccountEvent.ConnectionChanged c && c.state() instanceof AccountState.Failed x) {
                        broughtUp.completeExceptionally(x.cause() != null ? x.cause() : new ConnectException(x.reason()));
                    } else if (e instanceof AccountEvent.ConnectionChanged c && c.state() instanceof AccountState.Reconnecting r
                            && !broughtUp.isDone()) {
                        // As the other one-shot commands: the first connection must succeed.
                        broughtUp.completeExceptionally(new ConnectException(r.reason()));
                    }
                });
                account.connect();
                broughtUp.get(timeout, TimeUnit.SECONDS);
                PagingResult result = synced.sync().running().get(timeout, TimeUnit.SECONDS);
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("stored", stored[0]);
                f.put("pages", result == null ? 0 : result.pages());
                f.put("fetched", result == null ? 0 : result.messages());
                f.put("complete", result != null && result.reachedEnd());
                out().println(Json.object(f));
            }
        }
        return 0;
    }
}
