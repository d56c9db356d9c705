package im.parley.ui.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The order of the contact list: groups by name with the ungrouped last, online first, names as a person sorts them. */
class ContactsViewModelTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Locale.getDefault();
        Locale.setDefault(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void groupsSortByNameIgnoringCaseAndAccentsWithTheUngroupedLast() {
        ContactsViewModel model = new ContactsViewModel();
        model.rosterReplaced(List.of(item("a", "Ann", "work"), item("b", "Bob"), item("c", "Cy", "Éclair"),
                item("d", "Di", "Family")));

        assertThat(headings(model)).containsExactly("Éclair", "Family", "work", ContactsViewModel.NO_GROUP);
    }

    @Test
    void namesSortAsAPersonReadsThemAndTheAddressSettlesATie() {
        ContactsViewModel model = new ContactsViewModel();
        model.rosterReplaced(List.of(item("z", "émile"), item("y", "Zoë"), item("x", "Emile"), item("w", "adam"),
                item("v", "Émile")));

        assertThat(entries(model)).containsExactly("w", "v", "x", "z", "y");
    }

    @Test
    void onlineContactsComeFirstAndTheOrderFollowsPresence() {
        ContactsViewModel model = new ContactsViewModel();
        model.rosterReplaced(List.of(item("a", "Ann"), item("b", "Bob"), item("c", "Cy")));

        model.presenceChanged(Jid.of("c@example.org"), Contact.Availability.AWAY, null);
        assertThat(entries(model)).containsExactly("c", "a", "b");
        assertThat(model.rows().get(0)).isEqualTo(new ContactRow.Heading(ContactsViewModel.NO_GROUP, 1, 3));

        model.presenceChanged(Jid.of("c@example.org"), null, null);
        model.presenceChanged(Jid.of("b@example.org"), Contact.Availability.AVAILABLE, null);
        assertThat(entries(model)).containsExactly("b", "a", "c");
    }

    @Test
    void theFilterKeepsTheOrderAndARenameMovesTheContact() {
        ContactsViewModel model = new ContactsViewModel();
        model.rosterReplaced(List.of(item("a", "Anna"), item("b", "Bob"), item("c", "Hannah")));
        model.filterProperty().set("ANN");
        assertThat(entries(model)).containsExactly("a", "c");

        model.filterProperty().set("");
        model.rosterChanged(List.of(item("a", "Zora")), List.of());
        assertThat(entries(model)).containsExactly("b", "c", "a");
    }

    private static RosterItem item(String local, String name, String... groups) {
        return RosterItem.of(Jid.of(local + "@example.org"), name, Set.of(groups));
    }

    private static List<String> headings(ContactsViewModel model) {
        return model.rows().stream().filter(r -> r instanceof ContactRow.Heading)
                .map(r -> ((ContactRow.Heading) r).group()).toList();
    }

    private static List<String> entries(ContactsViewModel model) {
        return model.rows().stream().filter(r -> r instanceof ContactRow.Entry)
                .map(r -> ((ContactRow.Entry) r).contact().jid().local()).toList();
    }
}
