#!/usr/bin/env bash
# Runs every example of docs/api.md against a real kongjian-server and prints each request (as the curl
# command the document shows) and the answer it got, as Markdown. Use it to write or check the examples:
#   tests/tools/api-examples.sh <build>/bin/kongjian-server > /tmp/examples.md
# Needs curl, jq and python3 (all in packaging/debian-packages.txt).
set -euo pipefail
server=${1:?usage: api-examples.sh path/to/kongjian-server}
work=$(mktemp -d /tmp/kongjian-examples.XXXX)
port=$(python3 -c 'import socket;s=socket.socket();s.bind(("127.0.0.1",0));print(s.getsockname()[1])')
base="http://127.0.0.1:$port"
"$server" --listen "127.0.0.1:$port" --data-dir "$work/data" --seed-demo >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 100); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.1; done

# The examples show the server at the port the document uses.
shown=http://127.0.0.1:8080

# shellquote WORD: WORD as a shell would need it written, in single quotes unless it is plain.
shellquote() {
  if [[ $1 =~ ^[A-Za-z0-9_./:@=,+-]+$ ]]; then printf '%s' "$1"; else printf "'%s'" "${1//\'/\'\\\'\'}"; fi
}

# ex TITLE METHOD PATH [BODY] [TOKEN_VARIABLE_NAME] [EXTRA_CURL_ARGS...]: runs one request, prints it and
# its answer; leaves the status in ST and the body in BODY. EX_SHOWN, when set, replaces the extra
# arguments in the printed command (for arguments too long to show).
ex() {
  local title=$1 method=$2 path=$3 body=${4:-} tokvar=${5:-}
  shift $(( $# < 5 ? $# : 5 ))
  local args=(-s -D "$work/headers" -o "$work/body" -X "$method")
  local shownArgs=""
  [ "$method" = GET ] || shownArgs+=" -X $method"
  if [ -n "$tokvar" ]; then
    args+=(-H "Authorization: Bearer ${!tokvar}")
    shownArgs+=" -H \"Authorization: Bearer \$$tokvar\""
  fi
  if [ -n "$body" ]; then
    args+=(-H 'Content-Type: application/json' --data-binary "$body")
    shownArgs+=" -H 'Content-Type: application/json' -d '$body'"
  fi
  args+=("$@")
  if [ -n "${EX_SHOWN:-}" ]; then
    shownArgs+=" $EX_SHOWN"
  else
    local a; for a in "$@"; do shownArgs+=" $(shellquote "$a")"; done
  fi
  curl "${args[@]}" "$base$path" >/dev/null
  ST=$(head -1 "$work/headers" | awk '{print $2}')
  BODY=$(cat "$work/body")
  echo "#### $title"
  echo
  echo '```sh'
  echo "curl -i$shownArgs '$shown$path'"
  echo '```'
  echo
  echo '```http'
  tr -d '\r' <"$work/headers" | grep -v -i -E '^(date|server|connection|content-length|keep-alive|x-request-id):' | sed '/^$/d'
  if [ -s "$work/body" ]; then
    echo
    if jq . "$work/body" >/dev/null 2>&1; then jq . "$work/body";
    elif iconv -f UTF-8 -t UTF-8 "$work/body" >/dev/null 2>&1 && ! grep -q -P '\x00' "$work/body"; then cat "$work/body"; echo;
    else echo "($(stat -c %s "$work/body") bytes of $(tr -d '\r' <"$work/headers" | awk -F': ' 'tolower($1)=="content-type"{print $2}'))"; fi
  fi
  echo '```'
  echo
}
uuid() { python3 -c 'import uuid;print(uuid.uuid4())'; }
token() { jq -r .token <<<"$BODY"; }

echo "# Examples from $("$server" --version 2>/dev/null || echo kongjian-server) on $(date -u +%Y-%m-%d)"
echo
echo "### health"
ex "GET /healthz" GET /healthz

echo "### accounts and sessions"
ex "register" POST /api/v1/accounts '{"username":"lin","password":"correct horse battery","displayName":"林小雨"}'
ex "register a taken username" POST /api/v1/accounts '{"username":"lin","password":"another password","displayName":"Lin"}'
ex "register with a short password" POST /api/v1/accounts '{"username":"wei","password":"short","displayName":"Wei"}'
ex "register with an unknown field" POST /api/v1/accounts '{"username":"wei","password":"correct horse battery","displayName":"Wei","email":"w@example.org"}'
ex "register with malformed JSON" POST /api/v1/accounts '{"username": "wei", "password": '
ex "log in" POST /api/v1/sessions '{"username":"lin","password":"correct horse battery","device":"laptop"}'
LIN=$(token)
ex "log in with a wrong password" POST /api/v1/sessions '{"username":"lin","password":"wrong","device":"laptop"}'
ex "log in without a device" POST /api/v1/sessions '{"username":"lin","password":"correct horse battery"}'
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
  --data-binary '{"username":"wei","password":"correct horse battery","displayName":"王伟"}' "$base/api/v1/accounts"
ex "log in as wei" POST /api/v1/sessions '{"username":"wei","password":"correct horse battery","device":"phone"}'
WEI=$(token)
curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
  --data-binary '{"username":"zhao","password":"correct horse battery","displayName":"赵"}' "$base/api/v1/accounts"
ex "log in as zhao" POST /api/v1/sessions '{"username":"zhao","password":"correct horse battery","device":"desktop"}'
ZHAO=$(token)

echo "### me and users"
ex "the caller" GET /api/v1/me "" LIN
ex "GET /api/v1/me without a token" GET /api/v1/me
NOPE=not-a-token
ex "GET /api/v1/me with a made-up token" GET /api/v1/me "" NOPE
ex "GET /api/v1/users/demo without a token" GET /api/v1/users/demo
ex "GET /api/v1/users/wei" GET /api/v1/users/wei "" LIN
ex "GET /api/v1/users/wei with a made-up token" GET /api/v1/users/wei "" NOPE
ex "GET /api/v1/users/nobody" GET /api/v1/users/nobody "" LIN

echo "### friends"
ex "send a friend request" POST /api/v1/friends/requests '{"username":"wei"}' LIN
REQ=$(jq -r .request.id <<<"$BODY")
ex "send it again" POST /api/v1/friends/requests '{"username":"wei"}' LIN
ex "the other way round" POST /api/v1/friends/requests '{"username":"lin"}' WEI
ex "to yourself" POST /api/v1/friends/requests '{"username":"lin"}' LIN
ex "to nobody" POST /api/v1/friends/requests '{"username":"nobody"}' LIN
ex "list requests (wei)" GET /api/v1/friends/requests "" WEI
ex "accept someone else's request" POST "/api/v1/friends/requests/$REQ/accept" "" ZHAO
ex "accept" POST "/api/v1/friends/requests/$REQ/accept" "" WEI
ex "accept again" POST "/api/v1/friends/requests/$REQ/accept" "" WEI
ex "send to a friend" POST /api/v1/friends/requests '{"username":"wei"}' LIN
ex "friend request from zhao" POST /api/v1/friends/requests '{"username":"lin"}' ZHAO
REQ2=$(jq -r .request.id <<<"$BODY")
ex "decline" POST "/api/v1/friends/requests/$REQ2/decline" "" LIN
ex "friend request from lin to zhao" POST /api/v1/friends/requests '{"username":"zhao"}' LIN
REQ3=$(jq -r .request.id <<<"$BODY")
ex "withdraw" POST "/api/v1/friends/requests/$REQ3/decline" "" LIN
ex "request id that is not a UUID" POST "/api/v1/friends/requests/42/accept" "" LIN
ex "list friends (lin)" GET /api/v1/friends "" LIN

echo "### diaries"
D1=$(uuid); D2=$(uuid); D3=$(uuid); D4=$(uuid)
ex "create" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"今天去公园散步。","visibility":"friends","baseRevision":null}' LIN
ex "the same create again (a retry)" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"今天去公园散步。","visibility":"friends","baseRevision":null}' LIN
ex "update at revision 1" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"今天去公园散步，看见了荷花。","visibility":"friends","baseRevision":1}' LIN
ex "the same update again (a retry)" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"今天去公园散步，看见了荷花。","visibility":"friends","baseRevision":1}' LIN
ex "update at a stale revision" PUT "/api/v1/diaries/$D1" '{"title":"Weekend","body":"A walk in the park.","visibility":"friends","baseRevision":1}' LIN
ex "create with a null baseRevision over an existing diary" PUT "/api/v1/diaries/$D1" '{"title":"x","body":"y","visibility":"friends","baseRevision":null}' LIN
ex "create a public diary" PUT "/api/v1/diaries/$D2" '{"title":"Hello","body":"My first public diary.","visibility":"public","baseRevision":null}' LIN
ex "create a private diary" PUT "/api/v1/diaries/$D3" '{"title":"秘密","body":"只给自己看。","visibility":"private","baseRevision":null}' LIN
ex "create another friends-only diary" PUT "/api/v1/diaries/$D4" '{"title":"读书","body":"《三体》读完了第一部。","visibility":"friends","baseRevision":null}' LIN
ex "id that is not a UUID" PUT /api/v1/diaries/not-a-uuid '{"title":"x","body":"y","visibility":"public","baseRevision":null}' LIN
ex "unknown visibility" PUT "/api/v1/diaries/$(uuid)" '{"title":"x","body":"y","visibility":"everyone","baseRevision":null}' LIN
ex "title of the wrong type" PUT "/api/v1/diaries/$(uuid)" '{"title":5,"body":"y","visibility":"public","baseRevision":null}' LIN
ex "a body that is not JSON" PUT "/api/v1/diaries/$(uuid)" "" LIN -H 'Content-Type: text/plain' --data-binary 'hello'
ex "a friend reads a friends-only diary" GET "/api/v1/diaries/$D1" "" WEI
ex "a stranger reads a friends-only diary" GET "/api/v1/diaries/$D1" "" ZHAO
ex "anonymous reads a public diary" GET "/api/v1/diaries/$D2"
ex "anonymous reads a friends-only diary" GET "/api/v1/diaries/$D1"
ex "a stranger writes over a public diary" PUT "/api/v1/diaries/$D2" '{"title":"mine now","body":"x","visibility":"public","baseRevision":1}' ZHAO
ex "a stranger writes over a private diary" PUT "/api/v1/diaries/$D3" '{"title":"mine now","body":"x","visibility":"public","baseRevision":1}' ZHAO
ex "a stranger deletes a public diary" DELETE "/api/v1/diaries/$D2" "" ZHAO
ex "list lin's diaries as wei" GET "/api/v1/users/lin/diaries?limit=2" "" WEI
NEXT=$(jq -r .nextCursor <<<"$BODY")
ex "next page" GET "/api/v1/users/lin/diaries?limit=2&cursor=$NEXT" "" WEI
ex "list lin's diaries without a token" GET "/api/v1/users/lin/diaries"
ex "list nobody's diaries" GET "/api/v1/users/nobody/diaries" "" WEI
ex "a limit of 0" GET "/api/v1/users/lin/diaries?limit=0" "" ZHAO
ex "a cursor that is not one" GET "/api/v1/users/lin/diaries?cursor=garbage" "" ZHAO

