"""Build Recouvrement Desktop for branch PCs: one command, run from anywhere.

    uv run --group packaging python packaging/build.py

1. renders the icons from resources/icons/recouvrement-desktop.svg (build/icons/);
2. freezes the application with PyInstaller (packaging/recouvrement-desktop.spec) into the
   one-folder bundle dist/recouvrement-desktop/;
3. on Linux: adds the desktop integration (share/, install.sh) and packs
   dist/recouvrement-desktop-VERSION-linux-x86_64.tar.gz;
   on Windows: compiles packaging/windows/installer.nsi with NSIS into
   dist/recouvrement-desktop-VERSION-windows-x64-setup.exe.

``--installer-standin`` (Linux) also compiles the Windows installer script against the
Linux bundle, as CI does, to prove that the script compiles; the result is not a
working installer and goes to build/installer-standin/, never to dist/.
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

from project_metadata import (
    APP_ID,
    APPSTREAM_ID,
    BUNDLE_NAME,
    CONTENTS_DIR,
    PACKAGING_DIR,
    ROOT,
    ProjectMetadata,
    read_metadata,
)

DIST = ROOT / "dist"
BUILD = ROOT / "build"
SPEC = PACKAGING_DIR / "recouvrement-desktop.spec"
NSIS_SCRIPT = PACKAGING_DIR / "windows" / "installer.nsi"
LINUX_DIR = PACKAGING_DIR / "linux"
WINDOWS = sys.platform == "win32"


def bundle_dir() -> Path:
    return DIST / BUNDLE_NAME


def tarball_path(metadata: ProjectMetadata) -> Path:
    machine = platform.machine().lower() or "x86_64"
    return DIST / f"{APP_ID}-{metadata.version}-linux-{machine}.tar.gz"


def installer_path(metadata: ProjectMetadata) -> Path:
    return DIST / f"{APP_ID}-{metadata.version}-windows-x64-setup.exe"


def standin_installer_path(metadata: ProjectMetadata) -> Path:
    return BUILD / "installer-standin" / f"{APP_ID}-{metadata.version}-STANDIN-setup.exe"


def _step(message: str) -> None:
    print(f"==> {message}", flush=True)


def _size_mb(path: Path) -> float:
    if path.is_file():
        return path.stat().st_size / 1e6
    return (
        sum(f.stat().st_size for f in path.rglob("*") if f.is_file() and not f.is_symlink()) / 1e6
    )


def make_icons() -> Path:
    import icons  # noqa: PLC0415 - needs PySide6, only when building

    target = BUILD / "icons"
    if target.exists():
        shutil.rmtree(target)
    icons.write_hicolor(target)
    icons.write_ico(target / f"{APP_ID}.ico")
    return target


def freeze(icon_dir: Path) -> Path:
    """Run PyInstaller on the spec; the bundle replaces any previous one."""
    env = dict(os.environ, RECOUVREMENT_ICON=str(icon_dir / f"{APP_ID}.ico"))
    command = [
        sys.executable,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(BUILD / "pyinstaller"),
        str(SPEC),
    ]
    subprocess.run(command, check=True, env=env, cwd=ROOT)
    return bundle_dir()


def strip_python_debug_info(bundle: Path) -> None:
    """The interpreter's own libraries may carry debugging symbols (a pyenv-built Python
    does: 17 MB in libpython alone). Only those are stripped, and SQLCipher's extension,
    which ships 12 MB of them (it vendors no library: nothing of auditwheel's to keep);
    other libraries from wheels were patched by auditwheel and are left exactly as they
    are."""
    strip = shutil.which("strip")
    if strip is None:
        return
    internal = bundle / CONTENTS_DIR
    candidates = [*internal.glob("libpython*.so*")]
    candidates += internal.glob("python3*/lib-dynload/*.so")
    candidates += internal.glob("sqlcipher3/_sqlite3*.so")
    for path in candidates:
        if path.is_file() and not path.is_symlink():
            subprocess.run([strip, "--strip-debug", str(path)], check=True)


def add_linux_integration(bundle: Path, icon_dir: Path) -> None:
    """share/ in the freedesktop layout, and install.sh, beside the executable."""
    share = bundle / "share"
    if share.exists():
        shutil.rmtree(share)
    (share / "applications").mkdir(parents=True)
    shutil.copy2(LINUX_DIR / f"{APP_ID}.desktop", share / "applications")
    (share / "metainfo").mkdir()
    shutil.copy2(LINUX_DIR / f"{APPSTREAM_ID}.metainfo.xml", share / "metainfo")
    shutil.copytree(icon_dir / "hicolor", share / "icons" / "hicolor")
    shutil.copy2(LINUX_DIR / "install.sh", bundle / "install.sh")
    (bundle / "install.sh").chmod(0o755)


def make_tarball(bundle: Path, metadata: ProjectMetadata) -> Path:
    target = tarball_path(metadata)
    top = f"{APP_ID}-{metadata.version}"

    def normalize(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        return info

    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        tar.add(bundle, arcname=top, filter=normalize)
    return target


def compile_installer(
    bundle: Path, icon_dir: Path, metadata: ProjectMetadata, output: Path, *, quick: bool
) -> Path:
    makensis = shutil.which("makensis")
    if makensis is None:
        raise SystemExit(
            "makensis not found: install NSIS (Windows: nsis.sourceforge.io, "
            "Debian/Ubuntu: apt-get install nsis)"
        )
    output.parent.mkdir(parents=True, exist_ok=True)
    option = "/" if WINDOWS else "-"
    defines = {
        "VERSION": metadata.version,
        "VERSION_QUAD": metadata.windows_version_string,
        "BUNDLE_DIR": str(bundle),
        "ICON": str(icon_dir / f"{APP_ID}.ico"),
        "OUTFILE": str(output),
    }
    command = [makensis, f"{option}V2", f"{option}WX", f"{option}INPUTCHARSET", "UTF8"]
    command += [f"{option}D{name}={value}" for name, value in defines.items()]
    if quick:
        command.append(f"{option}DNOCOMPRESS")
    command.append(str(NSIS_SCRIPT))
    subprocess.run(command, check=True)
    return output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--skip-freeze",
        action="store_true",
        help="reuse dist/recouvrement-desktop/ (only repackage)",
    )
    parser.add_argument(
        "--installer-standin",
        action="store_true",
        help="(Linux) also compile the Windows installer script against this bundle",
    )
    args = parser.parse_args(argv)
    metadata = read_metadata()
    started = time.monotonic()
    _step(f"{metadata.name} {metadata.version}: icons")
    icon_dir = make_icons()
    bundle = bundle_dir()
    if args.skip_freeze:
        if not bundle.is_dir():
            raise SystemExit(f"{bundle} does not exist: build without --skip-freeze first")
    else:
        _step("PyInstaller (a few minutes)")
        freeze(icon_dir)
    products: list[Path] = [bundle]
    if WINDOWS:
        _step("NSIS installer")
        products.append(
            compile_installer(bundle, icon_dir, metadata, installer_path(metadata), quick=False)
        )
    else:
        strip_python_debug_info(bundle)
        add_linux_integration(bundle, icon_dir)
        _step("tarball")
        products.append(make_tarball(bundle, metadata))
        if args.installer_standin:
            _step("Windows installer script, compiled against the Linux bundle (stand-in)")
            compile_installer(
                bundle, icon_dir, metadata, standin_installer_path(metadata), quick=True
            )
            print(f"    the NSIS script compiles; stand-in: {standin_installer_path(metadata)}")
    _step(f"done in {time.monotonic() - started:.0f} s")
    for product in products:
        print(f"    {product.relative_to(ROOT)}  {_size_mb(product):.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
