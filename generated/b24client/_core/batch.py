# Source: generator/runtime/_core/batch.py (hand-written; copied into the package by make generate).
"""Typed batches: many commands in one request, with references between them.

Build a batch with the same typed namespaces as the client
(``batch.crm.deal.add(fields=…)``); each call returns a :class:`BatchCommand`
to read after :meth:`execute`. A command (or an item of it:
``deal["ID"]``, ``rows[0]["ID"]``) passed as an argument becomes a
``$result[…]`` reference that the portal resolves.

Rules kept (bitrix24-protocol.md §7): at most 50 commands per request; more
independent commands are split into several requests, but a reference
cannot cross from one request to another (an error, before anything is
sent); ``halt`` stops at the first failure, and later requests are not sent;
a batch is never repeated whole after it may have run (it is not
idempotent). Every command ends ``ok``, ``failed`` (with its typed error),
``not_run`` (surely never ran) or ``unknown`` (it may have run: its request
failed after it was sent, or the portal's answer has no entry for it); when
a request fails, its commands are settled so before ``execute()`` raises.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar

from .calls import Plan, hold_back, note_time
from .errors import (
    APIConnectionError,
    APIError,
    BatchCommandNotRunError,
    Bitrix24Error,
    InvalidResponseError,
    api_error,
    normalise_code,
)
from .paging import page_items
from .phpquery import Raw, encode
from .protocol import coerce_result, server_count
from .types import MethodInfo

if TYPE_CHECKING:
    from .client import AsyncClientBase, ClientCore, SyncClientBase

__all__ = ["Ref", "BatchCommand", "BatchResult", "SyncBatchBase", "AsyncBatchBase"]

T = TypeVar("T")

MAX_COMMANDS = 50
BATCH = MethodInfo("batch", idempotent=False)

Status = Literal["pending", "ok", "failed", "not_run", "unknown"]


class Ref:
    """A reference to (part of) an earlier command's result: ``$result[c0][ID]``."""

    __slots__ = ("_command_id", "_path")

    def __init__(self, command_id: str, path: tuple[str | int, ...] = ()) -> None:
        self._command_id = command_id
        self._path = path

    def __getitem__(self, key: str | int) -> Ref:
        if not isinstance(key, (str, int)) or isinstance(key, bool):
            raise TypeError(
                f"a batch reference is indexed by str or int, not {type(key).__name__}"
            )
        if isinstance(key, str) and any(c in key for c in "[]&=#"):
            raise ValueError(f"a batch reference key cannot contain [ ] & = #: {key!r}")
        return Ref(self._command_id, self._path + (key,))

    @property
    def expression(self) -> str:
        """The text the portal substitutes: ``$result[c0][ID]``."""
        return f"$result[{self._command_id}]" + "".join(f"[{p}]" for p in self._path)

    def __repr__(self) -> str:
        return f"Ref({self.expression!r})"


class BatchCommand(Ref, Generic[T]):
    """One command of a batch; after execution, its result or its error."""

    __slots__ = (
        "id",
        "info",
        "params",
        "paged",
        "status",
        "_value",
        "error",
        "total",
        "next",
        "time",
    )

    def __init__(
        self, command_id: str, info: MethodInfo, params: dict[str, Any], paged: bool
    ) -> None:
        super().__init__(command_id)
        self.id = command_id
        self.info = info
        self.params = params
        self.paged = paged
        self.status: Status = "pending"
        self._value: Any = None
        self.error: Bitrix24Error | None = None
        """Why the command is not ``ok``: its own error, why it did not run, or
        why its outcome is unknown."""
        self.total: int | None = None
        """For list commands: how many rows match in all."""
        self.next: int | None = None
        """For list commands: the ``start`` of the next page, if any."""
        self.time: dict[str, Any] = {}

    @property
    def result(self) -> T:
        """The command's result; raises its error unless it is ``ok``."""
        if self.status == "ok":
            value: T = self._value
            return value
        if self.error is not None:
            raise self.error
        raise RuntimeError(
            f"batch command {self.id} ({self.info.name}) has not been executed"
        )

    def _settle(
        self, status: Status, value: Any = None, error: Bitrix24Error | None = None
    ) -> None:
        self.status, self._value, self.error = status, value, error

    def __repr__(self) -> str:
        return f"<BatchCommand {self.id} {self.info.name} {self.status}>"


