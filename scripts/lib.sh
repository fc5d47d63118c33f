# shellcheck shell=bash
# lib.sh: small helpers shared by frost's bash scripts (setup-oracles,
# install-embedded-toolchain). Source it; it defines functions and a few
# variables and has no other side effects.
#
# Before sourcing, set PROG to the script's name (used in messages).

PROG="${PROG:-frost}"

# Messages go to stderr so that stdout stays machine-readable.
# FROST_QUIET=1 silences note(); errors are always shown.
note() {
    [[ "${FROST_QUIET:-0}" == 1 ]] || printf '%s: %s\n' "$PROG" "$*" >&2
}
warn() {
    printf '%s: warning: %s\n' "$PROG" "$*" >&2
}
# fail CODE MESSAGE...: print the message and exit with CODE.
fail() {
    local code="$1"
    shift
    printf '%s: error: %s\n' "$PROG" "$*" >&2
    exit "$code"
}

# need_cmd CMD HINT: exit 2 unless CMD is on PATH.
need_cmd() {
    command -v "$1" >/dev/null 2>&1 || fail 2 "'$1' is required but not on PATH ($2)"
}

# frost_cache_dir: print the absolute cache root ($FROST_CACHE, by default
# $HOME/.cache/frost). Exits 2 if neither variable is usable.
frost_cache_dir() {
    local dir="${FROST_CACHE:-}"
    if [[ -z "$dir" ]]; then
        [[ -n "${HOME:-}" ]] || fail 2 "set FROST_CACHE (or HOME) to choose a cache directory"
        dir="$HOME/.cache/frost"
    fi
    [[ "$dir" == /* ]] || dir="$PWD/$dir"
    printf '%s\n' "$dir"
}

# now_ms: milliseconds since the epoch, for timing reports (no fork on
# bash >= 5, which has EPOCHREALTIME).
now_ms() {
    local t="${EPOCHREALTIME:-}"
    if [[ "$t" =~ ^([0-9]+)[.,]([0-9]{3}) ]]; then
        printf '%s\n' "${BASH_REMATCH[1]}${BASH_REMATCH[2]}"
    else
        t="$(date +%s%N)"
        printf '%s\n' "$((t / 1000000))"
    fi
}