echo "### feed"
ex "wei's feed" GET "/api/v1/feed?limit=3" "" WEI
ex "zhao's feed" GET "/api/v1/feed" "" ZHAO
ex "the feed without a token" GET "/api/v1/feed"

echo "### changes"
ex "wei's changes from the beginning" GET /api/v1/changes "" WEI
CUR=$(jq -r .cursor <<<"$BODY")
ex "delete a diary" DELETE "/api/v1/diaries/$D1" "" LIN
ex "delete it again" DELETE "/api/v1/diaries/$D1" "" LIN
ex "read a deleted diary" GET "/api/v1/diaries/$D1" "" LIN
ex "write over a deleted diary" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"again","visibility":"friends","baseRevision":2}' LIN
ex "delete a diary that never existed" DELETE "/api/v1/diaries/$(uuid)" "" LIN
ex "narrow a diary's audience" PUT "/api/v1/diaries/$D2" '{"title":"Hello","body":"My first public diary.","visibility":"private","baseRevision":1}' LIN
ex "wei's changes since the cursor" GET "/api/v1/changes?since=$CUR" "" WEI
BODY_CHANGES=$BODY
ex "restore a deleted diary" PUT "/api/v1/diaries/$D1" '{"title":"周末","body":"今天去公园散步，看见了荷花。","visibility":"friends","baseRevision":3}' LIN
ex "wei learns of the restored diary" GET "/api/v1/changes?since=$(jq -r .cursor <<<"$BODY_CHANGES")" "" WEI
CUR=$(jq -r .cursor <<<"$BODY")
ex "remove a friend" DELETE /api/v1/friends/wei "" LIN
ex "remove someone who is not a friend" DELETE /api/v1/friends/zhao "" LIN
ex "wei's changes after the unfriending" GET "/api/v1/changes?since=$CUR" "" WEI
ex "a limit of 1" GET "/api/v1/changes?limit=1" "" LIN
ex "a since that is not a cursor" GET "/api/v1/changes?since=abc" "" LIN

