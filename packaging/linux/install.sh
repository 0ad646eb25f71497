#!/bin/sh
# Install Holdspace for you alone (no administrator password): run it from the unpacked folder.
#   ./install.sh              copy this folder to ~/.local/share/holdspace and add Holdspace
#                             to your applications menu, with `holdspace` in ~/.local/bin
#   ./install.sh --uninstall  take all of that away again (your progress is kept)
set -eu

APP_ID=io.github.holdspace.Holdspace
here=$(cd "$(dirname "$0")" && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
bin_dir=$HOME/.local/bin
target=$data/holdspace
sizes="16 22 24 32 48 64 128 256 512"

refresh_menus() {  # optional helpers: menus and icon caches notice new files without them too
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" 2>/dev/null || true
  command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" 2>/dev/null || true
}

uninstall() {
  rm -f "$data/applications/$APP_ID.desktop" "$data/metainfo/$APP_ID.metainfo.xml" \
        "$data/icons/hicolor/scalable/apps/$APP_ID.svg"
  for size in $sizes; do rm -f "$data/icons/hicolor/${size}x${size}/apps/$APP_ID.png"; done
  if [ -L "$bin_dir/holdspace" ] && [ "$(readlink "$bin_dir/holdspace")" = "$target/holdspace" ]; then
    rm -f "$bin_dir/holdspace"
  fi
  if [ -f "$target/.holdspace-bundle" ]; then rm -rf "$target"; fi
  refresh_menus
  echo "Holdspace is uninstalled. Your progress is still in your data folder, in case you come back."
}

if [ "${1:-}" = "--uninstall" ]; then uninstall; exit 0; fi

if [ ! -x "$here/holdspace" ] || [ ! -f "$here/.holdspace-bundle" ]; then
  echo "Please run this from the unpacked Holdspace folder (it holds the 'holdspace' program)." >&2
  exit 1
fi
if [ -e "$target" ] && [ ! -f "$target/.holdspace-bundle" ]; then
  echo "$target already exists and is not a Holdspace bundle, so it was left alone." >&2
  exit 1
fi
if [ "$here" != "$target" ]; then
  mkdir -p "$data"
  rm -rf "$target.new"
  cp -R "$here" "$target.new"
  rm -rf "$target"
  mv "$target.new" "$target"
fi

mkdir -p "$data/applications" "$data/metainfo" "$bin_dir"
sed -e "s|^Exec=.*|Exec=\"$target/holdspace\"|" -e "s|^TryExec=.*|TryExec=$target/holdspace|" \
    "$target/share/applications/$APP_ID.desktop" > "$data/applications/$APP_ID.desktop"
cp "$target/share/metainfo/$APP_ID.metainfo.xml" "$data/metainfo/"
for size in $sizes scalable; do
  folder=$size; [ "$size" = scalable ] || folder=${size}x${size}
  mkdir -p "$data/icons/hicolor/$folder/apps"
  cp "$target/share/icons/hicolor/$folder/apps/$APP_ID".* "$data/icons/hicolor/$folder/apps/"
done
ln -sfn "$target/holdspace" "$bin_dir/holdspace"
refresh_menus
echo "Holdspace is installed: look for it in your applications menu, or run $bin_dir/holdspace"
echo "To remove it later: $target/install.sh --uninstall"
