package org.cityline.telephony.asterisk.fake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A fake Asterisk Manager Interface server on loopback that speaks AMI as Asterisk 22 does, from
 * the captures: the banner, {@code Challenge} and {@code Login} (MD5 key or plain secret; a wrong
 * one answers {@code Authentication failed} and closes the socket), {@code CoreSettings}, {@code
 * Ping}, {@code Logoff}, unknown actions refused with Asterisk's message, every line CRLF. Other
 * actions go to an {@link Actions} (the {@link FakePbx}). Events go to every logged-in session; a
 * session can be fed raw bytes (captures, garbage) in chunks of any size.
 */
public final class FakeAmiServer implements AutoCloseable {

  /** Answers the actions the fake does not know itself. */
  public interface Actions {
    /**
     * @return the bytes to send back, or null when the action is unknown
     */
    String answer(AmiAction action);
  }

  private static final Transcript LOGIN = Transcript.load("ami_login_ping_logoff.txt");
  private static final Transcript LOGIN_FAILED = Transcript.load("ami_login_failed.txt");

  private final String user;
  private final String secret;
  private final ServerSocket server;
  private final List<Session> sessions = new CopyOnWriteArrayList<>();
  private final List<AmiAction> received = new CopyOnWriteArrayList<>();
  private final AtomicLong activity = new AtomicLong();
  private final Thread acceptor;
  private volatile Actions actions = action -> null;
  private volatile int chunkSize = Integer.MAX_VALUE;
  private volatile boolean refuseLogins;
  private volatile boolean closed;

  public FakeAmiServer(String user, String secret) throws IOException {
    this.user = user;
    this.secret = secret;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = Thread.ofVirtual().name("fake-ami-accept").start(this::accept);
  }

  public int port() {
    return server.getLocalPort();
  }

  public void answerWith(Actions answers) {
    this.actions = answers;
  }

  /** Splits every write into pieces of this many bytes (multi-chunk reads on the client). */
  public void writeInChunksOf(int bytes) {
    this.chunkSize = bytes;
  }

  /** Refuses every login from now on, as with a wrong secret. */
  public void refuseLogins(boolean refuse) {
    this.refuseLogins = refuse;
  }

  /** Logged-in sessions now. */
  public int loggedIn() {
    return (int) sessions.stream().filter(s -> s.loggedIn).count();
  }

  /** Every action received, in order. */
  public List<AmiAction> actions() {
    return List.copyOf(received);
  }

  /** Counts reads and writes; it stands still when nothing happens. */
  public long activity() {
    return activity.get();
  }

  /** Sends an event block (ending with an empty line) to every logged-in session. */
  public void emit(String event) {
    byte[] bytes = event.getBytes(StandardCharsets.ISO_8859_1);
    for (Session session : sessions) {
      if (session.loggedIn) {
        session.write(bytes);
      }
    }
  }

  /** Sends raw bytes to every logged-in session, exactly as given, in these chunks. */
  public void sendRaw(List<byte[]> chunks) {
    for (Session session : sessions) {
      if (session.loggedIn) {
        for (byte[] chunk : chunks) {
          session.writeWhole(chunk);
        }
      }
    }
  }

  /** Drops every connection, as a PBX restart does. */
  public void dropConnections() {
    for (Session session : sessions) {
      session.close();
    }
  }

