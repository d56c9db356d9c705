package im.parley.xmpp.ext.activity;

import java.util.Locale;
import im.parley.xmpp.ext.WireNames;
import java.util.Optional;

/**
 * Specific activities of XEP-0108 §4, any of which may stand under any general one (its schema),
 * with {@code other} for the rest.
 */
public enum SpecificActivity {
    AT_THE_SPA, BRUSHING_TEETH, BUYING_GROCERIES, CLEANING, CODING, COMMUTING, COOKING, CYCLING,
    DANCING, DAY_OFF, DOING_MAINTENANCE, DOING_THE_DISHES, DOING_THE_LAUNDRY, DRIVING, FISHING, GAMING,
    GARDENING, GETTING_A_HAIRCUT, GOING_OUT, HANGING_OUT, HAVING_A_BEER, HAVING_A_SNACK,
    HAVING_BREAKFAST, HAVING_COFFEE, HAVING_DINNER, HAVING_LUNCH, HAVING_TEA, HIDING, HIKING, IN_A_CAR,
    IN_A_MEETING, IN_REAL_LIFE, JOGGING, ON_A_BUS, ON_A_PLANE, ON_A_TRAIN, ON_A_TRIP, ON_THE_PHONE,
    ON_VACATION, ON_VIDEO_PHONE, OTHER, PARTYING, PLAYING_SPORTS, PRAYING, READING, REHEARSING,
    RUNNING, RUNNING_AN_ERRAND, SCHEDULED_HOLIDAY, SHAVING, SHOPPING, SKIING, SLEEPING, SMOKING,
    SOCIALIZING, STUDYING, SUNBATHING, SWIMMING, TAKING_A_BATH, TAKING_A_SHOWER, THINKING, WALKING,
    WALKING_THE_DOG, WATCHING_A_MOVIE, WATCHING_TV, WORKING_OUT, WRITING;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SpecificActivity> fromWire(String value) {
        return WireNames.lookup(values(), SpecificActivity::wireName, value);
    }
}
