package org.cityline.ivr;

import org.cityline.common.call.CallId;

/**
 * Whether the phone system carrying a call captures card and bank payments itself (a payment
 * connector, {@link org.cityline.common.call.CallControl#capturesPayments()}). On such calls the
 * IVR hands the capture over; on the others it asks for the digits with masked entries.
 */
@FunctionalInterface
public interface PaymentCapture {

  /** No phone system captures payments: masked entries everywhere. */
  PaymentCapture NONE = call -> false;

  boolean capturesPayments(CallId call);
}
