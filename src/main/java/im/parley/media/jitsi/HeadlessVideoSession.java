package im.parley.media.jitsi;

import java.awt.Component;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.media.Codec;
import javax.media.Controller;
import javax.media.ControllerEvent;
import javax.media.Format;
import javax.media.Player;
import javax.media.PrefetchCompleteEvent;
import javax.media.Processor;
import javax.media.RealizeCompleteEvent;
import javax.media.Renderer;
import javax.media.StopByRequestEvent;
import javax.media.UnsupportedPlugInException;
import javax.media.control.TrackControl;
import org.jitsi.impl.neomedia.codec.video.vp8.Packetizer;
import org.jitsi.impl.neomedia.device.AbstractMediaDevice;
import org.jitsi.impl.neomedia.device.VideoMediaDeviceSession;
import org.jitsi.impl.neomedia.format.MediaFormatImpl;
import org.jitsi.service.neomedia.MediaDirection;
import org.jitsi.service.neomedia.codec.Constants;

/**
 * libjitsi's video session without its AWT parts, which need the FFmpeg class the Maven jar lacks:
 * no local preview (rendered through SwScale), and a receive chain of the VP8 de-packetizer, our
 * {@link Vp8Decoder} and our renderer instead of libjitsi's decoder and SwScale scaler.
 */
final class HeadlessVideoSession extends VideoMediaDeviceSession {
    private static final Logger LOG = Logger.getLogger(HeadlessVideoSession.class.getName());

    private final Vp8Encoder encoder;
    private final Runnable keyFrameNeeded;
    private static final long RESTART_DELAY_MILLIS = 100;
    private final ConfigureGate gate = new ConfigureGate();

    HeadlessVideoSession(AbstractMediaDevice device, Vp8Encoder encoder, Runnable keyFrameNeeded) {
        super(device);
        this.encoder = encoder;
        this.keyFrameNeeded = keyFrameNeeded;
    }

    @Override
    protected Processor createProcessor() {
        return gate.afterCreated(super.createProcessor());
    }

    @Override
    protected void processorControllerUpdate(ControllerEvent event) {
        super.processorControllerUpdate(event);
        gate.processorEvent(event);
    }

    /** Our encoder, which makes keyframes on request, and libjitsi's packetizer, instead of libjitsi's encoder. */
    @Override
    protected Format setProcessorFormat(TrackControl track, MediaFormatImpl<? extends Format> mediaFormat, Format format) {
        if (Constants.VP8_RTP.equalsIgnoreCase(format.getEncoding())) {
            try {
                track.setCodecChain(new Codec[] {encoder, new Packetizer()});
            } catch (UnsupportedPlugInException e) {
                LOG.log(Level.WARNING, "cannot set our VP8 encoder; libjitsi's will send keyframes only periodically", e);
            }
        }
        return super.setProcessorFormat(track, mediaFormat, format);
    }

    @Override
    protected Component createLocalVisualComponent() {
        return null;
    }

    /**
     * Keeps the peer's video playing while this session receives. The peer's video can reach the
     * stream before the stream starts (on a bundled transport it already flows), so the player is
     * realized early; libjitsi then starts the sending direction first, which stops every realized
     * player, and its start of the receiving direction is lost when the player is still in
     * transition: the peer's video stayed unplayed for the whole call (1 bundled call in 12 on a
     * loaded machine). After each direction change and each player event that can leave it idle,
     * a player that should play and is not heading there is started.
     */
    @Override
    protected void playerControllerUpdate(ControllerEvent event) {
        super.playerControllerUpdate(event);
        if ((event instanceof StopByRequestEvent || event instanceof PrefetchCompleteEvent
                || event instanceof RealizeCompleteEvent) && event.getSourceController() instanceof Player player) {
            keepPlaying(player);
        }
    }

    @Override
    protected void startedDirectionChanged(MediaDirection oldValue, MediaDirection newValue) {
        super.startedDirectionChanged(oldValue, newValue);
        getPlayers().forEach(this::keepPlaying);
    }

    /** Checks a little later, and never on FMJ's event thread, where a start waits on events only it delivers. */
    private void keepPlaying(Player player) {
        if (!getStartedDirection().allowsReceiving()) {
            return;
        }
        CompletableFuture.delayedExecutor(RESTART_DELAY_MILLIS, TimeUnit.MILLISECONDS).execute(() -> {
            if (getStartedDirection().allowsReceiving() && player.getState() >= Player.Realized
                    && player.getState() != Player.Started && player.getTargetState() != Player.Started) {
                player.start();
            }
        });
    }

    /** Replaces, not extends, the inherited set-up: that one builds the SwScale chain. */
    @Override
    protected void playerConfigureComplete(Processor player) {
        TrackControl[] tracks = player.getTrackControls();
        if (tracks == null) {
            return;
        }
        for (TrackControl track : tracks) {
            try {
                FrameContinuity continuity = new FrameContinuity();
                track.setCodecChain(new Codec[] {
                    new ContinuityDePacketizer(continuity), new Vp8Decoder(continuity, keyFrameNeeded)});
                Renderer renderer = createRenderer(player, track);
                if (renderer != null) {
                    track.setRenderer(renderer);
                }
            } catch (UnsupportedPlugInException e) {
                LOG.log(Level.WARNING, "cannot set the VP8 receive chain; this stream will show nothing", e);
            }
        }
    }

    /** Size changes go to AWT components we do not have; the hop to Swing would start AWT's event thread. */
    @Override
    protected void playerSizeChange(Controller sourceController, int origin, int width, int height) {
        // The sink learns the size from every frame.
    }
}
