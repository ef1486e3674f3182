"""Run folders: safe names, one run per folder, and ``latest`` only for a complete run.

A run renders into ``<out>/.running/<name>/`` while holding that name's lock,
so no other run can use the folder. When it ends, the folder is renamed in one
step to ``<out>/<name>`` if every page rendered, and ``latest`` is then pointed
at it; otherwise to ``<out>/<name>-failed``, and ``latest`` stays where it
was. A killed run leaves only its hidden folder, removed by the next run.
"""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .atomic import atomic_symlink
from .loading import printable

RUNNING = ".running"
LATEST = "latest"
FAILED_SUFFIX = "-failed"
_PLAIN_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,99}")


class RunNameError(ValueError):
    """A run name that is not a plain, free folder name; the message says why."""


def name_problem(name: str) -> str | None:
    """Why ``name`` cannot name a run folder, or None."""
    if not _PLAIN_NAME.fullmatch(name):
        return ("a run name is one plain folder name: letters, digits, '.', '_' and '-', starting with a letter "
                "or digit, at most 100 characters (no '/', '..' or spaces)")
    if name == LATEST:
        return f"'{LATEST}' is the link to the newest complete run"
    if name.endswith(FAILED_SUFFIX):
        return f"names ending in '{FAILED_SUFFIX}' are kept for failed runs"
    return None


def _taken(out: Path, name: str) -> bool:
    return os.path.lexists(out / name) or os.path.lexists(out / f"{name}{FAILED_SUFFIX}")


@dataclass
class Run:
    """A run folder being written, and the lock that keeps it this run's alone."""

    name: str
    out: Path
    path: Path
    lock: Any

    def finish(self, complete: bool) -> Path:
        """Move the folder to its final name; point ``latest`` at it only if ``complete``."""
        final = self.out / (self.name if complete else f"{self.name}{FAILED_SUFFIX}")
        try:
            os.rename(self.path, final)
            if complete:
                point_latest(self.out, self.name)
        finally:
            self.lock.release()
        # Safe to remove now: a run that takes the lock next finds the name taken.
        Path(self.lock.lock_file).unlink(missing_ok=True)
        return final

    def abandon(self) -> None:
        """Give the name back: the run stopped before it made anything worth keeping."""
        try:
            shutil.rmtree(self.path, ignore_errors=True)
        finally:
            self.lock.release()
        Path(self.lock.lock_file).unlink(missing_ok=True)


def _remove_abandoned(running: Path) -> None:
    """Remove the folders of runs that were killed: those whose lock nobody holds."""
    from filelock import FileLock, Timeout

    for folder in running.iterdir():
        if not folder.is_dir():
            continue
        lock = FileLock(running / f"{folder.name}.lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            continue  # a run in progress
        try:
            shutil.rmtree(folder, ignore_errors=True)
        finally:
            lock.release()


def start_run(out: str | Path, name: str | None = None) -> Run:
    """Reserve a run folder under ``out``: ``name``, or a UTC timestamp made unique.

    A name given that is unsafe, taken, or in use by a run in progress is an
    error; a default name moves on to ``<timestamp>-2``, ``-3``, ... instead.
    """
    from filelock import FileLock, Timeout

    out = Path(out)
    if name is not None and (problem := name_problem(name)):
        raise RunNameError(f"run name {printable(name)!r}: {problem}")
    running = out / RUNNING
    running.mkdir(parents=True, exist_ok=True)
    _remove_abandoned(running)
    stamp = datetime.now(timezone.utc).strftime("%Y%m%d-%H%M%S")
    candidates = [name] if name is not None else [stamp] + [f"{stamp}-{n}" for n in range(2, 1000)]
    for candidate in candidates:
        if _taken(out, candidate):
            if name is not None:
                raise RunNameError(f"run {name!r} already exists in {printable(str(out))}; choose another name")
            continue
        lock = FileLock(running / f"{candidate}.lock")
        try:
            lock.acquire(timeout=0)
        except Timeout:
            if name is not None:
                raise RunNameError(f"a run named {name!r} is in progress in {printable(str(out))}") from None
            continue
        if _taken(out, candidate):  # it finished between the check and the lock
            lock.release()
            if name is not None:
                raise RunNameError(f"run {name!r} already exists in {printable(str(out))}; choose another name")
            continue
        path = running / candidate
        shutil.rmtree(path, ignore_errors=True)
        (path / "notebooks").mkdir(parents=True)
        return Run(candidate, out, path, lock)
    raise RunNameError(f"no free run name for {stamp} in {printable(str(out))}")


def point_latest(out: Path, name: str) -> None:
    """Make ``<out>/latest`` a link to ``name``, in one step (a new link renamed over the old)."""
    latest = out / LATEST
    if latest.exists() and not latest.is_symlink():
        raise RunNameError(f"{printable(str(latest))} is not a link; move it away so it can point at the newest run")
    atomic_symlink(latest, name)
