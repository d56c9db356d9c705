package im.parley.bench;

import im.parley.ui.contacts.ContactsViewModel;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The contact list of a 1,000-contact roster in six groups re-sorted as the filter changes: one
 * keystroke narrowing it, one widening it again, with the app image's compiler (C1). Run:
 * {@code mvn -q test-compile exec:exec@jmh -Djmh.args="ContactListBenchmark -f 1 -wi 3 -i 5"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-XX:TieredStopAtLevel=1"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ContactListBenchmark {
    private ContactsViewModel contacts;

    @Setup
    public void roster() {
        String[] groups = {"Friends", "Family", "Work", "Club", "Neighbours", "School"};
        List<RosterItem> items = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            items.add(RosterItem.of(Jid.of("contact" + i + "@example.org"), "Contact " + i,
                    Set.of(groups[i % groups.length])));
        }
        contacts = new ContactsViewModel();
        contacts.rosterReplaced(items);
    }

    /** Two rebuilds: "c" (every contact still matches) and back to no filter. */
    @Benchmark
    public int filterKeystrokeAndBack() {
        contacts.filterProperty().set("c");
        contacts.filterProperty().set("");
        return contacts.rows().size();
    }
}
