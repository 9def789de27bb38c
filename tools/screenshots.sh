#!/usr/bin/env bash
# The README's screenshots, taken from the real application on demo data under a
# virtual screen. Needs Debian's xvfb, x11-apps (xwd), xdotool and imagemagick,
# plus Qt's xcb libraries (libxcb-cursor0 and friends).
#   bash tools/screenshots.sh            # writes docs/main-window.png, docs/meeting.png,
#                                        # docs/sync.png
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'kill "${app:-}" "${xvfb:-}" 2>/dev/null || true; rm -rf "$work"' EXIT
export DISPLAY=:91 QT_QPA_PLATFORM=xcb FIELDKIT_DATA_DIR="$work/data"
mkdir -p "$FIELDKIT_DATA_DIR"
printf '[ui]\nlanguage=lt\n' > "$FIELDKIT_DATA_DIR/settings.ini"
Xvfb "$DISPLAY" -screen 0 1400x900x24 >/dev/null 2>&1 & xvfb=$!
python -m fieldkit --db "$work/fieldkit.sqlite" demo --size 3000 >/dev/null
python -m fieldkit --db "$work/fieldkit.sqlite" >/dev/null 2>&1 & app=$!
for _ in $(seq 50); do
  window=$(xdotool search --name '^FieldKit$' 2>/dev/null | head -1) && [ -n "$window" ] && break
  sleep 0.2
done
xdotool windowsize "$window" 1400 900 windowmove "$window" 0 0
sleep 2
shot() { xwd -root -silent | convert xwd:- -crop 1400x900+0+0 "docs/$1"; }
shot main-window.png
# open a held meeting through search (diacritics optional) and show its minutes
xdotool windowfocus --sync "$window"
xdotool key ctrl+k
xdotool type --delay 40 "diskusinis neringos"
sleep 1.5
xdotool key Return
sleep 2
shot meeting.png
# the Sync page: a colleague's laptop and a shared folder, two edits that clashed
kill "$app"; wait "$app" 2>/dev/null || true
python tools/screenshot_sync_data.py "$work/fieldkit.sqlite" "$work/share" 2>/dev/null
python -m fieldkit --db "$work/fieldkit.sqlite" >/dev/null 2>&1 & app=$!
for _ in $(seq 50); do
  window=$(xdotool search --name '^FieldKit$' 2>/dev/null | head -1) && [ -n "$window" ] && break
  sleep 0.2
done
xdotool windowsize "$window" 1400 900 windowmove "$window" 0 0
sleep 2
xdotool mousemove 56 127 click 1    # Sync, the last page of the navigation
sleep 1.5
xdotool mousemove 320 427 click 1   # the Conflicts tab
sleep 0.5
xdotool mousemove 300 500 click 1   # the first kept value
sleep 1
shot sync.png
echo "wrote docs/main-window.png docs/meeting.png docs/sync.png"
