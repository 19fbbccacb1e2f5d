package org.opendrugpolicy.api;

/**
 * A body that is one page of a list, whatever its meta holds ({@link ListPage}, the change feed's and the roll-calls'
 * pages): {@link Answers} repeats its links in the RFC 8288 Link header, and the contract declares that header on every
 * operation whose body has {@code links} of this form.
 */
public interface Paged {
    ListPage.Links links();
}
