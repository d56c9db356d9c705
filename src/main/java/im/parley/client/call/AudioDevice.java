package im.parley.client.call;

/**
 * A microphone or speaker calls can use, as settings and the faces show it.
 *
 * @param id what settings keep to find the device again (see {@link DevicePreferences})
 * @param name the device's name as the system gives it
 * @param description the system's description, e.g. the sound card and its input
 */
public record AudioDevice(String id, String name, String description) {
}
