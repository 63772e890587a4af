package org.cityline.telephony.asterisk.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.cityline.common.time.Scheduler;

/**
 * The PBX's side of one FastAGI session: answers each command line as Asterisk 22 does (replies
 * from the captures: {@code 200 result=...}, {@code 510}, {@code 511} on a dead channel, {@code
 * HANGUP} before the first reply after a hang-up).
 */
final class AgiCommands {

  private static final String DEAD =
      "511 Command Not Permitted on a dead channel or intercept routine\n";

  private final FakePbx pbx;
  private final FakeChannel channel;

  AgiCommands(FakePbx pbx, FakeChannel channel) {
    this.pbx = pbx;
    this.channel = channel;
  }

  /**
   * Whether a blocked command must go on waiting (no key it could take, no hang-up, no timeout).
   */
  static boolean stillBlocked(FakeChannel channel) {
    return channel.keys.isEmpty() && !channel.agiDead && !channel.timedOut;
  }

  String run(String line) throws InterruptedException {
    pbx.lock.lock();
    try {
      List<String> words = words(line);
      String verb = words.isEmpty() ? "" : words.getFirst().toUpperCase(Locale.ROOT);
      if (channel.agiDead) {
        String prefix = channel.hangupLinePending ? "HANGUP\n" : "";
        channel.hangupLinePending = false;
        boolean allowed =
            verb.equals("VERBOSE")
                || verb.equals("NOOP")
                || line.startsWith("SET VARIABLE")
                || line.startsWith("GET VARIABLE");
        return prefix + (allowed ? "200 result=1\n" : DEAD);
      }
      return switch (verb) {
        case "ANSWER" -> {
          channel.answered = true;
          yield "200 result=0\n";
        }
        case "NOOP" -> "200 result=0\n";
        case "VERBOSE" -> {
          if (words.size() > 1 && words.get(1).startsWith("cityline:")) {
            channel.heard.add(new ArrayList<>());
          }
          yield "200 result=1\n";
        }
        case "STREAM" -> play(words.get(2), words.size() > 3 ? words.get(3) : "", true);
        case "SAY" -> say(words);
        case "GET" -> line.startsWith("GET DATA") ? getData(words) : "200 result=0\n";
        case "WAIT" -> waitForDigit(Integer.parseInt(words.get(3)));
        case "SET" -> set(words);
        case "HANGUP" -> {
          pbx.hangUp(channel);
          channel.hangupLinePending = false;
          yield "200 result=1\n";
        }
        default -> "510 Invalid or unknown command\n";
      };
    } finally {
      pbx.lock.unlock();
    }
  }

  private String play(String sound, String escape, boolean file) {
    channel.music = false;
    channel.hear(sound);
    Character key = channel.keys.peek();
    if (key != null && escape.indexOf(key) >= 0) {
      channel.keys.poll();
      return "200 result=" + (int) key + (file ? " endpos=1234" : "") + "\n";
    }
    return "200 result=0" + (file ? " endpos=8000" : "") + "\n";
  }

  private String say(List<String> words) {
    String what = words.get(1).toUpperCase(Locale.ROOT);
    String value = words.get(2);
    String escape = words.size() > 3 ? words.get(3) : "";
    String sound =
        switch (what) {
          case "DIGITS" -> "digits:" + value;
          case "NUMBER" -> "number:" + value;
          case "DATETIME" ->
              "date:"
                  + LocalDate.ofInstant(
                      Instant.ofEpochSecond(Long.parseLong(value)), ZoneOffset.UTC);
          default -> "say:" + value;
        };
    return play(sound, escape, false);
  }

  private String set(List<String> words) {
    String what = words.size() > 1 ? words.get(1).toUpperCase(Locale.ROOT) : "";
    if (what.equals("MUSIC")) {
      channel.music = words.get(2).equalsIgnoreCase("ON");
      return "200 result=0\n";
    }
    if (what.equals("VARIABLE")) {
      channel.variables.put(words.get(2), words.size() > 3 ? words.get(3) : "");
      return "200 result=1\n";
    }
    return "510 Invalid or unknown command\n";
  }

  private String getData(List<String> words) throws InterruptedException {
    String file = words.get(2);
    long timeout = words.size() > 3 ? Long.parseLong(words.get(3)) : 6000;
    int max = words.size() > 4 ? Integer.parseInt(words.get(4)) : 1024;
    channel.music = false;
    if (!file.startsWith("silence/")) {
      channel.hear(file);
    }
    StringBuilder keys = new StringBuilder();
    Scheduler.Timer timer = startTimer(timeout);
    try {
      while (true) {
        while (!channel.keys.isEmpty() && keys.length() < max) {
          char key = channel.keys.poll();
          timer.cancel();
          timer = startTimer(timeout);
          if (key == '#') {
            return "200 result=" + keys + "\n";
          }
          keys.append(key);
        }
        if (keys.length() >= max) {
          return "200 result=" + keys + "\n";
        }
        if (channel.agiDead) {
          return "200 result=-1\n";
        }
        if (channel.timedOut) {
          return "200 result=" + keys + " (timeout)\n";
        }
        block();
      }
    } finally {
      timer.cancel();
      channel.timedOut = false;
    }
  }

  private String waitForDigit(int timeout) throws InterruptedException {
    Scheduler.Timer timer = timeout < 0 ? () -> false : startTimer(timeout);
    try {
      while (true) {
        if (!channel.keys.isEmpty()) {
          return "200 result=" + (int) channel.keys.poll() + "\n";
        }
        if (channel.agiDead) {
          return "200 result=-1\n";
        }
        if (channel.timedOut) {
          return "200 result=0\n";
        }
        block();
      }
    } finally {
      timer.cancel();
      channel.timedOut = false;
    }
  }

  private Scheduler.Timer startTimer(long millis) {
    channel.timedOut = false;
    return pbx.timers.schedule(
        java.time.Duration.ofMillis(millis),
        () -> {
          pbx.lock.lock();
          try {
            channel.timedOut = true;
            pbx.changed.signalAll();
            pbx.activity.incrementAndGet();
          } finally {
            pbx.lock.unlock();
          }
        });
  }

  private void block() throws InterruptedException {
    channel.blocked = true;
    try {
      pbx.changed.await();
    } finally {
      channel.blocked = false;
    }
  }

  /** Splits a command line into words; quoted words keep their spaces, {@code \"} escapes. */
  static List<String> words(String line) {
    List<String> words = new ArrayList<>();
    StringBuilder word = null;
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '\\' && i + 1 < line.length()) {
          word.append(line.charAt(++i));
        } else if (c == '"') {
          quoted = false;
        } else {
          word.append(c);
        }
      } else if (c == '"') {
        quoted = true;
        if (word == null) {
          word = new StringBuilder();
        }
      } else if (c == ' ') {
        if (word != null) {
          words.add(word.toString());
          word = null;
        }
      } else {
        if (word == null) {
          word = new StringBuilder();
        }
        word.append(c);
      }
    }
    if (word != null) {
      words.add(word.toString());
    }
    return words;
  }
}