  @Override
  public void close() {
    closed = true;
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    dropConnections();
    try {
      acceptor.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void accept() {
    while (!closed) {
      try {
        Socket socket = server.accept();
        Session session = new Session(socket);
        sessions.add(session);
        Thread.ofVirtual().name("fake-ami-session").start(session::run);
      } catch (IOException e) {
        return;
      }
    }
  }

  /** The chunks of a capture's reply to the action with this ActionID, with another ActionID. */
  private static String reply(Transcript transcript, String capturedId, String actionId) {
    StringBuilder out = new StringBuilder();
    boolean inReply = false;
    for (Transcript.Chunk chunk : transcript.chunks()) {
      if (chunk.direction() == Transcript.Direction.CLIENT) {
        if (inReply) {
          break;
        }
        inReply = chunk.text().contains("ActionID: " + capturedId + "\r\n");
        continue;
      }
      if (inReply) {
        out.append(chunk.text());
      }
    }
    return out.toString()
        .replace("ActionID: " + capturedId + "\r\n", "ActionID: " + actionId + "\r\n");
  }

  private final class Session {
    private final Socket socket;
    private final String challenge = Long.toString(System.nanoTime() % 1_000_000_000L);
    private volatile boolean loggedIn;

    Session(Socket socket) {
      this.socket = socket;
    }

    void run() {
      try (socket) {
        write("Asterisk Call Manager/11.0.0\r\n".getBytes(StandardCharsets.ISO_8859_1));
        InputStream in = socket.getInputStream();
        while (!closed) {
          AmiAction action = read(in);
          if (action == null) {
            return;
          }
          activity.incrementAndGet();
          received.add(action);
          if (!handle(action)) {
            return;
          }
        }
      } catch (IOException e) {
        // the client left
      } finally {
        loggedIn = false;
        sessions.remove(this);
      }
    }

    /**
     * @return false when the session ends
     */
    private boolean handle(AmiAction action) {
      if (action.is("Challenge")) {
        write(action.respond("Success", "Challenge: " + challenge));
        return true;
      }
      if (action.is("Login")) {
        return login(action);
      }
      if (!loggedIn) {
        write(action.respond("Error", "Message: Permission denied"));
        return true;
      }
      if (action.is("CoreSettings")) {
        write(reply(LOGIN, "coresettings-1", action.actionId()));
      } else if (action.is("Ping")) {
        write(reply(LOGIN, "ping-1", action.actionId()));
      } else if (action.is("Logoff")) {
        write(reply(LOGIN, "logoff-1", action.actionId()));
        return false;
      } else {
        String answer = actions.answer(action);
        write(
            answer != null
                ? answer
                : action.respond(
                    "Error",
                    "Message: Invalid/unknown command: "
                        + action.name()
                        + ". Use Action: ListCommands to show available commands."));
      }
      return true;
    }

    private boolean login(AmiAction action) {
      boolean userOk = user.equals(action.get("Username").orElse(""));
      boolean keyOk =
          action.get("Key").map(key -> key.equalsIgnoreCase(md5(challenge + secret))).orElse(false)
              || action.get("Secret").map(secret::equals).orElse(false);
      if (refuseLogins || !userOk || !keyOk) {
        write(reply(LOGIN_FAILED, "login-1", action.actionId()));
        return false; // Asterisk closes the socket after a failed login
      }
      write(reply(LOGIN, "login-1", action.actionId()));
      loggedIn = true;
      return true;
    }

    void write(String text) {
      write(text.getBytes(StandardCharsets.ISO_8859_1));
    }

    synchronized void write(byte[] bytes) {
      int size = chunkSize;
      for (int at = 0; at < bytes.length; at += size) {
        writeWhole(java.util.Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size)));
      }
    }

    synchronized void writeWhole(byte[] bytes) {
      try {
        OutputStream out = socket.getOutputStream();
        out.write(bytes);
        out.flush();
        activity.incrementAndGet();
      } catch (IOException e) {
        close();
      }
    }

    void close() {
      try {
        socket.close();
      } catch (IOException e) {
        // gone anyway
      }
    }

    private AmiAction read(InputStream in) throws IOException {
      List<String[]> headers = new ArrayList<>();
      while (true) {
        String line = readLine(in);
        if (line == null) {
          return null;
        }
        if (line.isEmpty()) {
          if (headers.isEmpty()) {
            continue;
          }
          return new AmiAction(List.copyOf(headers));
        }
        int colon = line.indexOf(':');
        if (colon > 0) {
          headers.add(
              new String[] {line.substring(0, colon).strip(), line.substring(colon + 1).strip()});
        }
      }
    }

    private String readLine(InputStream in) throws IOException {
      ByteArrayOutputStream line = new ByteArrayOutputStream();
      int b;
      while ((b = in.read()) >= 0) {
        if (b == '\n') {
          byte[] bytes = line.toByteArray();
          int length =
              bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
          return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
        }
        line.write(b);
      }
      return null;
    }
  }

  private static String md5(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
