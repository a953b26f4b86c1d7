# Shared by the launchers in scripts/: the project root, the JVM flags Spark needs on Java 17,
# and a build of the jar when it is missing or older than the sources.
SUPERVISE_HOME="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SPARK_OPENS="-XX:+IgnoreUnrecognizedVMOptions
 --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
 --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
 --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
 --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
 --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED
 --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/sun.nio.cs=ALL-UNNAMED
 --add-opens=java.base/sun.security.action=ALL-UNNAMED --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
 -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true"
SUPERVISE_JAR="$SUPERVISE_HOME/target/supervise.jar"

SUPERVISE_CLUSTER_JAR="$SUPERVISE_HOME/target/supervise-cluster.jar"

# Builds target/supervise.jar (and target/lib), the cluster jar and target/spark-home/jars when missing or when a
# source is newer. Models are data: the launcher reads models/ itself, so editing one needs no build. Pass
# "models" to rebuild also when a model is newer than the jars (for the copies packaged in them).
supervise_build_if_needed() {
  local watch=("$SUPERVISE_HOME/src/main" "$SUPERVISE_HOME/src/test/java/dev/supervise/sample" "$SUPERVISE_HOME/pom.xml")
  [ "${1:-}" = models ] && watch+=("$SUPERVISE_HOME/models")
  if [ ! -f "$SUPERVISE_JAR" ] || [ ! -d "$SUPERVISE_HOME/target/lib" ] || [ ! -f "$SUPERVISE_CLUSTER_JAR" ] \
     || [ ! -d "$SUPERVISE_HOME/target/spark-home/jars" ] \
     || [ -n "$(find "${watch[@]}" -newer "$SUPERVISE_CLUSTER_JAR" -print -quit 2>/dev/null)" ]; then
    echo "supervise: building (mvn -q -B -Dstyle.color=never package -DskipTests)..." >&2
    (cd "$SUPERVISE_HOME" && mvn -q -B -Dstyle.color=never package -DskipTests) >&2 || { echo "supervise: build failed" >&2; exit 1; }
  fi
}

# JVM settings every launcher uses (SUPERVISE_JVM overrides them): the client compiler only. A run's JVM lives seconds
# to minutes; C2 spent a core compiling Spark for most of that time. Measured, A B A B: parking-space on 1M rows
# 0.90x the wall time (0.86-1.02) and 0.77x the CPU with C1 alone; the sample run about 0.8x.
# The code cache is the C2 default's size: C1 alone reserves 48 MB, which Spark's generated code for a large plan (a
# linking step's fourteen blocking joins) fills, and the JVM then stops compiling and runs the rest interpreted.
SUPERVISE_JVM_GIVEN="${SUPERVISE_JVM+set}"
SUPERVISE_JVM="${SUPERVISE_JVM--XX:TieredStopAtLevel=1 -XX:-DontCompileHugeMethods -XX:ReservedCodeCacheSize=240m}"
# A command over 100 MB of input or more runs minutes of hot loops (comparisons, sorts, hashing), and there C2 pays
# for its compiling: linking a million records a side took 171 s of link-eval with it, 220 s with C1 alone; at
# 250k a side (37 MB) the two were even. So Spark commands whose --data folder holds that much get both compilers
# (its local files only: a catalog.yaml pointing elsewhere or a JDBC source is not counted).
supervise_jit_for() {  # ARGS... of a command (sets SUPERVISE_JVM unless the caller gave one)
  [ -z "$SUPERVISE_JVM_GIVEN" ] || return 0
  local prev="" a dir="" bytes
  for a in "$@"; do
    [ "$prev" = --data ] && dir="$a"
    case "$a" in --data=*) dir="${a#--data=}" ;; esac
    prev="$a"
  done
  [ -n "$dir" ] && [ -d "$dir" ] || return 0
  bytes=$(du -sbL "$dir" 2>/dev/null | cut -f1) || bytes=0   # unreadable parts: the client compiler, as before
  if [ "${bytes:-0}" -ge 100000000 ]; then SUPERVISE_JVM="-XX:-DontCompileHugeMethods -XX:ReservedCodeCacheSize=240m"; fi
}

