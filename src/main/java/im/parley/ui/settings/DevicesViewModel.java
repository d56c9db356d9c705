package im.parley.ui.settings;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CallMedia;
import im.parley.client.call.CallStatistics;
import im.parley.client.call.CameraDevice;
import im.parley.client.call.DevicePreferences;
import im.parley.client.call.EchoTest;
import im.parley.media.audio.AudioSource;
import im.parley.media.audio.SoundDeviceException;
import im.parley.media.video.VideoSink;
import im.parley.media.video.VideoSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The call devices page: microphone, speaker and camera chosen from what the system has (kept in
 * the profile's {@code devices.properties}, which the command line reads too), a live level of
 * the chosen microphone, the echo test through the whole call pipeline, and the camera's picture.
 * Devices are listed and opened off the UI thread; the meter and preview stop with {@link #close}.
 */
public final class DevicesViewModel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DevicesViewModel.class.getName());
    /** 20 ms of 48 kHz mono: one call frame, what the meter measures each time. */
    private static final int FRAME = 960;
    private static final long METER_MILLIS = 50;
    /** The meter's floor: quieter than this shows as nothing. */
    private static final double FLOOR_DB = -60;
    private static final long ECHO_SECONDS = 8;

    /** What the system has: the app's is {@link #system()}; tests give plain lists. */
    public interface Devices {
        List<AudioDevice> microphones();

        List<AudioDevice> speakers();

        List<CameraDevice> cameras();
    }

    private final Path preferences;
    private final Devices devices;
    private final Executor io;
    private final Executor ui;
    /** Runs the meter, the preview and the test call's end; stopped by {@link #close}. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "parley-device-settings");
        t.setDaemon(true);
        return t;
    });
    private final CallMedia media = new CallMedia();
    /** The camera of the preview, apart: choosing another releases it. */
    private final CallMedia previewCamera = new CallMedia();
    private final ObservableList<AudioDevice> microphones = FXCollections.observableArrayList();
    private final ObservableList<AudioDevice> speakers = FXCollections.observableArrayList();
    private final ObservableList<CameraDevice> cameras = FXCollections.observableArrayList();
    private final ObjectProperty<AudioDevice> microphone = new SimpleObjectProperty<>();
    private final ObjectProperty<AudioDevice> speaker = new SimpleObjectProperty<>();
    private final ObjectProperty<CameraDevice> camera = new SimpleObjectProperty<>();
    private final ReadOnlyBooleanWrapper listed = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper level = new ReadOnlyDoubleWrapper();
    private final ReadOnlyStringWrapper echoStatus = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper echoRunning = new ReadOnlyBooleanWrapper();
    private volatile DevicePreferences chosen = DevicePreferences.NONE;
    /** True while the lists are filled: the combo boxes then report changes nobody chose. */
    private boolean filling;
    private ScheduledFuture<?> meter;
    private ScheduledFuture<?> preview;

    public DevicesViewModel(Path preferences, Devices devices, Executor io, Executor ui) {
        this.preferences = preferences;
        this.devices = devices;
        this.io = io;
        this.ui = ui;
    }

    /** The system's devices through {@link CallMedia}. */
    public static Devices system() {
        return new Devices() {
            @Override
            public List<AudioDevice> microphones() {
                return CallMedia.microphones();
            }

            @Override
            public List<AudioDevice> speakers() {
                return CallMedia.speakers();
            }

            @Override
            public List<CameraDevice> cameras() {
                return CallMedia.cameras();
            }
        };
    }

    /** Lists the devices (off the UI thread) and selects the chosen ones, else the first of each. */
    public void load() {
        io.execute(() -> {
            DevicePreferences kept = DevicePreferences.load(preferences);
            List<AudioDevice> mics = devices.microphones();
            List<AudioDevice> outs = devices.speakers();
            List<CameraDevice> cams = devices.cameras();
            ui.execute(() -> {
                chosen = kept;
                filling = true;
                microphones.setAll(mics);
                speakers.setAll(outs);
                cameras.setAll(cams);
                microphone.set(pick(mics, kept.microphone(), AudioDevice::id));
                speaker.set(pick(outs, kept.speaker(), AudioDevice::id));
                camera.set(pick(cams, kept.camera(), CameraDevice::id));
                filling = false;
                listed.set(true);
            });
        });
    }

    private static <T> T pick(List<T> devices, String id, Function<T, String> idOf) {
        return devices.stream().filter(d -> idOf.apply(d).equals(id)).findFirst()
                .orElse(devices.isEmpty() ? null : devices.get(0));
    }

    /** The user chose a microphone: kept, and the meter follows it. */
    public void chooseMicrophone(AudioDevice device) {
        microphone.set(device);
        save(chosen.withMicrophone(device == null ? null : device.id()));
        if (!filling) {
            startMeter();
        }
    }

    public void chooseSpeaker(AudioDevice device) {
        speaker.set(device);
        save(chosen.withSpeaker(device == null ? null : device.id()));
    }

    /** The user chose a camera: kept, and the preview shows it in {@code screen}. */
    public void chooseCamera(CameraDevice device, VideoSink screen) {
        camera.set(device);
        save(chosen.withCamera(device == null ? null : device.id()));
        if (!filling) {
            startPreview(screen);
        }
    }

    private void save(DevicePreferences now) {
        if (filling) {
            return;
        }
        chosen = now;
        io.execute(() -> {
            try {
                now.save(preferences);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "could not keep the device choice", e);
            }
        });
    }

    /** Measures the chosen microphone until {@link #close}; nothing to measure leaves the meter at zero. */
    public void startMeter() {
        AudioDevice device = microphone.get();
        stopMeter();
        if (device == null) {
            return;
        }
        io.execute(() -> {
            Optional<AudioSource> source;
            try {
                source = media.openMicrophone(device.id());
            } catch (SoundDeviceException e) {
                LOG.log(Level.INFO, "cannot open " + device.id() + " for the meter", e);
                return;
            }
            short[] frame = new short[FRAME];
            source.ifPresent(mic -> ui.execute(() -> meter = timer.scheduleAtFixedRate(() -> {
                mic.read(frame);
                double share = share(frame);
                ui.execute(() -> level.set(share));
            }, 0, METER_MILLIS, TimeUnit.MILLISECONDS)));
        });
    }

    private void stopMeter() {
        if (meter != null) {
            meter.cancel(false);
            meter = null;
        }
        level.set(0);
    }

    /** A frame's loudness on the meter's scale: 0 at {@link #FLOOR_DB} dBFS or below, 1 at full scale. */
    static double share(short[] frame) {
        double sum = 0;
        for (short s : frame) {
            sum += (double) s * s;
        }
        double rms = Math.sqrt(sum / frame.length) / Short.MAX_VALUE;
        double db = rms == 0 ? FLOOR_DB : 20 * Math.log10(rms);
        return Math.max(0, Math.min(1, (db - FLOOR_DB) / -FLOOR_DB));
    }

    /** Shows the chosen camera's picture in {@code screen} until {@link #close}. */
    public void startPreview(VideoSink screen) {
        CameraDevice device = camera.get();
        stopPreview();
        if (device == null) {
            return;
        }
        io.execute(() -> {
            try {
                // On the same task as the opening, so that the two cannot overtake each other.
                previewCamera.closeDevices();
                previewCamera.openCamera(device.id())
                        .ifPresent(source -> ui.execute(() -> preview = previewing(source, screen)));
            } catch (IOException e) {
                LOG.log(Level.INFO, "cannot open " + device.id() + " for the preview", e);
            }
        });
    }

    private ScheduledFuture<?> previewing(VideoSource source, VideoSink screen) {
        // I420: a full-size luma plane and two chroma planes halved both ways, rounded up.
        int w = source.width();
        int h = source.height();
        byte[] frame = new byte[w * h + 2 * ((w + 1) / 2) * ((h + 1) / 2)];
        return timer.scheduleAtFixedRate(() -> {
            source.read(frame);
            screen.frame(source.width(), source.height(), frame);
        }, 0, 1000 / Math.max(1, source.frameRate()), TimeUnit.MILLISECONDS);
    }

    /** Starts the echo test with the chosen devices; it stops on its own after a few seconds. */
    public void echoTest() {
        if (echoRunning.get()) {
            return;
        }
        AudioDevice mic = microphone.get();
        AudioDevice out = speaker.get();
        if (mic == null || out == null) {
            echoStatus.set("The test call needs a microphone and a speaker.");
            return;
        }
        echoRunning.set(true);
        echoStatus.set("Starting the test call…");
        io.execute(() -> {
            CallMedia test = new CallMedia();
            try {
                EchoTest echo = CallMedia.echoTest(test.openMicrophone(mic.id()).orElseThrow(() -> new IOException(
                        mic.name() + " is gone")), test.openSpeaker(out.id()).orElseThrow(() -> new IOException(
                        out.name() + " is gone")));
                echo.connected().whenComplete((ok, failure) -> ui.execute(() -> echoStatus.set(failure == null
                        ? "Speak now: you should hear yourself a moment later."
                        : "The test call did not connect: " + failure.getMessage())));
                timer.schedule(() -> {
                    CallStatistics figures = echo.statistics();
                    echo.close();
                    test.closeDevices();
                    ui.execute(() -> {
                        echoRunning.set(false);
                        echoStatus.set("Test call over: " + figures.packetsReceived() + " packets came back, "
                                + figures.packetsLost() + " lost.");
                    });
                }, ECHO_SECONDS, TimeUnit.SECONDS);
            } catch (IOException | SoundDeviceException | RuntimeException e) {
                test.closeDevices();
                ui.execute(() -> {
                    echoRunning.set(false);
                    echoStatus.set("The test call could not start: " + e.getMessage());
                });
            }
        });
    }

    public ObservableList<AudioDevice> microphones() {
        return microphones;
    }

    public ObservableList<AudioDevice> speakers() {
        return speakers;
    }

    public ObservableList<CameraDevice> cameras() {
        return cameras;
    }

    public ObjectProperty<AudioDevice> microphoneProperty() {
        return microphone;
    }

    public ObjectProperty<AudioDevice> speakerProperty() {
        return speaker;
    }

    public ObjectProperty<CameraDevice> cameraProperty() {
        return camera;
    }

    /** True once the devices are listed: before, an empty list means "not yet", not "none". */
    public ReadOnlyBooleanProperty listedProperty() {
        return listed.getReadOnlyProperty();
    }

    /** The microphone's loudness now, 0 to 1. */
    public ReadOnlyDoubleProperty levelProperty() {
        return level.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty echoStatusProperty() {
        return echoStatus.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty echoRunningProperty() {
        return echoRunning.getReadOnlyProperty();
    }

    /** Stops the meter and the preview and releases their devices; a test call still running ends on its own. */
    @Override
    public void close() {
        stopMeter();
        stopPreview();
        timer.shutdown();
        io.execute(() -> {
            media.closeDevices();
            previewCamera.closeDevices();
        });
    }

    private void stopPreview() {
        if (preview != null) {
            preview.cancel(false);
            preview = null;
        }
    }
}
