package org.cityline.accounts.desk;

import java.time.LocalDate;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.PhoneNumber;

/**
 * A landlord agreement in force on a rental property's account: between tenants the landlord takes
 * the service back in their name, so a tenant moving out does not turn it off. Ending one needs a
 * specialist ({@link AgentAccountWork#cancelLandlordAgreement}).
 *
 * @param id the agreement's number
 * @param account the rental property's account
 * @param landlord the landlord's name (a person or a property manager)
 * @param landlordPhone where the landlord is reached
 * @param since when it took effect
 */
public record LandlordAgreement(
    long id, AccountNumber account, String landlord, PhoneNumber landlordPhone, LocalDate since) {

  public LandlordAgreement {
    if (account == null || landlord == null || landlordPhone == null || since == null) {
      throw new IllegalArgumentException("a landlord agreement needs every field");
    }
  }
}
