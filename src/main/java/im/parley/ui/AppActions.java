package im.parley.ui;

import im.parley.client.history.AccountSettings;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.AppContext;
import im.parley.ui.call.AppCalls;
import im.parley.ui.call.CallButtons;
import im.parley.ui.call.CallButtonsModel;
import im.parley.ui.call.CallDevices;
import im.parley.ui.shell.HeaderActions;
import im.parley.ui.contacts.Contact;
import im.parley.ui.help.KeyboardHelp;
import im.parley.ui.profile.OwnProfile;
import im.parley.ui.profile.ProfileEditor;
import im.parley.ui.profile.ProfileEditorViewModel;
import im.parley.ui.help.Shortcuts;
import im.parley.ui.search.AccountsSearcher;
import im.parley.ui.search.SearchHit;
import im.parley.ui.search.SearchView;
import im.parley.ui.search.SearchViewModel;
import im.parley.ui.settings.AppearanceViewModel;
import im.parley.ui.settings.SettingsSection;
import im.parley.ui.settings.SettingsSections;
import im.parley.ui.settings.SettingsWindow;
import im.parley.client.history.ConversationSummary;
import im.parley.ui.switcher.QuickSwitcher;
import im.parley.ui.switcher.QuickSwitcherModel;
import im.parley.ui.switcher.SwitchTarget;
import java.net.URI;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.scene.Parent;
import javafx.stage.Window;
import im.parley.ui.contacts.ContactsView;
import im.parley.ui.notify.DesktopNotifier;
import im.parley.ui.notify.NotificationSettingsView;
import im.parley.ui.notify.NotificationSettingsViewModel;
import im.parley.ui.notify.Notifications;
import im.parley.ui.shell.MainView;
import im.parley.ui.shell.OpenConversation;
import im.parley.ui.shell.ShellCommands;
import im.parley.ui.shell.ShellViewModel;
import im.parley.ui.signin.SignInView;
import im.parley.ui.signin.SignInViewModel;
import im.parley.ui.theme.Themes;
import im.parley.ui.app.Problems;
import im.parley.ui.chat.ChatPane;
import im.parley.ui.rooms.JoinRoomDialog;
import im.parley.ui.rooms.RoomCaptchas;
import im.parley.ui.rooms.RoomPane;
import im.parley.ui.cert.CertificateDialog;
import im.parley.ui.cert.CertificatePrompt;
import im.parley.ui.registration.RegistrationView;
import im.parley.ui.registration.RegistrationViewModel;
import im.parley.ui.registration.ServerChoice;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.transport.TlsSettings;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.stage.Modality;
import javafx.stage.Stage;

/** What the main window's buttons, menus and shortcuts do. */
final class AppActions implements MainView.Commands {
    /** Waits for a pause in typing; one daemon thread for the app's life. */
    private static final SearchViewModel.Timer SEARCH_TIMER = searchTimer();
    private final ParleyApp app;
    private final AppContext context;
    private final ShellViewModel shell;
    private final ShellCommands contacts;
    private MainView main;
    private Stage settingsWindow;
    private Stage searchWindow;
    private QuickSwitcher quickSwitcher;

    AppActions(ParleyApp app, AppContext context, ShellViewModel shell) {
        this.app = app;
        this.context = context;
        this.shell = shell;
        this.contacts = new ShellCommands(shell, app::stage, context.ui());
    }

    @Override
    public ContactsView.Actions contactActions() {
        return contacts;
    }

    @Override
    public void newChat() {
        contacts.newChat();
    }

    /** Ctrl+J and the + menu: join a group room with the active account, then open it. */
    @Override
    public void joinRoom() {
        AccountModel account = shell.activeProperty().get();
        if (account == null) {
            return;
        }
        JoinRoomDialog.show(app.stage(), account, context.ui(), shell::open);
    }

    @Override
    public void addContact() {
        contacts.addContact();
    }

    @Override
    public void addAccount() {
        signInDialog(null);
    }

