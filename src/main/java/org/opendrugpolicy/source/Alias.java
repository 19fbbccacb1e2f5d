package org.opendrugpolicy.source;

import jakarta.persistence.Embeddable;

/**
 * Another name of a record (a spelling, a chemical name, a code) with the sources that give it: one row of an
 * aliases table (organization_aliases, substance_aliases), which holds the record's id, alias and source_ids.
 */
@Embeddable
public class Alias {
    public String alias;
    public String sourceIds;
}
