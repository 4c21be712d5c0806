#!/usr/bin/env bash
# The layer rule of docs/architecture.md, checked on the sources: ui/ reads through item models and writes
# through app services; it never reaches the store, SQL, the network stack or the server directly. And the
# domain stays Qt::Core-only, shared by client and server.
set -euo pipefail
root=${1:?usage: layer-check.sh SOURCE_DIR}
status=0

forbid() { # forbid DIR REGEX WHY
    local hits
    # app/gui/main.cpp is the window's composition root: it builds the ui over the app, by design.
    hits=$(grep -rnE --include='*.cpp' --include='*.h' --exclude-dir=gui "$2" "$root/$1" || true)
    if [[ -n $hits ]]; then
        printf '%s\n' "$hits" | sed "s|^$root/||"
        printf 'layer-check: %s\n\n' "$3"
        status=1
    fi
}

forbid ui '#include [<"](models/store/|server-stub/|QSql|QtSql|QNetworkAccessManager)' \
    'ui/ must not include the store, Qt SQL, QNetworkAccessManager or the server: read through models/, write through app/services/'
forbid models/domain '#include [<"](QtGui|QtWidgets|QtSql|QtNetwork|QWidget|QSql|QNetwork|app/|ui/|models/store/|server-stub/)' \
    'models/domain/ is the shared vocabulary: Qt Core only, no other layer'
forbid app '#include [<"](ui/|QWidget|QtWidgets|server-stub/)' \
    'app/ is below ui/: no widgets, no server'
forbid models/store '#include [<"](app/|ui/|server-stub/)' \
    'the store knows only the domain'

exit $status
