package org.cityline.ivr.hazelcast;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cityline.accounts.AccountNumber;
import org.cityline.common.ContactId;
import org.cityline.common.Language;
import org.cityline.common.PhoneNumber;
import org.cityline.common.call.CallId;
import org.cityline.ivr.flow.Session;
import org.cityline.routing.TrailStep;

/**
 * The stored form of a {@link Session}: a small versioned binary record (a typical session is a few
 * hundred bytes; the trail is capped, so a session stays well under 4 KB). Decoding checks the
 * version, so a node never misreads a session written by another version.
 */
public final class SessionCodec {

  /** The first byte of every stored session. */
  public static final int VERSION = 2;

  private SessionCodec() {}

  public static byte[] encode(Session session) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeByte(VERSION);
      out.writeUTF(session.flow());
      out.writeUTF(session.call().toString());
      out.writeUTF(session.contact().value());
      writeOptional(out, session.caller().map(PhoneNumber::e164));
      writeInstant(out, session.arrivedAt());
      out.writeByte(session.language().ordinal());
      out.writeUTF(session.step());
      out.writeUTF(session.repeatFrom());
      out.writeByte(session.retries());
      writeOptional(out, session.account().map(AccountNumber::value));
      out.writeBoolean(session.verified());
      out.writeByte(session.failedAttempts());
      out.writeBoolean(session.served());
      out.writeByte(session.trail().size());
      for (TrailStep step : session.trail()) {
        out.writeUTF(step.step());
        out.writeUTF(step.summary());
        writeInstant(out, step.at());
      }
      Map<String, String> values = new TreeMap<>(session.values());
      out.writeByte(values.size());
      for (Map.Entry<String, String> value : values.entrySet()) {
        out.writeUTF(value.getKey());
        out.writeUTF(value.getValue());
      }
      writeOptional(out, session.reason());
      out.writeByte(session.stage().ordinal());
      writeOptional(out, session.outcome());
      out.writeUTF(session.lastEvent());
      out.writeBoolean(session.queued());
      out.writeInt(session.prompts());
    } catch (IOException e) {
      throw new UncheckedIOException("could not encode " + session, e);
    }
    return bytes.toByteArray();
  }

  public static Session decode(byte[] stored) {
    int version = stored.length == 0 ? -1 : stored[0] & 0xff;
    if (version != VERSION) {
      throw new IllegalStateException(
          "a stored IVR session has format "
              + version
              + " but this node reads format "
              + VERSION
              + "; run one Cityline version per cluster");
    }
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(stored))) {
      in.readUnsignedByte();
      String flow = in.readUTF();
      CallId call = CallId.parse(in.readUTF());
      ContactId contact = new ContactId(in.readUTF());
      Optional<PhoneNumber> caller = readOptional(in).map(PhoneNumber::new);
      Instant arrivedAt = readInstant(in);
      Language language = Language.values()[in.readUnsignedByte()];
      String step = in.readUTF();
      String repeatFrom = in.readUTF();
      int retries = in.readUnsignedByte();
      Optional<AccountNumber> account = readOptional(in).map(AccountNumber::new);
      boolean verified = in.readBoolean();
      int failedAttempts = in.readUnsignedByte();
      boolean served = in.readBoolean();
      int trailSize = in.readUnsignedByte();
      List<TrailStep> trail = new ArrayList<>(trailSize);
      for (int i = 0; i < trailSize; i++) {
        trail.add(new TrailStep(in.readUTF(), in.readUTF(), readInstant(in)));
      }
      int valueCount = in.readUnsignedByte();
      Map<String, String> values = new TreeMap<>();
      for (int i = 0; i < valueCount; i++) {
        values.put(in.readUTF(), in.readUTF());
      }
      Optional<String> reason = readOptional(in);
      Session.Stage stage = Session.Stage.values()[in.readUnsignedByte()];
      Optional<String> outcome = readOptional(in);
      String lastEvent = in.readUTF();
      boolean queued = in.readBoolean();
      int prompts = in.readInt();
      return new Session(
          flow,
          call,
          contact,
          caller,
          arrivedAt,
          language,
          step,
          repeatFrom,
          retries,
          account,
          verified,
          failedAttempts,
          served,
          trail,
          values,
          reason,
          stage,
          outcome,
          lastEvent,
          queued,
          prompts);
    } catch (IOException | RuntimeException e) {
      throw new IllegalStateException(
          "a stored IVR session (" + stored.length + " bytes) could not be read", e);
    }
  }

  private static void writeOptional(DataOutputStream out, Optional<String> value)
      throws IOException {
    out.writeBoolean(value.isPresent());
    if (value.isPresent()) {
      out.writeUTF(value.get());
    }
  }

  private static Optional<String> readOptional(DataInputStream in) throws IOException {
    return in.readBoolean() ? Optional.of(in.readUTF()) : Optional.empty();
  }

  private static void writeInstant(DataOutputStream out, Instant instant) throws IOException {
    out.writeLong(instant.getEpochSecond());
    out.writeInt(instant.getNano());
  }

  private static Instant readInstant(DataInputStream in) throws IOException {
    return Instant.ofEpochSecond(in.readLong(), in.readInt());
  }
}
