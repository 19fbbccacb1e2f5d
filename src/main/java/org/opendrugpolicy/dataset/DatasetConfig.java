package org.opendrugpolicy.dataset;

import io.smallrye.config.ConfigMapping;
import java.nio.file.Path;
import java.util.Optional;

@ConfigMapping(prefix = "odp.dataset")
public interface DatasetConfig {
    /** A directory holding datapackage.json and its CSV files; without it the bundled copy of data/ is used. */
    Optional<Path> directory();
}
