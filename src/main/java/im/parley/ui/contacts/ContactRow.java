package im.parley.ui.contacts;

/** One line of the contact list: a group heading, or a contact under it. */
public sealed interface ContactRow {
    record Heading(String group, int online, int total) implements ContactRow {
    }

    record Entry(String group, Contact contact) implements ContactRow {
    }
}
