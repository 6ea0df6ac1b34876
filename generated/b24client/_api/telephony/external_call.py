"""Methods under ``telephony.externalCall``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.telephony import (
        TelephonyExternalCallAttachRecordResult,
        TelephonyExternalCallFinishResult,
        TelephonyExternalCallRegisterResult,
        TelephonyExternalCallSearchCrmEntitiesResult,
    )

_TELEPHONY_EXTERNAL_CALL_ATTACH_RECORD = MethodInfo(
    name="telephony.externalCall.attachRecord", idempotent=False, returns="any", api=1
)
_TELEPHONY_EXTERNAL_CALL_FINISH = MethodInfo(
    name="telephony.externalCall.finish", idempotent=False, returns="any", api=1
)
_TELEPHONY_EXTERNAL_CALL_HIDE = MethodInfo(
    name="telephony.externalCall.hide", idempotent=False, returns="boolean", api=1
)
_TELEPHONY_EXTERNAL_CALL_REGISTER = MethodInfo(
    name="telephony.externalCall.register", idempotent=False, returns="any", api=1
)
_TELEPHONY_EXTERNAL_CALL_SEARCH_CRM_ENTITIES = MethodInfo(
    name="telephony.externalCall.searchCrmEntities",
    idempotent=True,
    returns="any",
    api=1,
)
_TELEPHONY_EXTERNAL_CALL_SHOW = MethodInfo(
    name="telephony.externalCall.show", idempotent=False, returns="boolean", api=1
)


class TelephonyExternalCall(Namespace):
    """Methods under ``telephony.externalCall``."""

    __slots__ = ()

    def attach_record(
        self,
        *,
        call_id: str,
        record_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        file_content: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallAttachRecordResult:
        """Attach an audio recording to a finished external call and its CRM activity.

        Call it after telephony.externalCall.finish, once the recording is ready. With FILENAME but no FILE_CONTENT you get an upload URL instead.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Calling again for the same call replaces the recording. Wire name: ``CALL_ID``.
            record_url: URL of the recording on an external server; Bitrix24 downloads it. Use only when the file is reliably and quickly reachable. Wire name: ``RECORD_URL``.
            filename: Recording file name, ".wav" or ".mp3"; with RECORD_URL it defaults to the name in the URL. Wire name: ``FILENAME``.
            file_content: File content, Base64-encoded. Wire name: ``FILE_CONTENT``.

        Returns:
            TelephonyExternalCallAttachRecordResult

        Example:
            result = client.telephony.external_call.attach_record(call_id="1")
            result = await client.telephony.external_call.attach_record(call_id="1")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalCallAttachRecordResult",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_ATTACH_RECORD,
                {
                    "CALL_ID": call_id,
                    "RECORD_URL": record_url,
                    "FILENAME": filename,
                    "FILE_CONTENT": file_content,
                },
            ),
        )

    def finish(
        self,
        *,
        call_id: str,
        user_id: int | NotGiven = NOT_GIVEN,
        user_phone_inner: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        cost: float | NotGiven = NOT_GIVEN,
        cost_currency: str | NotGiven = NOT_GIVEN,
        status_code: (
            Literal[
                "200",
                "304",
                "603",
                "603-S",
                "403",
                "404",
                "486",
                "484",
                "503",
                "480",
                "402",
                "423",
                "OTHER",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        failed_reason: str | NotGiven = NOT_GIVEN,
        record_url: str | NotGiven = NOT_GIVEN,
        vote: int | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallFinishResult:
        """End a registered external call, log it in telephony statistics and create its CRM activity.

        Works only in application context.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of the user who ends the call; also made responsible for CRM records created during the call. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            duration: Call length in seconds; default 0. Wire name: ``DURATION``.
            cost: Call cost; default 0. Wire name: ``COST``.
            cost_currency: Currency of COST, as listed by crm.currency.list. Wire name: ``COST_CURRENCY``.
            status_code: Call result: "200" success, "304" missed, "603" declined, "603-S" cancelled, "403" forbidden, "404" wrong number, "486" busy, "484" or "503" destination unavailable, "480" temporarily unavailable, "402" insufficient funds, "423" blocked, "OTHER" unknown. Default "200" when DURATION > 0, else "304". Wire name: ``STATUS_CODE``.
            failed_reason: Text reason of a failed call. Wire name: ``FAILED_REASON``.
            record_url: URL of the call recording; obsolete, use telephony.externalCall.attachRecord. Wire name: ``RECORD_URL``.
            vote: Call rating 1-5; 0 or null when not rated. Wire name: ``VOTE``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.

        Returns:
            TelephonyExternalCallFinishResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_call.finish(call_id="1", user_id=1)
            result = await client.telephony.external_call.finish(call_id="1", user_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_FINISH,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "TelephonyExternalCallFinishResult",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_FINISH,
                {
                    "CALL_ID": call_id,
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "DURATION": duration,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                    "STATUS_CODE": status_code,
                    "FAILED_REASON": failed_reason,
                    "RECORD_URL": record_url,
                    "VOTE": vote,
                    "ADD_TO_CHAT": add_to_chat,
                },
            ),
        )

    def hide(self, *, call_id: str, user_id: int | NotGiven = NOT_GIVEN) -> bool:
        """Close the call card on the screens of chosen users.

        Returns false when the call is not found.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs, as used in telephony.externalCall.show. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.telephony.external_call.hide(call_id="1")
            result = await client.telephony.external_call.hide(call_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_HIDE, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )

    def register(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        user_phone_inner: str | NotGiven = NOT_GIVEN,
        phone_number: str,
        type: Literal[1, 2, 3, 4, 5],
        call_start_date: str | NotGiven = NOT_GIVEN,
        crm_create: Literal[0, 1] | NotGiven = NOT_GIVEN,
        crm_source: str | NotGiven = NOT_GIVEN,
        crm_entity_type: Literal["CONTACT", "COMPANY", "LEAD"] | NotGiven = NOT_GIVEN,
        crm_entity_id: int | NotGiven = NOT_GIVEN,
        show: Literal[0, 1] | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | NotGiven = NOT_GIVEN,
        call_list_id: int | NotGiven = NOT_GIVEN,
        line_number: str | NotGiven = NOT_GIVEN,
        external_call_id: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallRegisterResult:
        """Register a call from an external PBX so Bitrix24 shows the call card and links it to CRM.

        Works only in application context. A repeat call within 30 minutes with the same number, type, user, line and EXTERNAL_CALL_ID may return the existing CALL_ID. Call telephony.externalCall.finish to create the CRM activity.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: ID of the user the call is for. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.
            type: Call type: "1" outgoing, "2" incoming, "3" incoming with redirect, "4" callback, "5" information call. Wire name: ``TYPE``.
            call_start_date: Call start, ISO 8601 with time zone, such as "2026-03-07T10:20:30+03:00"; default now. Wire name: ``CALL_START_DATE``.
            crm_create: 1 creates a CRM record when none matches the number, 0 (default) does not; for outgoing calls the line CRM_AUTO_CREATE setting also applies. Wire name: ``CRM_CREATE``.
            crm_source: CRM source code (STATUS_ID of the SOURCE list in crm.status.list). Wire name: ``CRM_SOURCE``.
            crm_entity_type: Type of CRM record to link: "CONTACT", "COMPANY" or "LEAD". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: ID of the CRM record of CRM_ENTITY_TYPE. Wire name: ``CRM_ENTITY_ID``.
            show: 1 (default) shows the call card, 0 does not. Wire name: ``SHOW``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.
            call_list_id: ID of the call list (dialing campaign), from the ONEXTERNALCALLSTART event when the call came from one. Wire name: ``CALL_LIST_ID``.
            line_number: Number of the external line, from telephony.externalLine.get; recommended, especially for incoming calls. Wire name: ``LINE_NUMBER``.
            external_call_id: Call ID on the PBX side; pass a unique value per physical call to avoid getting an existing CALL_ID back. Wire name: ``EXTERNAL_CALL_ID``.

        Returns:
            TelephonyExternalCallRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_call.register(user_id=1, phone_number="+15550100", type=1)
            result = await client.telephony.external_call.register(user_id=1, phone_number="+15550100", type=1)  # AsyncBitrix24
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_REGISTER,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "TelephonyExternalCallRegisterResult",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_REGISTER,
                {
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "PHONE_NUMBER": phone_number,
                    "TYPE": type,
                    "CALL_START_DATE": call_start_date,
                    "CRM_CREATE": crm_create,
                    "CRM_SOURCE": crm_source,
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY_ID": crm_entity_id,
                    "SHOW": show,
                    "ADD_TO_CHAT": add_to_chat,
                    "CALL_LIST_ID": call_list_id,
                    "LINE_NUMBER": line_number,
                    "EXTERNAL_CALL_ID": external_call_id,
                },
            ),
        )

    def search_crm_entities(
        self, *, phone_number: str
    ) -> list[TelephonyExternalCallSearchCrmEntitiesResult]:
        """Find CRM contacts, companies and leads by a client phone number, with their responsible employee.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.

        Returns:
            list[TelephonyExternalCallSearchCrmEntitiesResult]

        Example:
            result = client.telephony.external_call.search_crm_entities(phone_number="+15550100")
            result = await client.telephony.external_call.search_crm_entities(phone_number="+15550100")  # AsyncBitrix24
        """
        return cast(
            "list[TelephonyExternalCallSearchCrmEntitiesResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SEARCH_CRM_ENTITIES,
                {"PHONE_NUMBER": phone_number},
            ),
        )

    def show(self, *, call_id: str, user_id: int | NotGiven = NOT_GIVEN) -> bool:
        """Pop up the call card for chosen users.

        Returns false when the call is not found.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs; default the user the call was registered for. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.telephony.external_call.show(call_id="1")
            result = await client.telephony.external_call.show(call_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SHOW, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )


class AsyncTelephonyExternalCall(Namespace):
    """Methods under ``telephony.externalCall`` (async)."""

    __slots__ = ()

    async def attach_record(
        self,
        *,
        call_id: str,
        record_url: str | NotGiven = NOT_GIVEN,
        filename: str | NotGiven = NOT_GIVEN,
        file_content: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallAttachRecordResult:
        """Attach an audio recording to a finished external call and its CRM activity.

        Call it after telephony.externalCall.finish, once the recording is ready. With FILENAME but no FILE_CONTENT you get an upload URL instead.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Calling again for the same call replaces the recording. Wire name: ``CALL_ID``.
            record_url: URL of the recording on an external server; Bitrix24 downloads it. Use only when the file is reliably and quickly reachable. Wire name: ``RECORD_URL``.
            filename: Recording file name, ".wav" or ".mp3"; with RECORD_URL it defaults to the name in the URL. Wire name: ``FILENAME``.
            file_content: File content, Base64-encoded. Wire name: ``FILE_CONTENT``.

        Returns:
            TelephonyExternalCallAttachRecordResult

        Example:
            result = client.telephony.external_call.attach_record(call_id="1")
            result = await client.telephony.external_call.attach_record(call_id="1")  # AsyncBitrix24
        """
        return cast(
            "TelephonyExternalCallAttachRecordResult",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_ATTACH_RECORD,
                {
                    "CALL_ID": call_id,
                    "RECORD_URL": record_url,
                    "FILENAME": filename,
                    "FILE_CONTENT": file_content,
                },
            ),
        )

    async def finish(
        self,
        *,
        call_id: str,
        user_id: int | NotGiven = NOT_GIVEN,
        user_phone_inner: str | NotGiven = NOT_GIVEN,
        duration: int | NotGiven = NOT_GIVEN,
        cost: float | NotGiven = NOT_GIVEN,
        cost_currency: str | NotGiven = NOT_GIVEN,
        status_code: (
            Literal[
                "200",
                "304",
                "603",
                "603-S",
                "403",
                "404",
                "486",
                "484",
                "503",
                "480",
                "402",
                "423",
                "OTHER",
            ]
            | NotGiven
        ) = NOT_GIVEN,
        failed_reason: str | NotGiven = NOT_GIVEN,
        record_url: str | NotGiven = NOT_GIVEN,
        vote: int | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallFinishResult:
        """End a registered external call, log it in telephony statistics and create its CRM activity.

        Works only in application context.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of the user who ends the call; also made responsible for CRM records created during the call. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            duration: Call length in seconds; default 0. Wire name: ``DURATION``.
            cost: Call cost; default 0. Wire name: ``COST``.
            cost_currency: Currency of COST, as listed by crm.currency.list. Wire name: ``COST_CURRENCY``.
            status_code: Call result: "200" success, "304" missed, "603" declined, "603-S" cancelled, "403" forbidden, "404" wrong number, "486" busy, "484" or "503" destination unavailable, "480" temporarily unavailable, "402" insufficient funds, "423" blocked, "OTHER" unknown. Default "200" when DURATION > 0, else "304". Wire name: ``STATUS_CODE``.
            failed_reason: Text reason of a failed call. Wire name: ``FAILED_REASON``.
            record_url: URL of the call recording; obsolete, use telephony.externalCall.attachRecord. Wire name: ``RECORD_URL``.
            vote: Call rating 1-5; 0 or null when not rated. Wire name: ``VOTE``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.

        Returns:
            TelephonyExternalCallFinishResult

        Raises:
            BadRequestError: the portal answers ``INVALID_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_call.finish(call_id="1", user_id=1)
            result = await client.telephony.external_call.finish(call_id="1", user_id=1)  # AsyncBitrix24
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_FINISH,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "TelephonyExternalCallFinishResult",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_FINISH,
                {
                    "CALL_ID": call_id,
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "DURATION": duration,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                    "STATUS_CODE": status_code,
                    "FAILED_REASON": failed_reason,
                    "RECORD_URL": record_url,
                    "VOTE": vote,
                    "ADD_TO_CHAT": add_to_chat,
                },
            ),
        )

    async def hide(self, *, call_id: str, user_id: int | NotGiven = NOT_GIVEN) -> bool:
        """Close the call card on the screens of chosen users.

        Returns false when the call is not found.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs, as used in telephony.externalCall.show. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.telephony.external_call.hide(call_id="1")
            result = await client.telephony.external_call.hide(call_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_HIDE, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )

    async def register(
        self,
        *,
        user_id: int | NotGiven = NOT_GIVEN,
        user_phone_inner: str | NotGiven = NOT_GIVEN,
        phone_number: str,
        type: Literal[1, 2, 3, 4, 5],
        call_start_date: str | NotGiven = NOT_GIVEN,
        crm_create: Literal[0, 1] | NotGiven = NOT_GIVEN,
        crm_source: str | NotGiven = NOT_GIVEN,
        crm_entity_type: Literal["CONTACT", "COMPANY", "LEAD"] | NotGiven = NOT_GIVEN,
        crm_entity_id: int | NotGiven = NOT_GIVEN,
        show: Literal[0, 1] | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | NotGiven = NOT_GIVEN,
        call_list_id: int | NotGiven = NOT_GIVEN,
        line_number: str | NotGiven = NOT_GIVEN,
        external_call_id: str | NotGiven = NOT_GIVEN,
    ) -> TelephonyExternalCallRegisterResult:
        """Register a call from an external PBX so Bitrix24 shows the call card and links it to CRM.

        Works only in application context. A repeat call within 30 minutes with the same number, type, user, line and EXTERNAL_CALL_ID may return the existing CALL_ID. Call telephony.externalCall.finish to create the CRM activity.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: ID of the user the call is for. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.
            type: Call type: "1" outgoing, "2" incoming, "3" incoming with redirect, "4" callback, "5" information call. Wire name: ``TYPE``.
            call_start_date: Call start, ISO 8601 with time zone, such as "2026-03-07T10:20:30+03:00"; default now. Wire name: ``CALL_START_DATE``.
            crm_create: 1 creates a CRM record when none matches the number, 0 (default) does not; for outgoing calls the line CRM_AUTO_CREATE setting also applies. Wire name: ``CRM_CREATE``.
            crm_source: CRM source code (STATUS_ID of the SOURCE list in crm.status.list). Wire name: ``CRM_SOURCE``.
            crm_entity_type: Type of CRM record to link: "CONTACT", "COMPANY" or "LEAD". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: ID of the CRM record of CRM_ENTITY_TYPE. Wire name: ``CRM_ENTITY_ID``.
            show: 1 (default) shows the call card, 0 does not. Wire name: ``SHOW``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.
            call_list_id: ID of the call list (dialing campaign), from the ONEXTERNALCALLSTART event when the call came from one. Wire name: ``CALL_LIST_ID``.
            line_number: Number of the external line, from telephony.externalLine.get; recommended, especially for incoming calls. Wire name: ``LINE_NUMBER``.
            external_call_id: Call ID on the PBX side; pass a unique value per physical call to avoid getting an existing CALL_ID back. Wire name: ``EXTERNAL_CALL_ID``.

        Returns:
            TelephonyExternalCallRegisterResult

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            result = client.telephony.external_call.register(user_id=1, phone_number="+15550100", type=1)
            result = await client.telephony.external_call.register(user_id=1, phone_number="+15550100", type=1)  # AsyncBitrix24
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_REGISTER,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "TelephonyExternalCallRegisterResult",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_REGISTER,
                {
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "PHONE_NUMBER": phone_number,
                    "TYPE": type,
                    "CALL_START_DATE": call_start_date,
                    "CRM_CREATE": crm_create,
                    "CRM_SOURCE": crm_source,
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY_ID": crm_entity_id,
                    "SHOW": show,
                    "ADD_TO_CHAT": add_to_chat,
                    "CALL_LIST_ID": call_list_id,
                    "LINE_NUMBER": line_number,
                    "EXTERNAL_CALL_ID": external_call_id,
                },
            ),
        )

    async def search_crm_entities(
        self, *, phone_number: str
    ) -> list[TelephonyExternalCallSearchCrmEntitiesResult]:
        """Find CRM contacts, companies and leads by a client phone number, with their responsible employee.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.

        Returns:
            list[TelephonyExternalCallSearchCrmEntitiesResult]

        Example:
            result = client.telephony.external_call.search_crm_entities(phone_number="+15550100")
            result = await client.telephony.external_call.search_crm_entities(phone_number="+15550100")  # AsyncBitrix24
        """
        return cast(
            "list[TelephonyExternalCallSearchCrmEntitiesResult]",
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SEARCH_CRM_ENTITIES,
                {"PHONE_NUMBER": phone_number},
            ),
        )

    async def show(self, *, call_id: str, user_id: int | NotGiven = NOT_GIVEN) -> bool:
        """Pop up the call card for chosen users.

        Returns false when the call is not found.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs; default the user the call was registered for. Wire name: ``USER_ID``.

        Returns:
            bool

        Example:
            result = client.telephony.external_call.show(call_id="1")
            result = await client.telephony.external_call.show(call_id="1")  # AsyncBitrix24
        """
        return cast(
            bool,
            await self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SHOW, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )


class BatchTelephonyExternalCall(Namespace):
    """Methods under ``telephony.externalCall`` (queued into a batch)."""

    __slots__ = ()

    def attach_record(
        self,
        *,
        call_id: str | Ref,
        record_url: str | Ref | NotGiven = NOT_GIVEN,
        filename: str | Ref | NotGiven = NOT_GIVEN,
        file_content: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyExternalCallAttachRecordResult]:
        """Attach an audio recording to a finished external call and its CRM activity.

        Call it after telephony.externalCall.finish, once the recording is ready. With FILENAME but no FILE_CONTENT you get an upload URL instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Calling again for the same call replaces the recording. Wire name: ``CALL_ID``.
            record_url: URL of the recording on an external server; Bitrix24 downloads it. Use only when the file is reliably and quickly reachable. Wire name: ``RECORD_URL``.
            filename: Recording file name, ".wav" or ".mp3"; with RECORD_URL it defaults to the name in the URL. Wire name: ``FILENAME``.
            file_content: File content, Base64-encoded. Wire name: ``FILE_CONTENT``.

        Returns:
            BatchCommand[TelephonyExternalCallAttachRecordResult]

        Example:
            command = batch.telephony.external_call.attach_record(call_id="1")
        """
        return cast(
            "BatchCommand[TelephonyExternalCallAttachRecordResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_ATTACH_RECORD,
                {
                    "CALL_ID": call_id,
                    "RECORD_URL": record_url,
                    "FILENAME": filename,
                    "FILE_CONTENT": file_content,
                },
            ),
        )

    def finish(
        self,
        *,
        call_id: str | Ref,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        user_phone_inner: str | Ref | NotGiven = NOT_GIVEN,
        duration: int | Ref | NotGiven = NOT_GIVEN,
        cost: float | Ref | NotGiven = NOT_GIVEN,
        cost_currency: str | Ref | NotGiven = NOT_GIVEN,
        status_code: (
            Literal[
                "200",
                "304",
                "603",
                "603-S",
                "403",
                "404",
                "486",
                "484",
                "503",
                "480",
                "402",
                "423",
                "OTHER",
            ]
            | Ref
            | NotGiven
        ) = NOT_GIVEN,
        failed_reason: str | Ref | NotGiven = NOT_GIVEN,
        record_url: str | Ref | NotGiven = NOT_GIVEN,
        vote: int | Ref | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyExternalCallFinishResult]:
        """End a registered external call, log it in telephony statistics and create its CRM activity.

        Works only in application context.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of the user who ends the call; also made responsible for CRM records created during the call. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            duration: Call length in seconds; default 0. Wire name: ``DURATION``.
            cost: Call cost; default 0. Wire name: ``COST``.
            cost_currency: Currency of COST, as listed by crm.currency.list. Wire name: ``COST_CURRENCY``.
            status_code: Call result: "200" success, "304" missed, "603" declined, "603-S" cancelled, "403" forbidden, "404" wrong number, "486" busy, "484" or "503" destination unavailable, "480" temporarily unavailable, "402" insufficient funds, "423" blocked, "OTHER" unknown. Default "200" when DURATION > 0, else "304". Wire name: ``STATUS_CODE``.
            failed_reason: Text reason of a failed call. Wire name: ``FAILED_REASON``.
            record_url: URL of the call recording; obsolete, use telephony.externalCall.attachRecord. Wire name: ``RECORD_URL``.
            vote: Call rating 1-5; 0 or null when not rated. Wire name: ``VOTE``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.

        Returns:
            BatchCommand[TelephonyExternalCallFinishResult]

        Raises:
            BadRequestError: the portal answers ``INVALID_ARGUMENT``.
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_call.finish(call_id="1", user_id=1)
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_FINISH,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "BatchCommand[TelephonyExternalCallFinishResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_FINISH,
                {
                    "CALL_ID": call_id,
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "DURATION": duration,
                    "COST": cost,
                    "COST_CURRENCY": cost_currency,
                    "STATUS_CODE": status_code,
                    "FAILED_REASON": failed_reason,
                    "RECORD_URL": record_url,
                    "VOTE": vote,
                    "ADD_TO_CHAT": add_to_chat,
                },
            ),
        )

    def hide(
        self, *, call_id: str | Ref, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Close the call card on the screens of chosen users.

        Returns false when the call is not found.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs, as used in telephony.externalCall.show. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.telephony.external_call.hide(call_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_HIDE, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )

    def register(
        self,
        *,
        user_id: int | Ref | NotGiven = NOT_GIVEN,
        user_phone_inner: str | Ref | NotGiven = NOT_GIVEN,
        phone_number: str | Ref,
        type: Literal[1, 2, 3, 4, 5] | Ref,
        call_start_date: str | Ref | NotGiven = NOT_GIVEN,
        crm_create: Literal[0, 1] | Ref | NotGiven = NOT_GIVEN,
        crm_source: str | Ref | NotGiven = NOT_GIVEN,
        crm_entity_type: (
            Literal["CONTACT", "COMPANY", "LEAD"] | Ref | NotGiven
        ) = NOT_GIVEN,
        crm_entity_id: int | Ref | NotGiven = NOT_GIVEN,
        show: Literal[0, 1] | Ref | NotGiven = NOT_GIVEN,
        add_to_chat: Literal[0, 1] | Ref | NotGiven = NOT_GIVEN,
        call_list_id: int | Ref | NotGiven = NOT_GIVEN,
        line_number: str | Ref | NotGiven = NOT_GIVEN,
        external_call_id: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[TelephonyExternalCallRegisterResult]:
        """Register a call from an external PBX so Bitrix24 shows the call card and links it to CRM.

        Works only in application context. A repeat call within 30 minutes with the same number, type, user, line and EXTERNAL_CALL_ID may return the existing CALL_ID. Call telephony.externalCall.finish to create the CRM activity.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: ID of the user the call is for. Give USER_ID or USER_PHONE_INNER. Wire name: ``USER_ID``.
            user_phone_inner: Internal phone extension of the user; alternative to USER_ID. Wire name: ``USER_PHONE_INNER``.
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.
            type: Call type: "1" outgoing, "2" incoming, "3" incoming with redirect, "4" callback, "5" information call. Wire name: ``TYPE``.
            call_start_date: Call start, ISO 8601 with time zone, such as "2026-03-07T10:20:30+03:00"; default now. Wire name: ``CALL_START_DATE``.
            crm_create: 1 creates a CRM record when none matches the number, 0 (default) does not; for outgoing calls the line CRM_AUTO_CREATE setting also applies. Wire name: ``CRM_CREATE``.
            crm_source: CRM source code (STATUS_ID of the SOURCE list in crm.status.list). Wire name: ``CRM_SOURCE``.
            crm_entity_type: Type of CRM record to link: "CONTACT", "COMPANY" or "LEAD". Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: ID of the CRM record of CRM_ENTITY_TYPE. Wire name: ``CRM_ENTITY_ID``.
            show: 1 (default) shows the call card, 0 does not. Wire name: ``SHOW``.
            add_to_chat: 1 (default) posts a call message to the employee chat, 0 does not. Wire name: ``ADD_TO_CHAT``.
            call_list_id: ID of the call list (dialing campaign), from the ONEXTERNALCALLSTART event when the call came from one. Wire name: ``CALL_LIST_ID``.
            line_number: Number of the external line, from telephony.externalLine.get; recommended, especially for incoming calls. Wire name: ``LINE_NUMBER``.
            external_call_id: Call ID on the PBX side; pass a unique value per physical call to avoid getting an existing CALL_ID back. Wire name: ``EXTERNAL_CALL_ID``.

        Returns:
            BatchCommand[TelephonyExternalCallRegisterResult]

        Raises:
            PermissionDeniedError: the portal answers ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.telephony.external_call.register(user_id=1, phone_number="+15550100", type=1)
        """
        require_one_of(
            _TELEPHONY_EXTERNAL_CALL_REGISTER,
            {"user_id": user_id},
            {"user_phone_inner": user_phone_inner},
        )
        return cast(
            "BatchCommand[TelephonyExternalCallRegisterResult]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_REGISTER,
                {
                    "USER_ID": user_id,
                    "USER_PHONE_INNER": user_phone_inner,
                    "PHONE_NUMBER": phone_number,
                    "TYPE": type,
                    "CALL_START_DATE": call_start_date,
                    "CRM_CREATE": crm_create,
                    "CRM_SOURCE": crm_source,
                    "CRM_ENTITY_TYPE": crm_entity_type,
                    "CRM_ENTITY_ID": crm_entity_id,
                    "SHOW": show,
                    "ADD_TO_CHAT": add_to_chat,
                    "CALL_LIST_ID": call_list_id,
                    "LINE_NUMBER": line_number,
                    "EXTERNAL_CALL_ID": external_call_id,
                },
            ),
        )

    def search_crm_entities(
        self, *, phone_number: str | Ref
    ) -> BatchCommand[list[TelephonyExternalCallSearchCrmEntitiesResult]]:
        """Find CRM contacts, companies and leads by a client phone number, with their responsible employee.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Client phone number. Wire name: ``PHONE_NUMBER``.

        Returns:
            BatchCommand[list[TelephonyExternalCallSearchCrmEntitiesResult]]

        Example:
            command = batch.telephony.external_call.search_crm_entities(phone_number="+15550100")
        """
        return cast(
            "BatchCommand[list[TelephonyExternalCallSearchCrmEntitiesResult]]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SEARCH_CRM_ENTITIES,
                {"PHONE_NUMBER": phone_number},
            ),
        )

    def show(
        self, *, call_id: str | Ref, user_id: int | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[bool]:
        """Pop up the call card for chosen users.

        Returns false when the call is not found.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: ID of the call, as returned by telephony.externalCall.register. Wire name: ``CALL_ID``.
            user_id: ID of a user or a list of user IDs; default the user the call was registered for. Wire name: ``USER_ID``.

        Returns:
            BatchCommand[bool]

        Example:
            command = batch.telephony.external_call.show(call_id="1")
        """
        return cast(
            "BatchCommand[bool]",
            self._backend._invoke(
                _TELEPHONY_EXTERNAL_CALL_SHOW, {"CALL_ID": call_id, "USER_ID": user_id}
            ),
        )
