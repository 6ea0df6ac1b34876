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
        """Attach record of telephony external call.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            record_url: Wire name: ``RECORD_URL``.
            filename: Wire name: ``FILENAME``.
            file_content: Wire name: ``FILE_CONTENT``.

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
        """Finish telephony external call.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            duration: Wire name: ``DURATION``.
            cost: Wire name: ``COST``.
            cost_currency: Wire name: ``COST_CURRENCY``.
            status_code: Wire name: ``STATUS_CODE``.
            failed_reason: Wire name: ``FAILED_REASON``.
            record_url: Wire name: ``RECORD_URL``.
            vote: Wire name: ``VOTE``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.

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
        """Hide telephony external call.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Register telephony external call.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            phone_number: Wire name: ``PHONE_NUMBER``.
            type: Wire name: ``TYPE``.
            call_start_date: Wire name: ``CALL_START_DATE``.
            crm_create: Wire name: ``CRM_CREATE``.
            crm_source: Wire name: ``CRM_SOURCE``.
            crm_entity_type: Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: Wire name: ``CRM_ENTITY_ID``.
            show: Wire name: ``SHOW``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.
            call_list_id: Wire name: ``CALL_LIST_ID``.
            line_number: Wire name: ``LINE_NUMBER``.
            external_call_id: Wire name: ``EXTERNAL_CALL_ID``.

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
        """Search crm entities of telephony external call.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Wire name: ``PHONE_NUMBER``.

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
        """Show telephony external call.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Attach record of telephony external call.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            record_url: Wire name: ``RECORD_URL``.
            filename: Wire name: ``FILENAME``.
            file_content: Wire name: ``FILE_CONTENT``.

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
        """Finish telephony external call.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            duration: Wire name: ``DURATION``.
            cost: Wire name: ``COST``.
            cost_currency: Wire name: ``COST_CURRENCY``.
            status_code: Wire name: ``STATUS_CODE``.
            failed_reason: Wire name: ``FAILED_REASON``.
            record_url: Wire name: ``RECORD_URL``.
            vote: Wire name: ``VOTE``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.

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
        """Hide telephony external call.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Register telephony external call.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            phone_number: Wire name: ``PHONE_NUMBER``.
            type: Wire name: ``TYPE``.
            call_start_date: Wire name: ``CALL_START_DATE``.
            crm_create: Wire name: ``CRM_CREATE``.
            crm_source: Wire name: ``CRM_SOURCE``.
            crm_entity_type: Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: Wire name: ``CRM_ENTITY_ID``.
            show: Wire name: ``SHOW``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.
            call_list_id: Wire name: ``CALL_LIST_ID``.
            line_number: Wire name: ``LINE_NUMBER``.
            external_call_id: Wire name: ``EXTERNAL_CALL_ID``.

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
        """Search crm entities of telephony external call.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Wire name: ``PHONE_NUMBER``.

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
        """Show telephony external call.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Attach record of telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.attachRecord``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-attach-record.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            record_url: Wire name: ``RECORD_URL``.
            filename: Wire name: ``FILENAME``.
            file_content: Wire name: ``FILE_CONTENT``.

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
        """Finish telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.finish``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-finish.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            duration: Wire name: ``DURATION``.
            cost: Wire name: ``COST``.
            cost_currency: Wire name: ``COST_CURRENCY``.
            status_code: Wire name: ``STATUS_CODE``.
            failed_reason: Wire name: ``FAILED_REASON``.
            record_url: Wire name: ``RECORD_URL``.
            vote: Wire name: ``VOTE``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.

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
        """Hide telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.hide``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-hide.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
        """Register telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.register``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-register.html

        Args:
            user_id: Wire name: ``USER_ID``.
            user_phone_inner: Wire name: ``USER_PHONE_INNER``.
            phone_number: Wire name: ``PHONE_NUMBER``.
            type: Wire name: ``TYPE``.
            call_start_date: Wire name: ``CALL_START_DATE``.
            crm_create: Wire name: ``CRM_CREATE``.
            crm_source: Wire name: ``CRM_SOURCE``.
            crm_entity_type: Wire name: ``CRM_ENTITY_TYPE``.
            crm_entity_id: Wire name: ``CRM_ENTITY_ID``.
            show: Wire name: ``SHOW``.
            add_to_chat: Wire name: ``ADD_TO_CHAT``.
            call_list_id: Wire name: ``CALL_LIST_ID``.
            line_number: Wire name: ``LINE_NUMBER``.
            external_call_id: Wire name: ``EXTERNAL_CALL_ID``.

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
        """Search crm entities of telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.searchCrmEntities``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-search-crm-entities.html

        Args:
            phone_number: Wire name: ``PHONE_NUMBER``.

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
        """Show telephony external call.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``telephony.externalCall.show``
        Docs: https://apidocs.bitrix24.com/api-reference/telephony/telephony-external-call-show.html

        Args:
            call_id: Wire name: ``CALL_ID``.
            user_id: Wire name: ``USER_ID``.

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
