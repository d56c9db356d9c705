package im.parley.cli;

import im.parley.media.audio.SoundDevices;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** Lists the microphones and speakers calls can use; needs no account. */
@Command(name = "devices", description = "List the microphones and speakers calls can use (one JSON line each; "
        + "pass the id to call/answer --mic or --speaker).")
final class DevicesCommand extends ParleyCli.Sub {
    @Override
    public Integer call() {
        print("microphone", SoundDevices.microphones());
        print("speaker", SoundDevices.speakers());
        return ExitCode.OK.code;
    }

    private void print(String kind, List<SoundDevices.SoundDevice> devices) {
        for (SoundDevices.SoundDevice d : devices) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("kind", kind);
            f.put("id", d.id());
            f.put("name", d.name());
            f.put("description", d.description());
            out().println(Json.object(f));
        }
    }
}
