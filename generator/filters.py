"""The filters through which spec strings reach generated text.

``pyrepr`` makes a Python string literal, ``docstring`` text that is safe
inside a triple-quoted docstring, ``md_cell`` text for one Markdown table cell.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["docstring_filter", "md_cell", "pyrepr"]

# Characters str.splitlines() treats as line breaks besides "\n": black and
# inspect.cleandoc split docstrings with it, so they must not appear raw.
_LINE_BREAKS = frozenset("\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")


def _escape_char(ch: str) -> str:
    code = ord(ch)
    if code < 0x100:
        return f"\\x{code:02x}"
    if code < 0x10000:
        return f"\\u{code:04x}"
    return f"\\U{code:08x}"


def pyrepr(value: object) -> str:
    """A Python literal for a spec string: ``repr``, in double quotes when
    that needs no extra escape (black's preference)."""
    if not isinstance(value, str):
        raise TypeError(f"pyrepr expects a str, got {type(value).__name__}")
    literal = repr(value)
    if literal[0] == '"':
        return literal  # repr chose double quotes: the text has ' but no "
    if '"' not in value:
        return '"' + literal[1:-1] + '"'
    if value.count('"') > value.count("'"):
        return literal  # double quotes would need more escapes
    body = "".join('\\"' if ch == '"' else repr(ch)[1:-1] for ch in value)
    return '"' + body + '"'


_PLAIN_DOC = re.compile(r"[ -!#-\[\]-~\n]*\Z")
"""ASCII text without quotes, backslashes or control characters other than
``\\n``: :func:`docstring_filter` has only its line breaks to indent."""


@functools.lru_cache(maxsize=65536)
def docstring_filter(value: object, indent: int = 0) -> str:
    """Text that is safe between triple double quotes and reads back unchanged.

    Backslashes are doubled; a quote that would make a third in a row, a
    quote at the very start and one at the very end (they would touch the
    opening or closing quotes), are escaped; control, format and line-separator characters other than
    ``\\n`` become escapes.  Lines after the first get ``indent`` spaces
    (blank lines stay empty), so the text lines up inside an indented
    docstring.
    """
    if not isinstance(value, str):
        raise TypeError(f"docstring expects a str, got {type(value).__name__}")
    if _PLAIN_DOC.match(value):
        return _indent_lines(value, indent)
    out: list[str] = []
    run = 0  # unescaped quotes at the end of out
    for i, ch in enumerate(value):
        if ch == '"':
            if run == 2 or i == 0:
                # A third quote in a row would close the docstring; a leading
                # one would touch the opening quotes (black then adds a space).
                out.append('\\"')
                run = 0
            else:
                out.append('"')
                run += 1
            continue
        run = 0
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch in _LINE_BREAKS or unicodedata.category(ch) in (
            "Cc",
            "Cf",
            "Cs",
            "Zl",
            "Zp",
        ):
            out.append(_escape_char(ch))
        else:
            out.append(ch)
    if run:
        out[-1] = '\\"'
    return _indent_lines("".join(out), indent)


def _indent_lines(text: str, indent: int) -> str:
    if indent and "\n" in text:
        pad = " " * indent
        lines = text.split("\n")
        text = "\n".join(
            [lines[0]] + [pad + line if line else line for line in lines[1:]]
        )
    return text


def md_cell(value: object) -> str:
    """Text for one Markdown table cell."""
    if not isinstance(value, str):
        raise TypeError(f"md_cell expects a str, got {type(value).__name__}")
    text = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|")
    return "<br>".join(line for line in text.split("\n"))