class BatchResult:
    """Every command of an executed batch, in the order they were added."""

    __slots__ = ("commands",)

    def __init__(self, commands: list[BatchCommand[Any]]) -> None:
        self.commands = commands

    @property
    def errors(self) -> dict[str, Bitrix24Error]:
        """The errors of every command that is not ``ok`` (failed, not run or
        unknown), by command id."""
        return {c.id: c.error for c in self.commands if c.error is not None}

    @property
    def ok(self) -> bool:
        """True when every command succeeded."""
        return all(c.status == "ok" for c in self.commands)

    def raise_for_errors(self) -> None:
        """Raise the error of the first command that failed or ended ``unknown``."""
        for command in self.commands:
            if command.status in ("failed", "unknown") and command.error is not None:
                raise command.error

    def __iter__(self) -> Iterator[BatchCommand[Any]]:
        return iter(self.commands)

    def __len__(self) -> int:
        return len(self.commands)

    def __repr__(self) -> str:
        counts: dict[str, int] = {}
        for command in self.commands:
            counts[command.status] = counts.get(command.status, 0) + 1
        return f"<BatchResult {counts}>"


def _refs(value: Any) -> Iterator[Ref]:
    if isinstance(value, Ref):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _refs(item)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _refs(item)


def _raw_refs(value: Any) -> Any:
    """References as raw ``$result[…]`` text (the portal must see them unescaped)."""
    if isinstance(value, Ref):
        return Raw(value.expression)
    if isinstance(value, dict):
        return {k: _raw_refs(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_raw_refs(v) for v in value]
    return value


def command_text(command: BatchCommand[Any]) -> str:
    """``method?query`` as the ``cmd`` entry of a batch request."""
    return command_line(command.info.name, encode(_raw_refs(command.params)))


def command_line(method: str, query: str) -> str:
    """``method?query``, or the method alone when it takes no parameters."""
    return f"{method}?{query}" if query else method


def _section(value: Any) -> dict[str, Any]:
    """A result section keyed by command id; PHP sends an empty one as ``[]``."""
    if isinstance(value, dict):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, list):
        return {str(i): v for i, v in enumerate(value)}
    return {}


class BatchSections:
    """One batch answer, split into its keyed sections."""

    __slots__ = ("results", "errors", "totals", "nexts", "times")

    def __init__(self, result: Any) -> None:
        if not isinstance(result, dict):
            raise InvalidResponseError(
                f"expected the batch sections object, got {type(result).__name__}",
                method="batch",
            )
        self.results = _section(result.get("result"))
        self.errors = _section(result.get("result_error"))
        self.totals = _section(result.get("result_total"))
        self.nexts = _section(result.get("result_next"))
        self.times = _section(result.get("result_time"))

    def total(self, command_id: str, method: str) -> int | None:
        """A command's ``result_total``; InvalidResponseError when it is not a count."""
        return server_count(
            self.totals.get(command_id), f"result_total of {command_id}", method
        )

    def next_start(self, command_id: str, method: str) -> int | None:
        """A command's ``result_next``; InvalidResponseError when it is not a count."""
        return server_count(
            self.nexts.get(command_id), f"result_next of {command_id}", method
        )

    def missing(self, command_id: str, method: str) -> InvalidResponseError:
        """The error of a command the answer has no entry for, in any section."""
        return InvalidResponseError(
            f"the batch answer has no entry for command {command_id}, in its "
            "results or its errors: whether it ran is unknown",
            method=method,
        )

    def error(self, command_id: str, method: str) -> Bitrix24Error:
        """The typed error of a failed command (its time block kept for limits)."""
        body = self.errors[command_id]
        body = dict(body) if isinstance(body, dict) else {"error": body}
        time_block = self.times.get(command_id)
        if isinstance(time_block, dict) and "time" not in body:
            body["time"] = time_block  # operating_reset_at, for the time limit
        return api_error(
            normalise_code(body.get("error")),
            body.get("error_description"),
            status=None,
            method=method,
            body=body,
        )


