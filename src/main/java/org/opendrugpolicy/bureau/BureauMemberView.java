package org.opendrugpolicy.bureau;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.country.CountryRef;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "BureauMember", description = "Who held one office of the Commission's bureau in one session: the country, the person where a source names them, "
        + "the regional group where given. Data: data/bureau_members.csv (sources hist-h*).")
record BureauMemberView(
        @Schema(required = true, examples = "cnd-60-chair") String id,
        @Schema(required = true) SessionRef session,
        @Schema(required = true, enumeration = {"chair", "first-vice-chair", "second-vice-chair", "third-vice-chair", "vice-chair", "rapporteur"},
                examples = "chair") String office,
        @Schema(required = true, description = "Order among the holders of the same office in the session, from 1.", examples = "1") int position,
        @Schema(description = "The country holding the office; null where no source names it (the office is then allotted to a regional group).") CountryRef country,
        @Schema(description = "The person, where a source names them.", examples = "Bente Angell-Hansen") String personName,
        @Schema(description = "The regional group the office fell to, where a source gives it.", examples = "WEOG") String regionalGroup,
        @Schema(description = "Caveats and sourced detail.") String note,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "BureauMemberLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/bureau-members/cnd-60-chair") String self,
            @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sessions/cnd-60") String session) {}

    static BureauMemberView from(BureauMember b, SourceCatalog sources) {
        return new BureauMemberView(b.id, SessionRef.from(b.session), b.office, b.position, CountryRef.from(b.country), b.personName, b.regionalGroup,
                b.note, sources.cite(b.sourceIds), RecordStamps.of(b),
                new Links(BureauMemberResource.PATH + "/" + b.id, SessionRef.href(b.session.id)));
    }
}
