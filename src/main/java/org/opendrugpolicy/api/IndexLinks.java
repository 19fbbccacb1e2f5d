package org.opendrugpolicy.api;

import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.spi.Bean;
import jakarta.enterprise.inject.spi.BeanManager;
import jakarta.inject.Singleton;
import jakarta.ws.rs.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every {@link IndexLink} the resources declare, read once from the CDI container (each resource class is a bean):
 * the API index lists them, and the change feed and the graphs link a record through them, so none of these lists
 * kinds of record by hand.
 */
@Singleton
public class IndexLinks {
    private final Map<String, String> links = new TreeMap<>();
    private final Map<String, String> items = new TreeMap<>();

    IndexLinks(BeanManager beans) {
        for (Bean<?> bean : beans.getBeans(Object.class, Any.Literal.INSTANCE)) {
            Class<?> type = bean.getBeanClass();
            IndexLink[] declared = type.getAnnotationsByType(IndexLink.class);
            if (declared.length == 0) {
                continue;
            }
            Path path = type.getAnnotation(Path.class);
            if (path == null) {
                throw new IllegalStateException(type.getName() + " declares @IndexLink without @Path");
            }
            for (IndexLink link : declared) {
                String href = link.path().isEmpty() ? path.value() : path.value() + "/" + link.path();
                if (links.put(link.name(), link.query().isEmpty() ? href : href + "?" + link.query()) != null) {
                    throw new IllegalStateException("two resources declare the index link " + link.name());
                }
                if (!link.items().isEmpty()) {
                    items.put(link.items(), href + "/");
                }
            }
        }
    }

    /** Link name to its path (from /), by name. */
    public Map<String, String> links() {
        return java.util.Collections.unmodifiableMap(links);
    }

    /** Where a row of this data table is served on its own, if its kind has an item endpoint. */
    public Optional<String> item(String table, String id) {
        String prefix = items.get(table);
        return prefix == null ? Optional.empty() : Optional.of(prefix + id);
    }
}
