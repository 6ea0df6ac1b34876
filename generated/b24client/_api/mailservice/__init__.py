"""Methods under ``mailservice``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven, yes_no

if TYPE_CHECKING:
    from b24client.types.mailservice import (
        Mailservice as _Mailservice,
        MailserviceFieldsResult,
    )

_MAILSERVICE_ADD = MethodInfo(
    name="mailservice.add", idempotent=False, returns="integer", api=1
)
_MAILSERVICE_DELETE = MethodInfo(
    name="mailservice.delete", idempotent=False, returns="boolean", api=1
)
_MAILSERVICE_FIELDS = MethodInfo(
    name="mailservice.fields", idempotent=True, returns="any", api=1
)
_MAILSERVICE_GET = MethodInfo(
    name="mailservice.get", idempotent=True, returns="any", api=1
)
_MAILSERVICE_LIST = MethodInfo(
    name="mailservice.list", idempotent=True, returns="any", api=1
)
_MAILSERVICE_UPDATE = MethodInfo(
    name="mailservice.update", idempotent=False, returns="boolean", api=1
)


class Mailservice(Namespace):
    """Methods under ``mailservice``."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str,
        active: bool | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        port: int | NotGiven = NOT_GIVEN,
        encryption: bool | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a mail provider preset (IMAP server, port, logo) that users pick when connecting a mailbox.

        REST method: ``mailservice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-add.html

        Args:
            name: Service name. Wire name: ``NAME``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index; default 100. Wire name: ``SORT``.

        Returns:
            int

        Example:
            result = client.mailservice.add(name="Anna")
            result = await client.mailservice.add(name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _MAILSERVICE_ADD,
                {
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )

    def delete(self, *, id: int) -> bool:
        """Remove a mail provider preset from the portal.

        REST method: ``mailservice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-delete.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            bool

        Example:
            result = client.mailservice.delete(id=1)
            result = await client.mailservice.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_MAILSERVICE_DELETE, {"ID": id}))

    def fields(self) -> MailserviceFieldsResult:
        """Get the localized captions of the mail service fields.

        REST method: ``mailservice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-fields.html

        Returns:
            MailserviceFieldsResult

        Example:
            result = client.mailservice.fields()
            result = await client.mailservice.fields()  # AsyncBitrix24
        """
        return cast(
            "MailserviceFieldsResult", self._backend._invoke(_MAILSERVICE_FIELDS, {})
        )

    def get(self, *, id: int) -> _Mailservice:
        """Get a mail provider preset's IMAP and SMTP settings by ID.

        REST method: ``mailservice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-get.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            Mailservice

        Example:
            result = client.mailservice.get(id=1)
            result = await client.mailservice.get(id=1)  # AsyncBitrix24
        """
        return cast("_Mailservice", self._backend._invoke(_MAILSERVICE_GET, {"ID": id}))

    def list(self, *, start: int | NotGiven = NOT_GIVEN) -> builtins.list[_Mailservice]:
        """List the active mail provider presets with their server settings.

        REST method: ``mailservice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[Mailservice]

        Example:
            result = client.mailservice.list()
            result = await client.mailservice.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_Mailservice]",
            self._backend._invoke(_MAILSERVICE_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        id: int,
        active: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        port: int | NotGiven = NOT_GIVEN,
        encryption: bool | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the IMAP server, name or logo of a mail provider preset.

        REST method: ``mailservice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-update.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            name: Service name. Wire name: ``NAME``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index. Wire name: ``SORT``.

        Returns:
            bool

        Example:
            result = client.mailservice.update(id=1)
            result = await client.mailservice.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _MAILSERVICE_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": yes_no(active),
                    "NAME": name,
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )


