package im.parley.ui.switcher;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Ctrl+K: what the user types narrows every account's conversations and contacts to the places
 * that match, best first; Enter goes to the chosen one. With nothing typed, the recent
 * conversations come first. Matching ignores case and accents, and takes the start of the name
 * over the start of a word in it, the start of the address over the middle of the name, and
 * the name over the address.
 */
public final class QuickSwitcherModel {
    /** Enough to fill the window; a longer list is noise, the user types one more letter. */
    static final int SHOWN = 30;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final Supplier<List<SwitchTarget>> targets;
    private final Consumer<SwitchTarget> go;
    private final StringProperty query = new SimpleStringProperty("");
    private final ObservableList<SwitchTarget> matches = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<SwitchTarget> chosen = new ReadOnlyObjectWrapper<>(this, "chosen");
    private List<SwitchTarget> known = List.of();

    /**
     * @param targets every conversation and contact as they are now (read when the switcher opens)
     * @param go what choosing a target does
     */
    public QuickSwitcherModel(Supplier<List<SwitchTarget>> targets, Consumer<SwitchTarget> go) {
        this.targets = targets;
        this.go = go;
        query.addListener((o, was, now) -> narrow());
    }

    /** Reads the targets afresh and shows them all, recent first. */
    public void open() {
        known = merged(targets.get());
        query.set("");
        narrow();
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SwitchTarget> matches() {
        return FXCollections.unmodifiableObservableList(matches);
    }

    public ReadOnlyObjectProperty<SwitchTarget> chosenProperty() {
        return chosen.getReadOnlyProperty();
    }

    public void choose(SwitchTarget target) {
        chosen.set(target);
    }

    /** Down (+1) or Up (-1) from the chosen match, stopping at either end. */
    public void move(int by) {
        if (matches.isEmpty()) {
            return;
        }
        int at = matches.indexOf(chosen.get());
        chosen.set(matches.get(Math.max(0, Math.min(matches.size() - 1, at + by))));
    }

    /** Enter: goes to the chosen match; false when there is none. */
    public boolean go() {
        SwitchTarget target = chosen.get();
        if (target == null) {
            return false;
        }
        go.accept(target);
        return true;
    }

    /** A contact who also has a conversation is one place: the conversation's line, with the contact's presence. */
    private static List<SwitchTarget> merged(List<SwitchTarget> all) {
        List<SwitchTarget> out = new ArrayList<>();
        for (SwitchTarget t : all) {
            int at = indexOf(out, t);
            if (at < 0) {
                out.add(t);
                continue;
            }
            SwitchTarget had = out.get(at);
            SwitchTarget conversation = had.lastTime() != null ? had : t;
            SwitchTarget contact = had.lastTime() != null ? t : had;
            out.set(at, new SwitchTarget(had.account(), had.peer(), contact.name(), had.room() || t.room(),
                    conversation.lastTime(), Math.max(had.unread(), t.unread()),
                    contact.presence() != null ? contact.presence() : conversation.presence()));
        }
        return out;
    }

    private static int indexOf(List<SwitchTarget> list, SwitchTarget t) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).samePlace(t)) {
                return i;
            }
        }
        return -1;
    }

    private void narrow() {
        String q = fold(query.get() == null ? "" : query.get().trim());
        List<Scored> scored = new ArrayList<>();
        for (SwitchTarget t : known) {
            int score = q.isEmpty() ? 0 : score(t, q);
            if (score >= 0) {
                scored.add(new Scored(t, score));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed()
                .thenComparing(s -> s.target().lastTime(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
                .thenComparing(s -> fold(s.target().name())));
        matches.setAll(scored.stream().limit(SHOWN).map(Scored::target).toList());
        chosen.set(matches.isEmpty() ? null : matches.get(0));
    }

    /**
     * Higher is better; -1 is no match. The address counts by its local part unless the query
     * names a domain ("@" or "."): "am" should not find everyone at example.org.
     */
    static int score(SwitchTarget t, String foldedQuery) {
        String name = fold(t.name());
        String address = fold(t.peer().toString());
        String local = t.peer().local() == null ? address : fold(t.peer().local());
        boolean domainQuery = foldedQuery.contains("@") || foldedQuery.contains(".");
        if (name.startsWith(foldedQuery)) {
            return 5;
        }
        if (name.contains(" " + foldedQuery)) {
            return 4;
        }
        if (local.startsWith(foldedQuery) || (domainQuery && address.startsWith(foldedQuery))) {
            return 3;
        }
        if (name.contains(foldedQuery)) {
            return 2;
        }
        if ((domainQuery ? address : local).contains(foldedQuery)) {
            return 1;
        }
        return -1;
    }

    /** Lower case without accents: "Zoë" is found by "zoe". */
    public static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private record Scored(SwitchTarget target, int score) {
    }
}
