#!/usr/bin/env bash
# Installs brief under a prefix (default /usr/local): the release executable in <prefix>/bin,
# the styles and the sample seeds in <prefix>/share/brief (where brief looks for them when the
# current folder has none), the man page in <prefix>/share/man/man1, and shell completion
# scripts for bash, zsh and fish. Build first with `swift build -c release`.
#
#   scripts/install.sh [prefix]            # e.g. scripts/install.sh "$HOME/.local"
#   BRIEF_EXECUTABLE=path scripts/install.sh prefix   # install another build of brief
set -euo pipefail
cd "$(dirname "$0")/.."
prefix="${1:-/usr/local}"
executable="${BRIEF_EXECUTABLE:-.build/release/brief}"
if [ ! -x "$executable" ]; then
    echo "install.sh: $executable is missing; run 'swift build -c release' first" >&2
    exit 1
fi
install -d "$prefix/bin" "$prefix/share/brief" "$prefix/share/man/man1" \
    "$prefix/share/bash-completion/completions" "$prefix/share/zsh/site-functions" \
    "$prefix/share/fish/vendor_completions.d"
install -m 0755 "$executable" "$prefix/bin/brief"
rm -rf "$prefix/share/brief/styles" "$prefix/share/brief/seeds"
cp -R styles seeds "$prefix/share/brief/"
install -m 0644 docs/brief.1 "$prefix/share/man/man1/brief.1"
"$prefix/bin/brief" --generate-completion-script bash > "$prefix/share/bash-completion/completions/brief"
"$prefix/bin/brief" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_brief"
"$prefix/bin/brief" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/brief.fish"
echo "Installed $("$prefix/bin/brief" --version) in $prefix"
