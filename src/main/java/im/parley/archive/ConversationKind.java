package im.parley.archive;

/** What a conversation is with: a contact, a group room, or one occupant of a room in private. */
public enum ConversationKind {
    CHAT, ROOM, ROOM_PRIVATE;

    static ConversationKind of(int code) {
        return values()[code];
    }
}
