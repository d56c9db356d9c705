package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.AtomicFiles;
import im.parley.client.history.Profile;
import im.parley.client.transfer.AccountTransfer;
import im.parley.xmpp.codec.QName;
import im.parley.xmpp.ext.pie.PortableFormat;
import im.parley.xmpp.ext.pie.PortableUser;
import im.parley.xmpp.ext.pie.ServerData;
import im.parley.xmpp.jid.Jid;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** "Move my account", the first half: the account out to a XEP-0227 file. */
@Command(name = "export", description = "Write the account's roster, vCard, bookmarks (and roster notes and"
        + " metacontacts) and the history under --profile to FILE in the XEP-0227 format; a JSON summary on"
        + " stdout. The password is never written. An existing FILE is kept unless --force.")
final class ExportCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "the file to write")
    Path file;

    @Option(names = "--force", description = "replace FILE if it exists")
    boolean force;

    @Override
    public Integer call() throws Exception {
        // Refused before connecting; the write itself refuses a file that appears meanwhile.
        if (!force && Files.exists(file)) {
            throw new ParameterException(spec.commandLine(), file + " exists; use --force to replace it");
        }
        Jid account = parent.config(spec.commandLine()).jid().bare();
        ServerData data;
        try (Profile profile = parent.openProfile(); AccountSession session = parent.connect(spec.commandLine())) {
            data = AccountTransfer.export(session, profile.portableHistory(account));
        }
        byte[] bytes = PortableFormat.write(data);
        try {
            AtomicFiles.create(file, bytes, force);
        } catch (FileAlreadyExistsException e) {
            throw new ParameterException(spec.commandLine(), file + " exists; use --force to replace it");
        }
        PortableUser user = data.user(account).orElseThrow();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("file", file.toString());
        f.put("account", account.toString());
        f.put("contacts", user.roster() == null ? 0 : user.roster().items().size());
        f.put("vcard", user.vCard() != null);
        f.put("private", user.privateData().stream().map(e -> QName.of(e).namespace()).toList());
        f.put("messages", user.archive().size());
        f.put("bytes", bytes.length);
        out().println(Json.object(f));
        return 0;
    }
}
