package org.opendrugpolicy.dataset;

/**
 * Fired inside the loading transaction once every table is inserted, before anything is served: the source
 * catalogue indexes the sources, the response cache forgets answers about earlier data. (Search text is not
 * derived here: the loader computes it as each row is inserted.)
 */
public record DatasetLoaded(DatasetVersion version) {}
