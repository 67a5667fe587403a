# Sourced by scripts/bench and scripts/bench-ab: what both need to run the workloads defined in
# buffer-bench/README.md. The ids and their groups, the JDK and the Node to use, the quick and
# default settings, the build of the benchmarks jar, the choice of the workloads a jar can run, the
# input check, and one JMH run. The caller sets $prog (its name, for messages) before sourcing it,
# and `set -euo pipefail`.

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
bench="$root/buffer-bench"
utf8_ids=(from-utf8-ascii-1k from-utf8-mixed-1k tostring-utf8-ascii-1k tostring-utf8-mixed-1m bytelength-utf8-mixed-1k)
codec_ids=("${utf8_ids[@]}" base64-encode-1m base64-decode-1m hex-encode-1m hex-decode-1m)
alloc_ids=(alloc-unsafe-64 alloc-zero-1k)
numbers_ids=(read-u32le-1m write-u32le-1m read-double-1m swap32-1m)
search_ids=(indexof-byte-1m indexof-needle-1m)
bytes_ids=(equals-1m compare-1m concat-100x1k fill-byte-1m fill-pattern-1m copy-1m)
default_ids=("${alloc_ids[@]}" "${codec_ids[@]}" "${numbers_ids[@]}" "${search_ids[@]}" "${bytes_ids[@]}")

die() { echo "$prog: $*" >&2; exit 1; }
warn() { echo "$prog: warning: $*" >&2; }
say() { echo "== $*" >&2; }

# bench_add_ids ARG: appends to ids the workload ARG, or the workloads of the group ARG.
bench_add_ids() {
  case "$1" in
    alloc) ids+=("${alloc_ids[@]}") ;;
    utf8) ids+=("${utf8_ids[@]}") ;;
    codec) ids+=("${codec_ids[@]}") ;;
    numbers) ids+=("${numbers_ids[@]}") ;;
    search) ids+=("${search_ids[@]}") ;;
    bytes) ids+=("${bytes_ids[@]}") ;;
    *) ids+=("$1") ;;
  esac
}

# bench_settings QUICK: jmh_opts, node_opts and mode, for the quick mode (QUICK = true) or the
# default one.
bench_settings() {
  if "$1"; then
    jmh_opts=(-f 1 -wi 3 -w 1s -i 3 -r 1s)
    node_opts=(--forks 1 --warmup 3 --rounds 3 --time 1)
    mode="quick: 1 fork x (3 x 1 s warm-up, 3 x 1 s)"
  else
    jmh_opts=(-f 2 -wi 3 -w 2s -i 3 -r 2s)
    node_opts=(--forks 2 --warmup 6 --rounds 3 --time 2)
    mode="default: 2 forks x (3 x 2 s warm-up, 3 x 2 s)"
  fi
}

# bench_java: JAVA_HOME if it is a JDK 21+, else Temurin 25; exports it and sets java.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
bench_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ] 2>/dev/null; then
    :
  else
    [ -n "${JAVA_HOME:-}" ] && warn "JAVA_HOME=$JAVA_HOME is not a JDK 21+; using Temurin 25"
    JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
    [ -x "$JAVA_HOME/bin/java" ] || die "no JDK 21+: set JAVA_HOME"
  fi
  export JAVA_HOME
  java="$JAVA_HOME/bin/java"
}

# bench_node: sets node ($NODEBUFFER_NODE, else scripts/node22's, else PATH's with a warning) and
# node_version.
bench_node() {
  node=""
  if [ -n "${NODEBUFFER_NODE:-}" ]; then
    node="$NODEBUFFER_NODE"
  elif [ -x "$root/scripts/node22" ]; then
    node=$("$root/scripts/node22" | tail -n 1) || { warn "scripts/node22 failed"; node=""; }
  fi
  if [ -z "$node" ]; then
    node=$(command -v node) || die "no node: set NODEBUFFER_NODE to a Node 22 binary"
    warn "no Node 22 given: using $node from PATH (set NODEBUFFER_NODE)"
  fi
  [ -x "$node" ] || die "not an executable node: $node"
  node_version=$("$node" --version)
  case "$node_version" in v22.*) ;; *) warn "$node is $node_version, not Node 22: the ratios are against $node_version" ;; esac
}

