package im.parley.cli;

import im.parley.client.history.History;
import im.parley.client.history.Profile;
import im.parley.client.history.SearchResult;
import im.parley.xmpp.jid.Jid;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** Searches the profile's archive, without connecting. */
@Command(name = "search", description = "Find stored messages containing every word of TEXT (case and accents"
        + " ignored, the last word also as a prefix), newest first, one JSON object per line with \"matches\":"
        + " the [start, end) character ranges of the body that matched.")
final class SearchCommand extends ParleyCli.Sub {
    @Parameters(index = "0", description = "the words to find")
    String text;

    @Option(names = "--with", description = "only the conversation with this JID")
    String with;

    @Option(names = "--limit", description = "at most this many messages (default 50)")
    int limit = 50;

    @Override
    public Integer call() {
        if (limit < 1 || limit > 1000) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1..1000");
        }
        Jid account = ParleyCli.parseJid(spec.commandLine(), parent.jid, "--jid");
        Jid peer = with == null ? null : ParleyCli.parseJid(spec.commandLine(), with, "--with");
        try (Profile profile = parent.openProfile()) {
            List<SearchResult> found;
            try {
                History history = profile.history(account);
                // A one-shot search answers from all of the history, so it waits for the index's catch-up.
                history.searchCaughtUp().join();
                found = history.search(text, peer, limit);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "nothing to search for: " + e.getMessage());
            }
            for (SearchResult r : found) {
                Map<String, Object> f = HistoryCommand.fields(r.message());
                f.put("matches", r.matches().stream().map(m -> List.of(m.start(), m.end())).toList());
                out().println(Json.object(f));
            }
        }
        return 0;
    }
}
