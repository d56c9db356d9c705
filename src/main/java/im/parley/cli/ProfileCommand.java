package im.parley.cli;

import im.parley.client.AccountSession;
import im.parley.client.profile.AvatarDirectory;
import im.parley.client.profile.AvatarImage;
import im.parley.client.profile.KeptProfiles;
import im.parley.client.profile.Profile;
import im.parley.client.profile.ProfileItem;
import im.parley.client.profile.ProfileService;
import im.parley.xmpp.ext.activity.GeneralActivity;
import im.parley.xmpp.ext.activity.SpecificActivity;
import im.parley.xmpp.ext.activity.UserActivity;
import im.parley.xmpp.ext.geoloc.UserLocation;
import im.parley.xmpp.ext.mood.Mood;
import im.parley.xmpp.ext.mood.UserMood;
import im.parley.xmpp.ext.nick.UserNick;
import im.parley.xmpp.ext.pubsub.AccessModel;
import im.parley.xmpp.ext.tune.UserTune;
import im.parley.xmpp.jid.Jid;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;

/** {@code profile set|clear|get}: the user's personal events and avatar, and a contact's. */
@Command(name = "profile", description = "Publish, clear or read profile items: nick, mood, activity, tune,"
        + " location, avatar (XEP-0163 with 0172, 0107, 0108, 0118, 0080, 0084, 0153).",
        subcommands = {ProfileCommand.Set.class, ProfileCommand.Clear.class, ProfileCommand.Get.class})
