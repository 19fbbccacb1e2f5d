package org.opendrugpolicy.source;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.change.RecordStamps;

@Schema(name = "Source", description = "A document that facts in the dataset come from.")
record SourceView(
        @Schema(required = true, examples = "cndblog-2025-plenary-fri-afternoon") String id,
        @Schema(description = "The source's id in the project's fact sheet.", examples = "S19") String ref,
        @Schema(required = true, enumeration = {"seed", "web", "reference", "compilation"}, examples = "web") String kind,
        @Schema(required = true, examples = "CND Blog: Plenary, Friday afternoon session (CND 68)") String title,
        @Schema(examples = "CND Blog") String publisher,
        @Schema(examples = "https://cndblog.org/2025/03/plenary-friday-afternoon-session") String url,
        @Schema(examples = "2025-03-14") LocalDate publishedOn,
        @Schema(examples = "Roll-call of the vote on E/CN.7/2025/L.6/Rev.1.") String note,
        @JsonUnwrapped RecordStamps stamps,
        @Schema(required = true) Links links) {

    record Links(@Schema(required = true, examples = "https://api.opendrugpolicy.org/api/v1/sources/cndblog-2025-plenary-fri-afternoon") String self) {}

    static SourceView from(Source s) {
        return new SourceView(s.id, s.ref, s.kind, s.title, s.publisher, s.url, s.publishedOn, s.note,
                RecordStamps.of(s),
                new Links(SourceResource.PATH + "/" + s.id));
    }
}
