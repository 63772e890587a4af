package org.cityline.routing.engine;

/**
 * Whether this node leads: the leading node makes the offers, sweeps for overdue deadlines and
 * publishes the queues' figures. Leading is about efficiency, never safety: every change is an
 * atomic command in the shared store, so two nodes that both believe they lead (briefly, while the
 * cluster changes) make no wrong offer, they only race.
 */
public interface Leadership {

  /** Whether this node leads now. */
  boolean leads();

  /** Calls {@code listener} whenever leading may have changed (a member joined or left). */
  void onChange(Runnable listener);

  /** A single node, which always leads. */
  Leadership ALONE =
      new Leadership() {
        @Override
        public boolean leads() {
          return true;
        }

        @Override
        public void onChange(Runnable listener) {}
      };
}
