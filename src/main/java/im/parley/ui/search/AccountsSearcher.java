package im.parley.ui.search;

import im.parley.client.history.SearchResult;
import im.parley.ui.app.AccountModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/** Searches every signed-in account's archive and merges the hits, newest first. */
public final class AccountsSearcher implements Searcher {
    /** A copy the search threads may read while the UI thread changes the shell's list. */
    private volatile List<AccountModel> accounts;

    /** Follows {@code shell} (changed on the UI thread only). */
    public AccountsSearcher(ObservableList<AccountModel> shell) {
        accounts = List.copyOf(shell);
        shell.addListener((ListChangeListener<AccountModel>) c -> accounts = List.copyOf(shell));
    }

    @Override
    public List<Found> search(String text, int limit) {
        List<Found> out = new ArrayList<>();
        for (AccountModel a : accounts) {
            for (SearchResult r : a.history().search(text, null, limit)) {
                out.add(new Found(a.jid(), r));
            }
        }
        out.sort(Comparator.comparing((Found f) -> f.result().message().time()).reversed());
        return out.size() > limit ? List.copyOf(out.subList(0, limit)) : out;
    }

    @Override
    public boolean complete() {
        return accounts.stream().allMatch(a -> a.history().searchComplete());
    }
}