# Class data sharing: the 20,000 classes a run loads (most of them Spark's) are mapped from an archive rather than
# read, verified and parsed one by one (the sample run: 0.85x the wall time). Sets CDS_OPTS for a classpath: the
# archive when it is newer than every jar of it, else, when ALLOW_DUMP is 1, options that write it at exit (into
# CDS_DUMP, moved into place by cds_finish). SUPERVISE_CDS=off turns it off. A stale or foreign archive is ignored.
cds_prepare() {  # NAME CLASSPATH ALLOW_DUMP
  local archive="$SUPERVISE_HOME/target/cds/$1.jsa"
  CDS_OPTS=(); CDS_DUMP=""; CDS_ARCHIVE="$archive"
  [ "${SUPERVISE_CDS:-on}" = off ] && return 0
  local stamp jars=() e; stamp="$(readlink -f "$(command -v java)") $2"
  IFS=':' read -ra jars <<< "$2"
  for e in "${jars[@]}"; do jars+=("${e%/\*}"); done    # a wildcard entry: its folder
  if [ -f "$archive" ] && [ "$(cat "$archive.stamp" 2>/dev/null)" = "$stamp" ] \
     && [ -z "$(find "${jars[@]}" -newer "$archive" -print -quit 2>/dev/null)" ]; then
    CDS_OPTS=(-XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off)
  elif [ "$3" = 1 ]; then
    mkdir -p "$(dirname "$archive")"
    CDS_DUMP="$archive.$$.tmp"
    echo "$stamp" > "$archive.$$.stamp"
    CDS_OPTS=(-XX:ArchiveClassesAtExit="$CDS_DUMP" -Xlog:cds=off -Xlog:cds+dynamic=off)
  fi
}

cds_finish() {  # moves a written archive into place (not after a failed run: it loaded too few classes)
  [ -n "$CDS_DUMP" ] || return 0
  if [ -s "$CDS_DUMP" ] && [ -z "${CDS_DUMP_FAILED:-}" ]; then mv -f "$CDS_DUMP" "$CDS_ARCHIVE" && mv -f "$CDS_ARCHIVE.$$.stamp" "$CDS_ARCHIVE.stamp"; fi
  rm -f "$CDS_DUMP" "$CDS_ARCHIVE.$$.stamp"
}

# The tools that are not the product (the data and people generators, the benchmarks' baselines) live in the test
# sources; they run from target/test-classes next to the product's jar, without a class archive (CDS maps jars only).
SUPERVISE_TOOLS_CP="$SUPERVISE_HOME/target/test-classes:$SUPERVISE_JAR:$SUPERVISE_HOME/target/lib/*"
supervise_tool() {  # SUBCOMMAND ARGS... (of dev.supervise.tools.Tools)
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:--Xmx4g} $SUPERVISE_JVM $SPARK_OPENS -cp "$SUPERVISE_TOOLS_CP" dev.supervise.tools.Tools "$@"
}

# Runs a main class on the project's classpath with the Spark flags; extra JVM options come from JAVA_OPTS. Each kind
# of CLI command maps the classes it loads from an archive of its own, written by its first use after a build: runs
# of models (Spark), the store's commands (Delta Kernel), the rest.
supervise_java() {
  local main="$1"; shift
  local cp="$SUPERVISE_JAR:$SUPERVISE_HOME/target/lib/*" kind
  case "$main ${1:-}" in
    "dev.supervise.cli.Main run"|"dev.supervise.cli.Main test"|"dev.supervise.cli.Main link-eval") kind=cli-spark ;;
    "dev.supervise.cli.Main runs"|"dev.supervise.cli.Main clues"|"dev.supervise.cli.Main stats"|"dev.supervise.cli.Main feedback") kind=cli-store ;;
    "dev.supervise.cli.Main "*) kind=cli ;;
    *) kind="$(basename "${main//./-}")" ;;
  esac
  [ "$kind" = cli-spark ] && supervise_jit_for "$@"
  cds_prepare "$kind" "$cp" 1
  if [ -z "$CDS_DUMP" ]; then
    # shellcheck disable=SC2086
    exec java ${JAVA_OPTS:--Xmx4g} $SUPERVISE_JVM "${CDS_OPTS[@]}" $SPARK_OPENS -cp "$cp" "$main" "$@"
  fi
  local code=0
  # shellcheck disable=SC2086
  java ${JAVA_OPTS:--Xmx4g} $SUPERVISE_JVM "${CDS_OPTS[@]}" $SPARK_OPENS -cp "$cp" "$main" "$@" || code=$?
  [ $code = 0 ] || CDS_DUMP_FAILED=1
  cds_finish
  exit $code
}
