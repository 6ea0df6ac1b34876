"""black on the statements that need it: which ones go, and what comes back."""

from __future__ import annotations

import black
import pytest

from generator import blackspots
from generator.formatting import MODE

LONG = "Annotation" * 9  # 90 characters: no line holding it fits


def _black(text: str) -> str:
    return black.format_str(text, mode=MODE)


class Recorder:
    """black, remembering what it was given."""

    def __init__(self) -> None:
        self.seen: list[str] = []

    def __call__(self, text: str) -> str:
        self.seen.append(text)
        return _black(text)


def test_no_long_code_line_means_no_black() -> None:
    source = (
        '"""A module whose docstring has a line far longer than black allows:\n\n'
        + "x" * 90
        + '\n"""\n\n\nclass A:\n    """'
        + "y" * 90
        + '"""\n\n    def f(self) -> int:\n        """One.\n\n        '
        + "z" * 90
        + '\n        """\n        return 1\n'
    )
    assert _black(source) == source
    recorder = Recorder()
    assert blackspots.format_spots(source, recorder) == source
    assert recorder.seen == []


def test_only_the_method_holding_a_long_line_goes_to_black() -> None:
    source = (
        "class A:\n"
        "    def short(self) -> int:\n"
        "        return 1\n"
        "\n"
        f"    def long(self, value: {LONG} | None = None) -> None:\n"
        '        """Docs."""\n'
        "\n"
        "    def after(self) -> int:\n"
        "        return 2\n"
    )
    recorder = Recorder()
    out = blackspots.format_spots(source, recorder)
    assert out == _black(source)
    assert len(recorder.seen) == 1
    given = recorder.seen[0]
    assert given.startswith("class _:\n    def long(")
    assert "short" not in given and "after" not in given


def test_statements_under_if_go_alone_and_decorators_come_along() -> None:
    source = (
        "from typing import TYPE_CHECKING\n"
        "\n"
        "if TYPE_CHECKING:\n"
        "    from a import b\n"
        f"    from very.long.module.name import {LONG[:40]}, {LONG[40:]}, Other\n"
        "else:\n"
        "    b = None\n"
        "\n"
        "\n"
        "@decorate(" + '"' + "m" * 80 + '"' + ")\n"
        "def f() -> None:\n"
        "    pass\n"
    )
    recorder = Recorder()
    out = blackspots.format_spots(source, recorder)
    assert out == _black(source)
    # the last statement first, so that line numbers above it stay true
    assert [text.split("\n", 2)[:2] for text in reversed(recorder.seen)] == [
        [
            "class _:",
            f"    from very.long.module.name import {LONG[:40]}, "
            f"{LONG[40:]}, Other",
        ],
        ['@decorate("' + "m" * 80 + '")', "def f() -> None:"],
    ]


def test_lines_black_cannot_break_stay_unseen() -> None:
    """One name, one string, or a string-keyed entry per line: black keeps them."""
    source = (
        "from x import (\n"
        f"    {LONG},\n"
        "    Other,\n"
        ")\n"
        "\n"
        "NAMES = {\n"
        f'    "{LONG}": "module",\n'
        "}\n"
    )
    assert _black(source) == source
    recorder = Recorder()
    assert blackspots.format_spots(source, recorder) == source
    assert recorder.seen == []


def test_a_long_annotation_is_breakable() -> None:
    """``key: Type`` is not one atom: black wraps the type in parentheses."""
    source = f"class A:\n    key_with_a_long_name: {LONG[:80]}\n"
    recorder = Recorder()
    out = blackspots.format_spots(source, recorder)
    assert out == _black(source) != source
    assert len(recorder.seen) == 1


def test_a_stand_in_black_rewrites_is_an_error() -> None:
    source = f"class A:\n    def f(self, value: {LONG} | None = None) -> None:\n        pass\n"

    def renaming(text: str) -> str:
        return _black(text).replace("class _:", "class B:")

    with pytest.raises(ValueError, match="stand-in around lines 2-3"):
        blackspots.format_spots(source, renaming)


def test_source_that_does_not_parse_is_a_syntax_error() -> None:
    with pytest.raises(SyntaxError):
        blackspots.format_spots(f"x = ({LONG}\n", _black)