echo "### transport errors"
ex "an unknown path" GET /api/v1/nothing-here "" LIN
ex "a wrong method" PATCH /api/v1/feed "" LIN
python3 -c 'print("{\"username\":\"" + "a"*1100000 + "\"}")' >"$work/big.json"
EX_SHOWN="-H 'Content-Type: application/json' --data-binary @big.json" \
  ex "a body over 1 MiB" POST /api/v1/accounts "" "" -H 'Content-Type: application/json' --data-binary "@$work/big.json"
EX_SHOWN="-H \"X-Big: \$(head -c 20000 /dev/zero | tr '\\0' a)\"" \
  ex "a header over 16 KiB" GET /healthz "" "" -H "X-Big: $(head -c 20000 /dev/zero | tr '\0' a)"

echo "### throttling"
for _ in 1 2 3 4; do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    --data-binary '{"username":"zhao","password":"wrong","device":"x"}' "$base/api/v1/sessions"
done
ex "the 5th failed login" POST /api/v1/sessions '{"username":"zhao","password":"wrong","device":"x"}'
ex "the 6th login, even with the right password" POST /api/v1/sessions '{"username":"zhao","password":"correct horse battery","device":"x"}'

echo "### log out"
ex "log out" DELETE /api/v1/sessions/current "" WEI
ex "the token after logging out" GET /api/v1/me "" WEI

echo "### posts, comments and likes"
for who in mei jun tao; do
  curl -s -o /dev/null -X POST -H 'Content-Type: application/json' \
    --data-binary "{\"username\":\"$who\",\"password\":\"correct horse battery\",\"displayName\":\"$who\"}" "$base/api/v1/accounts"
