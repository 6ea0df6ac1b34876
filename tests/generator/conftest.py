"""pytest setup for the generator tests: import paths and fixtures."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
for path in (str(REPO), str(HERE)):
    if path not in sys.path:
        sys.path.insert(0, path)

from generator_testlib import BASIC_SPEC  # noqa: E402


@pytest.fixture
def basic_copy(tmp_path: Path) -> Path:
    """A writable copy of the basic fixture spec."""
    target = tmp_path / "spec"
    shutil.copytree(BASIC_SPEC, target)
    return target
