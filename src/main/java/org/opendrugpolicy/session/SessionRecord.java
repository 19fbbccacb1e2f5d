package org.opendrugpolicy.session;

import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import org.opendrugpolicy.source.Sourced;

/**
 * A record that belongs to one session (column session_id) and is named by an id of its own (column id): resolutions,
 * side events, meetings, scheduling decisions, bureau seats, conflicts. Its entity extends this and declares only its
 * own columns.
 */
@MappedSuperclass
public abstract class SessionRecord extends Sourced {
    @Id
    public String id;
    @ManyToOne
    public Session session;
}
