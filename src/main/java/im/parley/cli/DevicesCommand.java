package im.parley.cli;

import im.parley.client.call.AudioDevice;
import im.parley.client.call.CallMedia;
import im.parley.client.call.DevicePreferences;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Lists the microphones and speakers calls can use, and keeps the ones chosen for calls; needs no account. */
@Command(name = "devices", description = "List the microphones and speakers calls can use (one JSON line each, "
        + "\"selected\" for the ones chosen); --use-mic/--use-speaker choose one for every later call, "
        + "test-call and answer (kept under --profile; \"none\" forgets the choice).")
final class DevicesCommand extends ParleyCli.Sub {
    private static final String NONE = "none";

    @Option(names = "--use-mic", description = "microphone id to use from now on, or none")
    String useMicrophone;

    @Option(names = "--use-speaker", description = "speaker id to use from now on, or none")
    String useSpeaker;

    @Override
    public Integer call() {
        List<AudioDevice> microphones = CallMedia.microphones();
        List<AudioDevice> speakers = CallMedia.speakers();
        DevicePreferences chosen = DevicePreferences.load(parent.devicePreferencesFile());
        if (useMicrophone != null || useSpeaker != null) {
            if (useMicrophone != null) {
                chosen = chosen.withMicrophone(known(useMicrophone, microphones, "--use-mic"));
            }
            if (useSpeaker != null) {
                chosen = chosen.withSpeaker(known(useSpeaker, speakers, "--use-speaker"));
            }
            chosen.save(parent.devicePreferencesFile());
        }
        print("microphone", microphones, chosen.microphone());
        print("speaker", speakers, chosen.speaker());
        return ExitCode.OK.code;
    }

    /** The id if a device has it, null for "none"; a wrong id is a usage error, nothing is saved. */
    private String known(String id, List<AudioDevice> devices, String option) {
        if (NONE.equals(id)) {
            return null;
        }
        if (devices.stream().noneMatch(d -> d.id().equals(id))) {
            throw new IllegalArgumentException(option + ": no device " + id + " (see `devices`)");
        }
        return id;
    }

    private void print(String kind, List<AudioDevice> devices, String selected) {
        for (AudioDevice d : devices) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", kind);
            f.put("id", d.id());
            f.put("name", d.name());
            f.put("description", d.description());
            f.put("selected", d.id().equals(selected));
            out().println(Json.object(f));
        }
    }
}
