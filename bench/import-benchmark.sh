#!/usr/bin/env bash
# WordPress import benchmark (see README, "Benchmarks"): writes an export of POSTS posts (classic
# paragraphs, a caption, tags, one comment each) in the real export's format, starts the packaged
# portal on a fresh embedded PostgreSQL on free ports, signs in as the demo admin, sends the export and
# follows the import's page until its report, then prints how long the import took (from the request to
# the report). Target: 1,000 posts in under 30 s. Stops by itself.
#   bench/import-benchmark.sh   # POSTS=1000
set -euo pipefail
[[ -n "${TRACE:-}" ]] && set -x
cd "$(dirname "$0")/.."
source .ci/lib.sh
POSTS=${POSTS:-1000}
for tool in curl python3; do
  command -v "$tool" >/dev/null || { echo "needs $tool"; exit 1; }
done
./mvnw -B -q package -DskipTests
WORK=$(mktemp -d)
PORT=$(free_port)
BASE="http://127.0.0.1:$PORT"
cleanup() { [[ -n "${APP:-}" ]] && kill "$APP" 2>/dev/null && wait "$APP" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT

python3 - "$POSTS" "$WORK/export.xml" <<'PY'
import sys
count, out = int(sys.argv[1]), sys.argv[2]
items = []
for n in range(1, count + 1):
    items.append(f"""<item>
  <title><![CDATA[Billet de charge {n} : la vie associative &amp; le numérique]]></title>
  <link>https://charge.example/{2015 + n % 10}/{1 + n % 12:02d}/billet-de-charge-{n}/</link>
  <dc:creator>admin</dc:creator>
  <guid isPermaLink="false">https://charge.example/?p={n}</guid>
  <content:encoded><![CDATA[Premier paragraphe du billet {n}, sur la vie associative et ses bénévoles.

Deuxième paragraphe, avec une <strong>idée forte</strong>
et une ligne de plus.

[caption id="attachment_1" align="aligncenter" width="640"]<img src="https://charge.example/wp-content/uploads/2020/01/photo.png" alt="Une photo" width="640" height="480" /> Une légende[/caption]

Troisième paragraphe pour conclure.]]></content:encoded>
  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
  <wp:post_id>{n}</wp:post_id>
  <wp:post_date>{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d} 10:00:00</wp:post_date>
  <wp:post_date_gmt>{2015 + n % 10}-{1 + n % 12:02d}-{1 + n % 28:02d} 09:00:00</wp:post_date_gmt>
  <wp:post_name>billet-de-charge-{n}</wp:post_name>
  <wp:status>publish</wp:status>
  <wp:post_type>post</wp:post_type>
  <wp:post_password></wp:post_password>
  <wp:is_sticky>0</wp:is_sticky>
  <category domain="category" nicename="vie-associative"><![CDATA[Vie associative]]></category>
  <category domain="post_tag" nicename="charge-{n % 20}"><![CDATA[charge {n % 20}]]></category>
  <wp:comment>
    <wp:comment_id>{n}</wp:comment_id>
    <wp:comment_author><![CDATA[Lectrice {n}]]></wp:comment_author>
    <wp:comment_author_url></wp:comment_author_url>
    <wp:comment_date_gmt>2024-01-01 10:00:00</wp:comment_date_gmt>
    <wp:comment_content><![CDATA[Merci pour ce billet, voir <a href="https://exemple.org/{n}">ce lien</a>.]]></wp:comment_content>
    <wp:comment_approved>1</wp:comment_approved>
    <wp:comment_type>comment</wp:comment_type>
    <wp:comment_parent>0</wp:comment_parent>
  </wp:comment>
</item>""")
with open(out, "w") as f:
    f.write("""<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
 xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Charge</title><link>https://charge.example</link><wp:wxr_version>1.2</wp:wxr_version>
<wp:base_site_url>https://charge.example</wp:base_site_url>
""" + "\n".join(items) + "\n</channel></rss>\n")
PY
echo "import: export of $POSTS posts, $(du -h "$WORK/export.xml" | cut -f1)"

java -jar app/target/cercle.jar --server.port="$PORT" --cercle.shutdown.grace=0s \
  --cercle.embedded-postgres.data-dir="$WORK/pg" --cercle.embedded-postgres.port="$(free_port)" \
  --logging.level.root=warn >"$WORK/app.log" 2>&1 &
APP=$!
wait_ready "$BASE/readyz" 120 || { tail -40 "$WORK/app.log"; exit 1; }
sleep 5 # demo content
token() { curl -s -b "$WORK/jar" -c "$WORK/jar" "$BASE$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//'; }
curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null --data-urlencode "username=nadia" \
  --data-urlencode "password=cercle-demo-administratrice" --data-urlencode "_csrf=$(token /login)" "$BASE/login"
csrf=$(token /manage/import)
start=$(date +%s.%N)
job=$(curl -s -b "$WORK/jar" -c "$WORK/jar" -o /dev/null -w '%{redirect_url}' -F "_csrf=$csrf" \
  -F "file=@$WORK/export.xml;type=application/xml" "$BASE/manage/import")
[[ "$job" == *"/manage/import/"* ]] || { echo "import: not queued"; tail -20 "$WORK/app.log"; exit 1; }
running() { [[ "$(curl -s -H 'Accept: text/html' -b "$WORK/jar" "$job")" == *'http-equiv="refresh"'* ]]; }
while running; do sleep 0.2; done
end=$(date +%s.%N)
curl -s -H 'Accept: text/html' -b "$WORK/jar" "$job" > "$WORK/report.html"
grep -o 'Import terminé[^<]*' "$WORK/report.html" || { echo "import: no report"; sed -n "/<main/,/<\/main>/p" "$WORK/report.html" | head -30; grep -E "ERROR|Exception" "$WORK/app.log" | head -5; exit 1; }
python3 -c "print(f'import: $POSTS posts imported in {$end - $start:.1f} s (request to report)')"
