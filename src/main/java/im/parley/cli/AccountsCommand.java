package im.parley.cli;

import im.parley.client.history.KeptAccount;
import im.parley.client.history.Profile;
import im.parley.client.secrets.PasswordStore;
import im.parley.client.secrets.PasswordStoreException;
import im.parley.client.secrets.PasswordStores;
import im.parley.xmpp.jid.Jid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** The accounts kept in the profile. */
@Command(name = "accounts", description = "The accounts kept under --profile.",
        subcommands = {AccountsCommand.ListAccounts.class, AccountsCommand.Add.class, AccountsCommand.Remove.class})
final class AccountsCommand extends ParleyCli.Sub {
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_ARGUMENTS.code;
    }

    abstract static class AccountsSub implements Callable<Integer> {
        @ParentCommand
        AccountsCommand accounts;
        @Spec
        CommandSpec spec;
    }

    @Command(name = "list", description = "Print each stored account as a JSON object.")
    static final class ListAccounts extends AccountsSub {
        @Override
        public Integer call() {
            try (Profile profile = accounts.parent.openProfile()) {
                for (KeptAccount a : profile.accounts()) {
                    Map<String, Object> f = new LinkedHashMap<>();
                    f.put("jid", a.jid().toString());
                    f.put("added", a.addedAt().toString());
                    f.put("enabled", a.enabled());
                    spec.commandLine().getOut().println(Json.object(f));
                }
            }
            return 0;
        }
    }

    @Command(name = "add", description = "Keep an account in the profile. With a password given (PARLEY_PASSWORD"
            + " or --password-file) it is kept too, in the system keyring or else an encrypted file, and later"
            + " commands need only --jid.")
    static final class Add extends AccountsSub {
        @Parameters(index = "0", description = "the account's JID")
        String jid;

        @Override
        public Integer call() throws PasswordStoreException {
            Jid account = ParleyCli.parseJid(spec.commandLine(), jid, "JID").bare();
            char[] password = accounts.parent.givenPassword(spec.commandLine());
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("jid", account.toString());
            try (Profile profile = accounts.parent.openProfile()) {
                f.put("added", profile.addAccount(account));
                if (password != null) {
                    PasswordStore store = PasswordStores.open(accounts.parent.profileDir());
                    store.save(account, password);
                    java.util.Arrays.fill(password, '\0');
                    f.put("password", store.kind() == PasswordStore.Kind.OS_KEYRING ? "os-keyring" : "encrypted-file");
                    // Where the password went, and how safe that is, in the store's own words.
                    spec.commandLine().getErr().println(store.describe());
                }
            }
            spec.commandLine().getOut().println(Json.object(f));
            return 0;
        }
    }

    @Command(name = "remove", description = "Forget an account, its kept password and all its stored history.")
    static final class Remove extends AccountsSub {
        @Parameters(index = "0", description = "the account's JID")
        String jid;

        @Override
        public Integer call() {
            Jid account = ParleyCli.parseJid(spec.commandLine(), jid, "JID").bare();
            try (Profile profile = accounts.parent.openProfile()) {
                boolean removed = profile.removeAccount(account);
                try {
                    PasswordStores.open(accounts.parent.profileDir()).delete(account);
                } catch (PasswordStoreException e) {
                    spec.commandLine().getErr().println("parley: the kept password could not be removed: " + e.getMessage());
                }
                spec.commandLine().getOut().println(Json.object(Map.of("jid", account.toString(), "removed", removed)));
                return removed ? 0 : ExitCode.BAD_ARGUMENTS.code;
            }
        }
    }
}
