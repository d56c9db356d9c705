package im.parley.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Prints every event of the account as one JSON object per line, with a {@code type} field, for
 * scripts and tests. Turns carbons on, so it also shows what the account's other devices send.
 */
@Command(name = "watch", description = "Go online and print every account event as a JSON line (with carbons).")
final class WatchCommand extends ParleyCli.Sub {
    @Option(names = "--timeout", description = "exit 0 after this many seconds (default: run until Ctrl+C)")
    Integer timeout;

    @Override
    public Integer call() throws Exception {
        try (LongRunning running = new LongRunning(parent, spec.commandLine())) {
            running.account().setCarbons(true);
            running.start(event -> {
                synchronized (this) {
                    out().println(EventJson.of(event));
                    out().flush();
                }
            });
            spec.commandLine().getErr().println("watching " + running.account().current().jid());
            spec.commandLine().getErr().flush();
            CountDownLatch forever = new CountDownLatch(1);
            if (timeout == null) {
                forever.await();
            } else {
                forever.await(timeout, TimeUnit.SECONDS);
            }
        }
        return 0;
    }
}