class BatchBase:
    """The commands of a batch and the plan that runs them."""

    def __init__(self, client: ClientCore, *, halt: bool = False) -> None:
        self._client = client
        self.halt = halt
        """Stop at the first failing command."""
        self._commands: list[BatchCommand[Any]] = []
        self._ids: set[str] = set()
        self._executed = False

    def _invoke(self, info: MethodInfo, params: Mapping[str, Any]) -> BatchCommand[Any]:
        return self._add(info, params, paged=False)

    def _invoke_page(
        self, info: MethodInfo, params: Mapping[str, Any]
    ) -> BatchCommand[Any]:
        return self._add(info, params, paged=True)

    def add(
        self, method: str, params: Mapping[str, Any] | None = None
    ) -> BatchCommand[Any]:
        """Add a call of any method by name (untyped; no spec needed)."""
        if not isinstance(method, str) or not method.strip() or "?" in method:
            raise ValueError(f"method must be a REST method name, got {method!r}")
        if method.strip().lower() == "batch":
            raise ValueError("a batch cannot contain another batch")
        return self._add(MethodInfo(method.strip()), params or {}, paged=False)

    def _add(
        self, info: MethodInfo, params: Mapping[str, Any], *, paged: bool
    ) -> BatchCommand[Any]:
        if self._executed:
            raise RuntimeError("this batch has been executed; start a new one")
        for ref in _refs(dict(params)):
            if ref._command_id not in self._ids:
                raise ValueError(
                    f"{info.name}: argument refers to {ref.expression}, which is not an "
                    "earlier command of this batch"
                )
        command: BatchCommand[Any] = BatchCommand(
            f"c{len(self._commands)}", info, dict(params), paged
        )
        self._commands.append(command)
        self._ids.add(command.id)
        return command

    @property
    def commands(self) -> list[BatchCommand[Any]]:
        """The commands added so far, in order."""
        return list(self._commands)

    def __len__(self) -> int:
        return len(self._commands)

    def _chunks(self) -> list[list[BatchCommand[Any]]]:
        chunks = [
            self._commands[i : i + MAX_COMMANDS]
            for i in range(0, len(self._commands), MAX_COMMANDS)
        ]
        for chunk in chunks:
            inside = {c.id for c in chunk}
            for command in chunk:
                for ref in _refs(command.params):
                    if ref._command_id not in inside:
                        raise ValueError(
                            f"batch command {command.id} ({command.info.name}) refers to "
                            f"{ref.expression} in an earlier request: a batch request holds "
                            f"at most {MAX_COMMANDS} commands and $result references cannot "
                            "cross requests; keep dependent commands within one request"
                        )
        return chunks

    def _settle_chunk(self, chunk: list[BatchCommand[Any]], result: Any) -> bool:
        """Record each command's outcome from one batch answer; True unless all ``ok``.

        A command the answer has no entry for did not run when ``halt`` is on
        and the portal reported an earlier one failed; otherwise its outcome
        is unknown.
        """
        sections = BatchSections(result)
        halted = False
        for command in chunk:
            name = command.info.name
            if command.id in sections.errors:
                halted = self.halt
                command._settle("failed", error=sections.error(command.id, name))
            elif command.id in sections.results:
                value = sections.results[command.id]
                try:
                    if command.paged:
                        value = page_items(command.info, value)
                    else:
                        value = coerce_result(command.info, value)
                    total = sections.total(command.id, name)
                    nxt = sections.next_start(command.id, name)
                except InvalidResponseError as exc:
                    command._settle("failed", error=exc)
                    continue
                command._settle("ok", value)
                command.total, command.next = total, nxt
                time = sections.times.get(command.id)
                command.time = time if isinstance(time, dict) else {}
            elif halted:
                command._settle("not_run", error=_not_run(command))
            else:
                command._settle("unknown", error=sections.missing(command.id, name))
        return any(command.status != "ok" for command in chunk)

    def _plan(self) -> Plan[BatchResult]:
        if self._executed:
            raise RuntimeError("this batch has been executed already")
        chunks = self._chunks()
        texts = {command.id: command_text(command) for command in self._commands}
        self._executed = True
        stopped = False
        for index, chunk in enumerate(chunks):
            if stopped:
                for command in chunk:
                    command._settle("not_run", error=_not_run(command))
                continue
            params = {
                "halt": 1 if self.halt else 0,
                "cmd": {command.id: texts[command.id] for command in chunk},
            }
            session = self._client._session
            # the portal charges each command to its method
            names = tuple(dict.fromkeys(command.info.name for command in chunk))
            yield from hold_back(session, names, reserve=False)
            try:
                envelope = yield from self._client._plan(BATCH, params)
                failed = self._settle_chunk(chunk, envelope.result)
            except Bitrix24Error as error:
                _abandon(
                    chunk, [c for later in chunks[index + 1 :] for c in later], error
                )
                raise
            for command in chunk:
                if command.time:
                    yield from note_time(session, command.info.name, command.time)
            if failed and self.halt:
                stopped = True
        return BatchResult(list(self._commands))

    def __repr__(self) -> str:
        return (
            f"<{type(self).__name__} {len(self._commands)} commands, halt={self.halt}>"
        )


