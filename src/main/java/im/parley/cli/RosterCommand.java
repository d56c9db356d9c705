package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.history.Profile;
import im.parley.xmpp.im.RosterItem;
import im.parley.xmpp.im.RosterManager;
import im.parley.xmpp.jid.Jid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code roster list|add|remove}: the account's contact list (RFC 6121 §2). */
@Command(name = "roster", description = "List, add or remove contacts (RFC 6121 roster).",
        subcommands = {RosterCommand.ListItems.class, RosterCommand.Add.class, RosterCommand.Remove.class})
final class RosterCommand extends ParleyCli.Sub {

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_ARGUMENTS.code;
    }

    /** The nested commands reach the account options through this command. */
    abstract static class RosterSub implements Callable<Integer> {
        @CommandLine.ParentCommand
        RosterCommand roster;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        AccountSession connect() throws Exception {
            return roster.parent.connect(spec.commandLine());
        }
    }

    @Command(name = "list", description = "Print the roster, one JSON object per contact. The roster is kept"
            + " under --profile, so the server sends only what changed since the last run (XEP-0237).")
    static final class ListItems extends RosterSub {
        @Override
        public Integer call() throws Exception {
            try (Profile profile = roster.parent.openProfile();
                 AccountSession session = roster.parent.connect(spec.commandLine(),
                         profile.rosterStore(roster.parent.config(spec.commandLine()).jid()))) {
                RosterManager manager = session.roster();
                manager.fetch().join();
                List<RosterItem> items = new ArrayList<>(manager.items().values());
                items.sort((a, b) -> a.jid().compareTo(b.jid()));
                for (RosterItem i : items) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("jid", i.jid().toString());
                    f.put("name", i.name());
                    f.put("subscription", i.subscription().value());
                    f.put("ask", i.askSubscribe());
                    f.put("approved", i.approved());
                    // Servers keep groups as a set (Prosody returns them in any order): sort for stable output.
                    f.put("groups", i.groups().stream().sorted().toList());
                    spec.commandLine().getOut().println(Json.object(f));
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Add or update a contact; exit 0 once the server accepted it.")
    static final class Add extends RosterSub {
        @Parameters(index = "0", description = "contact JID")
        String target;

        @Option(names = "--name", description = "the name to show for the contact")
        String name;

        @Option(names = "--group", description = "a roster group (repeatable)")
        List<String> groups = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
            try (AccountSession session = connect()) {
                session.roster().set(RosterItem.of(jid, name, new LinkedHashSet<>(groups))).join();
            }
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a contact and its subscriptions; exit 0 once done.")
    static final class Remove extends RosterSub {
        @Parameters(index = "0", description = "contact JID")
        String target;

        @Override
        public Integer call() throws Exception {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
            try (AccountSession session = connect()) {
                session.roster().remove(jid).join();
            }
            return 0;
        }
    }
}
