# Sourced by ./cityline and .ci/run: points JAVA_HOME at a JDK 21 or newer.
# Looks, in order, at JAVA_HOME, the `java` on PATH and the usual install folders,
# and takes the first JDK whose major version is at least 21 (the newest among the
# install folders). Stops with one line saying what to install when there is none.

cityline_jdk_major() { # $1 = a JDK home; prints its major version, or nothing
  local home="$1" version=""
  [ -x "$home/bin/java" ] && [ -x "$home/bin/javac" ] || return 0
  if [ -r "$home/release" ]; then
    version=$(sed -n 's/^JAVA_VERSION="\([^"]*\)".*/\1/p' "$home/release")
  fi
  if [ -z "$version" ]; then
    version=$("$home/bin/java" -version 2>&1 | sed -n 's/.*version "\([^"]*\)".*/\1/p' | head -n 1)
  fi
  version=${version#1.}
  printf '%s\n' "${version%%[.+-]*}"
}

cityline_find_jdk() {
  local minimum=21 candidate major best="" best_major=0
  if [ -n "${JAVA_HOME:-}" ]; then
    major=$(cityline_jdk_major "$JAVA_HOME")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then return 0; fi
  fi
  if command -v javac >/dev/null 2>&1; then
    candidate=$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")
    major=$(cityline_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ]; then JAVA_HOME="$candidate"; export JAVA_HOME; return 0; fi
  fi
  for candidate in /usr/lib/jvm/* /usr/java/* /opt/java/* /opt/jdk* /opt/*/jdk* \
      "$HOME"/.sdkman/candidates/java/* "$HOME"/.jdks/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -d "$candidate" ] || continue
    major=$(cityline_jdk_major "$candidate")
    if [ -n "$major" ] && [ "$major" -ge "$minimum" ] && [ "$major" -gt "$best_major" ]; then
      best="$candidate"; best_major="$major"
    fi
  done
  if [ -n "$best" ]; then JAVA_HOME="$best"; export JAVA_HOME; return 0; fi
  echo "cityline: no JDK 21 or newer found (looked at JAVA_HOME, PATH and /usr/lib/jvm); install one, e.g. 'apt-get install openjdk-21-jdk' or Temurin 21+, then run again." >&2
  return 1
}

cityline_find_jdk || exit 1
PATH="$JAVA_HOME/bin:$PATH"
CITYLINE_JDK_MAJOR=$(cityline_jdk_major "$JAVA_HOME")
export PATH CITYLINE_JDK_MAJOR
