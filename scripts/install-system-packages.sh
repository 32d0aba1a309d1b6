#!/usr/bin/env bash
# Install the Debian packages the test suite exercises for real: PostgreSQL (with RUM), Redis, Tesseract, antiword (old .doc files), the FreeDict
# dictionaries that translate query words (German/Danish <-> English), Chromium, gettext
# (the translation check), Pango (WeasyPrint's text layout for agenda and minutes PDFs), and npm, which installs PDF.js into the static files (scripts/install-static.sh).
set -euo pipefail
packages=(postgresql postgresql-15-rum redis-server tesseract-ocr tesseract-ocr-dan tesseract-ocr-deu tesseract-ocr-eng antiword dict-freedict-deu-eng dict-freedict-eng-deu dict-freedict-dan-eng dict-freedict-eng-dan chromium fonts-dejavu-core gettext libpango-1.0-0 libpangoft2-1.0-0)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Any npm will do (Debian's, or one that came with another Node.js build): only ask for Debian's when none is there.
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  SUDO=sudo
else
  SUDO=
fi
echo "Installing Debian packages: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
