package im.parley.client;

import im.parley.xmpp.ext.version.SoftwareVersion;

/** Parley's name and version, from the jar manifest when packaged. */
public final class ParleyInfo {
    public static final String NAME = "Parley";

    private ParleyInfo() {
    }

    public static String version() {
        String v = ParleyInfo.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    public static SoftwareVersion softwareVersion() {
        return new SoftwareVersion(NAME, version(), System.getProperty("os.name"));
    }
}
