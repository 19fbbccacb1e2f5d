package org.opendrugpolicy.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.ConfigProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.junit.jupiter.api.Test;

/**
 * Every region of Hibernate's second-level cache is bounded by {@code odp.cache.region-max-objects}: a region without
 * its own {@code quarkus.hibernate-orm.cache."<region>".memory.object-count} would hold 10,000 objects, the default,
 * and at 1000x the regions together filled the heap. A new cached entity or collection fails here until it is listed.
 */
@QuarkusTest
class CacheRegionBoundsTest {
    @Inject
    EntityManagerFactory factory;

    @Test
    void everyRegionIsBoundedByTheOneKey() {
        var config = ConfigProvider.getConfig();
        int bound = config.getValue("odp.cache.region-max-objects", Integer.class);
        assertTrue(bound > 0 && bound < 10_000, "a bound below Hibernate's default of 10,000 objects: " + bound);
        TreeSet<String> regions = new TreeSet<>(factory.unwrap(SessionFactoryImplementor.class).getCache().getCacheRegionNames());
        assertTrue(regions.size() >= 16, "the cached entities and collections have regions: " + regions);
        TreeSet<String> unbounded = new TreeSet<>();
        for (String region : regions) {
            Optional<Integer> count = config.getOptionalValue("quarkus.hibernate-orm.cache.\"" + region + "\".memory.object-count", Integer.class);
            if (count.isEmpty()) {
                unbounded.add(region);
            } else {
                assertEquals(bound, count.get(), region);
            }
        }
        assertEquals(new TreeSet<>(), unbounded, "regions without quarkus.hibernate-orm.cache.\"<region>\".memory.object-count");
    }
}
