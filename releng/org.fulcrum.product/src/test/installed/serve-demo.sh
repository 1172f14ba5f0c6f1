#!/usr/bin/env bash
# A newcomer's first look at the rater portal, as README.md and docs/server.md give it, run as
# separate processes of the installed product: after `fulcrum demo`, `fulcrum serve --demo` prints
# the raters' private links; one link is opened, answered, reviewed and submitted over HTTP the way
# a browser without JavaScript does (cookie, CSRF field, Origin header); then `fulcrum pull` takes
# the sheet into the demo engagement, a second pull changes nothing, and `status` counts it.
# Arguments: a fulcrum command, the folder in which `fulcrum demo` ran.
set -euo pipefail
fulcrum="$1"; run="$2"
cd "$run"
fail() {
  echo "serve-demo: FAILED: $*" >&2
  for log in serve.out serve.err; do [ -s "$log" ] && sed "s/^/  $log: /" "$log" >&2; done
  exit 1
}
engagement=fulcrum-demo/demo-engagement.fulcrum
[ -f "$engagement" ] || fail "no $engagement: run fulcrum demo first"

# setsid: the server and the JVM it starts are one process group, stopped together on exit
setsid "$fulcrum" serve --demo --port 0 > serve.out 2> serve.err &
server=$!
trap 'kill -- -$server 2> /dev/null || true; wait $server 2> /dev/null || true' EXIT
for _ in $(seq 1 240); do
  grep -q 'Ctrl-C stops the server' serve.out 2> /dev/null && break
  kill -0 $server 2> /dev/null || fail "serve --demo stopped before printing its links"
  sleep 0.5
done
grep -q 'Ctrl-C stops the server' serve.out || fail "serve --demo printed no links within 2 minutes"
base=$(grep -o 'questionnaires are at http://[^ ]*' serve.out | sed 's/.* //')
link=$(grep -o "$base/r/[A-Za-z0-9_-]*" serve.out | head -n 1)
[ -n "$base" ] && [ -n "$link" ] || fail "no base address or rater link in what serve --demo printed"
links=$(grep -c "$base/r/" serve.out)

unescape() { sed 's/&quot;/"/g; s/&#39;/'"'"'/g; s/&lt;/</g; s/&gt;/>/g; s/&amp;/\&/g'; }
field() { grep -o "name=\"$1\" value=\"[^\"]*\"" "$2" | head -n 1 | sed 's/.*value="//; s/"$//' | unescape; }
browse() { # METHOD-less GET or POST with the session cookie; prints "STATUS FINAL-ADDRESS"
  curl -sS --max-time 30 -c cookies.txt -b cookies.txt -L -H "Origin: $base" "$@"
}

# the link: a session cookie and a redirect that removes the token from the address
answer=$(browse -o questionnaire.html -w '%{http_code} %{url_effective}' "$link")
[ "${answer%% *}" = 200 ] || fail "the link answered $answer"
case "${answer#* }" in */r/*) fail "the token stayed in the address: ${answer#* }" ;; esac
grep -q 'name="a:' questionnaire.html || fail "the questionnaire page has no questions"

# one answer per question (scale values cycle), then review
posted=(--data-urlencode "csrf=$(field csrf questionnaire.html)" --data-urlencode "version=$(field version questionnaire.html)"
  --data-urlencode "lang=$(field lang questionnaire.html)" --data-urlencode "action=review")
questions=0
while IFS= read -r item; do
  values=$(grep -o "name=\"a:$(sed 's/[][\.*^$/]/\\&/g' <<<"$item")\" value=\"[0-9]*\"" questionnaire.html | sed 's/.*value="//; s/"$//')
  count=$(wc -l <<<"$values")
  value=$(sed -n "$(( questions % count + 1 ))p" <<<"$values")
  posted+=(--data-urlencode "a:$(unescape <<<"$item")=$value")
  questions=$((questions + 1))
done < <(grep -o 'name="a:[^"]*"' questionnaire.html | sed 's/^name="a://; s/"$//' | awk '!seen[$0]++')
answer=$(browse -o review.html -w '%{http_code} %{url_effective}' "${posted[@]}" "$base/q")
[ "${answer%% *}" = 200 ] || fail "saving the answers answered $answer"
grep -q 'value="submit"' review.html || fail "after saving, no review page with a submit button"

# submit: the sheet becomes read-only and the link says so
answer=$(browse -o submitted.html -w '%{http_code} %{url_effective}' --data-urlencode "csrf=$(field csrf review.html)" \
  --data-urlencode "version=$(field version review.html)" --data-urlencode "lang=$(field lang review.html)" \
  --data-urlencode "action=submit" "$base/q")
[ "${answer%% *}" = 200 ] || fail "submitting answered $answer"
grep -q 'name="a:' submitted.html && fail "after submitting, the page still offers questions"
reopened=$(curl -sS --max-time 30 -o reopened.html -w '%{http_code}' -L "$link")
grep -q 'name="a:' reopened.html && fail "the link opens an editable questionnaire after submitting ($reopened)"

# pull takes exactly that sheet in, once; status counts it
before=$(cksum < "$engagement")
"$fulcrum" pull "$engagement" > pull1.out 2> pull1.err || fail "pull failed: $(cat pull1.err)"
[ "$(cksum < "$engagement")" != "$before" ] || fail "pull left the engagement unchanged: $(cat pull1.out)"
grep -Eq '(^|[^0-9])1 (new |submitted )?sheet' pull1.out || fail "pull did not report one sheet: $(cat pull1.out)"
after=$(cksum < "$engagement")
"$fulcrum" pull "$engagement" > pull2.out 2> pull2.err || fail "the second pull failed: $(cat pull2.err)"
[ "$(cksum < "$engagement")" = "$after" ] || fail "a second pull changed the engagement: $(cat pull2.out)"
"$fulcrum" status "$engagement" > status.out 2> status.err || fail "status failed: $(cat status.err)"
grep -qi 'submitted' status.out || fail "status shows no submitted sheet: $(cat status.out)"
"$fulcrum" validate "$engagement" > validate.out 2>&1 || fail "the engagement fails validation after pull: $(cat validate.out)"
echo "serve-demo: $links links printed; one opened, $questions questions answered and submitted over HTTP; pull took it in once"