done
session() { curl -s -X POST -H 'Content-Type: application/json' --data-binary "{\"username\":\"$1\",\"password\":\"correct horse battery\",\"device\":\"x\"}" "$base/api/v1/sessions" | jq -r .token; }
MEI=$(session mei); JUN=$(session jun); TAO=$(session tao)
FR=$(curl -s -X POST -H "Authorization: Bearer $MEI" -H 'Content-Type: application/json' --data-binary '{"username":"jun"}' "$base/api/v1/friends/requests" | jq -r .request.id)
curl -s -o /dev/null -X POST -H "Authorization: Bearer $JUN" "$base/api/v1/friends/requests/$FR/accept"
P1=$(uuid); P2=$(uuid)
ex "post a 说说" PUT "/api/v1/posts/$P1" '{"text":"第一条说说：今天天气真好 ☀️","photoIds":[],"visibility":"friends"}' MEI
ex "the same again (a retry)" PUT "/api/v1/posts/$P1" '{"text":"第一条说说：今天天气真好 ☀️","photoIds":[],"visibility":"friends"}' MEI
ex "edit at revision 1" PUT "/api/v1/posts/$P1" '{"text":"第一条说说：今天天气真好，去爬山 ⛰️","photoIds":[],"visibility":"friends","baseRevision":1}' MEI
ex "edit at a stale revision" PUT "/api/v1/posts/$P1" '{"text":"old words","photoIds":[],"visibility":"friends","baseRevision":1}' MEI
ex "photos that are not the author's" PUT "/api/v1/posts/$P2" "{\"text\":\"看照片\",\"photoIds\":[\"$(uuid)\"],\"visibility\":\"public\"}" MEI
ex "ten photos" PUT "/api/v1/posts/$P2" "{\"text\":\"x\",\"photoIds\":[$(for i in $(seq 10); do printf '"%s",' "$(uuid)"; done | sed 's/,$//')],\"visibility\":\"public\"}" MEI
ex "an empty text" PUT "/api/v1/posts/$P2" '{"text":"","photoIds":[],"visibility":"public"}' MEI
ex "a public 说说" PUT "/api/v1/posts/$P2" '{"text":"Hello from Hangzhou","photoIds":[],"visibility":"public"}' MEI
ex "a friend reads a friends-only 说说" GET "/api/v1/posts/$P1" "" JUN
ex "a stranger reads it" GET "/api/v1/posts/$P1" "" TAO
ex "a friend edits it" PUT "/api/v1/posts/$P1" '{"text":"mine now","photoIds":[],"visibility":"public","baseRevision":2}' JUN
C1=$(uuid); C2=$(uuid)
ex "a friend comments" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$C1\",\"text\":\"好看！在哪里？\"}" JUN
ex "the same comment again (a retry)" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$C1\",\"text\":\"好看！在哪里？\"}" JUN
ex "the same id with other words" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$C1\",\"text\":\"something else\"}" JUN
ex "the owner replies" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$C2\",\"text\":\"西湖边上\",\"replyTo\":\"$C1\"}" MEI
ex "a reply to a reply" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$(uuid)\",\"text\":\"谢谢\",\"replyTo\":\"$C2\"}" JUN
ex "a stranger comments on a friends-only 说说" POST "/api/v1/items/post/$P1/comments" "{\"id\":\"$(uuid)\",\"text\":\"spam\"}" TAO
ex "an unknown kind" POST "/api/v1/items/status/$P1/comments" "{\"id\":\"$(uuid)\",\"text\":\"x\"}" JUN
ex "the comments" GET "/api/v1/items/post/$P1/comments?limit=1" "" JUN
ex "the next page" GET "/api/v1/items/post/$P1/comments?limit=1&cursor=$(jq -r .nextCursor <<<"$BODY")" "" JUN
ex "a stranger lists them" GET "/api/v1/items/post/$P1/comments" "" TAO
ex "a like" PUT "/api/v1/items/post/$P1/like" "" JUN
ex "like twice" PUT "/api/v1/items/post/$P1/like" "" JUN
ex "a like with an empty object" PUT "/api/v1/items/post/$P1/like" '{}' MEI
ex "a stranger likes a friends-only 说说" PUT "/api/v1/items/post/$P1/like" "" TAO
ex "take the like back" DELETE "/api/v1/items/post/$P1/like" "" MEI
ex "mei's 说说 as jun sees them" GET "/api/v1/users/mei/posts" "" JUN
ex "mei's 说说 without a token" GET "/api/v1/users/mei/posts"
D5=$(uuid)
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $JUN" -H 'Content-Type: application/json' \
  --data-binary '{"title":"游记","body":"杭州三日。","visibility":"friends","baseRevision":null}' "$base/api/v1/diaries/$D5"
