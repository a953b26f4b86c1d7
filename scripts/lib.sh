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
  local watch=("$SUPERVISE_HOME/src/main" "$SUPERVISE_HOME/pom.xml")
  [ "${1:-}" = models ] && watch+=("$SUPERVISE_HOME/models")
  if [ ! -f "$SUPERVISE_JAR" ] || [ ! -d "$SUPERVISE_HOME/target/lib" ] || [ ! -f "$SUPERVISE_CLUSTER_JAR" ] \
     || [ ! -d "$SUPERVISE_HOME/target/spark-home/jars" ] \
     || [ -n "$(find "${watch[@]}" -newer "$SUPERVISE_CLUSTER_JAR" -print -quit 2>/dev/null)" ]; then
    echo "supervise: building (mvn -q -B -Dstyle.color=never package -DskipTests)..." >&2
    (cd "$SUPERVISE_HOME" && mvn -q -B -Dstyle.color=never package -DskipTests) >&2 || { echo "supervise: build failed" >&2; exit 1; }
  fi
}

# Runs a main class on the project's classpath with the Spark flags; extra JVM options come from JAVA_OPTS.
supervise_java() {
  local main="$1"; shift
  # shellcheck disable=SC2086
  exec java ${JAVA_OPTS:--Xmx4g} $SPARK_OPENS -cp "$SUPERVISE_JAR:$SUPERVISE_HOME/target/lib/*" "$main" "$@"
}
