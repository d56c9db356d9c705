package im.parley.cli;

import im.parley.client.history.CompactedArchive;
import im.parley.client.history.Profile;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/** Compacts the profile's archive file on request, without connecting. */
@Command(name = "compact", description = "Give back the disk space a bulk load (an import, a first sync of a large"
        + " archive, a removed account) left in the archive under --profile, and print its size before and after as"
        + " JSON. Parley does this by itself after a bulk load; close the app first (no connection is made).")
final class CompactCommand extends ParleyCli.Sub {
    @Override
    public Integer call() {
        CompactedArchive done = Profile.compact(parent.profileDir());
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("bytes_before", done.bytesBefore());
        f.put("bytes_after", done.bytesAfter());
        f.put("ms", done.took().toMillis());
        out().println(Json.object(f));
        return 0;
    }
}
