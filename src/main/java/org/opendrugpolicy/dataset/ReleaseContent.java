package org.opendrugpolicy.dataset;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

/**
 * What a release stores beside its tables when it is loaded (the exports, rendered once): called by the replica that
 * loads the release, in the load's transaction, on a connection whose schema is the release's, so it is registered with
 * the release or not at all. Replicas that find the release loaded call nothing: they read what was stored.
 */
public interface ReleaseContent {
    /**
     * Stores this content of the release.
     *
     * @param connection the load's connection, in the release's schema, in its transaction
     * @param files the release's files, checked
     * @param dataPackage its descriptor
     * @param version its identity
     * @param rowCounts rows per table, as loaded
     */
    void store(Connection connection, DatasetFiles files, DataPackage dataPackage, DatasetVersion version, Map<String, Integer> rowCounts)
            throws SQLException;
}