    /** Sign-in in a window of its own, over the main window: a second account, or a kept one without a password. */
    void signInDialog(AccountSettings known) {
        Stage dialog = new Stage();
        dialog.initOwner(app.stage());
        dialog.initModality(Modality.WINDOW_MODAL);
        dialog.setTitle(known == null ? "Add an account" : "Sign in to " + known.jid());
        SignInViewModel model = new SignInViewModel(context.ui(), (settings, password) ->
                app.signIn(settings, password).thenRun(() -> context.ui().execute(dialog::close)));
        if (known != null) {
            model.jidProperty().set(known.jid().toString());
            model.rememberProperty().set(known.rememberPassword());
            model.hostProperty().set(known.host());
            model.portProperty().set(known.port() == 0 ? "" : Integer.toString(known.port()));
            model.directTlsProperty().set(known.directTls());
            model.boshProperty().set(known.bosh() == null ? "" : known.bosh().toString());
        }
        SignInView view = new SignInView(model);
        view.onCreateAccount(this::createAccount);
        Scene scene = new Scene(view.root(), 520, 560);
        Themes.style(scene);
        dialog.setScene(scene);
        dialog.show();
    }

    /**
     * In-band registration in a window of its own: the server's form, then a sign-in with the new
     * account. A certificate trusted while registering stays trusted for that account.
     */
    void createAccount() {
        Stage window = new Stage();
        window.initOwner(app.stage());
        window.setTitle("Create an account");
        Set<String> pins = ConcurrentHashMap.newKeySet();
        AtomicReference<ServerChoice> chosen = new AtomicReference<>();
        CertificatePrompt prompt = new CertificatePrompt(context.ui(),
                problem -> CertificateDialog.ask(window, problem), pins::add);
        RegistrationViewModel model = new RegistrationViewModel(choice -> {
            chosen.set(choice);
            return choice.configBuilder().tls(new TlsSettings(List.of(), Set.copyOf(pins), prompt)).build();
        }, context.ui(), (jid, password) -> {
            window.close();
            ServerChoice server = chosen.get();
            AccountSettings settings = AccountSettings.of(jid).withRememberPassword(true);
            if (server != null && server.address() != null) {
                settings = settings.withServer(server.address().host(), server.address().port(),
                        server.address().directTls());
            }
            for (String pin : pins) {
                settings = settings.withPin(pin);
            }
            app.signIn(settings, password).whenComplete((ok, failure) -> {
                if (failure != null) {
                    context.ui().execute(() -> {
                        Alert alert = new Alert(Alert.AlertType.WARNING, Problems.sentence(failure));
                        alert.initOwner(app.stage());
                        alert.setHeaderText("Your account " + jid + " was created, but signing in failed");
                        alert.show();
                    });
                }
            });
        });
        window.setOnHidden(e -> model.close());
        Scene scene = new Scene(new RegistrationView(model).root(), 560, 640);
        Themes.style(scene);
        window.setScene(scene);
        window.show();
    }

    /** Ctrl+, and the sidebar's button: one settings window, brought forward when open already. */
    @Override
    public void settings() {
        if (settingsWindow == null) {
            List<SettingsSection> sections = SettingsSections.standard(context, shell, new LiveLooks(), this::addAccount);
            sections.add(1, new SettingsSection("notifications", "Notifications",
                    org.kordamp.ikonli.material2.Material2OutlinedMZ.NOTIFICATIONS,
                    () -> new NotificationSettingsView(notificationSettings()).root()));
            SettingsWindow view = new SettingsWindow(sections);
            settingsWindow = window("Settings", view.root(), 860, 600);
            settingsWindow.setOnHidden(e -> settingsWindow = null);
            settingsWindow.show();
            view.focus();
        }
        settingsWindow.toFront();
        settingsWindow.requestFocus();
    }

    /** Ctrl+Shift+F and the sidebar's button: search every account's stored messages. */
    @Override
    public void searchHistory() {
        if (searchWindow == null) {
            SearchViewModel model = new SearchViewModel(new AccountsSearcher(shell.accounts()), SEARCH_TIMER,
                    context.io(), context.ui(), this::conversationName, this::openSearchHit);
            SearchView view = new SearchView(model);
            searchWindow = window("Search all history", view.root(), 640, 560);
            view.onOpened(searchWindow::close);
            searchWindow.setOnHidden(e -> searchWindow = null);
            searchWindow.show();
            view.focus();
        }
        searchWindow.toFront();
        searchWindow.requestFocus();
    }

    /** Ctrl+K: jump to any conversation or contact of any account by typing. */
    void quickSwitcher() {
        if (quickSwitcher == null) {
            quickSwitcher = new QuickSwitcher(app.stage(), new QuickSwitcherModel(this::switchTargets, target -> {
                shell.accounts().stream().filter(a -> a.jid().equals(target.account())).findFirst()
                        .ifPresent(a -> shell.activeProperty().set(a));
                shell.openStored(target.peer());
            }), () -> shell.accounts().size() > 1);
        }
        quickSwitcher.show();
    }

