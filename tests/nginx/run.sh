#!/usr/bin/env bash
# Serves build/site with Debian's nginx and deploy/nginx.conf (as deployed: only the listen address
# and the root are changed, to a free loopback port and this checkout), checks the headers, then
# runs the browser smoke test against it. Usage: tests/nginx/run.sh (after .tools/build.sh web)
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
SITE="$ROOT/build/site"
PREFIX="$ROOT/build/nginx"
command -v nginx >/dev/null || { echo "nginx is not installed (.tools/setup.sh installs it)" >&2; exit 1; }
[ -f "$SITE/index.html" ] || { echo "nothing built in $SITE (.tools/build.sh web)" >&2; exit 1; }
rm -rf "$PREFIX" && mkdir -p "$PREFIX/logs" "$PREFIX/tmp"
PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

grep -q 'listen 80;' deploy/nginx.conf && grep -q 'root /var/www/hearth;' deploy/nginx.conf
sed -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$PORT;|" -e '/listen \[::\]:80;/d' \
    -e "s|root /var/www/hearth;|root $SITE;|" deploy/nginx.conf > "$PREFIX/hearth.conf"
modules=""
for m in /usr/lib/nginx/modules/ngx_http_brotli_static_module.so; do
  [ -f "$m" ] && modules+="load_module $m;"$'\n'
done
[ -n "$modules" ] || sed -i '/brotli_static/d' "$PREFIX/hearth.conf"
cat > "$PREFIX/nginx.conf" <<CONF
$modules
worker_processes 1;
pid $PREFIX/nginx.pid;
error_log $PREFIX/logs/error.log warn;
events { worker_connections 128; }
http {
    include /etc/nginx/mime.types;
    default_type application/octet-stream;
    access_log $PREFIX/logs/access.log;
    client_body_temp_path $PREFIX/tmp/body;
    proxy_temp_path $PREFIX/tmp/proxy;
    fastcgi_temp_path $PREFIX/tmp/fastcgi;
    uwsgi_temp_path $PREFIX/tmp/uwsgi;
    scgi_temp_path $PREFIX/tmp/scgi;
    sendfile on;
    include $PREFIX/hearth.conf;
}
CONF
run() { nginx -p "$PREFIX" -c "$PREFIX/nginx.conf" -e "$PREFIX/logs/error.log" "$@"; }
run -t -q
run
trap 'run -s stop 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  python3 -c "import urllib.request; urllib.request.urlopen('http://127.0.0.1:$PORT/')" 2>/dev/null && break
  sleep 0.1
done
echo "nginx: serving $SITE on http://127.0.0.1:$PORT/"
python3 tests/nginx/check_headers.py "http://127.0.0.1:$PORT/" "$SITE"
HEARTH_URL="http://127.0.0.1:$PORT/" node --test tests/nginx/smoke.test.mjs
