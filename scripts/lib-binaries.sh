# Shared by scripts/lune and scripts/rojo: locate the project root and report failures the same way.
# Sourced, not executed.

ALTAIR_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ALTAIR_CACHE="${ALTAIR_CACHE:-$ALTAIR_ROOT/.altair/cache}"

altair_fail() {
	printf 'altair: %s\n' "$1" >&2
	shift
	for line in "$@"; do printf '  %s\n' "$line" >&2; done
	exit 127
}

# Prints the npm-shipped binary for this OS/arch, or fails with the reason.
altair_npm_binary() {
	local package="$1" name="$2" folder
	case "$(uname -s)-$(uname -m)" in
		Linux-x86_64) folder=linux ;;
		Darwin-arm64) folder=arm64 ;;
		Darwin-x86_64) folder=darwin ;;
		MINGW* | MSYS* | CYGWIN*) folder=win32; name="$name.exe" ;;
		*) altair_fail "no $name binary for $(uname -s) $(uname -m) in npm package '$package'" \
			"Install $name with aftman or rokit (see aftman.toml) so that it is on PATH." ;;
	esac
	local binary="$ALTAIR_ROOT/node_modules/$package/bin/$folder/$name"
	[ -f "$binary" ] || altair_fail "$binary is missing" "Run 'npm ci' first, or install $name with aftman/rokit (see aftman.toml)."
	# npm installs these without the execute bit; their wrappers would add it on first run.
	[ -x "$binary" ] || chmod +x "$binary" 2>/dev/null || altair_fail "cannot make $binary executable"
	printf '%s\n' "$binary"
}
