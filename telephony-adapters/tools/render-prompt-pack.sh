#!/usr/bin/env bash
# Renders Cityline's prompt pack for Asterisk from the IVR's prompt texts, with espeak-ng and sox:
# one 8 kHz mono 16-bit WAV per phrase, as cityline/<lang>/<id>.wav under the output folder.
#
#   telephony-adapters/tools/render-prompt-pack.sh [output-folder]      (default: ./sounds)
#   DRY_RUN=1 telephony-adapters/tools/render-prompt-pack.sh             (print, render nothing)
#
# Then copy <output-folder>/cityline to the PBX's sounds folder (/var/lib/asterisk/sounds/).
# A prompt with values ({0}, {1} ...) becomes several phrases: the text before the first value is
# <id>, the text after each value <id>-2, <id>-3 ...; Asterisk says the values itself. Replace any
# file with a studio recording of the same name (8 kHz mono WAV) at any time.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
prompts="$here/../../ivr/src/main/resources/org/cityline/ivr/prompts"
out="${1:-sounds}"

run() {
  if [[ -n "${DRY_RUN:-}" ]]; then echo "$*"; else "$@"; fi
}

if [[ -z "${DRY_RUN:-}" ]]; then
  command -v espeak-ng >/dev/null || { echo "espeak-ng is missing (apt-get install espeak-ng)" >&2; exit 1; }
  command -v sox >/dev/null || { echo "sox is missing (apt-get install sox)" >&2; exit 1; }
fi

# phrase <lang> <voice> <id> <text>
phrase() {
  local folder="$out/cityline/$1" file="$out/cityline/$1/$3.wav" tmp
  run mkdir -p "$folder"
  if [[ ! "$4" =~ [[:alnum:]] ]]; then
    run sox -n -r 8000 -c 1 -b 16 "$file" trim 0.0 0.15   # punctuation only: a short pause
    return
  fi
  tmp="$(mktemp --suffix=.wav)"
  run espeak-ng -v "$2" -s 150 -w "$tmp" "$4"
  run sox "$tmp" -r 8000 -c 1 -b 16 "$file" gain -n -1   # normalised to -1 dBFS: no clipping
  rm -f "$tmp"
}

# render <properties> <lang> <voice>
render() {
  local count=0
  while IFS= read -r line || [[ -n "$line" ]]; do
    [[ -z "$line" || "$line" == \#* || "$line" != *=* ]] && continue
    local id="${line%%=*}" text="${line#*=}" part=1
    id="${id// /}"
    # split on {n}: the text before the first value is <id>, then <id>-2, <id>-3 ...
    IFS=$'\x1f' read -r -a pieces <<<"$(sed -E 's/\{[0-9]+\}/\x1f/g' <<<"$text")"
    for piece in "${pieces[@]}"; do
      local name="$id"
      (( part > 1 )) && name="$id-$part"
      piece="$(sed -E 's/^ +| +$//g' <<<"$piece")"
      [[ -n "$piece" ]] && phrase "$2" "$3" "$name" "$piece"
      part=$((part + 1))
      count=$((count + 1))
    done
  done <"$1"
  echo "$2: $count phrases from $(basename "$1")" >&2
}

render "$prompts/prompts_en_US.properties" en en-us
render "$prompts/prompts_es_US.properties" es es-419

# The words Cityline says around amounts (Asterisk's SAY NUMBER says the numbers).
for pair in "dollars:dollars" "dollar:dollar" "and:and" "cents:cents" "cent:cent" "minus:minus"; do
  phrase en en-us "${pair%%:*}" "${pair#*:}"
done
for pair in "dollars:dólares" "dollar:dólar" "and:y" "cents:centavos" "cent:centavo" "minus:menos"; do
  phrase es es-419 "${pair%%:*}" "${pair#*:}"
done
