package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.delay.Delay;
import im.parley.xmpp.session.ConnectionListener;
import im.parley.xmpp.stanza.Message;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Goes online and prints each received message as one JSON line. */
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
        try (AccountSession session = new AccountSession(parent.config(spec.commandLine()))) {
            session.client().addMessageListener(m -> {
                if (m.body().isEmpty() || done.isDone()) {
                    return;
                }
                synchronized (this) {
                    out().println(Json.object(fields(m)));
                    out().flush();
                }
                if (count != null && seen.incrementAndGet() >= count) {
                    done.complete(null);
                }
            });
            session.client().addConnectionListener(new ConnectionListener() {
                @Override
                public void closed(Exception cause) {
                    done.completeExceptionally(cause != null ? cause : new IllegalStateException("session closed"));
                }
            });
            session.connect();
            session.presence().sendAvailable(null, null, 0).join();
            // Scripts wait for this line before sending; stdout stays one JSON object per message.
            spec.commandLine().getErr().println("listening as " + session.client().jid());
            spec.commandLine().getErr().flush();
            if (timeout == null) {
                done.get();
            } else {
                try {
                    done.get(timeout, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    if (count != null) {
                        throw new TimeoutException("received " + seen.get() + " of " + count + " messages in " + timeout + " s");
                    }
                }
            }
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
