package org.opendrugpolicy.substance;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;
import org.opendrugpolicy.provenance.InferredField;
import org.opendrugpolicy.provenance.InferredValues;
import org.opendrugpolicy.source.SourceCatalog;
import org.opendrugpolicy.source.SourceRef;

@Schema(name = "Substance", description = "A substance put to the Commission for a change in its control, or a group of substances decided together "
        + "(a precursor and its esters, the cannabis recommendations), with its other names.")
record SubstanceView(
        @Schema(required = true, examples = "anpp") String id,
        @Schema(required = true, examples = "ANPP") String name,
        @Schema(description = "The class a source gives (such as synthetic-opioid, synthetic-cannabinoid, fentanyl-precursor); null where none does.",
                examples = "fentanyl-precursor") String substanceClass,
        @Schema(required = true, description = "true for a row that stands for a group of substances decided together.", examples = "false") boolean group,
        @Schema(description = "How many substances the group holds, where a source counts them; null for a single substance.", examples = "9") Integer groupSize,
        @Schema(required = true, description = "Other names (chemical names, codes, spellings), each with its sources, alphabetically.") List<Alias> aliases,
        @Schema(description = "Caveats and sourced detail.") String note,
        @Schema(required = true) List<SourceRef> sources,
        @Schema(required = true, description = InferredValues.DESCRIPTION) List<InferredField> inferred,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    @Schema(name = "SubstanceAlias")
    record Alias(@Schema(required = true, examples = "4-anilino-N-phenethylpiperidine") String alias, @Schema(required = true) List<SourceRef> sources) {}

    @Schema(name = "SubstanceLinks")
    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/substances/anpp") String self,
            @Schema(required = true, description = "Its history: every scheduling decision on it.", examples = "https://api.opendrugpolicy.org/api/v1/substances/anpp/scheduling-decisions")
            String schedulingDecisions) {}

    static SubstanceView from(Substance s, SourceCatalog sources, InferredValues inferred) {
        return new SubstanceView(s.id, s.name, s.substanceClass, s.isGroup, s.groupSize,
                s.aliases.stream().map(a -> new Alias(a.alias, sources.cite(a.sourceIds))).toList(), s.note, sources.cite(s.sourceIds),
                inferred.of("substances", s.id), RecordStamps.of(s),
                new Links(SubstanceResource.PATH + "/" + s.id, SubstanceResource.PATH + "/" + s.id + "/scheduling-decisions"));
    }
}
