package org.opendrugpolicy.vote;

import java.util.List;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.source.SourceRef;

/**
 * What a served roll-call row holds whatever was voted on: the Member State, its vote, a note and the sources. Each
 * view names what was voted on under its own key (resolution, decision), so the JSON shapes stay as they are; the
 * tally and the vote= filter read only this part.
 */
interface RollCallView {
    CountryRef country();

    String vote();

    String note();

    List<SourceRef> sources();
}
