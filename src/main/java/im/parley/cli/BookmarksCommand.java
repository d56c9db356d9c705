package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.xmpp.ext.bookmarks.Bookmark;
import im.parley.xmpp.ext.bookmarks.Conference;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.xml.XmlElement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bookmarks list|add|remove}: the account's room bookmarks (XEP-0402, else XEP-0048). */
@Command(name = "bookmarks", description = "List, add or remove room bookmarks (XEP-0402, else XEP-0048).",
        subcommands = {BookmarksCommand.ListBookmarks.class, BookmarksCommand.Add.class, BookmarksCommand.Remove.class})
final class BookmarksCommand extends ParleyCli.Sub {

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_ARGUMENTS.code;
    }

    /** One bookmark as flat JSON fields; its password is never printed, only whether it has one. */
    static Map<String, Object> fields(Bookmark b) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("room", b.room().toString());
        f.put("name", b.conference().name());
        f.put("autojoin", b.autojoin());
        f.put("nick", b.nick());
        f.put("password", b.conference().password() != null);
        return f;
    }

    /** The nested commands reach the account options through this command. */
    abstract static class BookmarksSub implements Callable<Integer> {
        @CommandLine.ParentCommand
        BookmarksCommand bookmarks;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        AccountSession connect() throws Exception {
            return bookmarks.parent.connect(spec.commandLine());
        }

        Jid room(String value) {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), value, "ROOM");
            if (jid.local() == null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "ROOM: a room's address is room@service");
            }
            return jid.bare();
        }

        void print(Map<String, Object> fields) {
            spec.commandLine().getOut().println(Json.object(fields));
        }
    }

    @Command(name = "list", description = "Print the bookmarks, one JSON object per room, by room address.")
    static final class ListBookmarks extends BookmarksSub {
        @Override
        public Integer call() throws Exception {
            try (AccountSession session = connect()) {
                List<Bookmark> all = session.bookmarks().fetch().join().stream()
                        .sorted((a, b) -> a.room().compareTo(b.room())).toList();
                all.forEach(b -> print(fields(b)));
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Bookmark a room, or replace its bookmark (other clients' extensions kept);"
            + " exit 0 once stored.")
    static final class Add extends BookmarksSub {
        @Parameters(index = "0", paramLabel = "ROOM", description = "room@service")
        String target;

        @Option(names = "--name", description = "the name to show for the room")
        String name;

        @Option(names = "--nick", description = "the nick to join with")
        String nick;

        @Option(names = "--autojoin", description = "join the room whenever a client of the account connects")
        boolean autojoin;

        @Option(names = "--password", description = "the room's password, stored in the clear on the server")
        String password;

        @Override
        public Integer call() throws Exception {
            Jid room = room(target);
            try (AccountSession session = connect()) {
                List<Bookmark> before = session.bookmarks().fetch().join();
                List<XmlElement> extensions = before.stream().filter(b -> b.room().equals(room)).findFirst()
                        .map(b -> b.conference().extensions()).orElse(List.of());
                Bookmark bookmark = new Bookmark(room, new Conference(name, autojoin, nick, password, extensions));
                session.bookmarks().store(bookmark).join();
                print(fields(bookmark));
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a room's bookmark; exit 0 once done, also when there was none.")
    static final class Remove extends BookmarksSub {
        @Parameters(index = "0", paramLabel = "ROOM", description = "room@service")
        String target;

        @Override
        public Integer call() throws Exception {
            Jid room = room(target);
            try (AccountSession session = connect()) {
                session.bookmarks().remove(room).join();
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("removed", room.toString());
                print(f);
            }
            return 0;
        }
    }
}
