#!/usr/bin/env bash
# A throwaway single-node OpenSearch 2.19 on loopback for the tests and the benchmark.
#
#   deploy/test_opensearch.sh start   build search/opensearch-node with Maven (artifacts from
#                                     Maven Central into ~/.m2 on the first run, offline after),
#                                     start the node in the background, wait for cluster
#                                     health, print its URL (OPENSEARCH_URL)
#   deploy/test_opensearch.sh stop    stop it (by its process id)
#   deploy/test_opensearch.sh url     print its URL (fails when it is not running)
#   deploy/test_opensearch.sh pid     print its process id
#
# The node runs in one JVM (heap OPENSEARCH_TEST_HEAP, default 1g) with the netty4 transport,
# analysis-common and Lucene's smartcn, no security plugin, on 127.0.0.1: HTTP on
# OPENSEARCH_TEST_PORT (default 0: a free port); data and logs under OPENSEARCH_TEST_DIR,
# wiped at every start. A second start while it runs prints the URL again.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
PROJECT="$ROOT/search/opensearch-node"
DIR="${OPENSEARCH_TEST_DIR:-/var/tmp/fazhi-test-opensearch}"
PORT="${OPENSEARCH_TEST_PORT:-0}"
HEAP="${OPENSEARCH_TEST_HEAP:-1g}"
PIDFILE="$DIR/pid"
HOME_DIR="$DIR/home"

log() { echo "test_opensearch: $*" >&2; }

install_if_missing() {
    command -v java >/dev/null && command -v mvn >/dev/null && return 0
    [ "$(id -u)" = 0 ] || { log "Java 17 and Maven are needed: apt-get install openjdk-17-jdk-headless maven"; exit 1; }
    log "installing Debian's openjdk-17-jdk-headless and maven"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jdk-headless maven >/dev/null
}

build() {
    # Offline when everything is cached (no network round trips); otherwise download.
    if ! mvn -B -q -o -f "$PROJECT/pom.xml" compile >"$DIR/build.log" 2>&1; then
        log "building search/opensearch-node (first run: downloads from Maven Central)"
        mvn -B -q -f "$PROJECT/pom.xml" compile >"$DIR/build.log" 2>&1 \
            || { cat "$DIR/build.log" >&2; exit 1; }
    fi
}

running() {
    [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null
}

url() {
    running && [ -f "$HOME_DIR/url" ] || { log "not running"; return 1; }
    cat "$HOME_DIR/url"
}

# Cluster health at least yellow (a single node's indices have no replicas: green).
wait_healthy() {
    python3 - "$1" <<'EOF'
import json, sys, time, urllib.request
url = sys.argv[1] + "_cluster/health?wait_for_status=yellow&timeout=5s"
deadline = time.monotonic() + 120
while True:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            if json.load(answer)["status"] in ("green", "yellow"):
                break
    except OSError:
        pass
    if time.monotonic() > deadline:
        sys.exit("test_opensearch: cluster not healthy after 120 s")
    time.sleep(0.5)
EOF
}

start() {
    mkdir -p "$DIR"
    if running; then
        url
        return
    fi
    install_if_missing
    build
    rm -rf "$HOME_DIR"
    mkdir -p "$HOME_DIR"
    # Its own session (setsid): stop signals the JVM alone; nohup: it outlives this shell.
    setsid nohup java -Xms256m -Xmx"$HEAP" -XX:+UseG1GC -Dfile.encoding=UTF-8 \
        -Djava.awt.headless=true -Dlog4j2.disable.jmx=true -Djava.io.tmpdir="$HOME_DIR" \
        -cp "$PROJECT/target/classes:$(cat "$PROJECT/target/classpath.txt")" \
        fazhi.TestNode "$HOME_DIR" "$PORT" >"$DIR/node.log" 2>&1 </dev/null &
    echo $! >"$PIDFILE"
    for _ in $(seq 240); do
        [ -f "$HOME_DIR/url" ] && break
        running || { cat "$DIR/node.log" >&2; log "the node exited"; exit 1; }
        sleep 0.5
    done
    [ -f "$HOME_DIR/url" ] || { cat "$DIR/node.log" >&2; log "no URL after 120 s"; stop; exit 1; }
    wait_healthy "$(cat "$HOME_DIR/url")"
    cat "$HOME_DIR/url"
}

stop() {
    [ -f "$PIDFILE" ] || return 0
    local pid
    pid=$(cat "$PIDFILE")
    if kill -0 "$pid" 2>/dev/null; then
        kill "$pid"
        for _ in $(seq 60); do
            kill -0 "$pid" 2>/dev/null || break
            sleep 0.5
        done
        kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    fi
    rm -f "$PIDFILE"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) url ;;
    pid) running && cat "$PIDFILE" ;;
    *) echo "usage: $0 start|stop|url|pid" >&2; exit 2 ;;
esac
