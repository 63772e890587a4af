package org.cityline.telephony.asterisk.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A protocol capture from {@code src/test/resources/asterisk/}: header lines starting with {@code
 * #}, then chunks, each a marker line ({@code #>> C->S +t len=N} from the client, {@code #<< S->C
 * +t len=N} from Asterisk), exactly N raw bytes and one {@code \n}; {@code #-- } lines between
 * chunks are annotations.
 */
public record Transcript(String name, List<Chunk> chunks) {

  private static final Pattern MARKER =
      Pattern.compile("#(>>|<<) (C->S|S->C) \\+[0-9.]+ len=([0-9]+)");

  /** Who sent a chunk. */
  public enum Direction {
    /** The client (Cityline's side: the AMI client, the FastAGI script). */
    CLIENT,
    /** Asterisk. */
    ASTERISK
  }

  /** One read or write on the socket, byte for byte. */
  public record Chunk(Direction direction, byte[] bytes) {
    public String text() {
      return new String(bytes, StandardCharsets.ISO_8859_1);
    }
  }

  public static Transcript load(String name) {
    try (InputStream in = Transcript.class.getResourceAsStream("/asterisk/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no transcript " + name);
      }
      return parse(name, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Transcript parse(String name, byte[] data) {
    List<Chunk> chunks = new ArrayList<>();
    int at = 0;
    while (at < data.length) {
      int end = indexOf(data, (byte) '\n', at);
      String line =
          new String(data, at, (end < 0 ? data.length : end) - at, StandardCharsets.ISO_8859_1);
      at = end < 0 ? data.length : end + 1;
      Matcher marker = MARKER.matcher(line);
      if (!marker.matches()) {
        continue; // header or annotation
      }
      int length = Integer.parseInt(marker.group(3));
      byte[] bytes = new byte[length];
      System.arraycopy(data, at, bytes, 0, length);
      at += length + 1; // the separator
      Direction direction = marker.group(1).equals(">>") ? Direction.CLIENT : Direction.ASTERISK;
      chunks.add(new Chunk(direction, bytes));
    }
    return new Transcript(name, List.copyOf(chunks));
  }

  /** Everything one side sent, concatenated. */
  public byte[] sentBy(Direction direction) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    chunks.stream().filter(c -> c.direction() == direction).forEach(c -> out.writeBytes(c.bytes()));
    return out.toByteArray();
  }

  /** The chunks Asterisk sent, in order. */
  public List<Chunk> fromAsterisk() {
    return chunks.stream().filter(c -> c.direction() == Direction.ASTERISK).toList();
  }

  private static int indexOf(byte[] data, byte value, int from) {
    for (int i = from; i < data.length; i++) {
      if (data[i] == value) {
        return i;
      }
    }
    return -1;
  }
}
