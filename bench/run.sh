#!/bin/bash
# Gateway benchmark, side by side: the stub upstream called directly, nginx as a plain reverse proxy,
# `clawdesk gateway run`, and the Portkey gateway (npm), all on 127.0.0.1, measured by our loadgen
# (+ wrk for one throughput row). Prints a markdown table and writes bench/results/<UTC time>.md/.log.
#
#   bench/run.sh
#
# Environment: BENCH_SECONDS (3) per closed-loop/stream scenario, BENCH_RATE (1000) and BENCH_OPEN_SECONDS (5)
# for the fixed-rate scenario, BENCH_PORT_BASE (18900), BENCH_QUIET_WAIT (600: seconds to wait for a
# 1-minute load average below BENCH_QUIET_LOAD, 1.5; 0 = do not wait), BENCH_BUILD_DIR (build-bench),
# BENCH_SKIP_PEER=1 to leave Portkey out.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
build=${BENCH_BUILD_DIR:-$root/build-bench}
seconds=${BENCH_SECONDS:-3}
rate=${BENCH_RATE:-1000}
open_seconds=${BENCH_OPEN_SECONDS:-5}
base=${BENCH_PORT_BASE:-18900}
quiet_wait=${BENCH_QUIET_WAIT:-600}
quiet_load=${BENCH_QUIET_LOAD:-1.5}
stub_port=$((base + 1)) nginx_port=$((base + 2)) clawdesk_port=$((base + 3)) portkey_port=$((base + 4))
token=bench-token
portkey_js=$here/peer/node_modules/@portkey-ai/gateway/build/start-server.js

say() { echo "bench: $*" >&2; }

# 1. What we need, installed only when missing.
if ! command -v nginx >/dev/null || ! command -v wrk >/dev/null; then
    say "installing nginx and wrk"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends nginx wrk >/dev/null
fi
nginx_bin=$(command -v nginx)
if [ "${BENCH_SKIP_PEER:-0}" != 1 ] && [ ! -f "$portkey_js" ]; then
    say "installing the Portkey gateway (npm ci)"
    npm ci --prefix "$here/peer" --ignore-scripts --no-audit --no-fund >/dev/null
fi
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
say "building clawdesk, stubupstream and loadgen (Release, $build)"
cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${launcher[@]}" >/dev/null
cmake --build "$build" -j2 --target clawdesk stubupstream loadgen >/dev/null

# 2. A quiet machine: the numbers mean little while other jobs share the two cores.
load1() { cut -d' ' -f1 /proc/loadavg; }
waited=0
while [ "$quiet_wait" -gt 0 ] && awk -v l="$(load1)" -v q="$quiet_load" 'BEGIN { exit !(l >= q) }'; do
    if [ "$waited" -ge "$quiet_wait" ]; then
        say "load average still $(load1) after ${waited}s; measuring anyway"
        break
    fi
    [ "$waited" -eq 0 ] && say "waiting for the 1-minute load average ($(load1)) to drop below $quiet_load"
    sleep 10
    waited=$((waited + 10))
done
start_load=$(cut -d' ' -f1-3 /proc/loadavg)

