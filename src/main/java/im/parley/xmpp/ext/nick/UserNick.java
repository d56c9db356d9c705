package im.parley.xmpp.ext.nick;

/** The nick published over PEP (§4.5); null when the user cleared it, which an empty {@code <nick/>} says. */
public record UserNick(String value) {
    public UserNick {
        value = value == null || value.isBlank() ? null : value.strip();
    }

    public static UserNick cleared() {
        return new UserNick(null);
    }

    public boolean isCleared() {
        return value == null;
    }
}
