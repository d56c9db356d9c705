package im.parley.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import im.parley.client.DeliveryState;
import im.parley.client.history.AccountSettings;
import im.parley.client.history.HistoryMessage;
import im.parley.client.history.SearchResult;
import im.parley.ui.app.AppContext;
import im.parley.ui.search.SearchView;
import im.parley.ui.search.SearchViewModel;
import im.parley.ui.search.Searcher;
import im.parley.ui.shell.ShellViewModel;
import im.parley.ui.theme.Themes;
import im.parley.xmpp.jid.Jid;
import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the settings window (light and dark) and of search-all with hits, to look at:
 * run with {@code -Dparley.snapshots=DIR}. Built from a real profile with one account and a pin.
 */
@ExtendWith(ApplicationExtension.class)
class SettingsSnapshotTest {
    private static final String DIR = System.getProperty("parley.snapshots");
    @TempDir
    static Path folder;
    private static AppContext context;

    @BeforeAll
    static void profile() throws Exception {
        Assumptions.assumeTrue(DIR != null, "pictures only when asked for");
        System.setProperty("parley.passwords", "file");
        context = AppContext.open(folder, Platform::runLater).get(30, TimeUnit.SECONDS);
        context.profile().saveSettings(AccountSettings.of(Jid.of("juliet@capulet.lit")).withRememberPassword(true)
                .withPin("0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9"));
        context.profile().saveSettings(AccountSettings.of(Jid.of("juliet@work.example")));
    }

    @AfterAll
    static void close() {
        if (context != null) {
            context.close();
        }
    }

    @Test
    void settingsLightAndDark(FxRobot robot) throws Exception {
        ShellViewModel shell = new ShellViewModel();
        Scene[] scene = new Scene[1];
        AppearanceViewModel.Looks looks = new AppearanceViewModel.Looks() {
            @Override
            public void theme(Themes.Theme theme) {
                Themes.apply(theme);
            }

            @Override
            public void fontScale(double scale) {
                Themes.fontScale(scale, List.of(scene[0]));
            }
        };
        SettingsWindow[] window = new SettingsWindow[1];
        robot.interact(() -> {
            Themes.apply(Themes.Theme.LIGHT);
            window[0] = new SettingsWindow(SettingsSections.standard(context, shell, looks, () -> { }));
            scene[0] = show(window[0].root(), 860, 600);
        });
        for (String id : List.of("accounts", "calls", "privacy", "blocked", "certificates", "archive", "appearance")) {
            robot.interact(() -> window[0].show(id));
            Thread.sleep(300);
            WaitForAsyncUtils.waitForFxEvents();
            snapshot(robot, scene[0], "settings-" + id + ".png");
        }
        snapshot(robot, scene[0], "settings-light.png");
        robot.clickOn("#theme-dark");
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, scene[0], "settings-dark.png");
        robot.interact(() -> window[0].show("accounts"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, scene[0], "settings-dark-accounts.png");
        robot.interact(() -> window[0].show("certificates"));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, scene[0], "settings-dark-certificates.png");
        robot.interact(() -> Themes.apply(Themes.Theme.LIGHT));
    }

    @Test
    void searchWithHits(FxRobot robot) throws Exception {
        Instant now = Instant.now();
        Searcher searcher = (text, limit) -> List.of(
                found("romeo@montague.lit", false, now.minus(5, ChronoUnit.MINUTES),
                        "Shall we meet at the quay tomorrow at noon? The boat leaves early."),
                found("nurse@capulet.lit", true, now.minus(3, ChronoUnit.DAYS),
                        "I left the basket by the quay, under the old lantern."),
                found("friar@verona.example", false, now.minus(40, ChronoUnit.DAYS),
                        "The letter will reach Mantua by the quay road, if the weather holds; otherwise by the"
                                + " mountain pass, which takes two days longer and is watched at night."));
        SearchViewModel model = new SearchViewModel(searcher, (delay, task) -> {
            task.run();
            return () -> { };
        }, Runnable::run, Runnable::run, (account, peer) -> names(peer), hit -> { });
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            Themes.apply(Themes.Theme.LIGHT);
            SearchView view = new SearchView(model);
            scene[0] = show(view.root(), 640, 460);
            model.queryProperty().set("quay");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.hits()).hasSize(3);
        snapshot(robot, scene[0], "search.png");
        robot.interact(() -> Themes.apply(Themes.Theme.DARK));
        WaitForAsyncUtils.waitForFxEvents();
        snapshot(robot, scene[0], "search-dark.png");
        robot.interact(() -> {
            model.queryProperty().set("platypus-nothing");
            Themes.apply(Themes.Theme.LIGHT);
        });
    }

    private static String names(Jid peer) {
        switch (peer.local()) {
            case "romeo":
                return "Romeo Montague";
            case "nurse":
                return "Nurse";
            default:
                return peer.toString();
        }
    }

    private static Searcher.Found found(String peer, boolean outgoing, Instant time, String body) {
        int start = body.indexOf("quay");
        int end = start + 4;
        HistoryMessage m = new HistoryMessage(1, peer, outgoing, peer, "id", null, time, body, false, false, null,
                DeliveryState.DISPLAYED, Map.of(), List.of());
        return new Searcher.Found(Jid.of("juliet@capulet.lit"),
                new SearchResult(m, List.of(new SearchResult.TextRange(start, end))));
    }

    private static Scene show(Parent root, double width, double height) {
        Stage stage = new Stage();
        Scene scene = new Scene(root, width, height);
        Themes.style(scene);
        stage.setScene(scene);
        stage.show();
        return scene;
    }

    private static void snapshot(FxRobot robot, Scene scene, String name) throws Exception {
        var image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", new File(DIR, name));
    }
}
