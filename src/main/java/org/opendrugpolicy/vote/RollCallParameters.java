package org.opendrugpolicy.vote;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.opendrugpolicy.api.PageParameters;
import org.opendrugpolicy.api.PageRequest;
import org.opendrugpolicy.api.ParameterErrors;

/** The query parameters of every roll-call (as a {@code @BeanParam}): {@code vote} and the paging of every list. */
public class RollCallParameters {
    @QueryParam("vote")
    @Parameter(description = "Only rows with this vote.", schema = @Schema(enumeration = {"in-favour", "against", "abstaining"}))
    String vote;

    @BeanParam
    PageParameters paging;

    @Context
    UriInfo uri;

    /** What a request asks of a roll-call: one vote or all (null), and the page. */
    public record Request(String vote, PageRequest page, UriInfo uri) {}

    /** The parameters read together, or one 400 problem naming every bad one. */
    public Request read() {
        var errors = ParameterErrors.ofRequest();
        String voteValue = errors.oneOf("vote", vote, RecordedVotes.VOTES);
        PageRequest page = paging.request(errors);
        errors.throwIfAny();
        return new Request(voteValue, page, uri);
    }
}