ex "jun's feed: diaries and 说说" GET "/api/v1/feed?limit=2" "" JUN
ex "its next page" GET "/api/v1/feed?limit=2&cursor=$(jq -r .nextCursor <<<"$BODY")" "" JUN
ex "jun's changes" GET "/api/v1/changes" "" JUN
ex "a stranger deletes a comment" DELETE "/api/v1/comments/$C1" "" TAO
ex "a friend deletes the owner's reply" DELETE "/api/v1/comments/$C2" "" JUN
ex "the owner of the 说说 deletes a comment (and its reply)" DELETE "/api/v1/comments/$C1" "" MEI
ex "delete a 说说" DELETE "/api/v1/posts/$P1" "" MEI
ex "its comments are gone with it" GET "/api/v1/items/post/$P1/comments" "" MEI
ex "write over a deleted 说说" PUT "/api/v1/posts/$P1" '{"text":"again","photoIds":[],"visibility":"friends","baseRevision":1}' MEI

echo "### space, guestbook and visitors"
ex "my space before decorating" GET /api/v1/me/space "" MEI
ex "decorate it" PUT /api/v1/me/space '{"title":"梅的小院","motto":"慢慢来","skin":"sakura","colors":{"accent":"#c8553d","background":"#fdf6ec"},"modules":["profile","posts","albums","guestbook","visitors"],"music":{"trackIds":[],"autoplay":false,"shuffle":false},"hideMyVisits":false}' MEI
ex "a PUT with only a title (the rest back to defaults)" PUT /api/v1/me/space '{"title":"x"}' TAO
ex "an unknown module" PUT /api/v1/me/space '{"modules":["profile","games"]}' MEI
ex "media I did not upload as my avatar" PUT /api/v1/me/space '{"avatarMediaId":"cf6a0a8e2c5d4b1f9e3a7d6c5b4a3f2e"}' MEI
ex "the space as others see it" GET /api/v1/users/mei
G1=$(uuid); G2=$(uuid)
ex "a stranger signs the guestbook" POST /api/v1/users/mei/guestbook "{\"id\":\"$G1\",\"text\":\"来踩踩 👣\",\"private\":false}" TAO
ex "the same message again (a retry)" POST /api/v1/users/mei/guestbook "{\"id\":\"$G1\",\"text\":\"来踩踩 👣\",\"private\":false}" TAO
ex "a private message" POST /api/v1/users/mei/guestbook "{\"id\":\"$G2\",\"text\":\"悄悄话：周末去爬山吗？\",\"private\":true}" JUN
ex "an empty message" POST /api/v1/users/mei/guestbook "{\"id\":\"$(uuid)\",\"text\":\" \"}" JUN
ex "without signing in" POST /api/v1/users/mei/guestbook "{\"id\":\"$(uuid)\",\"text\":\"hi\"}"
ex "the owner reads the guestbook" GET "/api/v1/users/mei/guestbook?limit=1" "" MEI
ex "the next page" GET "/api/v1/users/mei/guestbook?limit=1&cursor=$(jq -r .nextCursor <<<"$BODY")" "" MEI
ex "a stranger reads it (no private messages)" GET /api/v1/users/mei/guestbook "" TAO
ex "the owner replies" POST "/api/v1/guestbook/$G1/reply" '{"text":"欢迎常来"}' MEI
ex "the author tries to reply" POST "/api/v1/guestbook/$G1/reply" '{"text":"me too"}' TAO
ex "a stranger replies to a private message" POST "/api/v1/guestbook/$G2/reply" '{"text":"?"}' TAO
ex "a stranger deletes a message" DELETE "/api/v1/guestbook/$G1" "" JUN
ex "the author deletes theirs" DELETE "/api/v1/guestbook/$G2" "" JUN
ex "a visit" POST /api/v1/users/mei/visits "" JUN
ex "another visit the same day" POST /api/v1/users/mei/visits "" JUN
ex "a visit to an unknown space" POST /api/v1/users/nobody/visits "" JUN
curl -s -o /dev/null -X POST -H "Authorization: Bearer $TAO" "$base/api/v1/users/mei/visits"
ex "my visitors" GET /api/v1/me/visitors "" MEI

echo "### albums, photos, uploads and media"
A1=$(uuid)
ex "an album for friends" PUT "/api/v1/albums/$A1" '{"title":"春天的西湖","description":"三月，苏堤","visibility":"friends"}' MEI
ex "the same write again (a retry)" PUT "/api/v1/albums/$A1" '{"title":"春天的西湖","description":"三月，苏堤","visibility":"friends"}' MEI
ex "a stale write" PUT "/api/v1/albums/$A1" '{"title":"西湖","visibility":"public","baseRevision":0}' MEI
ex "a blank title" PUT "/api/v1/albums/$(uuid)" '{"title":"  ","visibility":"public"}' MEI
convert -size 4000x3000 plasma:fractal -quality 85 "$work/su-causeway.jpg"
PHOTO_SIZE=$(stat -c %s "$work/su-causeway.jpg"); PHOTO_SHA=$(sha256sum "$work/su-causeway.jpg" | cut -d' ' -f1)
HALF=$((PHOTO_SIZE / 2))
head -c "$HALF" "$work/su-causeway.jpg" >"$work/part1"; tail -c +$((HALF + 1)) "$work/su-causeway.jpg" >"$work/part2"
ex "start an upload" POST /api/v1/uploads "{\"size\":$PHOTO_SIZE,\"sha256\":\"$PHOTO_SHA\",\"kind\":\"photo\",\"filename\":\"su-causeway.jpg\"}" MEI
U1=$(jq -r .uploadId <<<"$BODY")
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @part1" \
  ex "the first half" PATCH "/api/v1/uploads/$U1" "" MEI -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/part1"