    private List<SwitchTarget> switchTargets() {
        List<SwitchTarget> targets = new ArrayList<>();
        for (AccountModel a : shell.accounts()) {
            for (ConversationSummary c : a.conversations().items()) {
                Jid peer = Jid.of(c.peer());
                Optional<Contact> contact = a.contacts().contact(peer);
                targets.add(new SwitchTarget(a.jid(), peer, a.conversationName(peer),
                        c.room(), c.lastTime(), c.unread(), contact.map(AppActions::presenceDot).orElse(null)));
            }
            for (Contact c : a.contacts().all()) {
                targets.add(new SwitchTarget(a.jid(), c.jid(), c.displayName(), false, null, 0, presenceDot(c)));
            }
        }
        return targets;
    }

    private static String presenceDot(Contact c) {
        return c.availability() == null ? null : c.availability().styleClass();
    }

    /** F1 and Ctrl+?: the keyboard shortcuts. */
    @Override
    public void help() {
        // As tall as the table at this width (a negative height): no blank band above the button.
        Stage help = window("Keyboard shortcuts", new KeyboardHelp(Shortcuts.onMac()).root(), 620, -1);
        help.initModality(Modality.WINDOW_MODAL);
        help.show();
    }

    /** The sidebar's own avatar or name, and the + menu: the active account's profile editor. */
    @Override
    public void editProfile() {
        AccountModel account = shell.activeProperty().get();
        if (account == null) {
            return;
        }
        ProfileEditorViewModel model = new ProfileEditorViewModel(OwnProfile.of(account.jid(), account::session),
                account.jid(), context.io(), context.ui());
        ProfileEditor view = new ProfileEditor(model);
        Stage stage = window("Your profile", view.root(), 920, 700);
        view.onClose(stage::close);
        model.load();
        stage.show();
        view.focus();
    }

    /** A window over the main one, styled like it, closed by Esc. */
    private Stage window(String title, Parent content, double width, double height) {
        Stage stage = new Stage();
        stage.initOwner(app.stage());
        stage.setTitle(title);
        Scene scene = new Scene(content, width, height);
        Themes.style(scene);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        return stage;
    }

    private String conversationName(Jid account, Jid conversation) {
        return shell.accounts().stream().filter(a -> a.jid().equals(account)).findFirst()
                .map(a -> a.conversationName(conversation)).orElse(conversation.toString());
    }

    /** A search hit chosen: its account shown, its conversation opened, then the jump to the message. */
    void openSearchHit(SearchHit hit) {
        shell.accounts().stream().filter(a -> a.jid().equals(hit.account())).findFirst()
                .ifPresent(a -> shell.activeProperty().set(a));
        shell.openStored(hit.conversation());
        jumpToMessage(hit.conversation(), hit.key());
    }

    /** Scrolls the conversation just opened for {@code conversation} to the stored message {@code key}. */
    void jumpToMessage(Jid conversation, long key) {
        if (main != null && main.openConversation() instanceof ChatPane pane) {
            pane.jumpTo(key);
        }
    }

    /** Theme and text size applied to every window that is open. */
    private static final class LiveLooks implements AppearanceViewModel.Looks {
        @Override
        public void theme(Themes.Theme theme) {
            // The user-agent stylesheet is the application's: every scene takes it; Parley's sheets follow.
            Themes.apply(theme);
            openScenes().forEach(Themes::style);
        }

        @Override
        public void fontScale(double scale) {
            Themes.fontScale(scale, openScenes());
        }

        private static List<Scene> openScenes() {
            return Window.getWindows().stream().map(Window::getScene).filter(java.util.Objects::nonNull).toList();
        }
    }

    OpenConversation openConversation(AccountModel account, Jid peer) {
        Consumer<URI> links = uri -> app.getHostServices().showDocument(uri.toString());
        if (peer.resource() != null) {
            return ChatPane.inPrivate(account, peer, context.ui(), links);
        }
        if (account.isRoom(peer)) {
            return new RoomPane(account, peer, context.io(), context.ui(), shell::openPrivate, links);
        }
        return new ChatPane(account, peer, context.ui(), links);
    }

