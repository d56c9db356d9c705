package im.parley.it;

import im.parley.client.Account;
import im.parley.ui.ParleyApp;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desktop app started on a fresh profile with a freshly registered user, signed in through its
 * first-run card (the test CA's certificate trusted in the dialog), and the robot that drives it.
 */
final class AppDriver implements AutoCloseable {
    final FxRobot robot = new FxRobot();
    private final TestServer server;
    private final String user;
    private final String password;
    private Application app;

    private AppDriver(TestServer server, String user, String password) {
        this.server = server;
        this.user = user;
        this.password = password;
    }

    /** Registers a new user (its password is the name plus "pass"); the app is not started yet. */
    static AppDriver forNewUser(TestServer server, String prefix) throws Exception {
        System.setProperty("parley.passwords", "file");
        String user = prefix + UUID.randomUUID().toString().substring(0, 8);
        Account.register(server.config(user).build());
        return new AppDriver(server, user, user + "pass");
    }

    /** A new user the server's admin registered (ejabberd takes no in-band registration here). */
    static AppDriver forAdminRegisteredUser(TestServer server, String prefix) throws Exception {
        System.setProperty("parley.passwords", "file");
        return new AppDriver(server, server.registerByAdmin(prefix).local(), TestSession.PASSWORD);
    }

    String user() {
        return user;
    }

    /** Starts the app on {@code profile} and signs in, trusting the server's certificate; returns once the main window shows. */
    void startAndSignIn(Path profile) throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(ParleyApp.class, "--profile", profile.toString());
        click("#jid").write(user + "@" + server.domain());
        click("#password").write(password);
        click("#advanced");
        click("#host").write("127.0.0.1");
        click("#port").write(Integer.toString(server.c2sPort()));
        click("#signIn");
        click("#trustCertificate");
        await("#conversations");
    }

    /** Clicks the node {@code query} names once it shows (found first: the app swaps window contents). */
    FxRobotInterface click(String query) throws InterruptedException {
        await(query);
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(robot.lookup(query).<Node>query());
    }

    void await(String query) throws InterruptedException {
        Eventually.await(() -> robot.lookup(query).tryQuery().isPresent(), query + " shown");
    }

    void awaitGone(String query) throws InterruptedException {
        Eventually.await(() -> robot.lookup(query).tryQuery().isEmpty(), query + " gone");
    }

    /** The text of a label, button or text field, read on the UI thread. */
    String text(String query) {
        return onFx(() -> {
            Node n = robot.lookup(query).query();
            return n instanceof Labeled l ? l.getText() : ((TextInputControl) n).getText();
        });
    }

    static <T> T onFx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws java.util.concurrent.TimeoutException {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        FxToolkit.cleanupStages();
    }
}
