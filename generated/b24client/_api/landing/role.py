"""Methods under ``landing.role``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.landing import LandingRole as _LandingRole

_LANDING_ROLE_ENABLE = MethodInfo(
    name="landing.role.enable", idempotent=False, returns="boolean", api=1
)
_LANDING_ROLE_GET_LIST = MethodInfo(
    name="landing.role.getList", idempotent=True, returns="any", api=1
)
_LANDING_ROLE_GET_RIGHTS = MethodInfo(
    name="landing.role.getRights", idempotent=True, returns="any", api=1
)
_LANDING_ROLE_IS_ENABLED = MethodInfo(
    name="landing.role.isEnabled", idempotent=False, returns="boolean", api=1
)
_LANDING_ROLE_SET_ACCESS_CODES = MethodInfo(
    name="landing.role.setAccessCodes", idempotent=False, returns="boolean", api=1
)
_LANDING_ROLE_SET_RIGHTS = MethodInfo(
    name="landing.role.setRights", idempotent=False, returns="boolean", api=1
)


class LandingRole(Namespace):
    """Methods under ``landing.role``."""

    __slots__ = ()

    def enable(self, *, scope: str | NotGiven = NOT_GIVEN, mode: bool | int) -> bool:
        """Switch the site builder between the role model and the extended rights model.

        Needs full access to Sites and Stores; with scope, only a portal administrator may call it.

        REST method: ``landing.role.enable``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-enable.html

        Args:
            scope: Site builder area, such as "KNOWLEDGE" or "GROUP"; omit for ordinary sites.
            mode: true or 1 turns the role model on; false or 0 turns on the extended model.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.enable(mode=True)
            result = await client.landing.role.enable(mode=True)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(_LANDING_ROLE_ENABLE, {"scope": scope, "mode": mode}),
        )

    def get_list(
        self, *, scope: str | NotGiven = NOT_GIVEN, start: int | NotGiven = NOT_GIVEN
    ) -> list[_LandingRole]:
        """List the site builder access roles.

        REST method: ``landing.role.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-list.html

        Args:
            scope: Site type whose roles to return, such as "KNOWLEDGE" or "GROUP".
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRole]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.get_list()
            result = await client.landing.role.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRole]",
            self._backend._invoke(
                _LANDING_ROLE_GET_LIST, {"scope": scope, "start": start}
            ),
        )

    def get_rights(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> dict[str, Any]:
        """Return the per-site permissions granted to a role.

        REST method: ``landing.role.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.

        Returns:
            dict[str, Any]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.get_rights(id=1)
            result = await client.landing.role.get_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            self._backend._invoke(_LANDING_ROLE_GET_RIGHTS, {"scope": scope, "id": id}),
        )

    def is_enabled(self) -> bool:
        """Check whether the site builder uses the role-based rights model.

        REST method: ``landing.role.isEnabled``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-is-enabled.html

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.is_enabled()
            result = await client.landing.role.is_enabled()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_LANDING_ROLE_IS_ENABLED, {}))

    def set_access_codes(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        codes: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the list of users and groups assigned to a role.

        The list replaces the previously saved one; it is not merged.

        REST method: ``landing.role.setAccessCodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-access-codes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            codes: Access codes of users and groups, such as "U1" or "G2"; replaces the saved list.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.set_access_codes(id=1)
            result = await client.landing.role.set_access_codes(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_ROLE_SET_ACCESS_CODES,
                {"scope": scope, "id": id, "codes": codes},
            ),
        )

    def set_rights(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        rights: dict[str, Any] | Sequence[Any],
        additional: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set the per-site permissions and extra abilities of a role.

        Used in the role rights model; check it with landing.role.isEnabled.

        REST method: ``landing.role.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            rights: Operations per site ID, such as {"0": ["read"], "12": ["read", "edit"]}; 0 is the default for other sites.
            additional: Extra abilities, such as "menu24" or "create".

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.set_rights(id=1, rights={})
            result = await client.landing.role.set_rights(id=1, rights={})  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _LANDING_ROLE_SET_RIGHTS,
                {"scope": scope, "id": id, "rights": rights, "additional": additional},
            ),
        )


class AsyncLandingRole(Namespace):
    """Methods under ``landing.role`` (async)."""

    __slots__ = ()

    async def enable(
        self, *, scope: str | NotGiven = NOT_GIVEN, mode: bool | int
    ) -> bool:
        """Switch the site builder between the role model and the extended rights model.

        Needs full access to Sites and Stores; with scope, only a portal administrator may call it.

        REST method: ``landing.role.enable``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-enable.html

        Args:
            scope: Site builder area, such as "KNOWLEDGE" or "GROUP"; omit for ordinary sites.
            mode: true or 1 turns the role model on; false or 0 turns on the extended model.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.enable(mode=True)
            result = await client.landing.role.enable(mode=True)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_ROLE_ENABLE, {"scope": scope, "mode": mode}
            ),
        )

    async def get_list(
        self, *, scope: str | NotGiven = NOT_GIVEN, start: int | NotGiven = NOT_GIVEN
    ) -> list[_LandingRole]:
        """List the site builder access roles.

        REST method: ``landing.role.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-list.html

        Args:
            scope: Site type whose roles to return, such as "KNOWLEDGE" or "GROUP".
            start: Offset of the first item to return, for standard paging.

        Returns:
            list[LandingRole]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.get_list()
            result = await client.landing.role.get_list()  # AsyncBitrix24
        """
        return cast(
            "list[_LandingRole]",
            await self._backend._invoke(
                _LANDING_ROLE_GET_LIST, {"scope": scope, "start": start}
            ),
        )

    async def get_rights(
        self, *, scope: str | NotGiven = NOT_GIVEN, id: int
    ) -> dict[str, Any]:
        """Return the per-site permissions granted to a role.

        REST method: ``landing.role.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.

        Returns:
            dict[str, Any]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.get_rights(id=1)
            result = await client.landing.role.get_rights(id=1)  # AsyncBitrix24
        """
        return cast(
            "dict[str, Any]",
            await self._backend._invoke(
                _LANDING_ROLE_GET_RIGHTS, {"scope": scope, "id": id}
            ),
        )

    async def is_enabled(self) -> bool:
        """Check whether the site builder uses the role-based rights model.

        REST method: ``landing.role.isEnabled``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-is-enabled.html

        Returns:
            bool

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.is_enabled()
            result = await client.landing.role.is_enabled()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_LANDING_ROLE_IS_ENABLED, {}))

    async def set_access_codes(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        codes: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Replace the list of users and groups assigned to a role.

        The list replaces the previously saved one; it is not merged.

        REST method: ``landing.role.setAccessCodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-access-codes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            codes: Access codes of users and groups, such as "U1" or "G2"; replaces the saved list.

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.set_access_codes(id=1)
            result = await client.landing.role.set_access_codes(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_ROLE_SET_ACCESS_CODES,
                {"scope": scope, "id": id, "codes": codes},
            ),
        )

    async def set_rights(
        self,
        *,
        scope: str | NotGiven = NOT_GIVEN,
        id: int,
        rights: dict[str, Any] | Sequence[Any],
        additional: Sequence[str] | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Set the per-site permissions and extra abilities of a role.

        Used in the role rights model; check it with landing.role.isEnabled.

        REST method: ``landing.role.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            rights: Operations per site ID, such as {"0": ["read"], "12": ["read", "edit"]}; 0 is the default for other sites.
            additional: Extra abilities, such as "menu24" or "create".

        Returns:
            bool

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            result = client.landing.role.set_rights(id=1, rights={})
            result = await client.landing.role.set_rights(id=1, rights={})  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _LANDING_ROLE_SET_RIGHTS,
                {"scope": scope, "id": id, "rights": rights, "additional": additional},
            ),
        )


class BatchLandingRole(Namespace):
    """Methods under ``landing.role`` (queued into a batch)."""

    __slots__ = ()

    def enable(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, mode: bool | int | Ref
    ) -> BatchCommand[bool]:
        """Switch the site builder between the role model and the extended rights model.

        Needs full access to Sites and Stores; with scope, only a portal administrator may call it.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.enable``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-enable.html

        Args:
            scope: Site builder area, such as "KNOWLEDGE" or "GROUP"; omit for ordinary sites.
            mode: true or 1 turns the role model on; false or 0 turns on the extended model.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.enable(mode=True)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_LANDING_ROLE_ENABLE, {"scope": scope, "mode": mode}),
        )

    def get_list(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_LandingRole]]:
        """List the site builder access roles.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.getList``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-list.html

        Args:
            scope: Site type whose roles to return, such as "KNOWLEDGE" or "GROUP".
            start: Offset of the first item to return, for standard paging.

        Returns:
            BatchCommand[list[LandingRole]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.get_list()
        """
        return cast(
            "BatchCommand[list[_LandingRole]]",
            self._backend._invoke(
                _LANDING_ROLE_GET_LIST, {"scope": scope, "start": start}
            ),
        )

    def get_rights(
        self, *, scope: str | Ref | NotGiven = NOT_GIVEN, id: int | Ref
    ) -> BatchCommand[dict[str, Any]]:
        """Return the per-site permissions granted to a role.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.getRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-get-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.

        Returns:
            BatchCommand[dict[str, Any]]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.get_rights(id=1)
        """
        return cast(
            "BatchCommand[dict[str, Any]]",
            self._backend._invoke(_LANDING_ROLE_GET_RIGHTS, {"scope": scope, "id": id}),
        )

    def is_enabled(self) -> BatchCommand[bool]:
        """Check whether the site builder uses the role-based rights model.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.isEnabled``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/landing-role-is-enabled.html

        Returns:
            BatchCommand[bool]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.is_enabled()
        """
        return cast(
            "BatchCommand[bool]", self._backend._invoke(_LANDING_ROLE_IS_ENABLED, {})
        )

    def set_access_codes(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref,
        codes: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Replace the list of users and groups assigned to a role.

        The list replaces the previously saved one; it is not merged.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.setAccessCodes``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-access-codes.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            codes: Access codes of users and groups, such as "U1" or "G2"; replaces the saved list.

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``, ``ERROR_ARGUMENT``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.set_access_codes(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_ROLE_SET_ACCESS_CODES,
                {"scope": scope, "id": id, "codes": codes},
            ),
        )

    def set_rights(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        id: int | Ref,
        rights: dict[str, Any] | Sequence[Any] | Ref,
        additional: Sequence[str] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Set the per-site permissions and extra abilities of a role.

        Used in the role rights model; check it with landing.role.isEnabled.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``landing.role.setRights``
        Docs: https://apidocs.bitrix24.com/api-reference/landing/rights/role-model/landing-role-set-rights.html

        Args:
            scope: Site builder area, not the REST scope: "KNOWLEDGE", "GROUP" or "MAINPAGE" for those site types; omit for ordinary sites.
            id: ID of the role.
            rights: Operations per site ID, such as {"0": ["read"], "12": ["read", "edit"]}; 0 is the default for other sites.
            additional: Extra abilities, such as "menu24" or "create".

        Returns:
            BatchCommand[bool]

        Raises:
            BadRequestError: the portal answers ``MISSING_PARAMS``.
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``.

        Example:
            command = batch.landing.role.set_rights(id=1, rights={})
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _LANDING_ROLE_SET_RIGHTS,
                {"scope": scope, "id": id, "rights": rights, "additional": additional},
            ),
        )
