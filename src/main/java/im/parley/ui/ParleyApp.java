package im.parley.ui;

import im.parley.client.history.AccountSettings;
import im.parley.client.history.Profile;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.AppContext;
import im.parley.ui.app.NextPulse;
import im.parley.ui.app.Problems;
import im.parley.ui.cert.CertificateDialog;
import im.parley.ui.cert.CertificatePrompt;
import im.parley.ui.shell.MainView;
import im.parley.ui.shell.OpenConversation;
import im.parley.ui.shell.ShellViewModel;
import im.parley.ui.signin.SignInView;
import im.parley.ui.signin.SignInViewModel;
import im.parley.ui.theme.IconFonts;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import javafx.application.ConditionalFeature;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The desktop application. Opens the profile off the UI thread, then shows the sign-in card on
 * first run or the main window with the kept accounts. {@code --profile DIR} keeps everything in
 * DIR instead of the system's application-data folder.
 */
public class ParleyApp extends Application {
    /**
     * Looked up when needed, not when the class loads: this class runs before the toolkit starts,
     * and logging's own start (about 45 ms: the JDK opens every jar on the class path, looking for
     * a logging backend) then happens on the profile's thread, beside the toolkit's start instead
     * of before it.
     */
    private static Logger log() {
        return Logger.getLogger(ParleyApp.class.getName());
    }
    private static final long START_UP_AT_MOST_SECONDS = 10;
    /** How long a start may go without a window before the loading card shows. */
    private static final long LOADING_CARD_AFTER_MS = 600;
    private final Executor ui = Platform::runLater;
    private final ShellViewModel shell = new ShellViewModel();
    private Stage stage;
    private Scene scene;
    private AppContext context;
    private AppActions actions;
    private Thread closer;
    private final javafx.beans.InvalidationListener visibility = o -> windowVisible();
    /**
     * Completes once the first window shows what it came up with (the kept accounts' contacts, or
     * the sign-in card), or after START_UP_AT_MOST_SECONDS: what can wait (the kept accounts'
     * connections, the search index, the media libraries) starts then instead of competing with
     * the window for the processor.
     */
    private final CompletableFuture<Void> startedUp = new CompletableFuture<>();

    /** The profile, opening while the toolkit starts; null when the app was launched another way (tests). */
    private static volatile CompletableFuture<AppContext> opening;
    /** Whether the toolkit may skip its GPU probe; null where that is not decided here. */
    private static volatile GraphicsProbe graphics;

    /**
     * Called by the launcher before JavaFX starts: the profile (H2, the search index) opens on its
     * own thread meanwhile, which takes about as long as the toolkit's own start; the toolkit skips
     * a GPU probe that failed on this machine before ({@link GraphicsProbe}). The heap is tuned once
     * started: a tight heap during start-up would only mean more collections.
     */
    public static void prepare(String[] args) {
        Path folder = profileFolder(List.of(args));
        graphics = GraphicsProbe.forThisMachine(folder);
        if (graphics != null) {
            graphics.beforeToolkit();
        }
        opening = AppContext.open(folder, Platform::runLater);
        CompletableFuture.delayedExecutor(15, TimeUnit.SECONDS).execute(MemoryTuning::apply);
    }

