package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/** A value derived from the release is computed once, however many requests ask for it at once, and again after a load. */
class PerReleaseTest {
    @Test
    void computedOnceByConcurrentCallersAndAgainAfterForget() throws Exception {
        AtomicInteger computed = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        PerRelease<Integer> value = new PerRelease<>(() -> {
            LockSupport.parkNanos(20_000_000); // a query's time, so that callers overlap
            return computed.incrementAndGet();
        });
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 64; i++) {
                answers.add(callers.submit(() -> {
                    start.await();
                    return value.get();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertEquals(1, answer.get(), "every caller sees the one computed value");
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(1, computed.get());

        value.forget();
        assertEquals(2, value.get(), "computed again after a load");
        assertEquals(2, value.get());
        assertEquals(2, computed.get());
    }
}
