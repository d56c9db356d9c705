package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.history.Profile;
import im.parley.client.transfer.AccountTransfer;
import im.parley.client.transfer.ImportPlan;
import im.parley.client.transfer.ImportReport;
import im.parley.client.transfer.TransferException;
import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.ext.pie.PortableFormatException;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.jid.Jid;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** "Move my account", the second half: a XEP-0227 file into the --jid account. */
@Command(name = "import", description = "Import an account from a XEP-0227 FILE into the --jid account: contacts"
        + " added or updated (none removed), the vCard and private storage replaced, the archived messages into the"
        + " history under --profile. The whole file is checked before anything is written: a malformed or unsafe"
        + " one exits 2 without connecting. A JSON summary on stdout, also when the server refuses a step.")
final class ImportCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "the export to read")
    Path file;

    @Option(names = "--user", description = "the account in FILE to import, when it holds several")
    String user;

    @Override
    public Integer call() throws Exception {
        Jid source = user == null ? null : ParleyCli.parseJid(spec.commandLine(), user, "--user");
        Jid target = parent.config(spec.commandLine()).jid().bare();
        ImportPlan plan;
        try {
            ServerData data = PortableFormat.read(file);
            plan = ImportPlan.of(data, source, target);
        } catch (PortableFormatException e) {
            throw new ParameterException(spec.commandLine(), file + " cannot be imported: " + e.getMessage()
                    + "; nothing was changed");
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "cannot read " + file + ": " + e);
        }
        try (Profile profile = parent.openProfile(); AccountSession session = parent.connect(spec.commandLine())) {
            try {
                out().println(Json.object(fields(AccountTransfer.importInto(session,
                        profile.portableHistory(target), plan), null)));
            } catch (TransferException e) {
                out().println(Json.object(fields(e.applied(), e.getMessage())));
                out().flush();
                throw e;
            }
        }
        return 0;
    }

    static Map<String, Object> fields(ImportReport r, String error) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("from", r.source().toString());
        f.put("to", r.target().toString());
        f.put("complete", error == null);
        if (error != null) {
            f.put("error", error);
        }
        f.put("contacts_added", r.rosterAdded());
        f.put("contacts_updated", r.rosterUpdated());
        f.put("contacts_unchanged", r.rosterUnchanged());
        f.put("contacts_skipped", r.rosterSkipped());
        f.put("vcard", r.vCardSet());
        f.put("private", r.privateStored());
        f.put("messages_stored", r.archive().stored());
        f.put("messages_already_held", r.archive().alreadyHeld());
        f.put("message_changes", r.archive().changes());
        f.put("messages_skipped", r.archive().skipped());
        f.put("not_imported", r.notImported());
        return f;
    }
}
