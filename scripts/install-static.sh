#!/usr/bin/env bash
# Put the browser libraries of package.json (PDF.js) into the static files, from the npm registry.
#
# The files are not kept in git: npm installs the exact versions package-lock.json names (checked
# against their hashes) and the parts the site serves are copied to web/static/townhall/vendor/.
# Without npm the site still works and the document page links the PDF instead of showing it;
# STRICT=1 (as `make install-test` sets it) turns that into an error.
set -euo pipefail
cd "$(dirname "$0")/.."
target=src/townhall/web/static/townhall/vendor/pdfjs
if ! command -v npm >/dev/null 2>&1; then
  if [ "${STRICT:-0}" = 1 ]; then
    echo "npm is needed to install PDF.js (run: make system-packages)." >&2
    exit 1
  fi
  echo "npm not found: PDF.js is not installed and PDFs open in the browser's own viewer." >&2
  exit 0
fi
version=$(sed -n 's/.*"pdfjs-dist": "\([^"]*\)".*/\1/p' package.json | head -1)
if [ -f "$target/VERSION" ] && [ "$(cat "$target/VERSION")" = "$version" ]; then
  exit 0
fi
npm ci --no-audit --no-fund --ignore-scripts --omit=optional --loglevel=error >/dev/null
source=node_modules/pdfjs-dist
rm -rf "$target"
mkdir -p "$target"
cp "$source/build/pdf.min.mjs" "$source/build/pdf.worker.min.mjs" "$source/LICENSE" "$target/"
cp -r "$source/standard_fonts" "$source/cmaps" "$target/"
mkdir -p "$target/wasm"
# WebAssembly needs 'wasm-unsafe-eval' in the pages' Content-Security-Policy, which they do not
# allow: PDF.js falls back to its JavaScript decoders, which are copied with their licences.
cp "$source"/wasm/*_nowasm_fallback.js "$source"/wasm/LICENSE_* "$target/wasm/"
echo "$version" > "$target/VERSION"
echo "PDF.js $version installed in $target"
