package org.opendrugpolicy.source;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A source as cited by a record: enough to show and follow the citation. */
@Schema(name = "SourceRef", description = "A document a record's facts come from.")
public record SourceRef(
        @Schema(required = true, examples = "seed-knowmad-cnd68") String id,
        @Schema(required = true, examples = "UN Commission on Narcotic Drugs 68: Progress and Challenges in Building Humanitarian Drug Policies") String title,
        @Schema(description = "Where it can be read; null when it has no public address.", examples = "https://knowmadinstitut.org/blog/un-commission-on-narcotic-drugs-68-progress-and-challenges-in-building-humanitarian-drug-policies-introduction") String url,
        @Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sources/seed-knowmad-cnd68") String href) {

    static SourceRef from(Source source) {
        return new SourceRef(source.id, source.title, source.url, SourceResource.PATH + "/" + source.id);
    }
}
