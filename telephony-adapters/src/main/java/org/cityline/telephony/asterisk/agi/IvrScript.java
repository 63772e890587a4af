package org.cityline.telephony.asterisk.agi;

import java.util.Optional;
import java.util.regex.Pattern;
import org.asteriskjava.fastagi.AgiChannel;
import org.asteriskjava.fastagi.AgiRequest;
import org.asteriskjava.fastagi.AgiScript;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallEvent;
import org.cityline.common.call.CallId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FastAGI script {@code cityline}: each AGI channel becomes a call in Cityline's IVR. It reads
 * the channel from the AGI environment (uniqueid, channel, language, caller id, the number dialed)
 * and runs an {@link AgiSession} until the caller hangs up, the IVR hangs up, or Cityline hands the
 * channel back to the dialplan to bridge it to an agent.
 */
public final class IvrScript implements AgiScript {

  private static final Logger log = LoggerFactory.getLogger(IvrScript.class);
  private static final Pattern UNIQUE_ID = Pattern.compile("[0-9]{1,20}\\.[0-9]{1,10}");
  private static final Pattern CHANNEL = Pattern.compile("[A-Za-z0-9]{1,16}/[^\\s]{1,120}");

  private final IvrCalls calls;
  private final PhoneNumber utilityNumber;
  private final String musicClass;

  /**
   * @param utilityNumber the number dialed when the channel does not tell
   * @param musicClass the music-on-hold class for waiting callers
   */
  public IvrScript(IvrCalls calls, PhoneNumber utilityNumber, String musicClass) {
    this.calls = calls;
    this.utilityNumber = utilityNumber;
    this.musicClass = musicClass;
  }

  @Override
  public void service(AgiRequest request, AgiChannel channel) {
    String peer =
        request.getRemoteAddress() == null ? "?" : request.getRemoteAddress().getHostAddress();
    String uniqueId = request.getUniqueId();
    String channelName = request.getChannel();
    if (uniqueId == null || !UNIQUE_ID.matcher(uniqueId).matches()) {
      log.warn(
          "FastAGI request from {} has no valid agi_uniqueid ({}): not a call; closed",
          peer,
          shorten(uniqueId));
      return;
    }
    if (channelName == null || !CHANNEL.matcher(channelName).matches()) {
      log.warn(
          "FastAGI request from {} has no valid agi_channel ({}): not a call; closed",
          peer,
          shorten(channelName));
      return;
    }
    Language language = Language.fromTag(request.getLanguage()).orElse(Language.ENGLISH);
    Optional<CallId> call = calls.open(uniqueId, channelName, language);
    if (call.isEmpty()) {
      log.warn("refused {} ({}): Cityline takes no more calls", channelName, uniqueId);
      return;
    }
    CallEvent.CallArrived arrived =
        new CallEvent.CallArrived(
            call.get(),
            PhoneNumber.parse(request.getCallerIdNumber()),
            dialed(request),
            language,
            calls.clock().instant());
    log.info("{} arrived on {} from {}", call.get(), channelName, peer);
    new AgiSession(calls, channel, call.get(), musicClass).run(arrived);
  }

  private PhoneNumber dialed(AgiRequest request) {
    String[] arguments = request.getArguments();
    if (arguments != null && arguments.length > 0) {
      Optional<PhoneNumber> argument = PhoneNumber.parse(arguments[0]);
      if (argument.isPresent()) {
        return argument.get();
      }
    }
    return PhoneNumber.parse(request.getDnid())
        .or(() -> PhoneNumber.parse(request.getExtension()))
        .orElse(utilityNumber);
  }

  private static String shorten(String value) {
    if (value == null) {
      return "missing";
    }
    return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
  }
}
