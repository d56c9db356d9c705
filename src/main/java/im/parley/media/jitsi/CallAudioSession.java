package im.parley.media.jitsi;

import javax.media.ControllerEvent;
import javax.media.Processor;
import org.jitsi.impl.neomedia.device.AbstractMediaDevice;
import org.jitsi.impl.neomedia.device.AudioMediaDeviceSession;

/** libjitsi's audio session, its processor realized only after its format was set ({@link ConfigureGate}). */
final class CallAudioSession extends AudioMediaDeviceSession {
    private final ConfigureGate gate = new ConfigureGate();

    CallAudioSession(AbstractMediaDevice device) {
        super(device);
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
}
