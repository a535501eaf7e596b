#!/usr/bin/env bash
# Packaging check, run by .ci/run (and by hand): build the Linux bundle, start it as a
# branch PC would on first start, install it per-user, and compile the Windows installer
# script. Needs: uv, the system packages of the README, nsis, desktop-file-utils, appstream.
#
#   bash packaging/ci_check.sh            build, then check
#   bash packaging/ci_check.sh --no-build check the bundle already in dist/
set -euo pipefail
cd "$(dirname "$0")/.."

SIZE_BUDGET_MB=250
bundle=dist/recouvrement-desktop
exe=$bundle/recouvrement-desktop
version=$(python3 -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])')
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "packaging check FAILED: $*" >&2; exit 1; }

echo "::group::build the bundle, the tarball and the Windows installer script (stand-in)"
if [ "${1:-}" != "--no-build" ]; then
  uv run --group packaging python packaging/build.py --installer-standin
  # The stand-in proved the script compiles; it is no installer, do not keep it around.
  rm -rf build/installer-standin
fi
[ -x "$exe" ] || fail "$exe is missing"
tarball=dist/recouvrement-desktop-$version-linux-$(uname -m).tar.gz
[ -f "$tarball" ] || fail "$tarball is missing"
echo "::endgroup::"

echo "::group::bundle contents"
size_mb=$(du -sm --apparent-size "$bundle" | cut -f1)
echo "bundle: $size_mb MB (budget $SIZE_BUDGET_MB MB)"
[ "$size_mb" -lt "$SIZE_BUDGET_MB" ] || fail "bundle is $size_mb MB, over the $SIZE_BUDGET_MB MB budget"
forbidden=$(find "$bundle" \( -iname '*WebEngine*' -o -iname 'libQt6Quick*' -o -iname 'libQt6Qml*' \
  -o -iname 'libQt63D*' -o -iname 'libQt6Multimedia*' -o -path '*/screenshots/*' -o -name '*.ts' \
  -o -name 'update_translations.py' -o -name 'conftest.py' -o -path '*/tests/*' \) -print | head -5)
[ -z "$forbidden" ] || fail "the bundle holds what it must not: $forbidden"
for needed in _internal/translations/recouvrement_fr.qm _internal/translations/recouvrement_en.qm \
  _internal/PySide6/Qt/translations/qtbase_fr.qm _internal/resources/icons/recouvrement-desktop.svg \
  _internal/recouvrement_desktop/db/migrations/env.py share/applications/recouvrement-desktop.desktop \
  share/icons/hicolor/48x48/apps/recouvrement-desktop.png install.sh; do
  [ -e "$bundle/$needed" ] || fail "$needed is missing from the bundle"
