package org.opendrugpolicy.session;

import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.opendrugpolicy.source.Sourced;

/**
 * A record that belongs to one session (column session_id): resolutions, side events, meetings, scheduling decisions,
 * bureau seats, conflicts. Its entity extends this and declares only its own columns.
 */
@MappedSuperclass
public abstract class SessionRecord extends Sourced {
    @ManyToOne
    public Session session;
}
