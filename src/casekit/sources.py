"""Public sources: fetched by URL, verified by sha256, cached; never committed.

``casekit fetch NAME`` downloads a registered file into the cache (a no-op when
a verified copy is already there); ``--from PATH`` seeds the cache from a local
copy instead (CI and offline machines use ``../shared/corpus``). Nothing is
written to the cache unless its checksum matches.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

from .atomic import atomic_path

PROJECT_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = PROJECT_ROOT / "data" / "raw" / "sample"


@dataclass(frozen=True)
class Source:
    name: str
    url: str
    sha256: str
    filename: str
    size: int
    description: str
    licence: str


REGISTRY: dict[str, Source] = {
    s.name: s
    for s in (
        Source(
            name="iopc-recommendations-2021",
            url=("https://github.com/BBC-Data-Unit/police_misconduct/raw/"
                 "88c4b0980c95cb960038e1f65c08a73e811ec6ba/rfiles/recs30june_wforces_refs.xlsx"),
            sha256="7e3a90e1dc3d532de04979f327aeee6b9cf8a91ac1ba61c7ca48e2f8a614f1c8",
            filename="iopc-recommendations-2021-06.xlsx",
            size=1_387_075,
            description=("IOPC recommendation and investigation pages scraped up to 30 June 2021 "
                         "by the BBC Shared Data Unit (1,321 rows)"),
            licence="IOPC text: Crown copyright, Open Government Licence v3.0",
        ),
    )
}
DEFAULT_SOURCE = "iopc-recommendations-2021"


class FetchError(RuntimeError):
    """A fetch that could not complete; the message says what to do."""


def cache_dir(cache: str | Path | None = None) -> Path:
    """Where fetched files live: ``--cache``, ``$CASEKIT_CACHE``, else ``data/raw/public`` in the project."""
    if cache is not None:
        return Path(cache)
    if os.environ.get("CASEKIT_CACHE"):
        return Path(os.environ["CASEKIT_CACHE"])
    return PROJECT_ROOT / "data" / "raw" / "public"


def sha256_of(path: str | Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def files_digest(files) -> str:
    """One SHA-256 over (name, path) pairs: each name and its file's SHA-256, in the order given."""
    digest = hashlib.sha256()
    for name, path in files:
        digest.update(name.encode())
        digest.update(sha256_of(path).encode())
    return digest.hexdigest()


def _get(name: str) -> Source:
    try:
        return REGISTRY[name]
    except KeyError:
        raise FetchError(f"unknown source {name!r}; registered: {', '.join(sorted(REGISTRY))}") from None


def cached_path(name: str, cache: str | Path | None = None) -> Path | None:
    """The verified cached copy of a source, or None."""
    source = _get(name)
    path = cache_dir(cache) / source.filename
    if path.exists() and sha256_of(path) == source.sha256:
        return path
    return None


def fetch(name: str, cache: str | Path | None = None, from_path: str | Path | None = None,
          timeout: float = 60.0, progress: bool = False) -> Path:
    """Make a verified copy of source ``name`` in the cache and return its path."""
    source = _get(name)
    folder = cache_dir(cache)
    if (existing := cached_path(name, folder)) is not None:
        return existing
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / source.filename
    if from_path is not None:
        from_path = Path(from_path)
        if from_path.is_dir():
            from_path = from_path / source.filename
        if not from_path.exists():
            raise FetchError(f"{from_path}: no such file to seed {name} from")
        actual = sha256_of(from_path)
        if actual != source.sha256:
            raise FetchError(f"{from_path}: checksum {actual} does not match {name}'s {source.sha256}; not cached")
        with atomic_path(target) as temporary:
            shutil.copyfile(from_path, temporary)
        return target
    return _download(source, folder, timeout, progress)


def _download(source: Source, folder: Path, timeout: float, progress: bool) -> Path:
    import pooch

    downloader = pooch.HTTPDownloader(timeout=timeout, progressbar=progress)
    try:
        # pooch writes to a temporary file and moves it into place only after
        # the checksum matches, so a failed download leaves no file behind.
        path = pooch.retrieve(source.url, known_hash=f"sha256:{source.sha256}", fname=source.filename,
                              path=folder, downloader=downloader, progressbar=progress)
    except ValueError as error:  # pooch's checksum mismatch
        raise FetchError(f"{source.name}: downloaded file failed its checksum; not cached ({error})") from None
    except Exception as error:  # requests' connection errors, timeouts and HTTP errors
        raise FetchError(
            f"could not download {source.name} from {source.url}: {type(error).__name__}: {error}. "
            f"Offline? Copy the file from elsewhere and run `casekit fetch {source.name} --from PATH`."
        ) from None
    return Path(path)


def describe_input(path: str | Path) -> tuple[str, str]:
    """(kind, note) for an input named explicitly: the sample says it is fictional."""
    path = Path(path).resolve()
    if path == SAMPLE_DIR.resolve() or SAMPLE_DIR.resolve() in path.parents:
        return "sample", "casekit's fictional sample corpus"
    for source in REGISTRY.values():
        if path.is_file() and path.name == source.filename and sha256_of(path) == source.sha256:
            return "public", f"{source.description}; sha256 {source.sha256}"
    return "given", "input named explicitly"


@dataclass(frozen=True)
class DefaultInput:
    path: Path
    kind: str  # "public" or "sample"
    note: str


def default_input(cache: str | Path | None = None, download: bool = True, timeout: float = 20.0) -> DefaultInput:
    """The public corpus when cached or downloadable, else the bundled fictional sample."""
    source = REGISTRY[DEFAULT_SOURCE]
    path = cached_path(DEFAULT_SOURCE, cache)
    if path is None and download:
        try:
            path = fetch(DEFAULT_SOURCE, cache, timeout=timeout)
        except FetchError as error:
            return DefaultInput(SAMPLE_DIR, "sample", f"public corpus unavailable ({error}); using the fictional sample")
    if path is None:
        return DefaultInput(SAMPLE_DIR, "sample", "public corpus not cached; using the fictional sample")
    return DefaultInput(path, "public", f"{source.description}; sha256 {source.sha256}")
