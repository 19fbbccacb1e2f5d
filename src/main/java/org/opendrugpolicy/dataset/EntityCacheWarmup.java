package org.opendrugpolicy.dataset;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.Cacheable;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import jakarta.persistence.metamodel.PluralAttribute;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.hibernate.Hibernate;
import org.jboss.logging.Logger;

/**
 * Fills Hibernate's second-level cache with every record and collection of the release just loaded, in the background.
 *
 * <p>The data only changes with a release, so every entity is {@code @Cacheable}: a list page is then a
 * count and a select, with sessions, organizers, hosts and topics found in memory rather than one query
 * per association (no N+1). The cache belongs to this start-up's persistence unit, so it starts empty (the
 * loader's plain JDBC writes cannot leave stale entries in it); it is filled in pages, clearing the
 * persistence context between them so that memory holds only the cache. A table with more rows than
 * {@code odp.cache.warm-up-max-rows} is left to requests, so that start-up time and memory do not grow with the data.
 *
 * <p>Readiness does not wait for it: every answer is the same with or without the cache (it only spares queries), so
 * a replica serves as soon as its release is loaded, and the requests of its first half-second (the warm-up's time for
 * the real data) read what they need themselves, in batches ({@code quarkus.hibernate-orm.fetch.batch-size}).
 * {@link #finished()} says when it is done; shutting down stops it between two pages.
 */
@Singleton
public class EntityCacheWarmup {
    private static final Logger LOG = Logger.getLogger(EntityCacheWarmup.class);
    private static final int PAGE = 1000;
    private static final long STOP_WAIT_SECONDS = 10;

    private final EntityManager entities;
    private final DatasetLoader dataset;
    private final ManagedExecutor executor;
    private final int maxRows;
    private final CompletableFuture<Void> finished = new CompletableFuture<>();
    private volatile boolean stopping;

    EntityCacheWarmup(EntityManager entities, DatasetLoader dataset, ManagedExecutor executor,
            @ConfigProperty(name = "odp.cache.warm-up-max-rows", defaultValue = "1000") int maxRows) {
        this.entities = entities;
        this.dataset = dataset;
        this.executor = executor;
        this.maxRows = maxRows;
    }

    /** After {@link DatasetLoader#onStart}, which observes the same event at the default priority. */
    void start(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER) StartupEvent start) {
        executor.runAsync(() -> QuarkusTransaction.requiringNew().run(this::warm)).whenComplete((done, failure) -> {
            if (failure != null) {
                // Not fatal: requests read what the cache lacks (a database away at start-up is readiness's concern).
                LOG.warnf(failure, "The entity cache was not warmed: requests will fill it");
            }
            finished.complete(null);
        });
    }

    /** Lets a shutdown end the warm-up between two pages, rather than under it (the persistence unit closes next). */
    void stop(@Observes ShutdownEvent stop) {
        stopping = true;
        try {
            finished.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("The entity cache warm-up did not stop within %d s", STOP_WAIT_SECONDS);
        }
    }

    /** Completes when the warm-up has ended (done, failed or stopped): for a test that counts the queries of a warm service. */
    public CompletionStage<Void> finished() {
        return finished.minimalCompletionStage();
    }

    private void warm() {
        long began = System.nanoTime();
        long records = 0;
        List<String> skipped = new ArrayList<>();
        boolean stopped = false;
        tables:
        for (EntityType<?> type : entities.getMetamodel().getEntities()) {
            if (!type.getJavaType().isAnnotationPresent(Cacheable.class)) {
                continue; // the history is read by queries, never by id: caching its rows would only cost memory
            }
            Table table = type.getJavaType().getAnnotation(Table.class);
            int rows = table == null ? 0 : dataset.rowCounts().getOrDefault(table.name(), 0);
            if (rows > maxRows) {
                // A table that grows with the data (every table of the real data has fewer rows than the default, 1000,
                // and every table that a larger dataset multiplies has more at 100x): reading it all would make start-up
                // and memory grow with the data (at 1000x, 10,000 sessions took 6.6 s). Its records are cached as requests read them.
                skipped.add(table.name() + " (" + rows + " rows)");
                continue;
            }
            List<Method> collections = type.getPluralAttributes().stream().map(a -> getter(type, a)).toList();
            for (int first = 0;; first += PAGE) {
                if (stopping) {
                    stopped = true;
                    break tables;
                }
                // pages rather than one scrolled query, so that each page's collections are fetched in batches
                List<?> page = entities.createQuery("from " + type.getName(), type.getJavaType())
                        .setFirstResult(first).setMaxResults(PAGE).getResultList();
                for (Object entity : page) {
                    for (Method collection : collections) {
                        Hibernate.initialize(read(collection, entity));
                    }
                }
                records += page.size();
                entities.clear();
                if (page.size() < PAGE) {
                    break;
                }
            }
        }
        LOG.infof("Cached %d records in %d ms%s%s", records, (System.nanoTime() - began) / 1_000_000, stopped ? " (stopped by shutdown)" : "",
                skipped.isEmpty() ? "" : "; left to requests, as larger than odp.cache.warm-up-max-rows (" + maxRows + "): " + String.join(", ", skipped));
    }

    /** The accessor Panache generates for a public field: it goes through Hibernate's lazy loading, where the field itself may not. */
    private static Method getter(EntityType<?> type, PluralAttribute<?, ?, ?> attribute) {
        String name = attribute.getName();
        try {
            Method getter = type.getJavaType().getMethod("get" + Character.toUpperCase(name.charAt(0)) + name.substring(1));
            getter.setAccessible(true); // the entity classes are package-private
            return getter;
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("No accessor for " + type.getName() + "." + name, e);
        }
    }

    private static Object read(Method getter, Object entity) {
        try {
            return getter.invoke(entity);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + getter, e);
        }
    }
}