ex "where the upload stands (after a crash, say)" HEAD "/api/v1/uploads/$U1" "" MEI
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @part2" \
  ex "a chunk at the wrong offset" PATCH "/api/v1/uploads/$U1" "" MEI -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/part2"
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @part2" \
  ex "someone else's upload" PATCH "/api/v1/uploads/$U1" "" TAO -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/part2"
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: $HALF' --data-binary @part2" \
  ex "the second half completes it" PATCH "/api/v1/uploads/$U1" "" MEI -H 'Content-Type: application/offset+octet-stream' -H "Upload-Offset: $HALF" --data-binary @"$work/part2"
M1=$(jq -r .mediaId <<<"$BODY")
ex "the same bytes again" POST /api/v1/uploads "{\"size\":$PHOTO_SIZE,\"sha256\":\"$PHOTO_SHA\",\"kind\":\"photo\",\"filename\":\"again.jpg\"}" MEI
ex "over 50 MiB" POST /api/v1/uploads "{\"size\":52428801,\"sha256\":\"$PHOTO_SHA\",\"kind\":\"photo\",\"filename\":\"huge.jpg\"}" MEI
printf 'just some text, not a picture\n' >"$work/notes.jpg"
NOTES_SHA=$(sha256sum "$work/notes.jpg" | cut -d' ' -f1)
ex "a text file named .jpg" POST /api/v1/uploads "{\"size\":$(stat -c %s "$work/notes.jpg"),\"sha256\":\"$NOTES_SHA\",\"kind\":\"photo\",\"filename\":\"notes.jpg\"}" MEI
U2=$(jq -r .uploadId <<<"$BODY")
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @notes.jpg" \
  ex "is refused once whole (and discarded)" PATCH "/api/v1/uploads/$U2" "" MEI -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/notes.jpg"
PH1=$(uuid)
ex "a photo from the upload" PUT "/api/v1/photos/$PH1" "{\"uploadId\":\"$U1\",\"albumId\":\"$A1\",\"caption\":\"苏堤春晓\",\"visibility\":\"public\"}" MEI
ex "a photo of media someone else uploaded" PUT "/api/v1/photos/$(uuid)" "{\"mediaId\":\"$M1\",\"albumId\":\"$A1\",\"caption\":\"\",\"visibility\":\"public\"}" JUN
ex "mei's albums, as her friend sees them" GET /api/v1/users/mei/albums "" JUN
ex "the album's photos" GET "/api/v1/albums/$A1/photos" "" JUN
ex "the album's photos, as a stranger" GET "/api/v1/albums/$A1/photos" "" TAO
ex "a second photo, a moment later" PUT "/api/v1/photos/$(uuid)" "{\"mediaId\":\"$M1\",\"albumId\":\"$A1\",\"caption\":\"断桥\",\"visibility\":\"friends\"}" MEI
ex "both photos, one entry in a friend's feed" GET "/api/v1/feed?limit=1" "" JUN
# media TITLE PATH TOKEN_VARIABLE_NAME: like ex for an image answer, shown without its bytes.
media() {
  curl -s -D "$work/headers" -o "$work/image" -H "Authorization: Bearer ${!3}" "$base$2"
  printf '#### %s\n\n```sh\ncurl -i -H "Authorization: Bearer $%s" -o image.jpg '"'"'%s%s'"'"'\n```\n\n```http\n' "$1" "$3" "$shown" "$2"
  tr -d '\r' <"$work/headers" | grep -v -i -E '^(date|server|connection|content-length|keep-alive|x-request-id):' | sed '/^$/d'
  if jq . "$work/image" >/dev/null 2>&1; then echo; jq . "$work/image";
  else echo; echo "(JPEG, $(identify -format '%w x %h' "$work/image") pixels)"; fi
  printf '```\n\n'
}
media "the thumbnail" "/api/v1/media/$M1?size=thumb" JUN
media "the large rendition" "/api/v1/media/$M1?size=large" JUN
media "the thumbnail, as a stranger" "/api/v1/media/$M1?size=thumb" TAO
# bytes TITLE PATH TOKEN_VARIABLE_NAME [HEADER...]: a media answer with its Content-Length, the body shown by size.
bytes() {
  local title=$1 path=$2 tokvar=$3; shift 3
  local headers=() shownHeaders="" h
  for h in "$@"; do headers+=(-H "$h"); shownHeaders+=" -H '$h'"; done
  rm -f "$work/bytes" # curl writes no file for an answer without a body (304)
  curl -s -D "$work/headers" -o "$work/bytes" -H "Authorization: Bearer ${!tokvar}" "${headers[@]}" "$base$path"
  printf '#### %s\n\n```sh\ncurl -i -H "Authorization: Bearer $%s"%s -o part '"'"'%s%s'"'"'\n```\n\n```http\n' "$title" "$tokvar" "$shownHeaders" "$shown" "$path"
  tr -d '\r' <"$work/headers" | grep -v -i -E '^(date|server|connection|keep-alive):' | sed '/^$/d'
  if grep -qi '^content-type: application/json' "$work/headers"; then echo; jq . "$work/bytes"
  elif [ -s "$work/bytes" ]; then echo; echo "($(stat -c %s "$work/bytes") bytes)"; fi
  printf '```\n\n'
}
bytes "the original's first kilobyte" "/api/v1/media/$M1?size=original" JUN 'Range: bytes=0-1023'
bytes "its last 100 bytes" "/api/v1/media/$M1?size=original" JUN 'Range: bytes=-100'
bytes "a range past the end" "/api/v1/media/$M1?size=original" JUN 'Range: bytes=99999999-'
bytes "two ranges get the whole body" "/api/v1/media/$M1?size=original" JUN 'Range: bytes=0-9,100-109'
bytes "revalidating the thumbnail" "/api/v1/media/$M1?size=thumb" JUN "If-None-Match: \"$M1-thumb\""
bytes "revalidating, as a stranger" "/api/v1/media/$M1?size=thumb" TAO "If-None-Match: \"$M1-thumb\""

