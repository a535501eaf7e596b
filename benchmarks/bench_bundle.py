"""Size and start-up time of the frozen application (PyInstaller bundle) against source.

Run after a build (``uv run --group packaging python packaging/build.py``):

    uv run python benchmarks/bench_bundle.py [--runs N]

Prints

* the bundle's size (target: under 250 MB);
* the median time from process start to exit of ``--demo --screenshot FILE.png`` (the
  window is built, shown on the offscreen platform, rendered to PNG, then the process
  exits), for the frozen executable and for ``python -m recouvrement_desktop`` from this
  source tree, each on its own already-filled demonstration database, runs interleaved
  so that both see the same machine load (target: frozen no slower than source, ratio
  at most 1.00);
* the first start of each (database created, migrated and filled with demonstration
  cases), once, for information.

No assertion: timings depend on the machine. Without a bundle it says so and exits 0
(1 on CI, where packaging/ci_check.sh has built it before the benchmarks run).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "recouvrement-desktop"
FROZEN = BUNDLE / f"recouvrement-desktop{'.exe' if sys.platform == 'win32' else ''}"
SIZE_TARGET_MB = 250.0


def bundle_size_mb(folder: Path) -> float:
    files = [path for path in folder.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files) / 1e6


def timed_start(command: list[str], home: Path) -> float:
    """Seconds from starting the process to its exit, after the screenshot was written."""
    shot = home / "window.png"
    shot.unlink(missing_ok=True)
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    start = time.perf_counter()
    subprocess.run(
        [*command, "--demo", "--screenshot", str(shot)],
        env=env,
        check=True,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    elapsed = time.perf_counter() - start
    if not shot.is_file() or shot.stat().st_size == 0:
        raise RuntimeError(f"{command[0]} wrote no screenshot")
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description="bundle size and start-up time")
    parser.add_argument("--runs", type=int, default=5, help="timed starts of each (default 5)")
    args = parser.parse_args()
    if not FROZEN.is_file():
        print(f"no bundle at {BUNDLE.relative_to(ROOT)}: build it first with")
        print("  uv run --group packaging python packaging/build.py")
        return 1 if os.environ.get("CI") else 0

    size = bundle_size_mb(BUNDLE)
    print(
        f"bundle size          {size:8.1f} MB   target {SIZE_TARGET_MB:5.0f} MB  "
        f"ratio {size / SIZE_TARGET_MB:4.2f}  {'OK' if size < SIZE_TARGET_MB else 'TOO BIG'}"
    )
    commands = {
        "frozen": [str(FROZEN)],
        "source": [sys.executable, "-m", "recouvrement_desktop"],
    }
    with tempfile.TemporaryDirectory(prefix="bench-bundle-") as folder:
        homes = {name: Path(folder) / name for name in commands}
        first = {name: timed_start(command, homes[name]) for name, command in commands.items()}
        samples: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, command in commands.items():
                samples[name].append(timed_start(command, homes[name]))
    medians = {name: statistics.median(values) for name, values in samples.items()}
    for name in commands:
        values = samples[name]
        print(
            f"start-up, {name:<6}     median {medians[name]:5.2f} s  min {min(values):5.2f} s  "
            f"max {max(values):5.2f} s  ({len(values)} runs; first start, new database: "
            f"{first[name]:5.2f} s)"
        )
    ratio = medians["frozen"] / medians["source"]
    print(
        f"frozen / source      ratio {ratio:4.2f}  target 1.00  "
        f"{'OK' if ratio <= 1 else 'SLOWER THAN SOURCE'}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
