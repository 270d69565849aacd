#!/bin/sh
# tty.sh ATOLL: the prompt on a terminal, a pseudo-terminal from script(1):
# the banner, ">>> " and "... " prompts, echoed values, a traceback that does
# not end the session, Ctrl-C dropping the line being typed and interrupting
# a running loop (KeyboardInterrupt), Ctrl-D leaving.
# The terminal echoes what is typed and line editing may add escapes, so the
# output is searched for what must be there rather than compared whole.
# script(1) runs the command with $SHELL -c, or /bin/sh when SHELL is unset;
# dash forks for it rather than exec it, and then Ctrl-C's SIGINT, sent to
# the terminal's foreground process group, also kills that shell, whose
# status 130 script -e reports. Hence the exec.
atoll=$1
command -v script >/dev/null || { echo "script(1) not found: skipped"; exit 77; }
out=$(mktemp) || exit 2
trap 'rm -f "$out"' EXIT
{
  sleep 1; printf '6 * 7\r'
  sleep 0.4; printf 'for i in range(2):\r'
  sleep 0.4; printf '    i + 100\r'
  sleep 0.4; printf '\r'
  sleep 0.4; printf '1/0\r'
  sleep 0.4; printf 'dropped line\003'
  sleep 0.4; printf 'while True: pass\r'
  sleep 0.4; printf '\r'
  sleep 0.6; printf '\003'
  sleep 0.4; printf '"after" + "wards"\r'
  sleep 0.4; printf '\004'
  sleep 1
} | script -qfec "exec '$atoll'" /dev/null >"$out" 2>&1
status=$?
fail=0
for want in "atoll " "(Python 3.11 language)" ">>> " "... " "42" "100" "101" \
            "ZeroDivisionError: division by zero" "KeyboardInterrupt" "'afterwards'"; do
  if ! grep -qF -- "$want" "$out"; then
    echo "missing from the session: $want"
    fail=1
  fi
done
# the loop's traceback: KeyboardInterrupt right after its <stdin> frame
if ! tr -d '\r' <"$out" | awk 'prev ~ /File "<stdin>", line 1, in <module>/ && $0 == "KeyboardInterrupt" { found = 1 }
                               { prev = $0 } END { exit !found }'; then
  echo "Ctrl-C did not interrupt the running loop with a KeyboardInterrupt traceback"
  fail=1
fi
if grep -qF "dropped line" "$out" && grep -qF "NameError" "$out"; then
  echo "the line dropped by Ctrl-C was run"
  fail=1
fi
[ "$status" = 0 ] || { echo "exit status $status, expected 0"; fail=1; }
if [ $fail = 1 ]; then
  echo "--- session:"
  cat -v "$out"
fi
exit $fail
