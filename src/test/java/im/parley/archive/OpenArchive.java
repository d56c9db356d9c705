package im.parley.archive;

import java.nio.file.Path;

/** A real archive in a test's folder, with its store, its queries and one account. */
final class OpenArchive implements AutoCloseable {
    final Archive archive;
    final MessageStore store;
    final MessageQueries queries;
    final long account;

    OpenArchive(Path dir, String accountJid) {
        archive = Archive.open(dir);
        store = new MessageStore(archive);
        queries = new MessageQueries(archive);
        account = new AccountStore(archive).ensure(accountJid);
    }

    @Override
    public void close() {
        archive.close();
    }
}