    private static SearchViewModel.Timer searchTimer() {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "parley-search-timer");
            t.setDaemon(true);
            return t;
        });
        return (delay, task) -> {
            ScheduledFuture<?> f = timer.schedule(task, delay.toMillis(), TimeUnit.MILLISECONDS);
            return () -> f.cancel(false);
        };
    }

    /** The shortcuts of UI.md; SHORTCUT is Ctrl, or Cmd on macOS. */
    void installShortcuts(Scene scene, MainView main) {
        this.main = main;
        var keys = scene.getAccelerators();
        keys.put(new KeyCodeCombination(KeyCode.K, KeyCombination.SHORTCUT_DOWN), this::quickSwitcher);
        keys.put(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN), () -> shell.step(1));
        keys.put(new KeyCodeCombination(KeyCode.TAB, KeyCombination.CONTROL_DOWN, KeyCombination.SHIFT_DOWN),
                () -> shell.step(-1));
        keys.put(new KeyCodeCombination(KeyCode.PAGE_DOWN, KeyCombination.SHORTCUT_DOWN), () -> shell.step(1));
        keys.put(new KeyCodeCombination(KeyCode.PAGE_UP, KeyCombination.SHORTCUT_DOWN), () -> shell.step(-1));
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> {
            if (main.openConversation() != null) {
                main.openConversation().find();
            }
        });
        keys.put(new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::searchHistory);
        keys.put(new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newChat);
        keys.put(new KeyCodeCombination(KeyCode.J, KeyCombination.SHORTCUT_DOWN), this::joinRoom);
        keys.put(new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN), shell::close);
        keys.put(new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN), main::detachOpen);
        keys.put(new KeyCodeCombination(KeyCode.COMMA, KeyCombination.SHORTCUT_DOWN), this::settings);
        keys.put(new KeyCodeCombination(KeyCode.F1), this::help);
        keys.put(new KeyCodeCombination(KeyCode.SLASH, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                this::help);
    }

    /** Rooms asking the user to prove they are a person (XEP-0158) before letting them in. */
    private RoomCaptchas captchas;

    // ---- calls (ui.call) ----
    private AppCalls calls;

    /**
     * Takes and places calls on the shell's accounts from now on; called once the main window
     * shows. The media libraries start no earlier than {@code afterStartUp} completes.
     */
    void startCalls(CompletionStage<?> afterStartUp) {
        if (calls == null) {
            calls = new AppCalls(AppCalls.settingsFromSystem(), CallDevices.inProfile(context.profile().folder()),
                    context.ui(), context.io(), afterStartUp);
            calls.watch(shell.accounts());
        }
    }

    @Override
    public HeaderActions conversationActions(AccountModel account, Jid peer) {
        // Group calls are not built: a room's header has no call buttons, nor has a room occupant's (a full JID).
        if (calls == null || peer.resource() != null || account.isRoom(peer)) {
            return HeaderActions.NONE;
        }
        CallButtonsModel buttons = calls.buttons(account, peer);
        return new HeaderActions(CallButtons.of(buttons, () -> calls.call(account, peer, false),
                () -> calls.call(account, peer, true)), buttons::close);
    }

    /** At exit: no more rings; calls in progress end with their accounts. */
    void stopCalls() {
        if (calls != null) {
            calls.close();
            calls = null;
        }
    }
    // ---- end calls ----

    // ---- notifications (ui.notify) ----
    private NotificationSettingsViewModel notificationSettings;
    private Notifications notifications;

    /** The notification switches; the settings window shows them as {@code new NotificationSettingsView(notificationSettings())}. */
    NotificationSettingsViewModel notificationSettings() {
        if (notificationSettings == null) {
            notificationSettings = new NotificationSettingsViewModel(context.preferences(), context.io(), context.ui());
        }
        return notificationSettings;
    }

    /** Notifies about the shell's accounts from now on; called once the main window shows. */
    void startNotifications() {
        if (captchas == null) {
            captchas = new RoomCaptchas(app::stage, context.io(), context.ui());
            captchas.watch(shell.accounts());
        }
        if (notifications == null) {
            Stage window = app.stage();
            notifications = new Notifications(shell, window.focusedProperty(), notificationSettings(),
                    new DesktopNotifier(window, context.ui(), n -> notifications.open(n)), context.ui());
        }
    }

    /** At exit: takes the tray icon down, which would keep the JVM alive otherwise. */
    void stopNotifications() {
        if (notifications != null) {
            notifications.close();
            notifications = null;
        }
    }
    // ---- end notifications ----
}
