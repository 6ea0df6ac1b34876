"""spec/_errors.yaml: error code -> exception class and retry class."""

from __future__ import annotations

from ..diagnostics import SpecError
from ..introspect import RuntimeInfo
from ..loader import ERRORS_FILE, SpecFile
from ..model import ErrorCode
from .base import Checker, clean_text, got, one_of

__all__ = ["ERROR_KEYS", "RETRY_CLASSES", "error_codes"]

ERROR_KEYS = ("code", "exception", "meaning", "retry", "status")
RETRY_CLASSES = ("always", "idempotent", "never")


def error_codes(
    spec: SpecFile | None, found: bool, runtime: RuntimeInfo
) -> tuple[list[ErrorCode], list[SpecError]]:
    check = Checker(ERRORS_FILE, runtime)
    codes: list[ErrorCode] = []
    if spec is None:
        if not found:
            check.err(
                "<file>",
                "missing",
                "spec/_errors.yaml mapping error codes to exceptions",
            )
        return codes, check.problems
    data = spec.data
    if not isinstance(data, dict):
        check.err(
            "<top level>",
            f"wrong value type: {got(data)}",
            "a mapping with the key errors",
        )
        return codes, check.problems
    check.unknown_keys(data, ("errors",), "")
    entries = data.get("errors")
    if not isinstance(entries, list):
        if "errors" not in data:
            check.err("errors", "missing required key", "a list of error code mappings")
        else:
            check.err(
                "errors",
                f"wrong value type: {got(entries)}",
                "a list of error code mappings",
            )
        return codes, check.problems
    known = runtime.exceptions
    where_known = "a class defined in generator/runtime/_core/errors.py"
    seen: dict[str, int] = {}
    for i, entry in enumerate(entries):
        prefix = f"errors[{i}]"
        if not isinstance(entry, dict):
            check.err(
                prefix,
                f"wrong value type: {got(entry)}",
                "a mapping with code, exception, retry",
            )
            continue
        before = len(check.problems)
        check.unknown_keys(entry, ERROR_KEYS, prefix + ".")
        code = check.string(
            entry,
            "code",
            prefix + ".code",
            required=True,
            expected='a string ("" for the empty code)',
        )
        exception = check.string(
            entry,
            "exception",
            prefix + ".exception",
            required=True,
            expected=where_known,
        )
        retry = check.string(
            entry,
            "retry",
            prefix + ".retry",
            required=True,
            expected=one_of(RETRY_CLASSES),
        )
        meaning = check.string(
            entry, "meaning", prefix + ".meaning", required=False, expected="a string"
        )
        status = entry.get("status")
        if "status" in entry and (
            isinstance(status, bool)
            or not isinstance(status, int)
            or not 100 <= status <= 599
        ):
            check.err(
                prefix + ".status",
                f"wrong value: {got(status)}",
                "an HTTP status code, 100-599",
            )
        if exception is not None:
            if known is None:
                check.err(
                    prefix + ".exception",
                    f"cannot check {exception!r}: generator/runtime/_core/errors.py is missing",
                    where_known,
                )
            elif exception not in known:
                check.err(
                    prefix + ".exception",
                    f"unknown exception class {exception!r}",
                    where_known + ": " + ", ".join(sorted(known)),
                )
        if retry is not None and retry not in RETRY_CLASSES:
            check.err(
                prefix + ".retry",
                f"unknown retry class {retry!r}",
                one_of(RETRY_CLASSES),
            )
        if code is not None:
            key = code.lower()
            if key in seen:
                check.err(
                    prefix + ".code",
                    f"duplicate code {code!r} (compared case-insensitively), also errors[{seen[key]}]",
                    "each code once",
                )
            else:
                seen[key] = i
        if len(check.problems) == before:
            assert code is not None and exception is not None and retry is not None
            codes.append(
                ErrorCode(
                    code=code,
                    exception=exception,
                    retry=retry,  # type: ignore[arg-type]
                    status=status if isinstance(status, int) else None,
                    meaning=clean_text(meaning) if meaning else "",
                )
            )
    return codes, check.problems
