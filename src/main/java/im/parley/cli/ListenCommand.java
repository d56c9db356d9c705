package im.parley.cli;

import im.parley.client.AccountEvent;
import im.parley.client.AccountState;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Goes online and prints each received chat message as one JSON line, exactly once: the account
 * reconnects and resumes through dropped connections, and drops resent duplicates.
 */
@Command(name = "listen", description = "Go online and print each received message as a JSON line.")
final class ListenCommand extends ParleyCli.Sub {
    @Option(names = "--count", description = "exit 0 after this many messages")
    Integer count;

    @Option(names = "--timeout", description = "give up after this many seconds (exit 6 if --count was not reached)")
    Integer timeout;

    @Override
    public Integer call() throws Exception {
        CompletableFuture<Void> done = new CompletableFuture<>();
        AtomicInteger seen = new AtomicInteger();
        try (LongRunning running = new LongRunning(parent, spec.commandLine())) {
            running.start(event -> {
                if (event instanceof AccountEvent.ConnectionChanged c && c.state() instanceof AccountState.Failed f) {
                    done.completeExceptionally(f.cause() != null ? f.cause() : new IllegalStateException(f.reason()));
                }
                if (!(event instanceof AccountEvent.MessageReceived received) || done.isDone()) {
                    return;
                }
                synchronized (this) {
                    out().println(Json.object(fields(received.message().stanza())));
                    out().flush();
                }
                if (count != null && seen.incrementAndGet() >= count) {
                    done.complete(null);
                }
            });
            // Scripts wait for this line before sending; stdout stays one JSON object per message.
            spec.commandLine().getErr().println("listening as " + running.account().current().jid());
            spec.commandLine().getErr().flush();
            LongRunning.awaitCount(done, count, timeout, seen);
        }
        return 0;
    }

    static Map<String, Object> fields(Message m) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from", m.from() == null ? null : m.from().toString());
        f.put("to", m.to() == null ? null : m.to().toString());
        f.put("type", m.type().value());
        f.put("id", m.id());
        f.put("body", m.body().orElse(null));
        f.put("thread", m.thread().orElse(null));
        f.put("delay", Delay.of(m).map(d -> d.stamp().toString()).orElse(null));
        return f;
    }
}
