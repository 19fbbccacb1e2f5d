package org.opendrugpolicy.meeting;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.organization.Party;
import org.opendrugpolicy.organization.OrganizationRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Meeting", description = "A bilateral meeting with a delegation, or an institutional meeting with an organization, as reported by a source.")
record MeetingView(
        @Schema(required = true, examples = "cnd-68-knowmad-colombia") String id,
        @Schema(required = true) SessionRef session,
        @Schema(required = true, enumeration = {"bilateral", "institutional"}, examples = "bilateral") String kind,
        @Schema(required = true, description = "The organization whose report the meeting comes from.") OrganizationRef reportedBy,
        @Schema(required = true, description = "The delegation's country or the organization met.") Party counterpart,
        @Schema(required = true, examples = "Bilateral meeting with the government delegation of Colombia, on cooperation in public health and human rights.") String description,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "MeetingLinks")
    record Links(@Schema(required = true, description = "The meetings of this meeting's session (a list, not the session: see the record's session.href).",
                    examples = "https://api.opendrugpolicy.org/api/v1/meetings?session=cnd-68") String session,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/meetings/cnd-68-colombia") String self) {}

    static MeetingView from(Meeting m, SourceCatalog sources) {
        Party counterpart = m.counterpartCountry != null ? Party.country(CountryRef.from(m.counterpartCountry))
                : Party.organization(m.counterpartOrganization.id, m.counterpartOrganization.name);
        return new MeetingView(m.id, SessionRef.from(m.session), m.kind, OrganizationRef.from(m.reportedBy), counterpart, m.description,
                sources.cite(m.sourceIds), RecordStamps.of(m),
                new Links("/api/v1/meetings?session=" + m.session.id, MeetingResource.PATH + "/" + m.id));
    }
}
