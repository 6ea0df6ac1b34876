"""black, in process, with a content-addressed cache.

black dominates a generation run, and its output depends only on its input
text, its version and its mode: so a no-op run can skip it.  The cache is
one JSON file mapping sha256(version, mode, source) to the formatted text;
it keeps only the entries the last run used, and is a pure speed-up (delete
it at will; pass ``None`` to do without).
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import black

__all__ = ["MODE", "Formatter", "FormatError"]

MODE = black.Mode(
    target_versions={black.TargetVersion.PY311}, line_length=88  # type: ignore[attr-defined]
)
_SALT = f"black {black.__version__} {MODE!r}\n"  # type: ignore[attr-defined]
_CACHE_VERSION = 1


class FormatError(Exception):
    """black could not parse a generated module: a generator bug."""


def _key(source: str) -> str:
    return hashlib.sha256((_SALT + source).encode("utf-8", "surrogatepass")).hexdigest()


def _black(source: str) -> str | Exception:
    try:
        return black.format_str(source, mode=MODE)
    except (
        Exception
    ) as exc:  # black raises several kinds; report, do not crash the pool
        return FormatError(str(exc))


class Formatter:
    def __init__(self, cache_file: Path | None = None) -> None:
        self.cache_file = cache_file
        self._old: dict[str, str] = {}
        self._used: dict[str, str] = {}
        self.hits = 0
        self.misses = 0
        if cache_file is not None:
            try:
                data = json.loads(cache_file.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == _CACHE_VERSION:
                    entries = data.get("entries")
                    if isinstance(entries, dict):
                        self._old = entries
            except (OSError, ValueError):
                pass

    def format_all(self, sources: dict[str, str], jobs: int = 1) -> dict[str, str]:
        """Format every module (path -> source); cache misses run in ``jobs`` processes."""
        keys = {path: _key(source) for path, source in sources.items()}
        out: dict[str, str] = {}
        todo: dict[str, str] = {}
        for path, key in keys.items():
            cached = self._used.get(key, self._old.get(key))
            if isinstance(cached, str):
                out[path] = cached
            elif key not in todo:
                todo[key] = path
        self.hits = len(sources) - len(todo)
        self.misses = len(todo)
        # Biggest first, so the processes finish together.
        order = sorted(todo, key=lambda k: (-len(sources[todo[k]]), todo[k]))
        texts = [sources[todo[k]] for k in order]
        big = len(texts) >= 8 and sum(map(len, texts)) >= 200_000
        if jobs > 1 and big:
            context = multiprocessing.get_context(
                "fork" if "fork" in multiprocessing.get_all_start_methods() else None
            )
            with ProcessPoolExecutor(min(jobs, len(texts)), mp_context=context) as pool:
                results = list(pool.map(_black, texts, chunksize=1))
        else:
            results = [_black(text) for text in texts]
        formatted = dict(zip(order, results))
        for path, key in keys.items():
            result = formatted.get(key)
            if result is not None:
                if isinstance(result, Exception):
                    raise FormatError(f"black cannot format generated {path}: {result}")
                out[path] = result
            self._used[key] = out[path]
        return out

    def save(self) -> None:
        """Store the entries used by this run (when they differ from the file's)."""
        if self.cache_file is None or self._used == self._old:
            return
        self.cache_file.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_file.with_name(f".{self.cache_file.name}.{os.getpid()}.tmp")
        tmp.write_text(
            json.dumps(
                {"version": _CACHE_VERSION, "entries": self._used}, sort_keys=True
            ),
            encoding="utf-8",
        )
        os.replace(tmp, self.cache_file)
