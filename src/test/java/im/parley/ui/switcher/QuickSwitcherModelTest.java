package im.parley.ui.switcher;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.jid.Jid;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickSwitcherModelTest {
    private static final Jid ME = Jid.of("me@example.org");
    private static final Jid WORK = Jid.of("me@work.example");

    private final List<SwitchTarget> gone = new ArrayList<>();

    private static SwitchTarget contact(Jid account, String jid, String name, String presence) {
        return new SwitchTarget(account, Jid.of(jid), name, false, null, 0, presence);
    }

    private static SwitchTarget conversation(Jid account, String jid, String name, int minutesAgo, int unread) {
        return new SwitchTarget(account, Jid.of(jid), name, false, Instant.parse("2026-12-04T12:00:00Z")
                .minusSeconds(60L * minutesAgo), unread, null);
    }

    private QuickSwitcherModel opened(List<SwitchTarget> targets) {
        QuickSwitcherModel model = new QuickSwitcherModel(() -> targets, gone::add);
        model.open();
        return model;
    }

    private static List<String> names(QuickSwitcherModel model) {
        return model.matches().stream().map(SwitchTarget::name).toList();
    }

    @Test
    void withNothingTypedRecentConversationsComeFirstThenContactsByName() {
        QuickSwitcherModel model = opened(List.of(
                contact(ME, "zed@example.org", "Zed", null),
                conversation(ME, "old@example.org", "Old friend", 600, 0),
                contact(ME, "amy@example.org", "Amy", "online"),
                conversation(ME, "new@example.org", "New friend", 1, 2)));
        assertThat(names(model)).containsExactly("New friend", "Old friend", "Amy", "Zed");
        assertThat(model.chosenProperty().get().name()).isEqualTo("New friend");
    }

    @Test
    void aContactWithAConversationIsOnePlaceWithTheRosterNameAndPresence() {
        QuickSwitcherModel model = opened(List.of(
                conversation(ME, "bob@example.org", "bob@example.org", 5, 3),
                contact(ME, "bob@example.org", "Bob Builder", "away")));
        assertThat(model.matches()).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Bob Builder");
            assertThat(t.presence()).isEqualTo("away");
            assertThat(t.unread()).isEqualTo(3);
            assertThat(t.lastTime()).isNotNull();
        });
    }

    @Test
    void theSamePeerOnTwoAccountsIsTwoPlaces() {
        QuickSwitcherModel model = opened(List.of(contact(ME, "bob@example.org", "Bob", null),
                contact(WORK, "bob@example.org", "Bob", null)));
        assertThat(model.matches()).hasSize(2);
    }

    @Test
    void theStartOfTheNameBeatsAWordInsideItWhichBeatsTheMiddleWhichBeatsTheAddress() {
        QuickSwitcherModel model = opened(List.of(
                contact(ME, "x1@example.org", "Tamara", null),
                contact(ME, "x2@example.org", "Lisa Amber", null),
                contact(ME, "amadeus@example.org", "Wolfgang", null),
                contact(ME, "x3@example.org", "Amanda", null),
                contact(ME, "x4@example.org", "Nobody", null)));
        model.queryProperty().set("am");
        assertThat(names(model)).as("not everyone at example.org").containsExactly("Amanda", "Lisa Amber", "Wolfgang",
                "Tamara");
        model.queryProperty().set("x4@");
        assertThat(names(model)).containsExactly("Nobody");
    }

    @Test
    void matchingIgnoresCaseAndAccents() {
        QuickSwitcherModel model = opened(List.of(contact(ME, "zoe@example.org", "Zoë Ångström", null)));
        model.queryProperty().set("ANGST");
        assertThat(names(model)).containsExactly("Zoë Ångström");
        model.queryProperty().set("zoé");
        assertThat(names(model)).containsExactly("Zoë Ångström");
    }

    @Test
    void upAndDownMoveTheChoiceWithinTheListAndEnterGoesThere() {
        QuickSwitcherModel model = opened(List.of(contact(ME, "a@example.org", "Anna", null),
                contact(ME, "b@example.org", "Bert", null), contact(ME, "c@example.org", "Cleo", null)));
        model.move(1);
        model.move(1);
        model.move(1);
        assertThat(model.chosenProperty().get().name()).isEqualTo("Cleo");
        model.move(-5);
        model.move(1);
        assertThat(model.go()).isTrue();
        assertThat(gone).extracting(SwitchTarget::name).containsExactly("Bert");
    }

    @Test
    void nothingMatchingMeansNothingChosenAndEnterDoesNothing() {
        QuickSwitcherModel model = opened(List.of(contact(ME, "a@example.org", "Anna", null)));
        model.queryProperty().set("zzz");
        assertThat(model.matches()).isEmpty();
        assertThat(model.chosenProperty().get()).isNull();
        assertThat(model.go()).isFalse();
        assertThat(gone).isEmpty();
    }

    @Test
    void aLongListIsCutToWhatTheWindowShows() {
        List<SwitchTarget> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(contact(ME, "c" + i + "@example.org", "Contact " + i, null));
        }
        QuickSwitcherModel model = opened(many);
        assertThat(model.matches()).hasSize(QuickSwitcherModel.SHOWN);
        model.queryProperty().set("contact 49");
        assertThat(names(model)).startsWith("Contact 49").contains("Contact 499");
    }

    @Test
    void reopeningReadsTheTargetsAfreshAndClearsTheQuery() {
        List<SwitchTarget> targets = new ArrayList<>(List.of(contact(ME, "a@example.org", "Anna", null)));
        QuickSwitcherModel model = new QuickSwitcherModel(() -> List.copyOf(targets), gone::add);
        model.open();
        model.queryProperty().set("ann");
        targets.add(contact(ME, "b@example.org", "Bert", null));
        model.open();
        assertThat(model.queryProperty().get()).isEmpty();
        assertThat(names(model)).containsExactly("Anna", "Bert");
    }
}
