package org.cityline.accounts.desk;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cityline.accounts.AccountNumber;
import org.cityline.accounts.Usernames;
import org.cityline.common.ContactId;
import org.cityline.common.PhoneNumber;

/**
 * An agent puts a landlord agreement on a rental property's account.
 *
 * @param account the rental property's account
 * @param landlord the landlord's name: 2 to 80 letters, digits, spaces and {@code . , ' & -}
 * @param landlordPhone where the landlord is reached
 * @param contact the contact it comes from
 * @param actor the agent
 * @param at when
 */
public record LandlordAgreementRequest(
    AccountNumber account,
    String landlord,
    PhoneNumber landlordPhone,
    Optional<ContactId> contact,
    String actor,
    Instant at) {

  /** The longest landlord name, in characters. */
  public static final int MAX_NAME = 80;

  private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}0-9 .,'&-]{2,80}");

  public LandlordAgreementRequest {
    if (account == null || landlordPhone == null || contact == null || at == null) {
      throw new IllegalArgumentException("a landlord agreement needs every field");
    }
    Usernames.require("a landlord agreement's actor", actor);
    landlord = requireName(landlord);
  }

  /**
   * A landlord's name, stripped, if it is one.
   *
   * @throws IllegalArgumentException saying what is wrong, in words fit to show an agent
   */
  public static String requireName(String text) {
    String name = text == null ? "" : text.strip();
    if (name.isEmpty()) {
      throw new IllegalArgumentException("Enter the landlord's name.");
    }
    if (name.length() > MAX_NAME) {
      throw new IllegalArgumentException(
          "A landlord's name is at most " + MAX_NAME + " characters.");
    }
    if (!NAME.matcher(name).matches() || !name.chars().anyMatch(Character::isLetter)) {
      throw new IllegalArgumentException(
          "A landlord's name has letters, digits, spaces and . , ' & - only.");
    }
    return name;
  }
}
