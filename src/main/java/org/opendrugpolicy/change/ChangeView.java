package org.opendrugpolicy.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.opendrugpolicy.api.AbsoluteLinks;

@Schema(name = "Change", description = "What happened to one record since the given instant: its net change over the releases covered.")
record ChangeView(
        @Schema(required = true, description = "The table (as in data/ and /api/v1/exports).", examples = "side_events") String table,
        @Schema(required = true, description = "The record's id: its primary key; for a composite key, the key's fields joined with | in "
                + "primaryKey order (sponsorships: resolution|country, side_event_hosts: side event|position).", examples = "cnd-68-clarifying-harm-reduction") String id,
        @Schema(required = true, enumeration = {"created", "updated", "deleted"}, description = "created: it did not exist at since and does now; "
                + "updated: it existed then and now, and changed; deleted: it existed then and does not now. A record created and deleted "
                + "after since is not listed.", examples = "updated") String change,
        @Schema(required = true, description = "The release that last changed it.", examples = "2026.11.23") String release,
        @Schema(required = true, description = "That release's instant (its date at 00:00:00Z): the record's updatedAt, unless deleted.",
                examples = "2026-11-23T00:00:00Z") Instant changedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "Where the record is served, for a record that exists and has an endpoint of its own.",
                examples = "https://api.opendrugpolicy.org/api/v1/side-events/cnd-68-clarifying-harm-reduction") String href,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "For a row with no endpoint of its own that belongs to a record (a resolution's roll-call vote or sponsorship, "
                + "a side event's host): where that record is served, whose id is the first part of this id. For an inferred value "
                + "(table|record id|field): the record the value belongs to, or the record that holds that row. Given for a deleted row too; "
                + "the record may itself have changed or gone, which its own entry says. Absent for reported activities, which only the "
                + "exports serve.",
                examples = "https://api.opendrugpolicy.org/api/v1/resolutions/cnd-68-l6") @JsonSerialize(using = AbsoluteLinks.Serializer.class) String partOf) {}
