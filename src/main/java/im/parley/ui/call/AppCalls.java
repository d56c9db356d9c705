package im.parley.ui.call;

import im.parley.client.AccountEvent;
import im.parley.client.call.Call;
import im.parley.client.call.CallMedia;
import im.parley.media.video.VideoSource;
import im.parley.client.call.CallService;
import im.parley.client.call.CallSettings;
import im.parley.ui.app.AccountModel;
import im.parley.ui.app.OwnPresence;
import im.parley.ui.contacts.Contact;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.routing.Registration;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * Calls in the app: takes calls on every signed-in account (so the app announces Jingle only while
 * it runs and can answer), rings for incoming ones, places the header's calls, and gives each call
 * its window. Lives on the UI thread; device opening and the call figures are read off it.
 */
public final class AppCalls implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AppCalls.class.getName());
    /** How often a call window reads the call's figures: often enough for the speaking indicator to follow speech. */
    private static final long POLL_MILLIS = 250;
    private static final Duration WARM_UP_AFTER_OPENING = Duration.ofSeconds(2);

    private final CallSettings settings;
    private final CallDevices devices;
    private final Executor ui;
    private final Executor io;
    private final CompletionStage<?> afterStartUp;
    private final RingSound ring = new RingSound();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-call-figures");
        t.setDaemon(true);
        return t;
    });
    private final Map<AccountModel, Registration> accounts = new HashMap<>();
    /** Open call windows by the peer's bare JID: a second call to them brings the window forward. */
    private final Map<Jid, CallWindow> windows = new HashMap<>();
    private final ListChangeListener<AccountModel> accountsChanged = c -> {
        while (c.next()) {
            c.getRemoved().forEach(this::detach);
            c.getAddedSubList().forEach(this::attach);
        }
    };
    private ObservableList<AccountModel> watched;
    private int ringing;
    private boolean warmingUp;

    /**
     * {@code afterStartUp} completes once the app's first window is drawn: the media libraries
     * start no earlier, on the first sign that a call is coming.
     */
    public AppCalls(CallSettings settings, CallDevices devices, Executor ui, Executor io,
                    CompletionStage<?> afterStartUp) {
        this.settings = settings;
        this.devices = devices;
        this.ui = ui;
        this.io = io;
        this.afterStartUp = afterStartUp;
    }

    /**
     * The settings the app calls with: ICE on every interface; with the system property
     * {@code parley.calls.loopback=true} on 127.0.0.1 only (tests and calls within one machine).
     */
    public static CallSettings settingsFromSystem() {
        return Boolean.getBoolean("parley.calls.loopback") ? CallSettings.onLoopback() : CallSettings.onAllInterfaces();
    }

    /** Takes calls on these accounts, and on those added later. */
    public void watch(ObservableList<AccountModel> list) {
        watched = list;
        list.forEach(this::attach);
        list.addListener(accountsChanged);
    }

    private void attach(AccountModel account) {
        if (accounts.containsKey(account)) {
            return;
        }
        accounts.put(account, account.addListener(event -> {
            if (event instanceof AccountEvent.CallOffered offered) {
                ui.execute(() -> ringing(account, offered.call()));
            }
        }));
        io.execute(() -> {
            // Carbons (XEP-0280) tell this device when another of the user's answers a call that
            // rings on both (XEP-0353 §3.2): without them it would ring on until the caller gives up.
            account.account().setCarbons(true);
            account.account().takeCalls(settings);
        });
    }

    /**
     * Starts the media libraries once (1.5 to 2 s of work), and never before the app's start is
     * over, where they would compete with its first window: when a call rings, when the user
     * reaches for a call button, or a moment after a conversation with call buttons opens (after
     * the conversation's own opening), so that its first call connects at once. Started at sign-in,
     * they held memory in every session, also in an app left untouched in the background.
     */
    private void warmUpMediaSoon() {
        if (!warmingUp) {
            CompletableFuture.delayedExecutor(WARM_UP_AFTER_OPENING.toMillis(), TimeUnit.MILLISECONDS, ui)
                    .execute(this::warmUpMedia);
        }
    }

    /** As {@link #warmUpMediaSoon}, at once. */
    private void warmUpMedia() {
        if (warmingUp) {
            return;
        }
        warmingUp = true;
        afterStartUp.thenRunAsync(CallService::warmUpMedia, io).exceptionally(e -> {
            LOG.log(Level.WARNING, "the media libraries did not start; calls may take longer to connect", e);
            return null;
        });
    }

    private void detach(AccountModel account) {
        Registration r = accounts.remove(account);
        if (r != null) {
            r.close();
        }
    }

    /** The header's call buttons for a conversation. */
    public CallButtonsModel buttons(AccountModel account, Jid peer) {
        warmUpMediaSoon();
        return new CallButtonsModel(account, peer, name(account, peer), ui, io, this::warmUpMedia);
    }

    /** Calls {@code peer} (every device of theirs that takes calls), with or without video. */
    public void call(AccountModel account, Jid peer, boolean video) {
        Jid contact = peer.bare();
        CallWindow open = windows.get(contact);
        if (open != null) {
            open.toFront();
            return;
        }
        String name = name(account, contact);
        io.execute(() -> {
            Optional<CallService> service = account.account().calls();
            if (service.isEmpty()) {
                LOG.warning("no call service for " + account.jid() + "; the call button should have been disabled");
                return;
            }
            CallDevices.Opened opened = devices.open();
            VideoFrames peerVideo = new VideoFrames(ui);
            VideoFrames ownVideo = new VideoFrames(ui);
            VideoSource camera = CallMedia.withPreview(opened.camera(), ownVideo);
            Call call = service.get().videoCall(contact, opened.microphone(), opened.speaker(),
                    video ? camera : null, video ? peerVideo : null);
            LiveCall live = new LiveCall(call, camera, peerVideo, opened.media());
            ui.execute(() -> show(live, contact, name, opened, video, peerVideo, ownVideo));
        });
    }

    private void ringing(AccountModel account, Call call) {
        if (call.ended().isDone()) {
            return;
        }
        warmUpMedia();
        Jid contact = call.peer().bare();
        String name = name(account, contact);
        boolean silent = account.ownPresenceProperty().get() == OwnPresence.DO_NOT_DISTURB;
        IncomingCallViewModel model = new IncomingCallViewModel(name, call.hasVideo(), silent, call.ended(),
                new IncomingCallViewModel.Answers() {
                    @Override
                    public void answer(boolean withVideo) {
                        accept(call, contact, name, withVideo);
                    }

                    @Override
                    public void decline() {
                        call.reject();
                    }
                }, ui);
        if (!silent) {
            ringing++;
            ring.start();
            model.ringingProperty().addListener((o, was, now) -> {
                if (!now && --ringing == 0) {
                    ring.stop();
                }
            });
        }
        new IncomingCallWindow(model, contact.toString()).show();
    }

    private void accept(Call call, Jid contact, String name, boolean withVideo) {
        io.execute(() -> {
            CallDevices.Opened opened = devices.open();
            VideoFrames peerVideo = new VideoFrames(ui);
            VideoFrames ownVideo = new VideoFrames(ui);
            VideoSource camera = CallMedia.withPreview(opened.camera(), ownVideo);
            if (withVideo) {
                call.accept(opened.microphone(), opened.speaker(), camera, peerVideo);
            } else {
                call.accept(opened.microphone(), opened.speaker());
            }
            LiveCall live = new LiveCall(call, camera, peerVideo, opened.media());
            ui.execute(() -> show(live, contact, name, opened, withVideo, peerVideo, ownVideo));
        });
    }

    private void show(LiveCall call, Jid contact, String name, CallDevices.Opened opened, boolean video,
                      VideoFrames peerVideo, VideoFrames ownVideo) {
        CallViewModel model = new CallViewModel(call, name, opened.hasCamera(), opened.notice(video), ui, System::nanoTime);
        new DeviceFallback(devices.defaults(opened.media()), call, call.ended(), model, io)
                .watch(opened.microphone(), opened.speaker(), opened.camera());
        CallWindow window = new CallWindow(model, peerVideo, ownVideo, contact.toString());
        ScheduledFuture<?> polling = poller.scheduleAtFixedRate(model::poll, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        call.ended().whenComplete((end, failure) -> polling.cancel(false));
        windows.put(contact, window);
        window.stage().setOnHidden(e -> windows.remove(contact, window));
        window.show();
    }

    private static String name(AccountModel account, Jid contact) {
        return account.contacts().contact(contact).map(Contact::displayName).orElse(contact.toString());
    }

    @Override
    public void close() {
        if (watched != null) {
            watched.removeListener(accountsChanged);
        }
        accounts.values().forEach(Registration::close);
        accounts.clear();
        ring.close();
        poller.shutdownNow();
    }
}
