"""Methods under ``voximplant.line``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import MethodInfo

if TYPE_CHECKING:
    from b24client.types.voximplant import VoximplantLine as _VoximplantLine

_VOXIMPLANT_LINE_GET = MethodInfo(
    name="voximplant.line.get", idempotent=True, returns="any", api=1
)
_VOXIMPLANT_LINE_OUTGOING_GET = MethodInfo(
    name="voximplant.line.outgoing.get", idempotent=True, returns="string", api=1
)
_VOXIMPLANT_LINE_OUTGOING_SET = MethodInfo(
    name="voximplant.line.outgoing.set", idempotent=False, returns="integer", api=1
)
_VOXIMPLANT_LINE_OUTGOING_SIP_SET = MethodInfo(
    name="voximplant.line.outgoing.sip.set", idempotent=False, returns="integer", api=1
)


class VoximplantLine(Namespace):
    """Methods under ``voximplant.line``."""

    __slots__ = ()

    @property
    def outgoing(self) -> VoximplantLineOutgoing:
        """Methods under ``voximplant.line.outgoing``."""
        return VoximplantLineOutgoing(self._backend)

    def get(self) -> _VoximplantLine:
        """List the outgoing phone lines as line ID to line name.

        REST method: ``voximplant.line.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-get.html

        Returns:
            VoximplantLine

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.get()
            result = await client.voximplant.line.get()  # AsyncBitrix24
        """
        return cast("_VoximplantLine", self._backend._invoke(_VOXIMPLANT_LINE_GET, {}))


class AsyncVoximplantLine(Namespace):
    """Methods under ``voximplant.line`` (async)."""

    __slots__ = ()

    @property
    def outgoing(self) -> AsyncVoximplantLineOutgoing:
        """Methods under ``voximplant.line.outgoing``."""
        return AsyncVoximplantLineOutgoing(self._backend)

    async def get(self) -> _VoximplantLine:
        """List the outgoing phone lines as line ID to line name.

        REST method: ``voximplant.line.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-get.html

        Returns:
            VoximplantLine

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.get()
            result = await client.voximplant.line.get()  # AsyncBitrix24
        """
        return cast(
            "_VoximplantLine", await self._backend._invoke(_VOXIMPLANT_LINE_GET, {})
        )


class BatchVoximplantLine(Namespace):
    """Methods under ``voximplant.line`` (queued into a batch)."""

    __slots__ = ()

    @property
    def outgoing(self) -> BatchVoximplantLineOutgoing:
        """Methods under ``voximplant.line.outgoing``."""
        return BatchVoximplantLineOutgoing(self._backend)

    def get(self) -> BatchCommand[_VoximplantLine]:
        """List the outgoing phone lines as line ID to line name.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.line.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-get.html

        Returns:
            BatchCommand[VoximplantLine]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.line.get()
        """
        return cast(
            "BatchCommand[_VoximplantLine]",
            self._backend._invoke(_VOXIMPLANT_LINE_GET, {}),
        )


class VoximplantLineOutgoing(Namespace):
    """Methods under ``voximplant.line.outgoing``."""

    __slots__ = ()

    @property
    def sip(self) -> VoximplantLineOutgoingSip:
        """Methods under ``voximplant.line.outgoing.sip``."""
        return VoximplantLineOutgoingSip(self._backend)

    def get(self) -> str:
        """Get the ID of the default line for outgoing calls.

        Formats: "XXX" a rented number, "regXXX" a cloud SIP line, "sipXXX" an office SIP line.

        REST method: ``voximplant.line.outgoing.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-get.html

        Returns:
            str

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.get()
            result = await client.voximplant.line.outgoing.get()  # AsyncBitrix24
        """
        return cast(str, self._backend._invoke(_VOXIMPLANT_LINE_OUTGOING_GET, {}))

    def set(self, *, line_id: str) -> int:
        """Choose the default line for outgoing calls.

        Returns 1 even when LINE_ID is unknown and nothing changed; check with voximplant.line.outgoing.get.

        REST method: ``voximplant.line.outgoing.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-set.html

        Args:
            line_id: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``LINE_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.set(line_id="1")
            result = await client.voximplant.line.outgoing.set(line_id="1")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(_VOXIMPLANT_LINE_OUTGOING_SET, {"LINE_ID": line_id}),
        )


