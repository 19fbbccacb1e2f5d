package org.opendrugpolicy.dataset;

/**
 * Fired in a transaction once the release is in the database and this replica's connections read its schema,
 * so that a feature can derive what it needs (such as an index of sources) before anything is served.
 */
public record DatasetLoaded(DatasetVersion version) {}
