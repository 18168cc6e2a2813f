#!/usr/bin/env bash
# Builds Tandem's Linux app image and .deb with jpackage (called by `mvn -Pdist package`, after the shaded jar).
# Each has its own Java runtime, the questionnaire definitions, and a launcher that runs `tandem app`.
set -euo pipefail
target="$1"
version="$2"
input="$target/dist-input"
dest="$target/dist"
rm -rf "$input" "$dest"
mkdir -p "$input" "$dest"
cp "$target/tandem.jar" "$input/"
cp -r questionnaires "$input/questionnaires"
# The runtime holds only the modules Tandem uses (AWT for charts, XML for workbooks, the HTTP server for the app, ...),
# about half the JDK's default set.
modules=java.base,java.desktop,java.xml,java.logging,java.management,java.naming,java.sql,java.scripting
modules+=,jdk.httpserver,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.charsets,jdk.localedata
common=(--input "$input" --main-jar tandem.jar --main-class dev.tandem.cli.Main --name tandem
  --app-version "$version" --vendor "Tandem" --description "Tandem: questionnaires and reports for relationship coaches"
  --arguments app --java-options '-Dtandem.definitions=$APPDIR/questionnaires' --java-options -Xmx1g
  --add-modules "$modules")
jpackage --type app-image --dest "$dest" "${common[@]}"
jpackage --type deb --dest "$dest" "${common[@]}" --linux-shortcut --linux-menu-group Office \
  --linux-app-category office --linux-deb-maintainer "tandem@example.org"
ls -l "$dest"