    @Override
    public void start(Stage primary) {
        this.stage = primary;
        IconFonts.loadInBackground();
        Path folder = profileFolder(getParameters().getRaw());
        CompletableFuture<AppContext> early = opening;
        opening = null;
        CompletableFuture<AppContext> profile = early != null ? early : AppContext.open(folder, ui);
        // The kept accounts start off the UI thread as soon as the profile is open, while this
        // thread is still making the window; they connect once it shows their contacts.
        CompletableFuture<List<AppContext.KeptLaunch>> launches = profile.thenCompose(
                c -> c.launchKept(jid -> prompt(c, jid), startedUp));
        // Usually open by now: its theme then comes first, not after a restyle.
        Themes.apply(profile.isDone() && !profile.isCompletedExceptionally()
                ? preferredTheme(profile.join()) : Themes.systemPreference());
        scene = new Scene(loading(), 1100, 720);
        Themes.style(scene);
        stage.setScene(scene);
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = ParleyApp.class.getResource("/icons/parley-" + size + ".png");
            if (icon != null) {
                stage.getIcons().add(new javafx.scene.image.Image(icon.toExternalForm(), true));
            }
        }
        stage.setMinWidth(720);
        stage.setMinHeight(480);
        stage.titleProperty().bind(shell.titleProperty());
        stage.iconifiedProperty().addListener(visibility);
        stage.showingProperty().addListener(visibility);
        stage.setOnCloseRequest(e -> {
            e.consume();
            shutDown();
        });
        profile.whenComplete((c, e) -> ui.execute(() -> {
            if (e != null) {
                cannotOpen(folder, e);
            } else {
                opened(c, launches);
            }
        }));
        // The window shows once it has what it came up with: one layout, no loading card first. A
        // profile slow to open shows the loading card meanwhile.
        CompletableFuture.delayedExecutor(LOADING_CARD_AFTER_MS, TimeUnit.MILLISECONDS).execute(() -> ui.execute(this::reveal));
        GraphicsProbe probe = graphics;
        if (probe != null) {
            profile.thenAccept(c -> c.io().execute(() -> probe.afterToolkit(() -> Platform.isSupported(ConditionalFeature.SCENE3D))));
        }
        CompletableFuture.delayedExecutor(START_UP_AT_MOST_SECONDS, TimeUnit.SECONDS).execute(() -> startedUp.complete(null));
        startedUp.thenRun(() -> profile.thenAccept(c -> c.profile().openSearchIndex()));
    }

    /** Shows the window, if it is not yet shown: with what it has now. */
    private void reveal() {
        if (stage.isShowing() || closer != null) {
            return;
        }
        stage.show();
        if (main != null) {
            actions.startNotifications();
        }
    }

    private static Themes.Theme preferredTheme(AppContext c) {
        return Themes.Theme.parse(c.preferences().get("theme").orElse("system"));
    }

    /** The folder after {@code --profile}, else the system's usual one. */
    static Path profileFolder(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--profile") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (a.startsWith("--profile=")) {
                return Path.of(a.substring("--profile=".length()));
            }
        }
        return Profile.defaultFolder();
    }

    private void opened(AppContext c, CompletableFuture<List<AppContext.KeptLaunch>> launches) {
        context = c;
        actions = new AppActions(this, c, shell);
        Themes.apply(preferredTheme(c));
        Themes.fontScale(c.preferences().number("font-scale", 1.0), List.of(scene));
        launches.whenComplete((kept, e) -> ui.execute(() -> startKept(e != null ? List.of() : kept)));
    }

    private void startKept(List<AppContext.KeptLaunch> kept) {
        if (kept.isEmpty()) {
            showSignIn(null);
            reveal();
            NextPulse.afterLayout(scene, () -> startedUp.complete(null));
            return;
        }
        showMain();
        List<CompletableFuture<?>> added = new ArrayList<>();
        for (AppContext.KeptLaunch launch : kept) {
            if (launch.model().isEmpty()) {
                reveal();
                actions.signInDialog(launch.settings());
                continue;
            }
            added.add(launch.model().get().handle((model, e) -> {
                ui.execute(() -> {
                    if (model != null) {
                        shell.add(model);
                    } else {
                        log().log(Level.WARNING, "could not start " + launch.settings().jid(), e);
                        reveal();
                        actions.signInDialog(launch.settings());
                    }
                });
                return model;
            }).thenCompose(model -> model == null ? CompletableFuture.completedFuture(null) : model.keptRosterShown()));
        }
        CompletableFuture.allOf(added.toArray(CompletableFuture[]::new)).thenRun(() -> ui.execute(() -> {
            reveal();
            NextPulse.afterLayout(scene, () -> startedUp.complete(null));
        }));
    }

    /** The question about an untrusted certificate for the account {@code jid}. */
    CertificatePrompt prompt(Jid jid) {
        return prompt(context, jid);
    }

    private CertificatePrompt prompt(AppContext c, Jid jid) {
        return new CertificatePrompt(ui, problem -> {
            reveal();
            return CertificateDialog.ask(stage, problem);
        },
                fingerprint -> c.savePin(jid, fingerprint));
    }

    /** The first-run card, filling the window; {@code known} prefills a kept account. */
    void showSignIn(AccountSettings known) {
        SignInViewModel model = new SignInViewModel(ui, this::signIn);
        if (known != null) {
            model.jidProperty().set(known.jid().toString());
        }
        SignInView view = new SignInView(model);
        view.onCreateAccount(() -> actions.createAccount());
        scene.setRoot(view.root());
        Themes.style(scene);
        view.focus();
    }

    /** Connects with the settings the user gave; on success the main window shows the account. */
    CompletableFuture<AccountModel> signIn(AccountSettings settings, char[] password) {
        return context.signIn(settings, password, prompt(settings.jid())).thenApply(model -> {
            ui.execute(() -> {
                showMain();
                shell.add(model);
            });
            return model;
        });
    }

    private MainView main;

    void showMain() {
        if (main == null) {
            // Before the main view: the header of a conversation shown at once asks for its call buttons.
            actions.startCalls(startedUp);
            main = new MainView(shell, actions, this::openConversation);
            actions.installShortcuts(scene, main);
            StartupProbe.install(scene, shell);
            if (stage.isShowing()) {
                actions.startNotifications();
            }
        }
        if (scene.getRoot() != main.root()) {
            scene.setRoot(main.root());
            Themes.style(scene);
        }
    }

    /** The conversation pane for {@code peer}. */
    OpenConversation openConversation(AccountModel account, Jid peer) {
        return actions.openConversation(account, peer);
    }

    Stage stage() {
        return stage;
    }

    Scene scene() {
        return scene;
    }

    private void windowVisible() {
        if (closer != null || context == null) {
            return;
        }
        boolean visible = stage.isShowing() && !stage.isIconified();
        for (AccountModel a : shell.accounts()) {
            context.io().execute(() -> a.account().windowVisible(visible));
        }
    }

    /** Only a line of text: a spinning indicator would redraw the window every frame while the app starts. */
    private static Parent loading() {
        VBox box = new VBox(new Label("Opening your profile…"));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    private void cannotOpen(Path folder, Throwable e) {
        reveal();
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Parley");
        alert.setHeaderText("Parley cannot open its profile in " + folder);
        alert.setContentText(Problems.sentence(e) + "\n\nIf Parley is already running, switch to it; or start"
                + " this one with --profile and another folder.");
        alert.showAndWait();
        Platform.exit();
    }

    /** Closes the streams cleanly off the UI thread, then exits; never hangs on a dead server. */
    private void shutDown() {
        stage.hide();
        Thread closing = closeAll();
        Thread watchdog = new Thread(() -> {
            try {
                closing.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            Platform.exit();
        }, "parley-shutdown");
        watchdog.setDaemon(true);
        watchdog.start();
    }

    /** Also called by the toolkit (and TestFX) at exit: waits a bounded time for clean stream closes. */
    @Override
    public void stop() throws InterruptedException {
        if (actions != null) {
            actions.stopNotifications();
            actions.stopCalls();
        }
        closeAll().join(5000);
    }

    private synchronized Thread closeAll() {
        if (closer == null) {
            stage.iconifiedProperty().removeListener(visibility);
            stage.showingProperty().removeListener(visibility);
            List<AccountModel> accounts = List.copyOf(shell.accounts());
            AppContext c = context;
            closer = new Thread(() -> {
                accounts.forEach(AccountModel::close);
                if (c != null) {
                    c.close();
                }
            }, "parley-close");
            closer.start();
        }
        return closer;
    }
}
