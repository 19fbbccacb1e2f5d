package org.opendrugpolicy.provenance;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.source.SourceRef;

/** A field of a record whose value is inferred rather than stated by a source. */
@Schema(name = "InferredField", description = "A field whose value no source states but the dataset infers from the sources cited, with how.")
public record InferredField(
        @Schema(required = true, description = "The field, by its column name in the dataset's CSV table (data/<table>.csv).", examples = "recommended_by") String field,
        @Schema(required = true, description = "How the value is inferred.", examples = "The INCB recommends Table changes under the 1988 Convention.") String note,
        @Schema(required = true) List<SourceRef> sources) {}
