package im.parley.xmpp.ext.geoloc;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code <geoloc xmlns='http://jabber.org/protocol/geoloc'/>} (§4): its fields by element name
 * in the order given (lat, lon, locality, text...), none when the user stopped publishing (§5).
 * The decimal fields must be decimals.
 *
 * @param lang the xml:lang of the human-readable fields, or null
 */
public record UserLocation(Map<String, String> fields, String lang) {
    public static final String NAMESPACE = "http://jabber.org/protocol/geoloc";
    public static final String ELEMENT = "geoloc";
    /** The fields the schema types xs:decimal. */
    static final Set<String> DECIMALS = Set.of("accuracy", "alt", "altaccuracy", "bearing", "error", "lat", "lon",
            "speed");

    public UserLocation {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        for (String name : DECIMALS) {
            String value = fields.get(name);
            if (value != null) {
                try {
                    new BigDecimal(value);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("<" + name + "/> is not a decimal: " + value);
                }
            }
        }
    }

    /** A position in WGS84 degrees. */
    public static UserLocation at(double lat, double lon) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("lat", BigDecimal.valueOf(lat).toPlainString());
        f.put("lon", BigDecimal.valueOf(lon).toPlainString());
        return new UserLocation(f, null);
    }

    public static UserLocation stopped() {
        return new UserLocation(Map.of(), null);
    }

    public boolean isStopped() {
        return fields.isEmpty();
    }

    public Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    public Optional<BigDecimal> lat() {
        return field("lat").map(BigDecimal::new);
    }

    public Optional<BigDecimal> lon() {
        return field("lon").map(BigDecimal::new);
    }
}
