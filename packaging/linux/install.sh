#!/bin/sh
# Install Recouvrement Desktop for the current user, in ~/.local: no root, no network.
#
#   ./install.sh               install, or upgrade an earlier installation
#   ./install.sh --uninstall   remove the application (the officer's data stay)
#
# What goes where (PREFIX defaults to ~/.local, DATA to $XDG_DATA_HOME or ~/.local/share):
#   PREFIX/lib/recouvrement-desktop/    the application (this folder's bundle)
#   PREFIX/bin/recouvrement-desktop     a symbolic link to its executable
#   DATA/applications/recouvrement-desktop.desktop
#   DATA/icons/hicolor/*/apps/recouvrement-desktop.{png,svg}
#   DATA/metainfo/fr.recouvrement.RecouvrementDesktop.metainfo.xml
# The officer's database, backups, logs and agreements live in DATA/recouvrement-desktop/:
# neither installing nor uninstalling touches them.
set -eu

APP_ID=recouvrement-desktop
METAINFO=fr.recouvrement.RecouvrementDesktop.metainfo.xml
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
APP_DIR=$PREFIX/lib/$APP_ID
BIN=$PREFIX/bin/$APP_ID

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATA/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
        gtk-update-icon-cache -q -t "$DATA/icons/hicolor" 2>/dev/null || true
    fi
}

remove_files() {
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$METAINFO"
    for icon in "$DATA"/icons/hicolor/*/apps/"$APP_ID".png "$DATA"/icons/hicolor/*/apps/"$APP_ID".svg; do
        rm -f "$icon"
    done
    if [ -L "$BIN" ]; then
        rm -f "$BIN"
    fi
    # Only a folder that holds our executable is ever removed.
    if [ -x "$APP_DIR/$APP_ID" ]; then
        rm -rf "$APP_DIR"
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    remove_files
    refresh_caches
    echo "Recouvrement Desktop was removed."
    echo "Your data were kept in $DATA/$APP_ID/"
    exit 0
fi
if [ $# -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$HERE/$APP_ID" ] || [ ! -d "$HERE/_internal" ] || [ ! -d "$HERE/share" ]; then
    echo "$0: run this script from the unpacked $APP_ID folder" >&2
    exit 1
fi

# The new version goes beside the old one, then takes its place.
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
staging=$APP_DIR.new
rm -rf "$staging"
mkdir "$staging"
cp -a "$HERE/$APP_ID" "$HERE/_internal" "$HERE/share" "$HERE/install.sh" "$staging/"
if [ -d "$APP_DIR" ] && [ ! -x "$APP_DIR/$APP_ID" ]; then
    echo "$0: $APP_DIR exists and is not an installation of $APP_ID; leaving it alone" >&2
    rm -rf "$staging"
    exit 1
fi
rm -rf "$APP_DIR"
mv "$staging" "$APP_DIR"
ln -sfn "$APP_DIR/$APP_ID" "$BIN"

# The launcher names the executable by its full path: ~/.local/bin is not always on the
# PATH of a desktop session.
mkdir -p "$DATA/applications" "$DATA/metainfo"
sed -e "s|^Exec=$APP_ID|Exec=\"$BIN\"|" -e "s|^TryExec=$APP_ID|TryExec=$BIN|" \
    "$HERE/share/applications/$APP_ID.desktop" >"$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$METAINFO" "$DATA/metainfo/$METAINFO"
(cd "$HERE/share/icons" && find hicolor -type f -name "$APP_ID.*") | while read -r icon; do
    mkdir -p "$DATA/icons/$(dirname "$icon")"
    cp "$HERE/share/icons/$icon" "$DATA/icons/$icon"
done
refresh_caches

echo "Recouvrement Desktop is installed in $APP_DIR"
echo "Start it from the applications menu, or run: $BIN"
case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) echo "(add $PREFIX/bin to your PATH to start it by name)" ;;
esac
echo "Uninstall: $APP_DIR/install.sh --uninstall"
