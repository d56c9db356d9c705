package im.parley.ui.app;

import im.parley.client.history.AccountSettings;
import im.parley.client.history.KeptAccount;
import im.parley.client.history.Profile;
import im.parley.client.history.ProfilePreferences;
import im.parley.client.secrets.PasswordStore;
import im.parley.client.secrets.PasswordStoreException;
import im.parley.client.secrets.PasswordStores;
import im.parley.xmpp.im.Roster;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.transport.CertificateDecision;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the app holds for one run: the profile (archive, settings, pins), the password store,
 * the preferences, and a small pool for the disk and network work the UI thread must never do.
 * Opened off the UI thread; the accounts it starts are handed to the UI as {@link AccountModel}s.
 */
public final class AppContext implements AutoCloseable {
    /** Looked up when needed: this class loads before the toolkit starts (see ParleyApp's log()). */
    private static Logger log() {
        return Logger.getLogger(AppContext.class.getName());
    }

    private final Profile profile;
    private final PasswordStore passwords;
    private final ProfilePreferences preferences;
    private final ExecutorService io;
    private final java.util.concurrent.Executor ui;
    private CompletableFuture<List<KeptStart>> keptStarts;

    private AppContext(Profile profile, PasswordStore passwords, ProfilePreferences preferences, ExecutorService io,
                       java.util.concurrent.Executor ui) {
        this.profile = profile;
        this.passwords = passwords;
        this.preferences = preferences;
        this.io = io;
        this.ui = ui;
    }