final class ProfileCommand extends ParleyCli.Sub {

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.BAD_ARGUMENTS.code;
    }

    /** The nested commands reach the account options through this command. */
    abstract static class ProfileSub implements Callable<Integer> {
        @CommandLine.ParentCommand
        ProfileCommand profile;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Option(names = "--access", description = "who may see it: presence (contacts, the default), open, roster,"
                + " authorize or whitelist")
        String access = AccessModel.PRESENCE.wireName();

        AccessModel accessModel() {
            return AccessModel.fromWire(access).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "unknown --access: " + access));
        }

        AccountSession connect() throws Exception {
            return profile.parent.connect(spec.commandLine());
        }

        /** The session's profile, its contacts' avatars kept in the profile folder's avatars/. */
        ProfileService service(AccountSession session) {
            return new ProfileService(session.pep(), session.avatars(), session.vCardAvatars(),
                    KeptProfiles.avatarsOnly(new AvatarDirectory(profile.parent.profileDir().resolve("avatars"))),
                    session::jid);
        }

        void print(Map<String, Object> fields) {
            spec.commandLine().getOut().println(Json.object(fields));
        }
    }

    @Command(name = "set", description = "Publish one or more items; the others stay as they are.")
    static final class Set extends ProfileSub {
        @Option(names = "--nick") String nick;
        @Option(names = "--mood", description = "one of XEP-0107's moods, e.g. happy, in_love") String mood;
        @Option(names = "--mood-text") String moodText;
        @Option(names = "--activity", description = "GENERAL or GENERAL/SPECIFIC, e.g. relaxing/reading") String activity;
        @Option(names = "--activity-text") String activityText;
        @Option(names = "--tune-artist") String tuneArtist;
        @Option(names = "--tune-title") String tuneTitle;
        @Option(names = "--tune-source") String tuneSource;
        @Option(names = "--tune-track") String tuneTrack;
        @Option(names = "--tune-length", description = "seconds") Integer tuneLength;
        @Option(names = "--tune-rating", description = "1 to 10") Integer tuneRating;
        @Option(names = "--tune-uri") String tuneUri;
        @Option(names = "--location-lat") Double lat;
        @Option(names = "--location-lon") Double lon;
        @Option(names = "--location-text") String locationText;
        @Option(names = "--avatar", description = "a PNG, JPEG, GIF or BMP picture, scaled to 192 px") Path avatar;

        @Override
        public Integer call() throws Exception {
            List<ProfileItem> items = items();
            if (items.isEmpty() && avatar == null) {
                throw new ParameterException(spec.commandLine(), "give at least one item to set");
            }
            AvatarImage image = avatar == null ? null : AvatarImage.from(Files.readAllBytes(avatar));
            AccessModel model = accessModel();
            try (AccountSession session = connect()) {
                ProfileService service = service(session);
                Map<String, Object> f = new LinkedHashMap<>();
                for (ProfileItem item : items) {
                    service.publish(item, model).join();
                    ProfileJson.item(f, item);
                }
                if (image != null) {
                    f.put("avatar", service.setAvatar(image, model).join());
                }
                f.put("access", model.wireName());
                print(f);
            }
            return 0;
        }

        private List<ProfileItem> items() {
            List<ProfileItem> items = new ArrayList<>();
            if (nick != null) {
                items.add(new ProfileItem.Nick(new UserNick(nick)));
            }
            if (mood != null) {
                Mood value = Mood.fromWire(mood.toLowerCase(Locale.ROOT))
                        .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown --mood: " + mood));
                items.add(new ProfileItem.Mood(new UserMood(value, moodText)));
            }
            if (activity != null) {
                items.add(new ProfileItem.Activity(activity()));
            }
            if (tuneArtist != null || tuneTitle != null || tuneSource != null || tuneTrack != null || tuneUri != null) {
                items.add(new ProfileItem.Tune(new UserTune(tuneArtist, tuneLength, tuneRating, tuneSource, tuneTitle,
                        tuneTrack, tuneUri)));
            }
            if ((lat == null) != (lon == null)) {
                throw new ParameterException(spec.commandLine(), "give --location-lat and --location-lon together");
            }
            if (lat != null) {
                UserLocation at = UserLocation.at(lat, lon);
                Map<String, String> fields = new LinkedHashMap<>(at.fields());
                if (locationText != null) {
                    fields.put("text", locationText);
                }
                items.add(new ProfileItem.Location(new UserLocation(fields, null)));
            }
            return items;
        }

        private UserActivity activity() {
            String[] parts = activity.toLowerCase(Locale.ROOT).split("/", 2);
            GeneralActivity general = GeneralActivity.fromWire(parts[0]).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "unknown general activity: " + parts[0]));
            SpecificActivity specific = parts.length < 2 ? null : SpecificActivity.fromWire(parts[1]).orElseThrow(() ->
                    new ParameterException(spec.commandLine(), "unknown specific activity: " + parts[1]));
            return new UserActivity(general, specific, activityText);
        }
    }

    @Command(name = "clear", description = "Clear one item: nick, mood, activity, tune, location or avatar.")
    static final class Clear extends ProfileSub {
        @Parameters(index = "0", description = "the item to clear") String item;

        @Override
        public Integer call() throws Exception {
            ProfileItem.Kind kind = ProfileItem.Kind.of(item.toLowerCase(Locale.ROOT))
                    .orElseThrow(() -> new ParameterException(spec.commandLine(), "unknown item: " + item));
            try (AccountSession session = connect()) {
                service(session).clear(kind, accessModel()).join();
                Map<String, Object> f = new LinkedHashMap<>();
                f.put("cleared", kind.label());
                print(f);
            }
            return 0;
        }
    }

    @Command(name = "get", description = "Print what a contact (or you) publish; their avatar is checked and"
            + " kept in the profile folder's avatars/.")
    static final class Get extends ProfileSub {
        @Parameters(index = "0", description = "the contact's JID") String target;

        @Override
        public Integer call() throws Exception {
            Jid jid = ParleyCli.parseJid(spec.commandLine(), target, "JID");
            try (AccountSession session = connect()) {
                Profile fetched = service(session).fetch(jid).join();
                Map<String, Object> f = new LinkedHashMap<>();
                ProfileJson.profile(f, fetched);
                print(f);
            }
            return 0;
        }
    }
}