class AsyncVoximplantLineOutgoing(Namespace):
    """Methods under ``voximplant.line.outgoing`` (async)."""

    __slots__ = ()

    @property
    def sip(self) -> AsyncVoximplantLineOutgoingSip:
        """Methods under ``voximplant.line.outgoing.sip``."""
        return AsyncVoximplantLineOutgoingSip(self._backend)

    async def get(self) -> str:
        """Get the ID of the default line for outgoing calls.

        Formats: "XXX" a rented number, "regXXX" a cloud SIP line, "sipXXX" an office SIP line.

        REST method: ``voximplant.line.outgoing.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-get.html

        Returns:
            str

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.get()
            result = await client.voximplant.line.outgoing.get()  # AsyncBitrix24
        """
        return cast(str, await self._backend._invoke(_VOXIMPLANT_LINE_OUTGOING_GET, {}))

    async def set(self, *, line_id: str) -> int:
        """Choose the default line for outgoing calls.

        Returns 1 even when LINE_ID is unknown and nothing changed; check with voximplant.line.outgoing.get.

        REST method: ``voximplant.line.outgoing.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-set.html

        Args:
            line_id: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``LINE_ID``.

        Returns:
            int

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.set(line_id="1")
            result = await client.voximplant.line.outgoing.set(line_id="1")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _VOXIMPLANT_LINE_OUTGOING_SET, {"LINE_ID": line_id}
            ),
        )


class BatchVoximplantLineOutgoing(Namespace):
    """Methods under ``voximplant.line.outgoing`` (queued into a batch)."""

    __slots__ = ()

    @property
    def sip(self) -> BatchVoximplantLineOutgoingSip:
        """Methods under ``voximplant.line.outgoing.sip``."""
        return BatchVoximplantLineOutgoingSip(self._backend)

    def get(self) -> BatchCommand[str]:
        """Get the ID of the default line for outgoing calls.

        Formats: "XXX" a rented number, "regXXX" a cloud SIP line, "sipXXX" an office SIP line.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.line.outgoing.get``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-get.html

        Returns:
            BatchCommand[str]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.line.outgoing.get()
        """
        return cast(
            "BatchCommand[str]",
            self._backend._invoke(_VOXIMPLANT_LINE_OUTGOING_GET, {}),
        )

    def set(self, *, line_id: str | Ref) -> BatchCommand[int]:
        """Choose the default line for outgoing calls.

        Returns 1 even when LINE_ID is unknown and nothing changed; check with voximplant.line.outgoing.get.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.line.outgoing.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-set.html

        Args:
            line_id: ID of the outgoing line, as listed by voximplant.line.get. Wire name: ``LINE_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.line.outgoing.set(line_id="1")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(_VOXIMPLANT_LINE_OUTGOING_SET, {"LINE_ID": line_id}),
        )


class VoximplantLineOutgoingSip(Namespace):
    """Methods under ``voximplant.line.outgoing.sip``."""

    __slots__ = ()

    def set(self, *, config_id: int) -> int:
        """Make a SIP line the default line for outgoing calls.

        REST method: ``voximplant.line.outgoing.sip.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-sip-set.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.sip.set(config_id=1)
            result = await client.voximplant.line.outgoing.sip.set(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _VOXIMPLANT_LINE_OUTGOING_SIP_SET, {"CONFIG_ID": config_id}
            ),
        )


class AsyncVoximplantLineOutgoingSip(Namespace):
    """Methods under ``voximplant.line.outgoing.sip`` (async)."""

    __slots__ = ()

    async def set(self, *, config_id: int) -> int:
        """Make a SIP line the default line for outgoing calls.

        REST method: ``voximplant.line.outgoing.sip.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-sip-set.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.voximplant.line.outgoing.sip.set(config_id=1)
            result = await client.voximplant.line.outgoing.sip.set(config_id=1)  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _VOXIMPLANT_LINE_OUTGOING_SIP_SET, {"CONFIG_ID": config_id}
            ),
        )


class BatchVoximplantLineOutgoingSip(Namespace):
    """Methods under ``voximplant.line.outgoing.sip`` (queued into a batch)."""

    __slots__ = ()

    def set(self, *, config_id: int | Ref) -> BatchCommand[int]:
        """Make a SIP line the default line for outgoing calls.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``voximplant.line.outgoing.sip.set``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/voximplant/lines/voximplant-line-outgoing-sip-set.html

        Args:
            config_id: ID of the SIP line settings, as returned by voximplant.sip.get. Wire name: ``CONFIG_ID``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.voximplant.line.outgoing.sip.set(config_id=1)
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _VOXIMPLANT_LINE_OUTGOING_SIP_SET, {"CONFIG_ID": config_id}
            ),
        )
