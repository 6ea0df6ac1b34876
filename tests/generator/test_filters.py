"""The two filters through which spec strings reach Python source."""

from __future__ import annotations

import ast
import inspect
import textwrap

import black
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.formatting import MODE
from generator.render import docstring_filter, make_environment, pyrepr
from generator.validate import clean_text

HOSTILE = [
    '"""',
    '""""',
    '"""""""',
    "'''",
    "\\",
    "ends in a backslash \\",
    "\\n is not a newline",
    "{{ x }}",
    "{% if %}",
    "{% raw %}{% endraw %}",
    'trailing quote"',
    'two trailing quotes""',
    '"leading quote',
    "multi\nline\n\n  indented\nlast",
    "tab\there",
    "Сделка ✓ — 日本語 🙂",
    "line\u2028separator\x0cformfeed\x0bvt\x85nel",
    "nul\x00byte and \x1b escape",
    "zero\u200bwidth",
    "\r\n windows line",
]


def _function_docstring(text: str) -> str:
    """Render ``text`` as a method docstring the way the templates do, run
    black, and read the docstring back."""
    source = (
        "class A:\n"
        "    def f(self) -> None:\n"
        f'        """{docstring_filter(text, 8)}\n'
        "\n"
        "        REST method: ``x.y``\n"
        '        """\n'
    )
    formatted = black.format_str(source, mode=MODE)
    compile(formatted, "<generated>", "exec")
    tree = ast.parse(formatted)
    func = tree.body[0].body[0]  # type: ignore[attr-defined]
    doc = ast.get_docstring(func)
    assert doc is not None
    return doc


def _expected(text: str) -> str:
    # What a docstring can hold, modulo cleandoc: no trailing blanks, tabs expanded.
    return inspect.cleandoc(text.strip() + "\n\nREST method: ``x.y``")


@pytest.mark.parametrize("text", HOSTILE)
def test_docstring_round_trips(text: str) -> None:
    text = clean_text(text)  # what validate hands on for summaries and descriptions
    assert _function_docstring(text) == _expected(text)


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40))
def test_docstring_round_trips_any_text(text: str) -> None:
    text = clean_text(text)
    if not text:
        return
    assert _function_docstring(text) == _expected(text)


def test_docstring_indents_continuation_lines() -> None:
    assert docstring_filter("a\nb\n\nc", 4) == "a\n    b\n\n    c"
    assert docstring_filter("a", 4) == "a"


def test_docstring_escapes() -> None:
    assert docstring_filter('x"""y') == 'x""\\"y'
    assert docstring_filter('x"') == 'x\\"'
    assert docstring_filter("a\\b") == "a\\\\b"
    assert docstring_filter("a\tb") == "a\\tb"
    assert docstring_filter("a\u2028b") == "a\\u2028b"


@pytest.mark.parametrize(
    "text", HOSTILE + ["", "'", '"', "'\"", "''\"", '\'""', "\\'\""]
)
def test_pyrepr_round_trips(text: str) -> None:
    literal = pyrepr(text)
    assert ast.literal_eval(literal) == text
    assert black.format_str(f"x = {literal}\n", mode=MODE) == f"x = {literal}\n"


def test_filters_reject_non_strings() -> None:
    with pytest.raises(TypeError):
        pyrepr(1)
    with pytest.raises(TypeError):
        docstring_filter(None)


def test_environment_is_strict() -> None:
    env = make_environment()
    template = env.from_string("{{ missing }}")
    with pytest.raises(Exception, match="missing"):
        template.render()
    assert env.from_string("{{ x }}\n").render(x="<&>") == "<&>\n"  # no autoescape


def test_rendered_spec_text_is_not_template_code() -> None:
    env = make_environment()
    out = env.from_string('"""{{ s|docstring }}"""').render(s="{{ 1 + 1 }} {% if %}")
    assert out == '"""{{ 1 + 1 }} {% if %}"""'
    assert textwrap.dedent(out)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=30))
def test_pyrepr_round_trips_any_text(text: str) -> None:
    literal = pyrepr(text)
    assert ast.literal_eval(literal) == text
    assert black.format_str(f"x = {literal}\n", mode=MODE) == f"x = {literal}\n"