# bench_build DIR MVN_FLAG...: builds DIR/buffer-bench/target/benchmarks.jar when it is missing
# or older than a main source or pom of the modules it holds (mvn MVN_FLAG... -q -pl buffer-bench
# -am package -DskipTests, in DIR; never install).
bench_build() {
  local dir=$1 jar="$1/buffer-bench/target/benchmarks.jar" stale
  shift
  if [ ! -f "$jar" ]; then
    stale="missing"
  else
    stale=$(find "$dir/pom.xml" "$dir"/buffer-{codec,pool,api,bench}/pom.xml \
      "$dir"/buffer-{codec,pool,api,bench}/src/main -newer "$jar" -type f -print -quit 2>/dev/null || true)
  fi
  if [ -n "$stale" ]; then
    say "building $jar ($([ "$stale" = missing ] && echo missing || echo "older than ${stale#"$dir"/}"))"
    (cd "$dir" && mvn "$@" -q -pl buffer-bench -am package -DskipTests) || die "build failed in $dir"
  fi
  [ -f "$jar" ] || die "$jar is missing"
}

# A workload id maps to a method of dev.nodebuffer.bench.Workloads: alloc-unsafe-64 -> allocUnsafe64.
camel() { awk -F- '{ s = $1; for (i = 2; i <= NF; i++) s = s toupper(substr($i, 1, 1)) substr($i, 2); print s }' <<<"$1"; }
# bench_method CLASS ID: JMH's pattern for the one method of CLASS (Workloads, Primitives, Floors)
# that measures ID.
bench_method() { local m="dev.nodebuffer.bench.$1.$(camel "$2")"; echo "^${m//./\\.}\$"; }
# The encoding a workload needs beyond utf8, which other modules may not have landed yet.
needs_encoding() { case "$1" in base64-*) echo base64 ;; hex-*) echo hex ;; esac; }

# bench_select JAR ID...: the ids that JAR has a Workloads method for and bench.js a twin of,
# into workloads (dies on an unknown id); pool-strategy sets pool=true, virtual-threads vthreads=true; a workload whose encoding
# the port in JAR does not know yet (Buffer.isEncoding) goes to skipped, with a warning. Sets
# java_list (JAR's benchmarks).
bench_select() {
  local jar=$1 id enc node_list known_encodings
  shift
  java_list=$("$java" -jar "$jar" -l)
  node_list=$("$node" "$bench/node/bench.js" --list)
  known_encodings=$("$java" -cp "$jar" dev.nodebuffer.bench.Encodings base64 hex)
  pool=false
  vthreads=false
  workloads=()
  skipped=()
  for id in "$@"; do
    if [ "$id" = pool-strategy ]; then pool=true; continue; fi
    if [ "$id" = virtual-threads ]; then vthreads=true; continue; fi
    grep -qx "dev.nodebuffer.bench.Workloads.$(camel "$id")" <<<"$java_list" \
      || die "no JMH benchmark for $id (Workloads.$(camel "$id")); known: $(grep -o 'Workloads\.[A-Za-z0-9]*' <<<"$java_list" | tr '\n' ' ')"
    grep -qx "$id" <<<"$node_list" || die "no Node twin for $id in buffer-bench/node/bench.js"
    enc=$(needs_encoding "$id")
    if [ -n "$enc" ] && ! grep -qx "$enc" <<<"$known_encodings"; then
      warn "skipping $id: the port does not know the encoding '$enc' yet (Buffer.isEncoding(\"$enc\") is false)"
      skipped+=("$id")
      continue
    fi
    workloads+=("$id")
  done
}

# bench_inputs JAR: the inputs' fingerprints as JAR's Inputs prints them, into java_inputs; dies
# unless bench.js prints the same.
bench_inputs() {
  local node_inputs
  java_inputs=$("$java" -cp "$1" dev.nodebuffer.bench.Inputs)
  node_inputs=$("$node" "$bench/node/bench.js" --inputs)
  [ "$java_inputs" = "$node_inputs" ] \
    || die "Java (${1#"$root"/}) and Node generate different inputs:"$'\n'"java: $java_inputs"$'\n'"node: $node_inputs"
}

# bench_jmh JAR PATTERN OUT WHAT: JMH on the benchmarks of JAR that PATTERN matches, with
# jmh_opts (and the forks' extra JVM options jmh_jvm_args, when a script sets them); the JSON
# results to OUT.json, the log to OUT.log. WHAT names the run in messages.
bench_jmh() {
  say "$4 (JMH)"
  local extra=()
  [ -z "${jmh_jvm_args:-}" ] || extra=(-jvmArgsAppend "$jmh_jvm_args")
  "$java" -jar "$1" "$2" "${jmh_opts[@]}" "${extra[@]}" -foe true -rf json -rff "$3.json" >"$3.log" 2>&1 \
    || { tail -n 30 "$3.log" >&2; die "JMH failed on $4 (log: ${3#"$root"/}.log)"; }
}
