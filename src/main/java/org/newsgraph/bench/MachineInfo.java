package org.newsgraph.bench;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.OperatingSystemMXBean;

/**
 * The machine a benchmark ran on, printed with every result so numbers can be compared. The load
 * average tells how busy the machine was with other work: above the core count, timings are
 * inflated by sharing the CPUs.
 */
public record MachineInfo(int cores, long maxHeapBytes, String java, String os, double loadAverage,
                          boolean hugePages) {

    public static MachineInfo current() {
        OperatingSystemMXBean os = ManagementFactory.getOperatingSystemMXBean();
        return new MachineInfo(Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory(),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                os.getName() + " " + os.getVersion() + " " + os.getArch(), os.getSystemLoadAverage(),
                hugePagesAsked());
    }

    /** Whether the JVM runs with -XX:+UseTransparentHugePages, which changes NLP speed by about a tenth. */
    private static boolean hugePagesAsked() {
        try {
            return Boolean.parseBoolean(ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                    .getVMOption("UseTransparentHugePages").getValue());
        } catch (RuntimeException e) {
            // not a HotSpot JVM, or no such option
            return false;
        }
    }

    /** The load average now (1 minute), or a negative number when the OS does not tell. */
    public static double loadAverageNow() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /**
     * CPU time this JVM has used so far, all threads, in nanoseconds; -1 when the JVM does not
     * tell. With the server in the benchmark's JVM, a difference of two readings is what the
     * requests between them cost, whatever else the machine was doing.
     */
    public static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    public String describe() {
        return String.format("machine: %d cores, max heap %s, %s%s, %s, load average %.1f at start", cores,
                Units.bytes(maxHeapBytes), java, hugePages ? " with transparent huge pages" : "", os, loadAverage);
    }
}