def _not_run(command: BatchCommand[Any]) -> BatchCommandNotRunError:
    return BatchCommandNotRunError(
        f"command {command.id} did not run: an earlier command failed and halt is on",
        method=command.info.name,
    )


def nothing_ran(error: Bitrix24Error) -> bool:
    """Whether a failed batch request surely ran none of its commands."""
    if isinstance(error, APIConnectionError):
        return not error.sent
    if isinstance(error, APIError):
        # refused before running (rate limit) or rejected whole with an error
        # envelope (a 4xx: authorisation, a malformed batch)
        return error.retry == "always" or (
            error.status is not None and 400 <= error.status < 500
        )
    return False


def _abandon(
    chunk: list[BatchCommand[Any]], later: list[BatchCommand[Any]], error: Bitrix24Error
) -> None:
    """Settle the commands of a failed request and of the requests never sent."""
    status: Status = "not_run" if nothing_ran(error) else "unknown"
    for command in chunk:
        command._settle(status, error=error)
    for command in later:
        command._settle(
            "not_run",
            error=BatchCommandNotRunError(
                f"command {command.id} was not sent: an earlier request of this "
                f"batch failed ({type(error).__name__}: {error})",
                method=command.info.name,
            ),
        )


class SyncBatchBase(BatchBase):
    """A batch for the sync client: ``execute()`` sends it."""

    def __init__(self, client: SyncClientBase, *, halt: bool = False) -> None:
        super().__init__(client, halt=halt)
        self._sync_client = client

    def execute(self) -> BatchResult:
        """Send the batch (in requests of up to 50 commands) and settle every command."""
        return self._sync_client._run(self._plan())


class AsyncBatchBase(BatchBase):
    """A batch for the async client: ``await execute()`` sends it."""

    def __init__(self, client: AsyncClientBase, *, halt: bool = False) -> None:
        super().__init__(client, halt=halt)
        self._async_client = client

    async def execute(self) -> BatchResult:
        """Send the batch (in requests of up to 50 commands) and settle every command."""
        return await self._async_client._run(self._plan())
