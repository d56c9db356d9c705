package im.parley.ui.app;

import javafx.application.Platform;
import javafx.scene.Scene;

/** Runs something once in a scene's next pulse, before or after its layout; on the FX thread. */
public final class NextPulse {
    private NextPulse() {
    }

    /** Runs {@code then} once, just before the next layout of {@code scene} (rows changed, not yet placed). */
    public static void beforeLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePreLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPreLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }

    /** Runs {@code then} once, right after the next layout of {@code scene}. */
    public static void afterLayout(Scene scene, Runnable then) {
        Runnable[] once = new Runnable[1];
        once[0] = () -> {
            scene.removePostLayoutPulseListener(once[0]);
            then.run();
        };
        scene.addPostLayoutPulseListener(once[0]);
        Platform.requestNextPulse();
    }
}
