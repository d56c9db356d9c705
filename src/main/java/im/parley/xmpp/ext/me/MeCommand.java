package im.parley.xmpp.ext.me;

import java.util.Optional;

/**
 * The /me command: a body starting with "/me " is an action by its sender, shown as
 * "* nick action". It is plain body text on the wire, so there is nothing to encode.
 */
public final class MeCommand {
    public static final String PREFIX = "/me ";

    private MeCommand() {
    }

    /** Only the exact lower-case prefix at the very start counts; "/meow" is no action. */
    public static boolean isAction(String body) {
        return body != null && body.startsWith(PREFIX);
    }

    /** The action text after the prefix, if the body is an action. */
    public static Optional<String> action(String body) {
        return isAction(body) ? Optional.of(body.substring(PREFIX.length())) : Optional.empty();
    }

    /** How to show {@code body} from {@code nick}: "* nick action", or the body unchanged. */
    public static String render(String nick, String body) {
        return action(body).map(a -> "* " + nick + " " + a).orElse(body);
    }
}
