package org.opendrugpolicy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * Makes the test run end only once the JDK 25 AOT cache it trained is written (the {@code aot} profile: see
 * {@link TypicalRequestsIT}). When the trained jar stops, Quarkus starts {@code java -XX:AOTMode=create} to write
 * {@code app.aot} but waits for it only 20 s; on a busy machine it takes longer, and the build would end, or the jar
 * be started again, while the file is still half written. This waits for that process (10 minutes at most). Registered
 * in {@code META-INF/services}; in every other run there is no such process and it returns at once.
 */
public class AotCacheWait implements TestExecutionListener {
    private static final Duration LIMIT = Duration.ofMinutes(10);

    @Override
    public void testPlanExecutionFinished(TestPlan plan) {
        List<ProcessHandle> writers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains("-XX:AOTMode=create")).orElse(false)).toList();
        for (ProcessHandle writer : writers) {
            System.out.println("Waiting for the AOT cache to be written (PID " + writer.pid() + ")...");
            long began = System.nanoTime();
            try {
                writer.onExit().get(LIMIT.toSeconds(), TimeUnit.SECONDS);
                System.out.printf("The AOT cache was written after %d s more%n", TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - began));
            } catch (TimeoutException e) {
                writer.destroy();
                throw new IllegalStateException("The AOT cache was not written within " + LIMIT + "; stopped PID " + writer.pid());
            } catch (Exception e) {
                throw new IllegalStateException("Could not wait for the AOT cache to be written", e);
            }
        }
    }
}