# 3. Every process by its PID, all ended on exit.
tmp=$(mktemp -d)
pids=()
cleanup() {
    for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
    for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT INT TERM

wait_port() { # port, what
    for _ in $(seq 1 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
        sleep 0.1
    done
    say "$2 did not start on port $1"
    exit 1
}
stub_count() { curl -s "http://127.0.0.1:$stub_port/stats" | sed 's/[^0-9]//g'; }
check_reaches_stub() { # name, port, curl args...
    local name=$1 port=$2 before after reply
    shift 2
    before=$(stub_count)
    reply=$(curl -s -X POST "http://127.0.0.1:$port/v1/chat/completions" -H 'Content-Type: application/json' "$@" \
        -d '{"model":"stub/stub-model","messages":[{"role":"user","content":"hi"}]}')
    after=$(stub_count)
    if [ "$after" -le "$before" ] || ! grep -q "Hello from the stub" <<<"$reply"; then
        say "$name does not reach the stub: $reply"
        exit 1
    fi
    reply=$(curl -s -N -X POST "http://127.0.0.1:$port/v1/chat/completions" -H 'Content-Type: application/json' "$@" \
        -d '{"model":"stub/stub-model","stream":true,"messages":[{"role":"user","content":"hi"}]}')
    if ! grep -q '"tok ' <<<"$reply" || ! grep -q 'data: \[DONE\]' <<<"$reply"; then
        say "$name does not stream from the stub: $reply"
        exit 1
    fi
}

"$build/stubupstream" --port "$stub_port" >"$tmp/stub.log" 2>&1 &
pids+=($!) stub_pid=$!
wait_port "$stub_port" stubupstream

mkdir -p "$tmp/home" "$tmp/nginx"
cat >"$tmp/openclaw.json" <<EOF
{ models: { providers: { stub: { baseUrl: "http://127.0.0.1:$stub_port/v1", api: "openai-completions",
    apiKey: "stub-key", models: [{ id: "stub-model", name: "Stub" }] } } },
  agents: { defaults: { model: { primary: "stub/stub-model" } } } }
EOF
HOME=$tmp/home OPENCLAW_CONFIG_PATH=$tmp/openclaw.json QT_LOGGING_RULES="clawdesk.gateway.info=false" \
    "$build/bin/clawdesk" gateway run --port "$clawdesk_port" --token "$token" >"$tmp/clawdesk.log" 2>&1 &
pids+=($!) clawdesk_pid=$!
wait_port "$clawdesk_port" "clawdesk gateway run"
idle_rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$clawdesk_pid/status")
check_reaches_stub clawdesk "$clawdesk_port" -H "Authorization: Bearer $token"

cat >"$tmp/nginx/nginx.conf" <<EOF
daemon off;
worker_processes 1;
pid $tmp/nginx/nginx.pid;
error_log $tmp/nginx/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path $tmp/nginx/body;
    proxy_temp_path $tmp/nginx/proxy;
    fastcgi_temp_path $tmp/nginx/fastcgi;
    uwsgi_temp_path $tmp/nginx/uwsgi;
    scgi_temp_path $tmp/nginx/scgi;
    upstream stub {
        server 127.0.0.1:$stub_port;
        keepalive 128;
        keepalive_requests 1000000;
    }
    server {
        listen 127.0.0.1:$nginx_port;
        keepalive_requests 1000000;
        location / {
            proxy_pass http://stub;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_buffering off;
        }
    }
}
EOF
"$nginx_bin" -p "$tmp/nginx" -c "$tmp/nginx/nginx.conf" -e "$tmp/nginx/error.log" &
pids+=($!) nginx_pid=$!
wait_port "$nginx_port" nginx
check_reaches_stub nginx "$nginx_port"

targets=(--target "direct:$stub_port:$stub_pid" --target "nginx:$nginx_port:$nginx_pid"
    --target "clawdesk:$clawdesk_port:$clawdesk_pid" --header "clawdesk=Authorization: Bearer $token")
if [ "${BENCH_SKIP_PEER:-0}" != 1 ]; then
    node -r "$here/peer/loopback.cjs" "$portkey_js" --port="$portkey_port" --headless >"$tmp/portkey.log" 2>&1 &
    pids+=($!) portkey_pid=$!
    wait_port "$portkey_port" "Portkey gateway"
    portkey_headers=("x-portkey-provider: openai" "x-portkey-custom-host: http://127.0.0.1:$stub_port/v1"
        "Authorization: Bearer stub-key")
    check_reaches_stub portkey "$portkey_port" "${portkey_headers[@]/#/-H}"
    targets+=(--target "portkey:$portkey_port:$portkey_pid")
    for h in "${portkey_headers[@]}"; do targets+=(--header "portkey=$h"); done
fi

# 4. Measure.
mkdir -p "$here/results"
stamp=$(date -u +%Y%m%d-%H%M%S)
out=$here/results/$stamp.md
{
    echo "# Gateway benchmark $stamp (UTC)"
    echo
    echo "- machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
    echo "- load average at start (1/5/15 min): $start_load"
    echo "- command: \`bench/run.sh\` (BENCH_SECONDS=$seconds, rate $rate req/s for $open_seconds s)"
    echo "- versions: nginx $("$nginx_bin" -v 2>&1 | sed 's/.*\///'), wrk $(wrk -v 2>&1 | head -1 | awk '{print $2}'), node $(node --version), @portkey-ai/gateway $(node -p "require('$here/peer/node_modules/@portkey-ai/gateway/package.json').version" 2>/dev/null || echo -), clawdesk $(git -C "$root" rev-parse --short HEAD)"
    echo "- clawdesk gateway run: RSS right after start $((idle_rss_kb / 1024)) MB ($idle_rss_kb KiB)"
    echo
} >"$out"
cat "$out"
"$build/loadgen" "${targets[@]}" --seconds "$seconds" --rate "$rate" --open-seconds "$open_seconds" \
    --wrk "$(command -v wrk)" --verdict clawdesk --idle-rss-kb "$idle_rss_kb" --out "$out" 2> >(tee "$here/results/$stamp.log" >&2)
echo "- load average at end: $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out"
for name in stub clawdesk portkey; do
    [ -s "$tmp/$name.log" ] && { echo "--- $name.log (tail)"; tail -20 "$tmp/$name.log"; } >>"$here/results/$stamp.log"
done
say "written $out"
