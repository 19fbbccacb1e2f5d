package org.opendrugpolicy.dataset;

/**
 * Fired in a transaction once the release is in the database and this replica's connections read its schema,
 * before anything is served: the source catalogue and the inferred values forget their indexes ({@link PerRelease}),
 * the response cache forgets answers about earlier data. (Search text is not derived here: the loader computes it as each row is inserted.)
 */
public record DatasetLoaded(DatasetVersion version) {}
