package im.parley.client.call;

import im.parley.media.MediaLeg;
import im.parley.media.MediaRuntime;
import im.parley.media.audio.AudioSink;
import im.parley.media.audio.AudioSource;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import im.parley.client.call.CallOffer.Kind;
import im.parley.xmpp.ext.jingle.Content;
import im.parley.xmpp.ext.jingle.JingleManager;
import im.parley.xmpp.ext.jingle.Reason;
import im.parley.xmpp.ext.jingle.Reason.Condition;
import im.parley.xmpp.ext.jingle.rtp.RtpInfo;
import im.parley.xmpp.ext.jmi.JingleMessage;
import im.parley.xmpp.jid.Jid;
import im.parley.xmpp.session.NotConnectedException;
import im.parley.xmpp.routing.Registration;
import im.parley.xmpp.session.XmppClient;
import im.parley.xmpp.stanza.Message;
import im.parley.xmpp.xml.XmlElement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Voice calls for one account: XEP-0353 to ring every device of a contact, XEP-0166/0167 to set up
 * the session, ICE and DTLS-SRTP media through {@link CallMediaConnection}. All call state changes on
 * one thread of this service, in the order events arrive.
 */
public final class CallService implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(CallService.class.getName());

    private final XmppClient client;
    private final CallSettings settings;
    private final CallListener listener;
    private final VideoUpgrade videoUpgrade = new VideoUpgrade(this);
    private final JingleManager jingle;
    private final CallLegs legs;
    private final CallMediaConnection mediaConnection;
    private final Map<String, Call> calls = new ConcurrentHashMap<>();
    private final ScheduledExecutorService callThread = newCallThread();
    /** Where ended calls' media legs are released, in the order the calls ended. */
    private final ExecutorService release = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "parley-call-release");
        t.setDaemon(true);
        return t;
    });

    /** One thread for every call of the account; pending ring timeouts are dropped at close, not waited for. */
    private static ScheduledExecutorService newCallThread() {
        ScheduledThreadPoolExecutor thread = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "parley-calls");
            t.setDaemon(true);
            return t;
        });
        thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        thread.setRemoveOnCancelPolicy(true);
        return thread;
    }

    /** Removed at close: our stanza listeners, the Jingle handler, announced features. */
    private final List<Registration> registrations = new CopyOnWriteArrayList<>();

    public CallService(XmppClient client, CallSettings settings, CallListener listener) {
        this(client, settings, listener, null);
    }

    /**
     * As above, knowing the peers' capabilities: a device whose verified caps show Raw UDP but no
     * ICE-UDP is offered Raw UDP (XEP-0177 §2) whatever the settings say.
     */
    public CallService(XmppClient client, CallSettings settings, CallListener listener, CallCapabilities capabilities) {
        this.client = client;
        this.settings = settings;
        this.listener = listener;
        this.legs = new CallLegs(settings, capabilities,
                settings.discoverIceServers() ? DiscoveredIceServers.askingAtBringUp(client, registrations) : null);
        this.mediaConnection = new CallMediaConnection(this, legs, settings, callThread);
        this.jingle = new JingleManager(client, new SessionEvents(this), Set.of(RtpInfo.NAMESPACE));
        MessageInitiation initiation = new MessageInitiation(this, client);
        this.registrations.add(client.addMessageListener(m -> onCallThread(() -> initiation.received(m))));
        this.registrations.add(jingle::close);
    }

    /** Runs {@code registration}'s removal when this service closes, e.g. the features it announced. */
    public void closing(Registration registration) {
        registrations.add(registration);
    }

    /** Starts the media libraries ahead of the first call, so that it connects at once. */
    public void warmUp() {
        warmUpMedia();
    }

    /** Starts the media libraries once for the process, so that the first call connects at once. */
    public static void warmUpMedia() {
        MediaRuntime.start().warmUp();
    }

    /**
     * Calls a contact: a bare JID rings all their devices (XEP-0353) and the first to answer gets
     * the session; a full JID gets a session directly.
     */
    public Call call(Jid to, AudioSource microphone, AudioSink speaker) {
        return videoCall(to, microphone, speaker, null, null);
    }

    /** As {@link #call}, with video too (a camera of null makes it a voice call). */
    public Call videoCall(Jid to, AudioSource microphone, AudioSink speaker, VideoSource camera, VideoSink screen) {
        Call call = new Call(this, UUID.randomUUID().toString(), to, false, Call.State.PROPOSED);
        call.offersVideo(camera != null);
        calls.put(call.id(), call);
        onCallThread(() -> {
            if (!mediaConnection.prepare(call, microphone, speaker, camera, screen)) {
                return;
            }
            if (to.resource() == null) {
                call.viaMessageInitiation = true;
                List<String> media = camera == null ? List.of("audio") : List.of("audio", "video");
                send(call, JingleMessage.Propose.rtp(call.id(), media).toMessage(to));
                scheduleRingTimeout(call);
            } else {
                initiate(call, to);
            }
        });
        return call;
    }

    CallLegs legs() {
        return legs;
    }

    CallMediaConnection mediaConnection() {
        return mediaConnection;
    }

    void initiate(Call call, Jid fullJid) {
        call.peer = fullJid;
        // The device that proceeded is known only now: it may take Raw UDP only.
        if (!mediaConnection.matchTransport(call, legs.rawUdpFor(fullJid))) {
            return;
        }
        setState(call, Call.State.CONNECTING);
        List<Content> offer = new ArrayList<>();
        offer.add(CallOffer.offer(Kind.AUDIO, call.media, call.cname));
        if (call.video != null) {
            offer.add(CallOffer.offer(Kind.VIDEO, call.video, call.cname));
        }
        call.session = jingle.initiate(fullJid, call.id(), offer, Bundling.offer(call));
    }

    private void ringTimedOut(Call call) {
        if (call.state == Call.State.PROPOSED || call.state == Call.State.RINGING) {
            if (!call.isIncoming()) {
                send(call, new JingleMessage.Retract(call.id(), JingleMessage.reason("timeout", null), false)
                        .toMessage(call.peer().bare()));
            }
            end(call, Condition.TIMEOUT, false, "nobody answered");
        }
    }

    void accept(Call call, AudioSource microphone, AudioSink speaker, VideoSource camera, VideoSink screen) {
        onCallThread(() -> {
            VideoSource sentVideo = call.offersVideo ? camera : null;
            if (!call.isIncoming() || call.state != Call.State.RINGING
                    || !mediaConnection.prepare(call, microphone, speaker, sentVideo, screen)) {
                return;
            }
            setState(call, Call.State.CONNECTING);
            if (call.session == null) {
                // XEP-0353 §3.2: proceed goes to the proposing device; the session-initiate follows.
                send(call, new JingleMessage.Proceed(call.id()).toMessage(call.peer()));
            } else {
                answer(call);
            }
        });
    }

    void reject(Call call) {
        onCallThread(() -> {
            if (!call.isIncoming() || call.state == Call.State.ENDED) {
                return;
            }
            if (call.session != null) {
                call.session.terminate(Reason.of(Condition.DECLINE));
            } else {
                send(call, new JingleMessage.Reject(call.id(), JingleMessage.reason("decline", null), false)
                        .toMessage(call.peer()));
            }
            end(call, Condition.DECLINE, false, "declined");
        });
    }

    void hangUp(Call call) {
        onCallThread(() -> {
            if (call.state == Call.State.ENDED) {
                return;
            }
            if (call.isIncoming() && call.state == Call.State.RINGING) {
                reject(call);
                return;
            }
            if (call.session != null) {
                call.session.terminate(Reason.of(Condition.SUCCESS));
                end(call, Condition.SUCCESS, false, "hung up");
            } else {
                send(call, new JingleMessage.Retract(call.id(), JingleMessage.reason("cancel", null), false)
                        .toMessage(call.peer().bare()));
                end(call, Condition.CANCEL, false, "cancelled before answer");
            }
        });
    }

    void mute(Call call, boolean mute) {
        onCallThread(() -> {
            if (call.media != null && call.session != null && call.state != Call.State.ENDED) {
                call.media.mute(mute);
                String name = call.remote == null ? Kind.AUDIO.contentName() : call.remote.contentName();
                call.session.info(muteInfo(mute, name));
            }
        });
    }

    /** XEP-0167 §7.2 mute/unmute; creator names the content's creator, which for a call is always its initiator. */
    private static XmlElement muteInfo(boolean mute, String contentName) {
        return (mute ? RtpInfo.mute(RtpInfo.Creator.INITIATOR, contentName)
                : RtpInfo.unmute(RtpInfo.Creator.INITIATOR, contentName)).toXml();
    }

    /** Camera off sends black frames (the far end is told with a mute of the video content); on resumes. */
    void camera(Call call, boolean on) {
        onCallThread(() -> {
            if (call.video != null && call.session != null && call.state != Call.State.ENDED) {
                call.video.camera(on);
                String name = call.videoRemote == null ? Kind.VIDEO.contentName() : call.videoRemote.contentName();
                call.session.info(muteInfo(!on, name));
            }
        });
    }

    void hold(Call call, boolean hold) {
        onCallThread(() -> {
            if (call.media != null && call.session != null && call.state == Call.State.ACTIVE) {
                call.media.hold(hold);
                if (call.video != null) {
                    call.video.hold(hold);
                }
                call.session.info(RtpInfo.of(hold ? RtpInfo.Kind.HOLD : RtpInfo.Kind.UNHOLD).toXml());
            }
        });
    }

    /** Runs a device swap on the call thread, so that it comes after the accept or call that gave the devices. */
    <T> CompletableFuture<T> switchDevice(Call call, Supplier<T> swap) {
        CompletableFuture<T> switched = new CompletableFuture<>();
        try {
            callThread.execute(() -> {
                if (call.state == Call.State.ENDED) {
                    switched.completeExceptionally(new CallEndedException(call.ended().getNow(null)));
                } else if (call.media == null) {
                    switched.completeExceptionally(new IllegalStateException("no devices before the call is accepted: " + call));
                } else {
                    switched.complete(swap.get());
                }
            });
        } catch (RejectedExecutionException closed) {
            switched.completeExceptionally(new IllegalStateException("the call service is closed"));
        }
        return switched;
    }

    void answer(Call call) {
        List<XmlElement> group = Bundling.answer(call);
        List<Content> answer = new ArrayList<>();
        answer.add(CallOffer.answer(Kind.AUDIO, call.remote, call.media, call.cname));
        if (call.video != null && call.videoRemote != null) {
            answer.add(CallOffer.answer(Kind.VIDEO, call.videoRemote, call.video, call.cname));
        } else {
            // Video offered but not taken: the answer leaves the content out (XEP-0167 §6.2 allows an
            // audio-only answer), and no leg waits for it.
            mediaConnection.closeVideo(call);
        }
        call.session.accept(answer, group);
        // We answered active (XEP-0320 §3): our side opens the DTLS handshake.
        mediaConnection.start(call, false, true);
    }

    void ringing(Jid from, String id, boolean withVideo) {
        Call call = new Call(this, id, from, true, Call.State.RINGING);
        call.offersVideo(withVideo);
        call.viaMessageInitiation = true;
        calls.put(id, call);
        if (settings.announceRinging()) {
            send(call, new JingleMessage.Ringing(id).toMessage(from));
        }
        scheduleRingTimeout(call);
        listener.incomingCall(call);
    }

    void send(Call call, Message message) {
        try {
            client.send(message);
        } catch (NotConnectedException e) {
            end(call, Condition.CONNECTIVITY_ERROR, false, "not connected");
        }
    }

    void setState(Call call, Call.State state) {
        if (call.state != state && call.state != Call.State.ENDED) {
            call.state = state;
            listener.stateChanged(call, state);
        }
    }

    void end(Call call, Condition condition, boolean byPeer, String text) {
        if (call.state == Call.State.ENDED) {
            return;
        }
        call.finalStatistics = call.statistics();
        call.state = Call.State.ENDED;
        calls.remove(call.id(), call);
        CallEnd end = new CallEnd(condition, byPeer, text);
        call.connected().completeExceptionally(new CallEndedException(end));
        call.ended().complete(end);
        listener.ended(call, end);
        // Told first, released after and off this thread: libjitsi's close sends RTCP BYE and may
        // wait for it (up to MediaLeg's bound), and the next call must not queue behind that.
        MediaLeg audio = call.media;
        MediaLeg video = call.video;
        call.video = null;
        call.videoRemote = null;
        release.execute(() -> {
            if (audio != null) {
                audio.close();
            }
            if (video != null) {
                video.close();
            }
        });
    }

    /** Runs {@code work} on the call thread; after {@link #close()} events are dropped, the calls are over. */
    void onCallThread(Runnable work) {
        try {
            callThread.execute(work);
        } catch (RejectedExecutionException closed) {
            LOG.fine("call service closed; event dropped");
        }
    }

    /** Takes a call that arrived as a Jingle session into the calls in progress; it rings until answered. */
    void register(Call call) {
        calls.put(call.id(), call);
        scheduleRingTimeout(call);
    }

    /** A call that rings longer than the settings allow ends with timeout. */
    void scheduleRingTimeout(Call call) {
        callThread.schedule(() -> ringTimedOut(call), settings.ringTimeout().toMillis(), TimeUnit.MILLISECONDS);
    }

    CallListener listener() {
        return listener;
    }

    VideoUpgrade videoUpgrade() {
        return videoUpgrade;
    }

    /** The call with this id, if it is in progress. */
    Call call(String id) {
        return calls.get(id);
    }

    /** Calls in progress, ringing or active. */
    public List<Call> calls() {
        return List.copyOf(calls.values());
    }

    /** Ends every call and stops the call thread. */
    @Override
    public void close() {
        for (Call call : calls()) {
            hangUp(call);
        }
        registrations.forEach(Registration::close);
        callThread.shutdown();
        try {
            callThread.awaitTermination(5, TimeUnit.SECONDS);
            release.shutdown();
            release.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
