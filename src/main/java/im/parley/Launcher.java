package im.parley;

import im.parley.cli.ParleyCli;
import java.util.Arrays;

/**
 * Entry point of parley.jar. It does not extend {@code Application}: JavaFX started from the class
 * path refuses a main class that does ("JavaFX runtime components are missing").
 * {@code parley cli ...} runs the command line; anything else starts the desktop app.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("cli")) {
            System.exit(ParleyCli.run(Arrays.copyOfRange(args, 1, args.length)));
        }
        im.parley.ui.ParleyApp.prepare(args);
        javafx.application.Application.launch(im.parley.ui.ParleyApp.class, args);
        // The window is closed and the streams ended: no pool thread may keep the process alive.
        System.exit(0);
    }
}
