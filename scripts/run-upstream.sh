#!/usr/bin/env bash
# Sets up what is missing, builds, and runs the reference upstream server
# (certdesk-upstream) on its embedded SQLite store. On first start it loads a
# demo roster (certdesk-cli demo, about 5,000 people in district 370299) and
# creates three accounts, all with the password "certdesk-demo":
#   admin   district administrator of 370299
#   street  street supervisor of 370299001
#   worker  community worker of 370299001001
# Then point a CertDesk window (Sync > Sync settings) at http://127.0.0.1:8470.
# UPSTREAM_DATA chooses the data folder, UPSTREAM_LISTEN the address; a
# postgresql:// URL in UPSTREAM_DB uses PostgreSQL instead of SQLite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build --target certdesk-upstream certdesk-cli
DATA=${UPSTREAM_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/certdesk-upstream}
DB=${UPSTREAM_DB:-sqlite:$DATA/upstream.sqlite}
LISTEN=${UPSTREAM_LISTEN:-127.0.0.1:8470}
mkdir -p "$DATA"
up() { build/server/certdesk-upstream "$@" --db "$DB"; }
if [ ! -f "$DATA/.initialised" ]; then
    build/app/certdesk-cli demo --db "$DATA/roster.sqlite" --persons 5000 >/dev/null
    up load-roster --from "$DATA/roster.sqlite"
    up add-user --user admin --password certdesk-demo --role admin --scope 370299 --name "区管理员"
    up add-user --user street --password certdesk-demo --role supervisor --scope 370299001 --name "街道督导"
    up add-user --user worker --password certdesk-demo --role worker --scope 370299001001 --name "社区专干"
    touch "$DATA/.initialised"
fi
exec build/server/certdesk-upstream serve --db "$DB" --evidence "$DATA/evidence" --listen "$LISTEN"