    /** Opens the profile in {@code folder} on a background thread; fails with ProfileException when another Parley has it. */
    public static CompletableFuture<AppContext> open(Path folder, java.util.concurrent.Executor ui) {
        ExecutorService io = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "parley-io");
            t.setDaemon(true);
            return t;
        });
        return CompletableFuture.supplyAsync(() -> {
            Profile profile = Profile.openSearchLater(folder);
            return new AppContext(profile, PasswordStores.open(folder), ProfilePreferences.load(folder), io, ui);
        }, io).whenComplete((c, e) -> {
            if (e != null) {
                io.shutdown();
            }
        });
    }

    public Profile profile() {
        return profile;
    }

    public ProfilePreferences preferences() {
        return preferences;
    }

    public PasswordStore passwords() {
        return passwords;
    }

    /** For disk and network work started from the UI. */
    public ExecutorService io() {
        return io;
    }

    public java.util.concurrent.Executor ui() {
        return ui;
    }

    /** The profile's accounts with their settings, read off the UI thread. */
    public CompletableFuture<List<AccountSettings>> keptAccounts() {
        return CompletableFuture.supplyAsync(() -> {
            List<AccountSettings> out = new ArrayList<>();
            for (KeptAccount a : profile.accounts()) {
                if (a.enabled()) {
                    out.add(profile.settings(a.jid()));
                }
            }
            return out;
        }, io);
    }

    /** The remembered password of {@code jid}, if the user asked for it to be kept. */
    public CompletableFuture<Optional<char[]>> rememberedPassword(AccountSettings settings) {
        return CompletableFuture.supplyAsync(() -> {
            if (!settings.rememberPassword()) {
                return Optional.<char[]>empty();
            }
            try {
                return passwords.read(settings.jid());
            } catch (PasswordStoreException e) {
                log().log(Level.WARNING, "could not read the password of " + settings.jid(), e);
                return Optional.<char[]>empty();
            }
        }, io);
    }

    /**
     * Signs in: the account connects (asking {@code certificates} about an untrusted server) and,
     * once online, its settings are kept in the profile and its password in the password store
     * if the user asked. A first sign-in that fails leaves nothing behind in the profile.
     */
    public CompletableFuture<AccountModel> signIn(AccountSettings settings, char[] password,
                                                  CertificateDecision certificates) {
        char[] copy = Arrays.copyOf(password, password.length);
        return CompletableFuture.supplyAsync(() -> {
            boolean known = profile.accounts().stream().anyMatch(a -> a.jid().equals(settings.jid()));
            Profile.SyncedAccount synced = profile.accountWithSync(settings.toConfig(copy, certificates));
            synced.account().setPrivacy(preferences.privacy());
            AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(settings.jid()),
                    profile.rosterStore(settings.jid()), ui, io);
            try {
                model.connect().join();
            } catch (RuntimeException e) {
                model.close();
                if (!known) {
                    profile.removeAccount(settings.jid());
                }
                throw e;
            }
            // Pins the user granted while connecting are kept by the prompt: read them back.
            AccountSettings kept = profile.settings(settings.jid()).pins().isEmpty() ? settings
                    : settings.withPinsOf(profile.settings(settings.jid()));
            profile.saveSettings(kept);
            remember(kept, copy);
            return model;
        }, io);
    }

    /** A kept account as the start needs it: settings, remembered password (if any), kept roster. */
    public record KeptStart(AccountSettings settings, Optional<char[]> password, CompletableFuture<Roster> roster) {
    }

    /**
     * The kept accounts with their passwords and rosters, read in parallel off the UI thread and
     * started as soon as the profile is open: the window finds them ready when it shows.
     */
    public synchronized CompletableFuture<List<KeptStart>> keptStarts() {
        if (keptStarts == null) {
            keptStarts = keptAccounts().thenCompose(kept -> {
                List<CompletableFuture<KeptStart>> each = new ArrayList<>();
                for (AccountSettings s : kept) {
                    CompletableFuture<Roster> roster = CompletableFuture.supplyAsync(
                            () -> profile.rosterStore(s.jid()).load(), io);
                    each.add(rememberedPassword(s).thenApply(p -> new KeptStart(s, p, roster)));
                }
                return CompletableFuture.allOf(each.toArray(CompletableFuture[]::new))
                        .thenApply(x -> each.stream().map(CompletableFuture::join).toList());
            });
        }
        return keptStarts;
    }

    /** A kept account on its way up: its model, made off the UI thread, or none without a remembered password. */
    public record KeptLaunch(AccountSettings settings, Optional<CompletableFuture<AccountModel>> model) {
    }

    /**
     * Starts every kept account that has a remembered password as soon as its settings, password
     * and roster are read, off the UI thread, showing what the archive kept. They connect once
     * {@code connectAfter} completes: the app holds the connections back until its window shows
     * the contacts, so that their work (TLS, signing in, the roster) does not compete with the
     * first frame for the processor (200 ms of a start on two cores, BENCHMARKS).
     * {@code certificates} gives the question to ask about an untrusted server for an account.
     */
    public CompletableFuture<List<KeptLaunch>> launchKept(Function<Jid, CertificateDecision> certificates,
                                                         CompletionStage<?> connectAfter) {
        return keptStarts().thenApply(kept -> kept.stream().map(k -> new KeptLaunch(k.settings(), k.password().map(
                p -> CompletableFuture.supplyAsync(
                        () -> start(k, certificates.apply(k.settings().jid()), connectAfter), io)))).toList());
    }

    /**
     * Starts a kept account with its remembered password; it connects once {@code connectAfter}
     * completes, and retries on its own from then on.
     */
    private AccountModel start(KeptStart kept, CertificateDecision certificates, CompletionStage<?> connectAfter) {
        AccountSettings settings = kept.settings();
        Profile.SyncedAccount synced = profile.accountWithSync(settings.toConfig(kept.password().orElseThrow(),
                certificates));
        synced.account().setPrivacy(preferences.privacy());
        AccountModel model = new AccountModel(synced.account(), synced.sync(), profile.history(settings.jid()),
                kept.roster(), ui, io);
        model.connectAfter(connectAfter);
        return model;
    }

    /** Adds a pin to the kept settings of {@code jid} (called from the certificate prompt, off the UI thread). */
    public void savePin(Jid jid, String fingerprint) {
        profile.saveSettings(profile.settings(jid).withPin(fingerprint));
    }

    private void remember(AccountSettings settings, char[] password) {
        try {
            if (settings.rememberPassword()) {
                passwords.save(settings.jid(), password);
            } else {
                passwords.delete(settings.jid());
            }
        } catch (PasswordStoreException e) {
            log().log(Level.WARNING, "could not keep the password of " + settings.jid(), e);
        }
    }

    @Override
    public void close() {
        io.shutdown();
        try {
            io.awaitTermination(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        profile.close();
    }
}
