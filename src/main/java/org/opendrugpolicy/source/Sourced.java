package org.opendrugpolicy.source;

import jakarta.persistence.MappedSuperclass;
import org.opendrugpolicy.change.Tracked;

/**
 * What every record entity that names its sources maps the same way: the column source_ids (semicolon-separated ids
 * of data/sources.csv, the first the main one) and, from {@link Tracked}, the history stamps. A kind's entity
 * extends this (or {@link org.opendrugpolicy.session.SessionRecord}, for records of one session) and declares only
 * its own columns; {@link SourceCatalog#cite(String)} turns the ids into citations.
 */
@MappedSuperclass
public abstract class Sourced extends Tracked {
    public String sourceIds;
}
