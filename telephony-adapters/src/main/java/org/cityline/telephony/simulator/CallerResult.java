package org.cityline.telephony.simulator;

import org.cityline.common.call.CallId;

/**
 * What became of something a simulated caller did (placed a call, pressed keys, hung up). Only
 * {@link Placed} and {@link Accepted} changed anything; the others say why not, in words fit for an
 * API client.
 */
public sealed interface CallerResult {

  /** A call was placed. */
  record Placed(CallId call) implements CallerResult {}

  /** The request was taken (keys queued for the call, the call hung up). */
  record Accepted() implements CallerResult {}

  /** The request itself is wrong (keys that are not keys, a number that is not a number). */
  record Invalid(String reason) implements CallerResult {}

  /** No such call, or it ended long enough ago to be forgotten. */
  record NoSuchCall(String reason) implements CallerResult {}

  /** The call has ended. */
  record CallOver(String reason) implements CallerResult {}

  /** The simulator cannot take the call now (too many calls, not connected to Cityline yet). */
  record Unavailable(String reason) implements CallerResult {}
}