echo "### tracks and the space's music"
# A WAV whose RIFF INFO chunk names title and artist (what a tagger writes), and a text file named .mp3.
python3 - "$work/qingtian.wav" <<'PY'
import struct, sys
pcm = b'\0\0' * 8000 * 3
info = b''.join(k + struct.pack('<I', len(v)) + v + (b'\0' if len(v) % 2 else b'') for k, v in ((b'INAM', '晴天'.encode() + b'\0'), (b'IART', '周杰伦'.encode() + b'\0')))
chunks = b'fmt ' + struct.pack('<IHHIIHH', 16, 1, 1, 8000, 16000, 2, 16) + b'data' + struct.pack('<I', len(pcm)) + pcm + b'LIST' + struct.pack('<I', 4 + len(info)) + b'INFO' + info
open(sys.argv[1], 'wb').write(b'RIFF' + struct.pack('<I', 4 + len(chunks)) + b'WAVE' + chunks)
PY
TRACK_SIZE=$(stat -c %s "$work/qingtian.wav"); TRACK_SHA=$(sha256sum "$work/qingtian.wav" | cut -d' ' -f1)
ex "start a track upload" POST /api/v1/uploads "{\"size\":$TRACK_SIZE,\"sha256\":\"$TRACK_SHA\",\"kind\":\"track\",\"filename\":\"qingtian.wav\"}" MEI
U3=$(jq -r .uploadId <<<"$BODY")
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @qingtian.wav" \
  ex "send it whole" PATCH "/api/v1/uploads/$U3" "" MEI -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/qingtian.wav"
