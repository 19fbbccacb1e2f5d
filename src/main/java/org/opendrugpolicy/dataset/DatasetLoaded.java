package org.opendrugpolicy.dataset;

/**
 * Fired inside the loading transaction once every table is inserted, so that a feature can derive what
 * it needs (such as search text) before anything is served.
 */
public record DatasetLoaded(DatasetVersion version) {}
