"""Atomic replacement: readers see the old file (or link) or the new one, never half of one."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a fresh temporary path beside ``path``; when the block succeeds, move it onto ``path``.

    The temporary file is created with the usual permissions (the umask
    applies), unlike ``tempfile.mkstemp``'s owner-only 0600.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    os.close(os.open(temporary, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o666))
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        if temporary.exists():
            temporary.unlink()


#: what an interrupted ``atomic_symlink`` can leave behind; a cleanup may remove such entries
LINK_PREFIX = ".link-"


def atomic_symlink(link: str | Path, target: str) -> None:
    """Point ``link`` at ``target`` in one step: a new symlink renamed over the old entry."""
    link = Path(link)
    temporary = link.with_name(f"{LINK_PREFIX}{secrets.token_hex(6)}")
    os.symlink(target, temporary)
    try:
        os.replace(temporary, link)
    except BaseException:
        temporary.unlink()
        raise


def write_text_atomic(path: str | Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` so that readers never see a partial file."""
    with atomic_path(path) as temporary:
        temporary.write_text(text, encoding="utf-8")
