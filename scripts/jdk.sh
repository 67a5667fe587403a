# Sourced by the scripts: makes JAVA_HOME a JDK 21+ (the build needs one; the bytecode is 17).
# Keeps a JAVA_HOME (or the java on PATH) that is 21+, else takes the newest JDK 21+ under
# /usr/lib/jvm.
_nb_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }
_nb_java="${JAVA_HOME:+$JAVA_HOME/bin/java}"
[ -n "$_nb_java" ] || _nb_java=$(command -v java || true)
if [ -z "$_nb_java" ] || [ "$(_nb_major "$_nb_java")" -lt 21 ] 2>/dev/null; then
  JAVA_HOME=""
  for _nb_jdk in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -rV); do
    if [ -x "$_nb_jdk/bin/javac" ] && [ "$(_nb_major "$_nb_jdk/bin/java")" -ge 21 ] 2>/dev/null; then
      JAVA_HOME="${_nb_jdk%/}"
      break
    fi
  done
  [ -n "$JAVA_HOME" ] || { echo "no JDK 21+ found (set JAVA_HOME)" >&2; return 1 2>/dev/null || exit 1; }
else
  JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$_nb_java")")")
fi
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
unset _nb_java _nb_jdk