T1=$(uuid)
ex "a track from the upload (title and artist from its tags)" PUT "/api/v1/tracks/$T1" "{\"uploadId\":\"$U3\"}" MEI
TM=$(jq -r .track.mediaId <<<"$BODY")
ex "the same write again (a retry)" PUT "/api/v1/tracks/$T1" "{\"uploadId\":\"$U3\"}" MEI
ex "rename it for friends at revision 1" PUT "/api/v1/tracks/$T1" "{\"mediaId\":\"$TM\",\"title\":\"晴天 (live)\",\"visibility\":\"friends\",\"baseRevision\":1}" MEI
ex "a stale revision" PUT "/api/v1/tracks/$T1" "{\"mediaId\":\"$TM\",\"title\":\"x\",\"baseRevision\":1}" MEI
ex "someone else's media" PUT "/api/v1/tracks/$(uuid)" "{\"mediaId\":\"$TM\"}" TAO
ex "a friend reads it" GET "/api/v1/tracks/$T1" "" JUN
ex "a stranger reads it" GET "/api/v1/tracks/$T1" "" TAO
T2=$(uuid)
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $MEI" -H 'Content-Type: application/json' \
  --data-binary "{\"mediaId\":\"$TM\",\"title\":\"晴天\",\"artist\":\"周杰伦\"}" "$base/api/v1/tracks/$T2"
ex "mei's tracks, as her friend sees them" GET "/api/v1/users/mei/tracks?limit=10" "" JUN
FANS=$(uuid)
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $MEI" -H 'Content-Type: application/json' \
  --data-binary '{"name":"乐迷","members":["jun"]}' "$base/api/v1/me/groups/$FANS"
T3=$(uuid)
ex "a track for one friend group" PUT "/api/v1/tracks/$T3" "{\"mediaId\":\"$TM\",\"title\":\"晴天 (demo)\",\"visibility\":\"groups\",\"groups\":[\"$FANS\"]}" MEI
ex "a group that is not mine" PUT "/api/v1/tracks/$(uuid)" "{\"mediaId\":\"$TM\",\"visibility\":\"groups\",\"groups\":[\"$(uuid)\"]}" MEI
ex "a member of the group reads it" GET "/api/v1/tracks/$T3" "" JUN
EX_SHOWN="-o qingtian.wav" ex "the audio" GET "/api/v1/media/$TM" "" JUN -o /dev/null
bytes "a player seeks into the audio" "/api/v1/media/$TM" JUN 'Range: bytes=24044-'
printf 'just some text, not music\n' >"$work/notes.mp3"
NOTES3_SHA=$(sha256sum "$work/notes.mp3" | cut -d' ' -f1)
U4=$(curl -s -X POST -H "Authorization: Bearer $MEI" -H 'Content-Type: application/json' \
  --data-binary "{\"size\":$(stat -c %s "$work/notes.mp3"),\"sha256\":\"$NOTES3_SHA\",\"kind\":\"track\",\"filename\":\"notes.mp3\"}" "$base/api/v1/uploads" | jq -r .uploadId)
EX_SHOWN="-H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @notes.mp3" \
  ex "a text file named .mp3 is refused once whole" PATCH "/api/v1/uploads/$U4" "" MEI -H 'Content-Type: application/offset+octet-stream' -H 'Upload-Offset: 0' --data-binary @"$work/notes.mp3"
ex "the background music" PUT /api/v1/me/space "{\"title\":\"梅的空间\",\"music\":{\"trackIds\":[\"$T2\",\"$T1\"],\"autoplay\":true,\"shuffle\":false}}" MEI
ex "a playlist naming someone else's track" PUT /api/v1/me/space "{\"music\":{\"trackIds\":[\"$(uuid)\"]}}" MEI
ex "the playlist as a stranger hears it" GET /api/v1/users/mei "" TAO
ex "delete a track" DELETE "/api/v1/tracks/$T1" "" MEI

echo "### reposts and notifications"
P5=$(uuid)
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $MEI" -H 'Content-Type: application/json' \
  --data-binary '{"text":"西湖的荷花开了 🌸","photoIds":[],"visibility":"friends"}' "$base/api/v1/posts/$P5"
R1=$(uuid)
ex "a friend reposts a friends-only 说说" PUT "/api/v1/reposts/$R1" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"一起去看吧\",\"visibility\":\"friends\"}" JUN
ex "the same again (a retry)" PUT "/api/v1/reposts/$R1" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"一起去看吧\",\"visibility\":\"friends\"}" JUN
ex "reposted to the public: too wide" PUT "/api/v1/reposts/$(uuid)" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"\",\"visibility\":\"public\"}" JUN
ex "a stranger reposts it (hidden from them)" PUT "/api/v1/reposts/$(uuid)" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"\",\"visibility\":\"private\"}" TAO
ex "edit the comment at revision 1" PUT "/api/v1/reposts/$R1" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"周末一起去看吧\",\"visibility\":\"friends\",\"baseRevision\":1}" JUN
ex "a stale revision" PUT "/api/v1/reposts/$R1" "{\"kind\":\"post\",\"itemId\":\"$P5\",\"comment\":\"x\",\"visibility\":\"friends\",\"baseRevision\":1}" JUN
ex "read the repost" GET "/api/v1/reposts/$R1" "" MEI
# tao befriends jun (not mei), so tao sees jun's repost but not mei's 说说.
curl -s -o /dev/null -X POST -H "Authorization: Bearer $TAO" -H 'Content-Type: application/json' --data-binary '{"username":"jun"}' "$base/api/v1/friends/requests"
FR2=$(curl -s -H "Authorization: Bearer $JUN" "$base/api/v1/friends/requests" | jq -r '.incoming[0].id')
curl -s -o /dev/null -X POST -H "Authorization: Bearer $JUN" "$base/api/v1/friends/requests/$FR2/accept"
ex "jun's friend tao, a stranger to mei: the original is null" GET "/api/v1/reposts/$R1" "" TAO
ex "jun's reposts" GET "/api/v1/users/jun/reposts?limit=10" "" JUN
curl -s -o /dev/null -X PUT -H "Authorization: Bearer $JUN" "$base/api/v1/items/post/$P5/like"
curl -s -o /dev/null -X POST -H "Authorization: Bearer $JUN" -H 'Content-Type: application/json' \
  --data-binary "{\"id\":\"$(uuid)\",\"text\":\"真美\"}" "$base/api/v1/items/post/$P5/comments"
ex "mei's notifications" GET "/api/v1/me/notifications?limit=3" "" MEI
ex "the next page" GET "/api/v1/me/notifications?limit=3&cursor=$(jq -r .nextCursor <<<"$BODY")" "" MEI
NEWEST=$(curl -s -H "Authorization: Bearer $MEI" "$base/api/v1/me/notifications?limit=1" | jq -r '.items[0].id')
ex "mark read up to the newest" POST /api/v1/me/notifications/read "{\"upTo\":$NEWEST}" MEI
ex "mark all read" POST /api/v1/me/notifications/read '{"all":true}' MEI
ex "neither upTo nor all" POST /api/v1/me/notifications/read '{}' MEI
ex "delete the repost" DELETE "/api/v1/reposts/$R1" "" JUN
ex "a deleted repost" GET "/api/v1/reposts/$R1" "" JUN
