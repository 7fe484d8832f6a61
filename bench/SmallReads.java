import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The fixed cost of one read, which decides a fleet of small pairs: `pgdrift snapshot` of one database N times in
 * one JVM (after the first round the JIT is warm, as in a fleet run), three rounds, each line giving per read the
 * wall time, this process's CPU and the server's CPU. The server's is read from the postmaster's
 * /proc/PID/stat (CPU of the backends it has reaped, so each read's connection must have ended): run it on the
 * machine of the server, e.g. one started by BenchServer.java (its data directory's postmaster.pid holds the PID).
 *
 * Usage: java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp target/pgdrift.jar bench/SmallReads.java URL N POSTMASTER_PID
 */
public class SmallReads {
    public static void main(String[] args) throws Exception {
        String url = args[0];
        int n = Integer.parseInt(args[1]);
        long postmaster = Long.parseLong(args[2]);
        Path out = Files.createTempFile("pgdrift-small-read", ".json");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try {
            for (int round = 1; round <= 3; round++) {
                long cpu = os.getProcessCpuTime();
                long server = reapedTicks(postmaster);
                long start = System.nanoTime();
                for (int i = 0; i < n; i++) {
                    int exit = io.pgdrift.app.Main.execute(new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter()), "snapshot", "--db", url, "--out", out.toString());
                    if (exit != 0) {
                        throw new IllegalStateException("pgdrift snapshot exited with " + exit);
                    }
                }
                System.out.printf("round %d: per read %.1f ms wall, %.1f ms pgdrift CPU, %.1f ms server CPU%n", round,
                        (System.nanoTime() - start) / 1e6 / n, (os.getProcessCpuTime() - cpu) / 1e6 / n,
                        (reapedTicks(postmaster) - server) * 1000.0 / 100 / n);
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** cutime + cstime of the postmaster, in clock ticks (USER_HZ, 100 on Linux). */
    private static long reapedTicks(long pid) throws Exception {
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
    }
}
