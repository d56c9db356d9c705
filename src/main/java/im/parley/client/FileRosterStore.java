package im.parley.client;

import im.parley.xmpp.im.Roster;
import im.parley.xmpp.im.RosterFormatException;
import im.parley.xmpp.im.RosterStore;
import im.parley.xmpp.xml.Limits;
import im.parley.xmpp.xml.XmlStreamException;
import im.parley.xmpp.xml.XmlStreamParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A {@link RosterStore} in one file: the roster query as XML, with its XEP-0237 version, so the
 * next login asks the server only for what changed. Until the H2 archive stores rosters, the
 * command line keeps one per account under its profile folder.
 */
public final class FileRosterStore implements RosterStore {
    private static final Logger LOG = Logger.getLogger(FileRosterStore.class.getName());
    private static final Roster NOTHING = new Roster(null, List.of());

    private final Path file;

    public FileRosterStore(Path file) {
        this.file = file;
    }

    /**
     * The stored roster. A missing file means nothing is stored; an unreadable one is logged and
     * treated the same, since the full fetch that follows repairs it.
     */
    @Override
    public Roster load() {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return NOTHING;
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cannot read the stored roster " + file, e);
            return NOTHING;
        }
        try {
            // Our own file, already bounded by the server's stanza limit when it arrived.
            Limits limits = new Limits(Math.max(1, bytes.length), Limits.defaults().maxDepth());
            return Roster.fromXml(XmlStreamParser.parseDocument(bytes, limits));
        } catch (XmlStreamException | RosterFormatException e) {
            LOG.warning("ignoring the damaged stored roster " + file + ": " + e.getMessage());
            return NOTHING;
        }
    }

    /** Writes a new file next to the old one and moves it over, so a crash never leaves half a roster. */
    @Override
    public void save(Roster roster) {
        try {
            AtomicFiles.replace(file, roster.toXml().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store the roster in " + file, e);
        }
    }
}