done
for migration in recouvrement_desktop/db/migrations/versions/*.py; do
  [ -f "$bundle/_internal/$migration" ] || fail "$migration is not in the bundle"
done
reported=$("$exe" --version)
[ "$reported" = "Recouvrement Desktop $version" ] || fail "--version says '$reported', pyproject says $version"
echo "contents: ok ($reported)"
echo "::endgroup::"

echo "::group::first start offline: fresh demonstration database, offscreen window, screenshot"
# No network at all when the kernel lets us make an empty network namespace (root on CI).
offline=()
if unshare -n true 2>/dev/null; then offline=(unshare -n); else echo "(unshare -n unavailable: network left on)"; fi
export XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
QT_QPA_PLATFORM=offscreen ${offline[@]+"${offline[@]}"} "$exe" --demo --screenshot "$work/window.png" \
  || fail "the frozen application exited with status $?"
python3 - "$work/window.png" "$XDG_DATA_HOME/recouvrement-desktop" <<'PY'
import sqlite3, struct, sys
from pathlib import Path

data = Path(sys.argv[1]).read_bytes()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "the screenshot is not a PNG"
width, height = struct.unpack(">II", data[16:24])
assert width > 800 and height > 500, f"screenshot too small: {width}x{height}"
folder = Path(sys.argv[2])
database = folder / "demo" / "recouvrement-demo.sqlite3"
assert database.is_file(), f"no demonstration database at {database}"
with sqlite3.connect(database) as connection:
    revision = connection.execute("select version_num from alembic_version").fetchall()
    cases = connection.execute("select count(*) from cases").fetchone()[0]
assert len(revision) == 1, revision
assert cases > 0, "the demonstration database is empty"
log = (folder / "logs" / "recouvrement-desktop.log").read_text(encoding="utf-8")
errors = [line for line in log.splitlines() if " ERROR " in line or " CRITICAL " in line]
assert not errors, "errors in the log:\n" + "\n".join(errors)
print(f"window {width}x{height}, schema {revision[0][0]}, {cases} demonstration cases, clean log")
PY
echo "::endgroup::"

echo "::group::demo-data in worker processes (spawn: freeze_support in the frozen entry point)"
# 5,001 cases make two batches, built by the generator's "spawn" process pool.
timeout 300 "$exe" demo-data --cases 5001 --db "sqlite:///$work/workers.sqlite3" \
  || fail "demo-data with worker processes failed in the frozen build"
echo "::endgroup::"

echo "::group::a bank's encrypted database in the frozen build (SQLCipher, keystore, backup, restore)"
# CI has no desktop keystore: keyring's own configuration points the frozen build at
# keyrings.alt's file backend, taken from the project's environment (the tests' keystore).
site=$(uv run python -c 'import keyrings.alt, pathlib; print(pathlib.Path(keyrings.alt.__file__).parents[2])')
mkdir -p "$work/keyring/keyrings" "$work/bank/config/python_keyring"
cp -r "$site/keyrings/alt" "$site/keyrings/__init__.py" "$work/keyring/keyrings/"
printf '[backend]\ndefault-keyring=keyrings.alt.file.PlaintextKeyring\nkeyring-path=%s\n' \
  "$work/keyring" >"$work/bank/config/python_keyring/keyringrc.cfg"
(
  export XDG_DATA_HOME="$work/bank/data" XDG_CONFIG_HOME="$work/bank/config" RECOUVREMENT_PASSWORD=Tr3s-solide-Secret
  unset PYTHON_KEYRING_BACKEND
  real="sqlite:///$work/bank/cases.sqlite3"
  printf 'Tr3s-solide-Secret\nTr3s-solide-Secret\n' \
    | "$exe" --lang en users add admin --name Admin --role administrator --db "$real" >/dev/null \
    || fail "the frozen build cannot create a bank's database"
  "$exe" --lang en backup --out "$work/bank/copy.sqlite3" --db "$real" --user admin >/dev/null \
    || fail "the frozen build cannot back up an encrypted database"
  "$exe" --lang en restore "$work/bank/copy.sqlite3" --db "$real" --user admin >/dev/null \
    || fail "the frozen build cannot restore an encrypted database"
  [ "$("$exe" --lang en users list --db "$real" --user admin | awk '{print $1}')" = admin ] \
    || fail "the restored database lost its administrator"
  python3 - "$work/bank" <<'PY'
import sqlite3, sys
from pathlib import Path

for path in sorted(Path(sys.argv[1]).rglob("*.sqlite3")):
    try:
        sqlite3.connect(path).execute("select count(*) from sqlite_master").fetchall()
    except sqlite3.DatabaseError:
        continue
    raise SystemExit(f"{path} opens as SQLite without its key")
print("encrypted database, its copy and the replaced file: none opens without the key")
PY
) || fail "the encrypted database check failed"
echo "::endgroup::"

echo "::group::per-user installation from the tarball (install.sh)"
home="$work/home"
mkdir -p "$home" "$work/unpacked"
tar -xzf "$tarball" -C "$work/unpacked"
unpacked="$work/unpacked/recouvrement-desktop-$version"
HOME="$home" XDG_DATA_HOME="$home/.local/share" "$unpacked/install.sh"
installed="$home/.local/bin/recouvrement-desktop"
[ -L "$installed" ] || fail "no ~/.local/bin/recouvrement-desktop link"
[ "$("$installed" --version)" = "Recouvrement Desktop $version" ] || fail "the installed link does not start"
desktop="$home/.local/share/applications/recouvrement-desktop.desktop"
grep -q "^Exec=\"$installed\"$" "$desktop" || fail "the installed .desktop does not start $installed"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop"; fi
if command -v appstreamcli >/dev/null; then
  appstreamcli validate --no-net "$home/.local/share/metainfo/"*.metainfo.xml
fi
[ -f "$home/.local/share/icons/hicolor/256x256/apps/recouvrement-desktop.png" ] || fail "icons not installed"
# The officer's data must survive an uninstallation.
mkdir -p "$home/.local/share/recouvrement-desktop"
echo keep >"$home/.local/share/recouvrement-desktop/recouvrement.sqlite3"
HOME="$home" XDG_DATA_HOME="$home/.local/share" "$home/.local/lib/recouvrement-desktop/install.sh" --uninstall
[ ! -e "$installed" ] && [ ! -e "$home/.local/lib/recouvrement-desktop" ] && [ ! -e "$desktop" ] \
  || fail "--uninstall left the application behind"
[ -f "$home/.local/share/recouvrement-desktop/recouvrement.sqlite3" ] || fail "--uninstall removed the officer's data"
echo "install and uninstall: ok"
echo "::endgroup::"
echo "packaging check: ok"
