package org.cityline.ivr;

import java.util.Optional;
import java.util.function.Consumer;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flow.Session;

/**
 * Where IVR sessions live between a caller's keys, keyed by call, shared by every node so the next
 * event may land anywhere. Events for one call are applied one at a time: {@link #lock} holds the
 * call's session until the lease is closed, so two events never both read the same old session.
 *
 * <pre>{@code
 * try (SessionStore.Lease lease = store.lock(callId)) {
 *   Optional<Session> session = lease.session();
 *   ...
 *   lease.save(next); // or lease.remove()
 * }
 * }</pre>
 */
public interface SessionStore {

  /** Waits for and takes the call's lock; closing the lease releases it. */
  Lease lock(CallId call);

  /**
   * Calls {@code listener} once for each session that expires: its call ended without the IVR
   * hearing of it (a lost hang-up), so the contact is still to be recorded. The listener runs on a
   * thread of the store's choosing and may block.
   */
  void onExpired(Consumer<Session> listener);

  /** Exclusive use of one call's session until closed. */
  interface Lease extends AutoCloseable {

    /** The stored session, or empty when there is none (never started, ended, or expired). */
    Optional<Session> session();

    /** Stores the session, restarting its time to live. */
    void save(Session session);

    /** Removes the session; nothing is left behind for the call. */
    void remove();

    /** Releases the lock. */
    @Override
    void close();
  }
}
