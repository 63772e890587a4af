package org.cityline.telephony.asterisk;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * How Cityline reaches one Asterisk PBX.
 *
 * @param agiAddress the address the FastAGI server listens on ({@code 0.0.0.0} for all)
 * @param agiPort the FastAGI port (Asterisk's default is 4573)
 * @param allowedPbx the addresses of the PBXs allowed to open FastAGI sessions; others are refused
 * @param amiHost the PBX's host for the Asterisk Manager Interface
 * @param amiPort the AMI port (5038)
 * @param amiUser the manager.conf user
 * @param amiSecret its secret (never shown by {@link #toString()})
 * @param agentRingTime how long an agent's phone rings before the leg counts as not answered
 * @param callbackDial the dial string for callbacks, {@code {number}} replaced by the customer's
 *     number without '+' (e.g. {@code PJSIP/{number}@utility-trunk})
 * @param musicClass the music-on-hold class waiting callers hear
 * @param utilityNumber the number callers dial, used when the channel does not say (agi_dnid and
 *     the AGI's first argument are not phone numbers); callbacks show it as caller id
 */
public record AsteriskSettings(
    String agiAddress,
    int agiPort,
    List<String> allowedPbx,
    String amiHost,
    int amiPort,
    String amiUser,
    String amiSecret,
    Duration agentRingTime,
    String callbackDial,
    String musicClass,
    org.cityline.common.PhoneNumber utilityNumber) {

  /** The FastAGI script path the dialplan names: {@code AGI(agi://host:4573/cityline)}. */
  public static final String SCRIPT = "cityline";

  /** Where agent legs wait until bridged (the dialplan's {@code [cityline-agent]}). */
  public static final String AGENT_CONTEXT = "cityline-agent";

  /** Where a caller is bridged to the agent in {@code CITYLINE_AGENT}. */
  public static final String BRIDGE_CONTEXT = "cityline-bridge";

  /** Where a held caller hears music. */
  public static final String HOLD_CONTEXT = "cityline-hold";

  /**
   * Where agents (and the caller, when not held) talk in a ConfBridge named in {@code
   * CITYLINE_CONFERENCE}: a warm transfer's consult, a conference of three.
   */
  public static final String CONFERENCE_CONTEXT = "cityline-conference";

  /** Where an answered callback waits (with music) for its agent. */
  public static final String CALLBACK_CONTEXT = "cityline-callback";

  public AsteriskSettings {
    requireText(agiAddress, "asterisk.agi.address");
    if (agiPort < 1 || agiPort > 65535) {
      throw new IllegalArgumentException("asterisk.agi.port must be 1 to 65535, was " + agiPort);
    }
    allowedPbx = List.copyOf(Objects.requireNonNull(allowedPbx, "asterisk.agi.allowed-pbx"));
    if (allowedPbx.isEmpty()) {
      throw new IllegalArgumentException(
          "asterisk.agi.allowed-pbx names no PBX: list the addresses of the PBXs that may connect");
    }
    requireText(amiHost, "asterisk.ami.host");
    if (amiPort < 1 || amiPort > 65535) {
      throw new IllegalArgumentException("asterisk.ami.port must be 1 to 65535, was " + amiPort);
    }
    requireText(amiUser, "asterisk.ami.user");
    requireText(amiSecret, "asterisk.ami.secret");
    if (agentRingTime == null || agentRingTime.isNegative() || agentRingTime.isZero()) {
      throw new IllegalArgumentException("asterisk.agent-ring-time must be positive");
    }
    requireText(callbackDial, "asterisk.callback.dial");
    if (!callbackDial.contains("{number}")) {
      throw new IllegalArgumentException(
          "asterisk.callback.dial must contain {number}, e.g. PJSIP/{number}@utility-trunk");
    }
    requireText(musicClass, "asterisk.music-class");
    Objects.requireNonNull(utilityNumber, "asterisk.utility-number is missing");
  }

  private static void requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " is missing");
    }
  }

  @Override
  public String toString() {
    return "AsteriskSettings[agi="
        + agiAddress
        + ":"
        + agiPort
        + ", allowedPbx="
        + allowedPbx
        + ", ami="
        + amiUser
        + "@"
        + amiHost
        + ":"
        + amiPort
        + ", agentRingTime="
        + agentRingTime
        + ", callbackDial="
        + callbackDial
        + ", musicClass="
        + musicClass
        + ", utilityNumber="
        + utilityNumber
        + "]";
  }
}
