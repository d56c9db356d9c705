package im.parley.ui.chat;

import im.parley.ui.app.AccountModel;
import im.parley.ui.shell.OpenConversation;
import im.parley.xmpp.jid.Jid;
import java.net.URI;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.beans.value.ObservableStringValue;
import javafx.scene.Node;

/** A conversation of an account in the main window: the chat view on its view-model. */
public final class ChatPane implements OpenConversation {
    private final ChatViewModel model;
    private final ChatView view;

    public ChatPane(AccountModel account, Jid peer, Executor ui, Consumer<URI> linkOpener) {
        model = ChatViewModel.forAccount(account.account(), account.history(), account.sync(), peer, ui);
        account.contacts().contact(peer).ifPresent(c -> model.setPeerName(c.displayName()));
        view = new ChatView(model, linkOpener);
    }

    @Override
    public Node content() {
        return view.root();
    }

    @Override
    public ObservableStringValue activity() {
        return model.typingProperty();
    }

    @Override
    public void focus() {
        view.focusComposer();
    }

    @Override
    public void find() {
        model.find().show();
    }

    /** Shows the stored message {@code key}, highlighted (a search hit). */
    public void jumpTo(long key) {
        model.jumpTo(key);
    }

    @Override
    public void close() {
        model.close();
    }
}
