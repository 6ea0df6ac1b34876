"""Methods under ``user``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.namespace import Namespace
from b24client._core.paging import AsyncPage, Page
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.user import User as _User, UserFieldsResult, UserSearchResult
    from b24client._api.user.option import AsyncUserOption, BatchUserOption, UserOption
    from b24client._api.user.userfield import (
        AsyncUserUserfield,
        BatchUserUserfield,
        UserUserfield,
    )

_USER_ACCESS = MethodInfo(
    name="user.access", idempotent=False, returns="boolean", api=1
)
_USER_ADD = MethodInfo(name="user.add", idempotent=False, returns="integer", api=1)
_USER_ADMIN = MethodInfo(name="user.admin", idempotent=False, returns="boolean", api=1)
_USER_CURRENT = MethodInfo(name="user.current", idempotent=True, returns="any", api=1)
_USER_FIELDS = MethodInfo(name="user.fields", idempotent=True, returns="any", api=1)
_USER_GET = MethodInfo(name="user.get", idempotent=True, returns="any", api=1)
_USER_SEARCH = MethodInfo(name="user.search", idempotent=True, returns="any", api=1)
_USER_UPDATE = MethodInfo(
    name="user.update", idempotent=False, returns="boolean", api=1
)


class User(Namespace):
    """Methods under ``user``."""

    __slots__ = ()

    @property
    def option(self) -> UserOption:
        """Methods under ``user.option``."""
        from b24client._api.user.option import UserOption

        return UserOption(self._backend)

    @property
    def userfield(self) -> UserUserfield:
        """Methods under ``user.userfield``."""
        from b24client._api.user.userfield import UserUserfield

        return UserUserfield(self._backend)

    def access(self, *, access: Sequence[str]) -> bool:
        """Check whether the current user holds any of the given access codes.

        A user who may manage application settings always gets true, whatever codes are passed.

        REST method: ``user.access``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-access.html

        Args:
            access: Access codes to check: "U<id>" a user (such as "U1"), "G<id>" a user group (such as "G2"), "AU" any authorised user. Wire name: ``ACCESS``.

        Returns:
            bool

        Example:
            result = client.user.access(access=["example"])
            result = await client.user.access(access=["example"])  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_USER_ACCESS, {"ACCESS": access}))

    def add(
        self,
        *,
        email: str,
        name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        second_name: str | NotGiven = NOT_GIVEN,
        personal_gender: str | NotGiven = NOT_GIVEN,
        personal_profession: str | NotGiven = NOT_GIVEN,
        personal_www: str | NotGiven = NOT_GIVEN,
        personal_birthday: str | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        personal_icq: str | NotGiven = NOT_GIVEN,
        personal_phone: str | NotGiven = NOT_GIVEN,
        personal_fax: str | NotGiven = NOT_GIVEN,
        personal_mobile: str | NotGiven = NOT_GIVEN,
        personal_pager: str | NotGiven = NOT_GIVEN,
        personal_street: str | NotGiven = NOT_GIVEN,
        personal_city: str | NotGiven = NOT_GIVEN,
        personal_state: str | NotGiven = NOT_GIVEN,
        personal_zip: str | NotGiven = NOT_GIVEN,
        personal_country: str | NotGiven = NOT_GIVEN,
        personal_mailbox: str | NotGiven = NOT_GIVEN,
        personal_notes: str | NotGiven = NOT_GIVEN,
        work_phone: str | NotGiven = NOT_GIVEN,
        work_company: str | NotGiven = NOT_GIVEN,
        work_position: str | NotGiven = NOT_GIVEN,
        work_department: str | NotGiven = NOT_GIVEN,
        work_www: str | NotGiven = NOT_GIVEN,
        work_fax: str | NotGiven = NOT_GIVEN,
        work_pager: str | NotGiven = NOT_GIVEN,
        work_street: str | NotGiven = NOT_GIVEN,
        work_mailbox: str | NotGiven = NOT_GIVEN,
        work_city: str | NotGiven = NOT_GIVEN,
        work_state: str | NotGiven = NOT_GIVEN,
        work_zip: str | NotGiven = NOT_GIVEN,
        work_country: str | NotGiven = NOT_GIVEN,
        work_profile: str | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        work_notes: str | NotGiven = NOT_GIVEN,
        uf_department: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Invite a new person to the portal by e-mail; returns the new user ID.

        An intranet user needs UF_DEPARTMENT; an extranet user needs EXTRANET "Y" and SONET_GROUP_ID. The person receives the standard invitation e-mail. Requires the right to invite users.

        REST method: ``user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-add.html

        Args:
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.
            uf_department: IDs of the departments the user joins; required for an intranet user. Wire name: ``UF_DEPARTMENT``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.user.add(email="anna.smith@example.com")
            result = await client.user.add(email="anna.smith@example.com")  # AsyncBitrix24
        """
        return cast(
            int,
            self._backend._invoke(
                _USER_ADD,
                {
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def admin(self) -> bool:
        """Check whether the current user may manage application settings (is a portal administrator).

        REST method: ``user.admin``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-admin.html

        Returns:
            bool

        Example:
            result = client.user.admin()
            result = await client.user.admin()  # AsyncBitrix24
        """
        return cast(bool, self._backend._invoke(_USER_ADMIN, {}))

    def current(self) -> _User:
        """Read the profile of the user on whose behalf the call is made.

        The user is the owner of the webhook or OAuth token used for the request.
        Which profile fields come back depends on the granted scope (user,
        user_brief or user_basic).

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            User

        Example:
            result = client.user.current()
            result = await client.user.current()  # AsyncBitrix24
        """
        return cast("_User", self._backend._invoke(_USER_CURRENT, {}))

    def fields(self) -> UserFieldsResult:
        """List the user profile fields with their display names.

        REST method: ``user.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-fields.html

        Returns:
            UserFieldsResult

        Example:
            result = client.user.fields()
            result = await client.user.fields()  # AsyncBitrix24
        """
        return cast("UserFieldsResult", self._backend._invoke(_USER_FIELDS, {}))

    def get(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        admin_mode: bool | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        image_resize: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        uf_department: int | NotGiven = NOT_GIVEN,
    ) -> Page[_User]:
        """Find users by filter and read their profiles.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-get.html

        Args:
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            filter: Conditions on user fields, such as {"UF_DEPARTMENT": 1, "ACTIVE": true, "USER_TYPE": "employee"}; also NAME_SEARCH (quick search), IS_ONLINE and UF_PHONE_INNER. Keys may carry operators such as ">=", "@", "%" or "!".
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            image_resize: Size of the PERSONAL_PHOTO copy to link: "small" (150x150), "medium" (300x300) or "large" (1000x1000). Wire name: ``IMAGE_RESIZE``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            Page[User]

        Example:
            result = client.user.get()
            result = await client.user.get()  # AsyncBitrix24
        """
        return cast(
            "Page[_User]",
            self._backend._invoke_page(
                _USER_GET,
                {
                    "SORT": sort,
                    "ORDER": order,
                    "filter": filter,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "IMAGE_RESIZE": image_resize,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def search(
        self,
        *,
        filter: Literal["employee", "extranet", "email"] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        admin_mode: bool | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        uf_department: int | NotGiven = NOT_GIVEN,
    ) -> Page[UserSearchResult]:
        """Search users by name, job title, department or type, or by one free-text query.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.search``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-search.html

        Args:
            filter: Search conditions on NAME, LAST_NAME, WORK_POSITION, UF_DEPARTMENT_NAME and USER_TYPE ("employee", "extranet", "email"), or FIND to search all of them at once. Wire name: ``FILTER``.
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            Page[UserSearchResult]

        Example:
            result = client.user.search()
            result = await client.user.search()  # AsyncBitrix24
        """
        return cast(
            "Page[UserSearchResult]",
            self._backend._invoke_page(
                _USER_SEARCH,
                {
                    "FILTER": filter,
                    "SORT": sort,
                    "ORDER": order,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def update(
        self,
        *,
        id: int,
        active: bool | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        second_name: str | NotGiven = NOT_GIVEN,
        personal_gender: str | NotGiven = NOT_GIVEN,
        personal_profession: str | NotGiven = NOT_GIVEN,
        personal_www: str | NotGiven = NOT_GIVEN,
        personal_birthday: str | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        personal_icq: str | NotGiven = NOT_GIVEN,
        personal_phone: str | NotGiven = NOT_GIVEN,
        personal_fax: str | NotGiven = NOT_GIVEN,
        personal_mobile: str | NotGiven = NOT_GIVEN,
        personal_pager: str | NotGiven = NOT_GIVEN,
        personal_street: str | NotGiven = NOT_GIVEN,
        personal_city: str | NotGiven = NOT_GIVEN,
        personal_state: str | NotGiven = NOT_GIVEN,
        personal_zip: str | NotGiven = NOT_GIVEN,
        personal_country: str | NotGiven = NOT_GIVEN,
        personal_mailbox: str | NotGiven = NOT_GIVEN,
        personal_notes: str | NotGiven = NOT_GIVEN,
        work_phone: str | NotGiven = NOT_GIVEN,
        work_company: str | NotGiven = NOT_GIVEN,
        work_position: str | NotGiven = NOT_GIVEN,
        work_department: str | NotGiven = NOT_GIVEN,
        work_www: str | NotGiven = NOT_GIVEN,
        work_fax: str | NotGiven = NOT_GIVEN,
        work_pager: str | NotGiven = NOT_GIVEN,
        work_street: str | NotGiven = NOT_GIVEN,
        work_mailbox: str | NotGiven = NOT_GIVEN,
        work_city: str | NotGiven = NOT_GIVEN,
        work_state: str | NotGiven = NOT_GIVEN,
        work_zip: str | NotGiven = NOT_GIVEN,
        work_country: str | NotGiven = NOT_GIVEN,
        work_profile: str | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        work_notes: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a user's profile data, or dismiss (ACTIVE false) and reinstate them.

        Requires the right to invite users, usually an administrator.

        REST method: ``user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-update.html

        Args:
            id: ID of the user to change. Wire name: ``ID``.
            active: Whether the user is active; false (or "N") for a dismissed employee. Wire name: ``ACTIVE``.
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.

        Returns:
            bool

        Example:
            result = client.user.update(id=1)
            result = await client.user.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _USER_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": active,
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                },
            ),
        )


class AsyncUser(Namespace):
    """Methods under ``user`` (async)."""

    __slots__ = ()

    @property
    def option(self) -> AsyncUserOption:
        """Methods under ``user.option``."""
        from b24client._api.user.option import AsyncUserOption

        return AsyncUserOption(self._backend)

    @property
    def userfield(self) -> AsyncUserUserfield:
        """Methods under ``user.userfield``."""
        from b24client._api.user.userfield import AsyncUserUserfield

        return AsyncUserUserfield(self._backend)

    async def access(self, *, access: Sequence[str]) -> bool:
        """Check whether the current user holds any of the given access codes.

        A user who may manage application settings always gets true, whatever codes are passed.

        REST method: ``user.access``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-access.html

        Args:
            access: Access codes to check: "U<id>" a user (such as "U1"), "G<id>" a user group (such as "G2"), "AU" any authorised user. Wire name: ``ACCESS``.

        Returns:
            bool

        Example:
            result = client.user.access(access=["example"])
            result = await client.user.access(access=["example"])  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_USER_ACCESS, {"ACCESS": access}))

    async def add(
        self,
        *,
        email: str,
        name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        second_name: str | NotGiven = NOT_GIVEN,
        personal_gender: str | NotGiven = NOT_GIVEN,
        personal_profession: str | NotGiven = NOT_GIVEN,
        personal_www: str | NotGiven = NOT_GIVEN,
        personal_birthday: str | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        personal_icq: str | NotGiven = NOT_GIVEN,
        personal_phone: str | NotGiven = NOT_GIVEN,
        personal_fax: str | NotGiven = NOT_GIVEN,
        personal_mobile: str | NotGiven = NOT_GIVEN,
        personal_pager: str | NotGiven = NOT_GIVEN,
        personal_street: str | NotGiven = NOT_GIVEN,
        personal_city: str | NotGiven = NOT_GIVEN,
        personal_state: str | NotGiven = NOT_GIVEN,
        personal_zip: str | NotGiven = NOT_GIVEN,
        personal_country: str | NotGiven = NOT_GIVEN,
        personal_mailbox: str | NotGiven = NOT_GIVEN,
        personal_notes: str | NotGiven = NOT_GIVEN,
        work_phone: str | NotGiven = NOT_GIVEN,
        work_company: str | NotGiven = NOT_GIVEN,
        work_position: str | NotGiven = NOT_GIVEN,
        work_department: str | NotGiven = NOT_GIVEN,
        work_www: str | NotGiven = NOT_GIVEN,
        work_fax: str | NotGiven = NOT_GIVEN,
        work_pager: str | NotGiven = NOT_GIVEN,
        work_street: str | NotGiven = NOT_GIVEN,
        work_mailbox: str | NotGiven = NOT_GIVEN,
        work_city: str | NotGiven = NOT_GIVEN,
        work_state: str | NotGiven = NOT_GIVEN,
        work_zip: str | NotGiven = NOT_GIVEN,
        work_country: str | NotGiven = NOT_GIVEN,
        work_profile: str | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        work_notes: str | NotGiven = NOT_GIVEN,
        uf_department: Sequence[int] | NotGiven = NOT_GIVEN,
    ) -> int:
        """Invite a new person to the portal by e-mail; returns the new user ID.

        An intranet user needs UF_DEPARTMENT; an extranet user needs EXTRANET "Y" and SONET_GROUP_ID. The person receives the standard invitation e-mail. Requires the right to invite users.

        REST method: ``user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-add.html

        Args:
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.
            uf_department: IDs of the departments the user joins; required for an intranet user. Wire name: ``UF_DEPARTMENT``.

        Returns:
            int

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            result = client.user.add(email="anna.smith@example.com")
            result = await client.user.add(email="anna.smith@example.com")  # AsyncBitrix24
        """
        return cast(
            int,
            await self._backend._invoke(
                _USER_ADD,
                {
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    async def admin(self) -> bool:
        """Check whether the current user may manage application settings (is a portal administrator).

        REST method: ``user.admin``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-admin.html

        Returns:
            bool

        Example:
            result = client.user.admin()
            result = await client.user.admin()  # AsyncBitrix24
        """
        return cast(bool, await self._backend._invoke(_USER_ADMIN, {}))

    async def current(self) -> _User:
        """Read the profile of the user on whose behalf the call is made.

        The user is the owner of the webhook or OAuth token used for the request.
        Which profile fields come back depends on the granted scope (user,
        user_brief or user_basic).

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            User

        Example:
            result = client.user.current()
            result = await client.user.current()  # AsyncBitrix24
        """
        return cast("_User", await self._backend._invoke(_USER_CURRENT, {}))

    async def fields(self) -> UserFieldsResult:
        """List the user profile fields with their display names.

        REST method: ``user.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-fields.html

        Returns:
            UserFieldsResult

        Example:
            result = client.user.fields()
            result = await client.user.fields()  # AsyncBitrix24
        """
        return cast("UserFieldsResult", await self._backend._invoke(_USER_FIELDS, {}))

    async def get(
        self,
        *,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | NotGiven = NOT_GIVEN,
        admin_mode: bool | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        image_resize: str | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        uf_department: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[_User]:
        """Find users by filter and read their profiles.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-get.html

        Args:
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            filter: Conditions on user fields, such as {"UF_DEPARTMENT": 1, "ACTIVE": true, "USER_TYPE": "employee"}; also NAME_SEARCH (quick search), IS_ONLINE and UF_PHONE_INNER. Keys may carry operators such as ">=", "@", "%" or "!".
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            image_resize: Size of the PERSONAL_PHOTO copy to link: "small" (150x150), "medium" (300x300) or "large" (1000x1000). Wire name: ``IMAGE_RESIZE``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            AsyncPage[User]

        Example:
            result = client.user.get()
            result = await client.user.get()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[_User]",
            await self._backend._invoke_page(
                _USER_GET,
                {
                    "SORT": sort,
                    "ORDER": order,
                    "filter": filter,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "IMAGE_RESIZE": image_resize,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    async def search(
        self,
        *,
        filter: Literal["employee", "extranet", "email"] | NotGiven = NOT_GIVEN,
        sort: str | NotGiven = NOT_GIVEN,
        order: str | NotGiven = NOT_GIVEN,
        admin_mode: bool | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        start: int | NotGiven = NOT_GIVEN,
        uf_department: int | NotGiven = NOT_GIVEN,
    ) -> AsyncPage[UserSearchResult]:
        """Search users by name, job title, department or type, or by one free-text query.

        Pages hold 50 entries; pass start to get the next page.

        Returns the first page; iterating goes on to the following pages.

        REST method: ``user.search``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-search.html

        Args:
            filter: Search conditions on NAME, LAST_NAME, WORK_POSITION, UF_DEPARTMENT_NAME and USER_TYPE ("employee", "extranet", "email"), or FIND to search all of them at once. Wire name: ``FILTER``.
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            AsyncPage[UserSearchResult]

        Example:
            result = client.user.search()
            result = await client.user.search()  # AsyncBitrix24
        """
        return cast(
            "AsyncPage[UserSearchResult]",
            await self._backend._invoke_page(
                _USER_SEARCH,
                {
                    "FILTER": filter,
                    "SORT": sort,
                    "ORDER": order,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    async def update(
        self,
        *,
        id: int,
        active: bool | NotGiven = NOT_GIVEN,
        email: str | NotGiven = NOT_GIVEN,
        name: str | NotGiven = NOT_GIVEN,
        last_name: str | NotGiven = NOT_GIVEN,
        second_name: str | NotGiven = NOT_GIVEN,
        personal_gender: str | NotGiven = NOT_GIVEN,
        personal_profession: str | NotGiven = NOT_GIVEN,
        personal_www: str | NotGiven = NOT_GIVEN,
        personal_birthday: str | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        personal_icq: str | NotGiven = NOT_GIVEN,
        personal_phone: str | NotGiven = NOT_GIVEN,
        personal_fax: str | NotGiven = NOT_GIVEN,
        personal_mobile: str | NotGiven = NOT_GIVEN,
        personal_pager: str | NotGiven = NOT_GIVEN,
        personal_street: str | NotGiven = NOT_GIVEN,
        personal_city: str | NotGiven = NOT_GIVEN,
        personal_state: str | NotGiven = NOT_GIVEN,
        personal_zip: str | NotGiven = NOT_GIVEN,
        personal_country: str | NotGiven = NOT_GIVEN,
        personal_mailbox: str | NotGiven = NOT_GIVEN,
        personal_notes: str | NotGiven = NOT_GIVEN,
        work_phone: str | NotGiven = NOT_GIVEN,
        work_company: str | NotGiven = NOT_GIVEN,
        work_position: str | NotGiven = NOT_GIVEN,
        work_department: str | NotGiven = NOT_GIVEN,
        work_www: str | NotGiven = NOT_GIVEN,
        work_fax: str | NotGiven = NOT_GIVEN,
        work_pager: str | NotGiven = NOT_GIVEN,
        work_street: str | NotGiven = NOT_GIVEN,
        work_mailbox: str | NotGiven = NOT_GIVEN,
        work_city: str | NotGiven = NOT_GIVEN,
        work_state: str | NotGiven = NOT_GIVEN,
        work_zip: str | NotGiven = NOT_GIVEN,
        work_country: str | NotGiven = NOT_GIVEN,
        work_profile: str | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | NotGiven = NOT_GIVEN,
        work_notes: str | NotGiven = NOT_GIVEN,
    ) -> bool:
        """Change a user's profile data, or dismiss (ACTIVE false) and reinstate them.

        Requires the right to invite users, usually an administrator.

        REST method: ``user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-update.html

        Args:
            id: ID of the user to change. Wire name: ``ID``.
            active: Whether the user is active; false (or "N") for a dismissed employee. Wire name: ``ACTIVE``.
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.

        Returns:
            bool

        Example:
            result = client.user.update(id=1)
            result = await client.user.update(id=1)  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _USER_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": active,
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                },
            ),
        )


class BatchUser(Namespace):
    """Methods under ``user`` (queued into a batch)."""

    __slots__ = ()

    @property
    def option(self) -> BatchUserOption:
        """Methods under ``user.option``."""
        from b24client._api.user.option import BatchUserOption

        return BatchUserOption(self._backend)

    @property
    def userfield(self) -> BatchUserUserfield:
        """Methods under ``user.userfield``."""
        from b24client._api.user.userfield import BatchUserUserfield

        return BatchUserUserfield(self._backend)

    def access(self, *, access: Sequence[str] | Ref) -> BatchCommand[bool]:
        """Check whether the current user holds any of the given access codes.

        A user who may manage application settings always gets true, whatever codes are passed.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.access``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-access.html

        Args:
            access: Access codes to check: "U<id>" a user (such as "U1"), "G<id>" a user group (such as "G2"), "AU" any authorised user. Wire name: ``ACCESS``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.access(access=["example"])
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(_USER_ACCESS, {"ACCESS": access}),
        )

    def add(
        self,
        *,
        email: str | Ref,
        name: str | Ref | NotGiven = NOT_GIVEN,
        last_name: str | Ref | NotGiven = NOT_GIVEN,
        second_name: str | Ref | NotGiven = NOT_GIVEN,
        personal_gender: str | Ref | NotGiven = NOT_GIVEN,
        personal_profession: str | Ref | NotGiven = NOT_GIVEN,
        personal_www: str | Ref | NotGiven = NOT_GIVEN,
        personal_birthday: str | Ref | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        personal_icq: str | Ref | NotGiven = NOT_GIVEN,
        personal_phone: str | Ref | NotGiven = NOT_GIVEN,
        personal_fax: str | Ref | NotGiven = NOT_GIVEN,
        personal_mobile: str | Ref | NotGiven = NOT_GIVEN,
        personal_pager: str | Ref | NotGiven = NOT_GIVEN,
        personal_street: str | Ref | NotGiven = NOT_GIVEN,
        personal_city: str | Ref | NotGiven = NOT_GIVEN,
        personal_state: str | Ref | NotGiven = NOT_GIVEN,
        personal_zip: str | Ref | NotGiven = NOT_GIVEN,
        personal_country: str | Ref | NotGiven = NOT_GIVEN,
        personal_mailbox: str | Ref | NotGiven = NOT_GIVEN,
        personal_notes: str | Ref | NotGiven = NOT_GIVEN,
        work_phone: str | Ref | NotGiven = NOT_GIVEN,
        work_company: str | Ref | NotGiven = NOT_GIVEN,
        work_position: str | Ref | NotGiven = NOT_GIVEN,
        work_department: str | Ref | NotGiven = NOT_GIVEN,
        work_www: str | Ref | NotGiven = NOT_GIVEN,
        work_fax: str | Ref | NotGiven = NOT_GIVEN,
        work_pager: str | Ref | NotGiven = NOT_GIVEN,
        work_street: str | Ref | NotGiven = NOT_GIVEN,
        work_mailbox: str | Ref | NotGiven = NOT_GIVEN,
        work_city: str | Ref | NotGiven = NOT_GIVEN,
        work_state: str | Ref | NotGiven = NOT_GIVEN,
        work_zip: str | Ref | NotGiven = NOT_GIVEN,
        work_country: str | Ref | NotGiven = NOT_GIVEN,
        work_profile: str | Ref | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        work_notes: str | Ref | NotGiven = NOT_GIVEN,
        uf_department: Sequence[int] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[int]:
        """Invite a new person to the portal by e-mail; returns the new user ID.

        An intranet user needs UF_DEPARTMENT; an extranet user needs EXTRANET "Y" and SONET_GROUP_ID. The person receives the standard invitation e-mail. Requires the right to invite users.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.add``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-add.html

        Args:
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.
            uf_department: IDs of the departments the user joins; required for an intranet user. Wire name: ``UF_DEPARTMENT``.

        Returns:
            BatchCommand[int]

        Raises:
            BadRequestError: the portal answers ``ERROR_ARGUMENT``.

        Example:
            command = batch.user.add(email="anna.smith@example.com")
        """
        return cast(
            "BatchCommand[int]",
            self._backend._invoke(
                _USER_ADD,
                {
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def admin(self) -> BatchCommand[bool]:
        """Check whether the current user may manage application settings (is a portal administrator).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.admin``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/user-admin.html

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.admin()
        """
        return cast("BatchCommand[bool]", self._backend._invoke(_USER_ADMIN, {}))

    def current(self) -> BatchCommand[_User]:
        """Read the profile of the user on whose behalf the call is made.

        The user is the owner of the webhook or OAuth token used for the request.
        Which profile fields come back depends on the granted scope (user,
        user_brief or user_basic).

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.current``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-current.html

        Returns:
            BatchCommand[User]

        Example:
            command = batch.user.current()
        """
        return cast("BatchCommand[_User]", self._backend._invoke(_USER_CURRENT, {}))

    def fields(self) -> BatchCommand[UserFieldsResult]:
        """List the user profile fields with their display names.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.fields``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-fields.html

        Returns:
            BatchCommand[UserFieldsResult]

        Example:
            command = batch.user.fields()
        """
        return cast(
            "BatchCommand[UserFieldsResult]", self._backend._invoke(_USER_FIELDS, {})
        )

    def get(
        self,
        *,
        sort: str | Ref | NotGiven = NOT_GIVEN,
        order: str | Ref | NotGiven = NOT_GIVEN,
        filter: dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        admin_mode: bool | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        image_resize: str | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        uf_department: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[_User]]:
        """Find users by filter and read their profiles.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.get``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-get.html

        Args:
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            filter: Conditions on user fields, such as {"UF_DEPARTMENT": 1, "ACTIVE": true, "USER_TYPE": "employee"}; also NAME_SEARCH (quick search), IS_ONLINE and UF_PHONE_INNER. Keys may carry operators such as ">=", "@", "%" or "!".
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            image_resize: Size of the PERSONAL_PHOTO copy to link: "small" (150x150), "medium" (300x300) or "large" (1000x1000). Wire name: ``IMAGE_RESIZE``.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            BatchCommand[list[User]]

        Example:
            command = batch.user.get()
        """
        return cast(
            "BatchCommand[list[_User]]",
            self._backend._invoke_page(
                _USER_GET,
                {
                    "SORT": sort,
                    "ORDER": order,
                    "filter": filter,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "IMAGE_RESIZE": image_resize,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def search(
        self,
        *,
        filter: Literal["employee", "extranet", "email"] | Ref | NotGiven = NOT_GIVEN,
        sort: str | Ref | NotGiven = NOT_GIVEN,
        order: str | Ref | NotGiven = NOT_GIVEN,
        admin_mode: bool | Ref | NotGiven = NOT_GIVEN,
        select: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        start: int | Ref | NotGiven = NOT_GIVEN,
        uf_department: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[UserSearchResult]]:
        """Search users by name, job title, department or type, or by one free-text query.

        Pages hold 50 entries; pass start to get the next page.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.search``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-search.html

        Args:
            filter: Search conditions on NAME, LAST_NAME, WORK_POSITION, UF_DEPARTMENT_NAME and USER_TYPE ("employee", "extranet", "email"), or FIND to search all of them at once. Wire name: ``FILTER``.
            sort: Field to sort by; any field of user.add. Wire name: ``SORT``.
            order: Sort direction: "ASC" or "DESC". Wire name: ``ORDER``.
            admin_mode: true to work as administrator and get data on any user. Wire name: ``ADMIN_MODE``.
            select: Fields to return; "*" means all, "UF_*" all custom fields. Unknown or unavailable fields are skipped silently. Default: all fields allowed to the app.
            start: Offset of the first entry; pages hold 50 entries, so pass 0, 50, 100 and so on.
            uf_department: ID of a department; only its members are returned. Wire name: ``UF_DEPARTMENT``.

        Returns:
            BatchCommand[list[UserSearchResult]]

        Example:
            command = batch.user.search()
        """
        return cast(
            "BatchCommand[list[UserSearchResult]]",
            self._backend._invoke_page(
                _USER_SEARCH,
                {
                    "FILTER": filter,
                    "SORT": sort,
                    "ORDER": order,
                    "ADMIN_MODE": admin_mode,
                    "select": select,
                    "start": start,
                    "UF_DEPARTMENT": uf_department,
                },
            ),
        )

    def update(
        self,
        *,
        id: int | Ref,
        active: bool | Ref | NotGiven = NOT_GIVEN,
        email: str | Ref | NotGiven = NOT_GIVEN,
        name: str | Ref | NotGiven = NOT_GIVEN,
        last_name: str | Ref | NotGiven = NOT_GIVEN,
        second_name: str | Ref | NotGiven = NOT_GIVEN,
        personal_gender: str | Ref | NotGiven = NOT_GIVEN,
        personal_profession: str | Ref | NotGiven = NOT_GIVEN,
        personal_www: str | Ref | NotGiven = NOT_GIVEN,
        personal_birthday: str | Ref | NotGiven = NOT_GIVEN,
        personal_photo: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        personal_icq: str | Ref | NotGiven = NOT_GIVEN,
        personal_phone: str | Ref | NotGiven = NOT_GIVEN,
        personal_fax: str | Ref | NotGiven = NOT_GIVEN,
        personal_mobile: str | Ref | NotGiven = NOT_GIVEN,
        personal_pager: str | Ref | NotGiven = NOT_GIVEN,
        personal_street: str | Ref | NotGiven = NOT_GIVEN,
        personal_city: str | Ref | NotGiven = NOT_GIVEN,
        personal_state: str | Ref | NotGiven = NOT_GIVEN,
        personal_zip: str | Ref | NotGiven = NOT_GIVEN,
        personal_country: str | Ref | NotGiven = NOT_GIVEN,
        personal_mailbox: str | Ref | NotGiven = NOT_GIVEN,
        personal_notes: str | Ref | NotGiven = NOT_GIVEN,
        work_phone: str | Ref | NotGiven = NOT_GIVEN,
        work_company: str | Ref | NotGiven = NOT_GIVEN,
        work_position: str | Ref | NotGiven = NOT_GIVEN,
        work_department: str | Ref | NotGiven = NOT_GIVEN,
        work_www: str | Ref | NotGiven = NOT_GIVEN,
        work_fax: str | Ref | NotGiven = NOT_GIVEN,
        work_pager: str | Ref | NotGiven = NOT_GIVEN,
        work_street: str | Ref | NotGiven = NOT_GIVEN,
        work_mailbox: str | Ref | NotGiven = NOT_GIVEN,
        work_city: str | Ref | NotGiven = NOT_GIVEN,
        work_state: str | Ref | NotGiven = NOT_GIVEN,
        work_zip: str | Ref | NotGiven = NOT_GIVEN,
        work_country: str | Ref | NotGiven = NOT_GIVEN,
        work_profile: str | Ref | NotGiven = NOT_GIVEN,
        work_logo: Sequence[Any] | dict[str, Any] | Ref | NotGiven = NOT_GIVEN,
        work_notes: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[bool]:
        """Change a user's profile data, or dismiss (ACTIVE false) and reinstate them.

        Requires the right to invite users, usually an administrator.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``user.update``
        Docs: https://apidocs.bitrix24.com/api-reference/user/user-update.html

        Args:
            id: ID of the user to change. Wire name: ``ID``.
            active: Whether the user is active; false (or "N") for a dismissed employee. Wire name: ``ACTIVE``.
            email: E-mail address. Wire name: ``EMAIL``.
            name: First name. Wire name: ``NAME``.
            last_name: Last name. Wire name: ``LAST_NAME``.
            second_name: Middle name (patronymic). Wire name: ``SECOND_NAME``.
            personal_gender: Gender. Wire name: ``PERSONAL_GENDER``.
            personal_profession: Profession. Wire name: ``PERSONAL_PROFESSION``.
            personal_www: Personal web page. Wire name: ``PERSONAL_WWW``.
            personal_birthday: Date of birth. Wire name: ``PERSONAL_BIRTHDAY``.
            personal_photo: Photo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``PERSONAL_PHOTO``.
            personal_icq: ICQ number. Wire name: ``PERSONAL_ICQ``.
            personal_phone: Personal phone. Wire name: ``PERSONAL_PHONE``.
            personal_fax: Personal fax. Wire name: ``PERSONAL_FAX``.
            personal_mobile: Personal mobile phone. Wire name: ``PERSONAL_MOBILE``.
            personal_pager: Pager. Wire name: ``PERSONAL_PAGER``.
            personal_street: Home street address. Wire name: ``PERSONAL_STREET``.
            personal_city: Home city. Wire name: ``PERSONAL_CITY``.
            personal_state: Home region or state. Wire name: ``PERSONAL_STATE``.
            personal_zip: Home postal code. Wire name: ``PERSONAL_ZIP``.
            personal_country: Home country. Wire name: ``PERSONAL_COUNTRY``.
            personal_mailbox: Post office box. Wire name: ``PERSONAL_MAILBOX``.
            personal_notes: Additional notes. Wire name: ``PERSONAL_NOTES``.
            work_phone: Work phone. Wire name: ``WORK_PHONE``.
            work_company: Company name. Wire name: ``WORK_COMPANY``.
            work_position: Job title. Wire name: ``WORK_POSITION``.
            work_department: Department name, as free text. Wire name: ``WORK_DEPARTMENT``.
            work_www: Company website. Wire name: ``WORK_WWW``.
            work_fax: Work fax. Wire name: ``WORK_FAX``.
            work_pager: Work pager. Wire name: ``WORK_PAGER``.
            work_street: Work street address. Wire name: ``WORK_STREET``.
            work_mailbox: Work post office box. Wire name: ``WORK_MAILBOX``.
            work_city: Work city. Wire name: ``WORK_CITY``.
            work_state: Work region or state. Wire name: ``WORK_STATE``.
            work_zip: Work postal code. Wire name: ``WORK_ZIP``.
            work_country: Work country. Wire name: ``WORK_COUNTRY``.
            work_profile: Company activity profile. Wire name: ``WORK_PROFILE``.
            work_logo: Company logo; to set it, send a two-item array of the file name and the Base64 content. Wire name: ``WORK_LOGO``.
            work_notes: Notes about the work. Wire name: ``WORK_NOTES``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.user.update(id=1)
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _USER_UPDATE,
                {
                    "ID": id,
                    "ACTIVE": active,
                    "EMAIL": email,
                    "NAME": name,
                    "LAST_NAME": last_name,
                    "SECOND_NAME": second_name,
                    "PERSONAL_GENDER": personal_gender,
                    "PERSONAL_PROFESSION": personal_profession,
                    "PERSONAL_WWW": personal_www,
                    "PERSONAL_BIRTHDAY": personal_birthday,
                    "PERSONAL_PHOTO": personal_photo,
                    "PERSONAL_ICQ": personal_icq,
                    "PERSONAL_PHONE": personal_phone,
                    "PERSONAL_FAX": personal_fax,
                    "PERSONAL_MOBILE": personal_mobile,
                    "PERSONAL_PAGER": personal_pager,
                    "PERSONAL_STREET": personal_street,
                    "PERSONAL_CITY": personal_city,
                    "PERSONAL_STATE": personal_state,
                    "PERSONAL_ZIP": personal_zip,
                    "PERSONAL_COUNTRY": personal_country,
                    "PERSONAL_MAILBOX": personal_mailbox,
                    "PERSONAL_NOTES": personal_notes,
                    "WORK_PHONE": work_phone,
                    "WORK_COMPANY": work_company,
                    "WORK_POSITION": work_position,
                    "WORK_DEPARTMENT": work_department,
                    "WORK_WWW": work_www,
                    "WORK_FAX": work_fax,
                    "WORK_PAGER": work_pager,
                    "WORK_STREET": work_street,
                    "WORK_MAILBOX": work_mailbox,
                    "WORK_CITY": work_city,
                    "WORK_STATE": work_state,
                    "WORK_ZIP": work_zip,
                    "WORK_COUNTRY": work_country,
                    "WORK_PROFILE": work_profile,
                    "WORK_LOGO": work_logo,
                    "WORK_NOTES": work_notes,
                },
            ),
        )
