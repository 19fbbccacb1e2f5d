package org.opendrugpolicy.conflict;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.session.SessionRef;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Conflict", description = "A point on which sources disagree: every claim is kept with its sources, and each says whether the record holds it. "
        + "Data: data/conflicts.csv and data/conflict_claims.csv.")
record ConflictView(
        @Schema(required = true, examples = "c1") String id,
        @Schema(required = true, examples = "Reconvened 60th session dates") String topic,
        @Schema(description = "The session concerned; null where the conflict concerns none.") SessionRef session,
        @Schema(required = true, description = "unresolved; version-a-preferred or version-b-preferred (the fact sheet's judgement, the other claim kept); "
                + "both-compatible: the claims do not exclude each other.",
                enumeration = {"unresolved", "version-a-preferred", "version-b-preferred", "both-compatible"}, examples = "unresolved") String status,
        @Schema(required = true, description = "What the sources say and how the record resolves it.") String note,
        @Schema(required = true, description = "The claims, in order (version a first).") List<Claim> claims,
        @Schema(required = true) List<SourceRef> sources,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "ConflictClaim", description = "One source's version of the disputed fact.")
    record Claim(
            @Schema(required = true, examples = "1") int position,
            @Schema(required = true, description = "The claim as the source words it.", examples = "\"to be held on 8 and 9 December 2017\" (60th report)") String claim,
            @Schema(description = "The dataset table of the record concerned; null where the claim concerns no single record.", examples = "session_segments") String table,
            @Schema(description = "That record's id (composite keys joined with |).", examples = "cnd-60|3") String recordId,
            @Schema(description = "The field(s) concerned, semicolon-separated column names.", examples = "start_date;end_date") String field,
            @Schema(description = "The value the claim gives the field(s), semicolon-separated for several; null where it is not a single value.",
                    examples = "2017-12-08;2017-12-09") String claimedValue,
            @Schema(required = true, description = "true where the record holds this claim's value; false where the claim is kept here only.", examples = "true")
            boolean recorded,
            @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "ConflictLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/conflicts/c1") String self) {}

    static ConflictView from(Conflict c, SourceCatalog sources) {
        return new ConflictView(c.id, c.topic, c.session == null ? null : SessionRef.from(c.session), c.status, c.note,
                c.claims.stream().map(a -> new Claim(a.position, a.claim, a.tableName, a.recordId, a.field, a.claimedValue, a.recorded,
                        sources.cite(a.sourceIds))).toList(),
                sources.cite(c.sourceIds), RecordStamps.of(c), new Links(ConflictResource.PATH + "/" + c.id));
    }
}