class AsyncMailservice(Namespace):
    """Methods under ``mailservice`` (async)."""

    __slots__ = ()

    async def add(
        self,
        *,
        name: str,
        active: bool | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        port: int | NotGiven = NOT_GIVEN,
        encryption: bool | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> int:
        """Add a mail provider preset (IMAP server, port, logo) that users pick when connecting a mailbox.

        REST method: ``mailservice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-add.html

        Args:
            name: Service name. Wire name: ``NAME``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index; default 100. Wire name: ``SORT``.

        Returns:
            int

        Example:
            result = client.mailservice.add(name="Anna")
            result = await client.mailservice.add(name="Anna")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _MAILSERVICE_ADD,
                {
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )

    async def delete(self, *, id: int) -> bool:
        """Remove a mail provider preset from the portal.

        REST method: ``mailservice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-delete.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            bool

        Example:
            result = client.mailservice.delete(id=1)
            result = await client.mailservice.delete(id=1)  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_MAILSERVICE_DELETE, {"ID": id}))

    async def fields(self) -> MailserviceFieldsResult:
        """Get the localized captions of the mail service fields.

        REST method: ``mailservice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-fields.html

        Returns:
            MailserviceFieldsResult

        Example:
            result = client.mailservice.fields()
            result = await client.mailservice.fields()  # AsyncBitrix24
        """
        return cast(
            "MailserviceFieldsResult",
            await self._backend._invoke(_MAILSERVICE_FIELDS, {}),
        )

    async def get(self, *, id: int) -> _Mailservice:
        """Get a mail provider preset's IMAP and SMTP settings by ID.

        REST method: ``mailservice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-get.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            Mailservice

        Example:
            result = client.mailservice.get(id=1)
            result = await client.mailservice.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_Mailservice", await self._backend._invoke(_MAILSERVICE_GET, {"ID": id})
        )

    async def list(
        self, *, start: int | NotGiven = NOT_GIVEN
    ) -> builtins.list[_Mailservice]:
        """List the active mail provider presets with their server settings.

        REST method: ``mailservice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            list[Mailservice]

        Example:
            result = client.mailservice.list()
            result = await client.mailservice.list()  # AsyncBitrix24
        """
        return cast(
            "builtins.list[_Mailservice]",
            await self._backend._invoke(_MAILSERVICE_LIST, {"start": start}),
        )

    async def update(
        self,
        *,
        id: int,
        active: bool | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        server: str | NotGiven = NOT_GIVEN,
        port: int | NotGiven = NOT_GIVEN,
        encryption: bool | NotGiven = NOT_GIVEN,
        link: str | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | NotGiven = NOT_GIVEN,
        sort: int | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change the IMAP server, name or logo of a mail provider preset.

        REST method: ``mailservice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-update.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            name: Service name. Wire name: ``NAME``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index. Wire name: ``SORT``.

        Returns:
            bool

        Example:
            result = client.mailservice.update(id=1)
            result = await client.mailservice.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _MAILSERVICE_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": yes_no(active),
                    "NAME": name,
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )


class BatchMailservice(Namespace):
    """Methods under ``mailservice`` (queued into a batch)."""

    __slots__ = ()

    def add(
        self,
        *,
        name: str | Ref,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        server: str | Ref | NotGiven = NOT_GIVEN,
        port: int | Ref | NotGiven = NOT_GIVEN,
        encryption: bool | Ref | NotGiven = NOT_GIVEN,
        link: str | Ref | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Add a mail provider preset (IMAP server, port, logo) that users pick when connecting a mailbox.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.add``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-add.html

        Args:
            name: Service name. Wire name: ``NAME``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index; default 100. Wire name: ``SORT``.

        Returns:
            BatchCommand[int]

        Example:
            command = batch.mailservice.add(name="Anna")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _MAILSERVICE_ADD,
                {
                    "NAME": name,
                    "ACTIVE": yes_no(active),
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )

    def delete(self, *, id: int | Ref) -> BatchCommand[bool]:
        """Remove a mail provider preset from the portal.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.delete``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-delete.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.mailservice.delete(id=1)
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_MAILSERVICE_DELETE, {"ID": id})
        )

    def fields(self) -> BatchCommand[MailserviceFieldsResult]:
        """Get the localized captions of the mail service fields.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-fields.html

        Returns:
            BatchCommand[MailserviceFieldsResult]

        Example:
            command = batch.mailservice.fields()
        """
        return cast(
            "BatchCommand[MailserviceFieldsResult]",
            self._backend._invoke(_MAILSERVICE_FIELDS, {}),
        )

    def get(self, *, id: int | Ref) -> BatchCommand[_Mailservice]:
        """Get a mail provider preset's IMAP and SMTP settings by ID.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.get``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-get.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.

        Returns:
            BatchCommand[Mailservice]

        Example:
            command = batch.mailservice.get(id=1)
        """
        return cast(
            "BatchCommand[_Mailservice]",
            self._backend._invoke(_MAILSERVICE_GET, {"ID": id}),
        )

    def list(
        self, *, start: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[builtins.list[_Mailservice]]:
        """List the active mail provider presets with their server settings.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.list``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-list.html

        Args:
            start: Offset of the first record, for paging.

        Returns:
            BatchCommand[list[Mailservice]]

        Example:
            command = batch.mailservice.list()
        """
        return cast(
            "BatchCommand[builtins.list[_Mailservice]]",
            self._backend._invoke(_MAILSERVICE_LIST, {"start": start}),
        )

    def update(
        self,
        *,
        id: int | Ref,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        server: str | Ref | NotGiven = NOT_GIVEN,
        port: int | Ref | NotGiven = NOT_GIVEN,
        encryption: bool | Ref | NotGiven = NOT_GIVEN,
        link: str | Ref | NotGiven = NOT_GIVEN,
        icon: tuple[str, str] | Ref | NotGiven = NOT_GIVEN,
        sort: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change the IMAP server, name or logo of a mail provider preset.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``mailservice.update``
        Docs: https://apidocs.bitrix24.com/api-reference/mailservice/mailservice-update.html

        Args:
            id: ID of the mail service, as returned by mailservice.list. Wire name: ``ID``.
            active: \"Y" (default) active, "N" inactive. Wire name: ``ACTIVE``.
            name: Service name. Wire name: ``NAME``.
            server: IMAP server address; stored in lower case. Wire name: ``SERVER``.
            port: IMAP server port. Wire name: ``PORT``.
            encryption: \"Y" for a secure (encrypted) connection, "N" without. Wire name: ``ENCRYPTION``.
            link: URL of the service web mail interface. Wire name: ``LINK``.
            icon: Service logo, as a file or the ID of an existing file. Wire name: ``ICON``.
            sort: Sort index. Wire name: ``SORT``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.mailservice.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _MAILSERVICE_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": yes_no(active),
                    "NAME": name,
                    "SERVER": server,
                    "PORT": port,
                    "ENCRYPTION": yes_no(encryption),
                    "LINK": link,
                    "ICON": icon,
                    "SORT": sort,
                },
            ),
        )
