package im.parley.client.call;

/**
 * A camera calls can use, as settings and the faces show it.
 *
 * @param id what settings keep to find it again (see {@link DevicePreferences})
 * @param name the name its driver gives
 */
public record CameraDevice(String id, String name) {
}
