package org.newsgraph.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The machine a benchmark ran on, printed with every result so numbers can be compared. The load
 * average tells how busy the machine was with other work: above the core count, timings are
 * inflated by sharing the CPUs.
 */
public record MachineInfo(int cores, long maxHeapBytes, String java, String os, double loadAverage) {

    public static MachineInfo current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                os.getName() + " " + os.getVersion() + " " + os.getArch(), os.getSystemLoadAverage());
    }

    /** The load average now (1 minute), or a negative number when the OS does not tell. */
    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    public String describe() {
        return String.format("machine: %d cores, max heap %s, %s, %s, load average %.1f at start", cores,
                Units.bytes(maxHeapBytes), java, os, loadAverage);
    }
}
