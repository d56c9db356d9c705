package im.parley.ui;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps the idle app small without launcher flags (people start it with {@code java -jar}): the
 * heap gives memory back after a collection when more than 30% of it is free, instead of the
 * JVM's 70%, and an idle app collects once a minute so that what it freed is returned. Measured:
 * 40 MB live, 151 MB committed before. These HotSpot options are "manageable", settable at run
 * time; on another JVM nothing changes.
 */
final class MemoryTuning {
    private static final Logger LOG = Logger.getLogger(MemoryTuning.class.getName());

    private MemoryTuning() {
    }

    static void apply() {
        try {
            HotSpotDiagnosticMXBean vm = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
            // Min before max: the JVM refuses a maximum below the current minimum (40).
            vm.setVMOption("MinHeapFreeRatio", "10");
            vm.setVMOption("MaxHeapFreeRatio", "30");
            if (vm.getVMOption("UseG1GC").getValue().equals("true")) {
                vm.setVMOption("G1PeriodicGCInterval", "60000");
            }
        } catch (RuntimeException | LinkageError e) {
            LOG.log(Level.FINE, "heap tuning not available on this JVM", e);
        }
    }
}
