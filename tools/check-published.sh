#!/usr/bin/env bash
# Does the published executable answer as the tested build does?
#
# `dotnet test` runs the JIT build; users run `dotnet publish`'s output, which on Linux is a Native AOT
# executable (trimmed, compiled ahead of time). Anything that works under the JIT but not there
# (reflection on a trimmed member, a missing data file beside the executable) would reach users
# untested. This publishes the CLI, runs both builds on the samples, the CLI tests' data and a few
# error cases, and compares every answer: the reports (minus timings), the exit codes, the messages.
#
# usage: tools/check-published.sh [PUBLISH_DIR]   (default: a temporary folder, removed afterwards)
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
published=${1:-$work/published}

dotnet publish src/TextLint.Cli -c Release -o "$published" --nologo -v quiet >"$work/publish.log" 2>&1 ||
  { cat "$work/publish.log"; echo "check-published: dotnet publish failed"; exit 1; }
dotnet build src/TextLint.Cli -c Release --nologo -v quiet >"$work/build.log" 2>&1 ||
  { cat "$work/build.log"; echo "check-published: dotnet build failed"; exit 1; }
jit=(dotnet src/TextLint.Cli/bin/Release/net10.0/textlint.dll)
aot=("$published/textlint")
if file "$published/textlint" | grep -q ELF; then kind="Native AOT"; else kind="ReadyToRun"; fi

# Reports carry the time they took and when they were made; nothing else may differ.
untimed() { sed -E 's/"elapsedMs": ?[0-9.]+//; s/[0-9][0-9,.]* ?(秒|字\/秒)//g; s/生成于 [0-9: +-]+//'; }

printf 'rules:\n  adlaw.absolute: off\n  typo.common:\n    severity: warning\n' >"$work/config.yml"
printf 'rules: [oops\n' >"$work/broken.yml"
head -c 4096 /dev/zero | tr '\0' '\1' >"$work/binary.txt"
inputs=(samples tests/TextLint.Cli.Tests/TestData)
cases=(
  "check ${inputs[*]} --format text"
  "check ${inputs[*]} --format json"
  "check ${inputs[*]} --format sarif"
  "check ${inputs[*]} --format jsonl"
  "check ${inputs[*]} --format csv"
  "check ${inputs[*]} --format html"
  "check ${inputs[*]} --format summary --jobs 2"
  "check ${inputs[*]} --format json --config $work/config.yml"
  "check ${inputs[*]} --format json --dict tests/TextLint.Cli.Tests/TestData/user.dict --only user,typo"
  "check samples --config $work/broken.yml"
  "check $work/binary.txt samples/gov-news.html"
  "check /nonexistent/page.html"
  "check samples/wechat-post.md --fix --dry-run"
  "rules"
  "rules --format json"
  "--version"
)
# One answer: everything the command printed, then its exit code (set -e must not stop at a non-zero one).
answer() { local status=0; "$@" 2>&1 || status=$?; echo "exit $status"; }

differ=0
for args in "${cases[@]}"; do
  # shellcheck disable=SC2086 # the cases are word lists
  answer "${jit[@]}" $args | untimed >"$work/jit.out"
  # shellcheck disable=SC2086
  answer "${aot[@]}" $args | untimed >"$work/aot.out"
  if ! cmp -s "$work/jit.out" "$work/aot.out"; then
    differ=$((differ + 1))
    echo "check-published: textlint $args answers differently when published:"
    diff "$work/jit.out" "$work/aot.out" | head -20
  fi
done
# Standard input, which the cases above cannot feed.
for build in jit aot; do
  declare -n cmd=$build
  printf '北朝鲜 再接再励\n' | answer "${cmd[@]}" check - --format json | untimed >"$work/$build.out"
done
cmp -s "$work/jit.out" "$work/aot.out" || { differ=$((differ + 1)); echo "check-published: standard input answers differently"; diff "$work/jit.out" "$work/aot.out" | head -20; }

total=$((${#cases[@]} + 1))
echo "published build ($kind): $((total - differ)) of $total answers identical to the tested build"
[ "$differ" -eq 0 ]
