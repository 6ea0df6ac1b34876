"""Methods under ``sign.b2e``: generated from spec/ by ``python -m generator``; do not edit."""

from __future__ import annotations

import builtins
from typing import TYPE_CHECKING, cast

from b24client._core.batch import BatchCommand, Ref
from b24client._core.callsite import require_one_of
from b24client._core.namespace import Namespace
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from b24client.types.sign import (
        SignB2eCompanyProvider as _SignB2eCompanyProvider,
        SignB2eDocument as _SignB2eDocument,
        SignB2eDocumentSendFields,
        SignB2eDocumentSendResult,
        SignB2eHcmlinkDocument as _SignB2eHcmlinkDocument,
        SignB2eMysafeTailResult,
        SignB2ePersonalTailResult,
    )

_SIGN_B2E_COMPANY_PROVIDER_LIST = MethodInfo(
    name="sign.b2e.company.provider.list", idempotent=True, returns="any", api=1
)
_SIGN_B2E_DOCUMENT_GET = MethodInfo(
    name="sign.b2e.document.get", idempotent=True, returns="any", api=1
)
_SIGN_B2E_DOCUMENT_SEND = MethodInfo(
    name="sign.b2e.document.send", idempotent=False, returns="any", api=1
)
_SIGN_B2E_HCMLINK_DOCUMENT_GET = MethodInfo(
    name="sign.b2e.hcmlink.document.get", idempotent=True, returns="any", api=1
)
_SIGN_B2E_MYSAFE_TAIL = MethodInfo(
    name="sign.b2e.mysafe.tail", idempotent=False, returns="any", api=1
)
_SIGN_B2E_PERSONAL_TAIL = MethodInfo(
    name="sign.b2e.personal.tail", idempotent=False, returns="any", api=1
)


class SignB2e(Namespace):
    """Methods under ``sign.b2e``."""

    __slots__ = ()

    @property
    def company(self) -> SignB2eCompany:
        """Methods under ``sign.b2e.company``."""
        return SignB2eCompany(self._backend)

    @property
    def document(self) -> SignB2eDocument:
        """Methods under ``sign.b2e.document``."""
        return SignB2eDocument(self._backend)

    @property
    def hcmlink(self) -> SignB2eHcmlink:
        """Methods under ``sign.b2e.hcmlink``."""
        return SignB2eHcmlink(self._backend)

    @property
    def mysafe(self) -> SignB2eMysafe:
        """Methods under ``sign.b2e.mysafe``."""
        return SignB2eMysafe(self._backend)

    @property
    def personal(self) -> SignB2ePersonal:
        """Methods under ``sign.b2e.personal``."""
        return SignB2ePersonal(self._backend)


class AsyncSignB2e(Namespace):
    """Methods under ``sign.b2e`` (async)."""

    __slots__ = ()

    @property
    def company(self) -> AsyncSignB2eCompany:
        """Methods under ``sign.b2e.company``."""
        return AsyncSignB2eCompany(self._backend)

    @property
    def document(self) -> AsyncSignB2eDocument:
        """Methods under ``sign.b2e.document``."""
        return AsyncSignB2eDocument(self._backend)

    @property
    def hcmlink(self) -> AsyncSignB2eHcmlink:
        """Methods under ``sign.b2e.hcmlink``."""
        return AsyncSignB2eHcmlink(self._backend)

    @property
    def mysafe(self) -> AsyncSignB2eMysafe:
        """Methods under ``sign.b2e.mysafe``."""
        return AsyncSignB2eMysafe(self._backend)

    @property
    def personal(self) -> AsyncSignB2ePersonal:
        """Methods under ``sign.b2e.personal``."""
        return AsyncSignB2ePersonal(self._backend)


class BatchSignB2e(Namespace):
    """Methods under ``sign.b2e`` (queued into a batch)."""

    __slots__ = ()

    @property
    def company(self) -> BatchSignB2eCompany:
        """Methods under ``sign.b2e.company``."""
        return BatchSignB2eCompany(self._backend)

    @property
    def document(self) -> BatchSignB2eDocument:
        """Methods under ``sign.b2e.document``."""
        return BatchSignB2eDocument(self._backend)

    @property
    def hcmlink(self) -> BatchSignB2eHcmlink:
        """Methods under ``sign.b2e.hcmlink``."""
        return BatchSignB2eHcmlink(self._backend)

    @property
    def mysafe(self) -> BatchSignB2eMysafe:
        """Methods under ``sign.b2e.mysafe``."""
        return BatchSignB2eMysafe(self._backend)

    @property
    def personal(self) -> BatchSignB2ePersonal:
        """Methods under ``sign.b2e.personal``."""
        return BatchSignB2ePersonal(self._backend)


class SignB2eCompany(Namespace):
    """Methods under ``sign.b2e.company``."""

    __slots__ = ()

    @property
    def provider(self) -> SignB2eCompanyProvider:
        """Methods under ``sign.b2e.company.provider``."""
        return SignB2eCompanyProvider(self._backend)


class AsyncSignB2eCompany(Namespace):
    """Methods under ``sign.b2e.company`` (async)."""

    __slots__ = ()

    @property
    def provider(self) -> AsyncSignB2eCompanyProvider:
        """Methods under ``sign.b2e.company.provider``."""
        return AsyncSignB2eCompanyProvider(self._backend)


class BatchSignB2eCompany(Namespace):
    """Methods under ``sign.b2e.company`` (queued into a batch)."""

    __slots__ = ()

    @property
    def provider(self) -> BatchSignB2eCompanyProvider:
        """Methods under ``sign.b2e.company.provider``."""
        return BatchSignB2eCompanyProvider(self._backend)


class SignB2eCompanyProvider(Namespace):
    """Methods under ``sign.b2e.company.provider``."""

    __slots__ = ()

    def list(
        self,
        *,
        company_uuid: str | NotGiven = NOT_GIVEN,
        company_crm_id: int | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SignB2eCompanyProvider]:
        """List the e-signature providers connected for a company in HR e-document flow.

        Works only with application authorization. Pass either companyUuid or companyCrmId.

        REST method: ``sign.b2e.company.provider.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-company-provider-list.html

        Args:
            company_uuid: UUID of the company in HCM Link; needs the extra humanresources.hcmlink scope. Wire name: ``companyUuid``.
            company_crm_id: ID of the CRM company set up as "my company" in the integration. Wire name: ``companyCrmId``.
            language: Language of the provider names; default "en".
            limit: Records per page, 1 to 1000; default 100.
            offset: Number of records to skip; default 0.

        Returns:
            list[SignB2eCompanyProvider]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.company.provider.list(company_uuid="1")
            result = await client.sign.b2e.company.provider.list(company_uuid="1")  # AsyncBitrix24
        """
        require_one_of(
            _SIGN_B2E_COMPANY_PROVIDER_LIST,
            {"company_uuid": company_uuid},
            {"company_crm_id": company_crm_id},
        )
        return cast(
            "builtins.list[_SignB2eCompanyProvider]",
            self._backend._invoke(
                _SIGN_B2E_COMPANY_PROVIDER_LIST,
                {
                    "companyUuid": company_uuid,
                    "companyCrmId": company_crm_id,
                    "language": language,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )


class AsyncSignB2eCompanyProvider(Namespace):
    """Methods under ``sign.b2e.company.provider`` (async)."""

    __slots__ = ()

    async def list(
        self,
        *,
        company_uuid: str | NotGiven = NOT_GIVEN,
        company_crm_id: int | NotGiven = NOT_GIVEN,
        language: str | NotGiven = NOT_GIVEN,
        limit: int | NotGiven = NOT_GIVEN,
        offset: int | NotGiven = NOT_GIVEN,
    ) -> builtins.list[_SignB2eCompanyProvider]:
        """List the e-signature providers connected for a company in HR e-document flow.

        Works only with application authorization. Pass either companyUuid or companyCrmId.

        REST method: ``sign.b2e.company.provider.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-company-provider-list.html

        Args:
            company_uuid: UUID of the company in HCM Link; needs the extra humanresources.hcmlink scope. Wire name: ``companyUuid``.
            company_crm_id: ID of the CRM company set up as "my company" in the integration. Wire name: ``companyCrmId``.
            language: Language of the provider names; default "en".
            limit: Records per page, 1 to 1000; default 100.
            offset: Number of records to skip; default 0.

        Returns:
            list[SignB2eCompanyProvider]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.company.provider.list(company_uuid="1")
            result = await client.sign.b2e.company.provider.list(company_uuid="1")  # AsyncBitrix24
        """
        require_one_of(
            _SIGN_B2E_COMPANY_PROVIDER_LIST,
            {"company_uuid": company_uuid},
            {"company_crm_id": company_crm_id},
        )
        return cast(
            "builtins.list[_SignB2eCompanyProvider]",
            await self._backend._invoke(
                _SIGN_B2E_COMPANY_PROVIDER_LIST,
                {
                    "companyUuid": company_uuid,
                    "companyCrmId": company_crm_id,
                    "language": language,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )


class BatchSignB2eCompanyProvider(Namespace):
    """Methods under ``sign.b2e.company.provider`` (queued into a batch)."""

    __slots__ = ()

    def list(
        self,
        *,
        company_uuid: str | Ref | NotGiven = NOT_GIVEN,
        company_crm_id: int | Ref | NotGiven = NOT_GIVEN,
        language: str | Ref | NotGiven = NOT_GIVEN,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[builtins.list[_SignB2eCompanyProvider]]:
        """List the e-signature providers connected for a company in HR e-document flow.

        Works only with application authorization. Pass either companyUuid or companyCrmId.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.company.provider.list``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-company-provider-list.html

        Args:
            company_uuid: UUID of the company in HCM Link; needs the extra humanresources.hcmlink scope. Wire name: ``companyUuid``.
            company_crm_id: ID of the CRM company set up as "my company" in the integration. Wire name: ``companyCrmId``.
            language: Language of the provider names; default "en".
            limit: Records per page, 1 to 1000; default 100.
            offset: Number of records to skip; default 0.

        Returns:
            BatchCommand[list[SignB2eCompanyProvider]]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.sign.b2e.company.provider.list(company_uuid="1")
        """
        require_one_of(
            _SIGN_B2E_COMPANY_PROVIDER_LIST,
            {"company_uuid": company_uuid},
            {"company_crm_id": company_crm_id},
        )
        return cast(
            "BatchCommand[builtins.list[_SignB2eCompanyProvider]]",
            self._backend._invoke(
                _SIGN_B2E_COMPANY_PROVIDER_LIST,
                {
                    "companyUuid": company_uuid,
                    "companyCrmId": company_crm_id,
                    "language": language,
                    "limit": limit,
                    "offset": offset,
                },
            ),
        )


class SignB2eDocument(Namespace):
    """Methods under ``sign.b2e.document``."""

    __slots__ = ()

    def get(
        self, *, uid: str | NotGiven = NOT_GIVEN, language: str | NotGiven = NOT_GIVEN
    ) -> _SignB2eDocument:
        """Get an HR e-document's status and the signing status of each participant.

        Works only with application authorization.

        REST method: ``sign.b2e.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-get.html

        Args:
            uid: Unique ID of the document.
            language: Language of the status names in the answer; default "en".

        Returns:
            SignB2eDocument

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.document.get()
            result = await client.sign.b2e.document.get()  # AsyncBitrix24
        """
        return cast(
            "_SignB2eDocument",
            self._backend._invoke(
                _SIGN_B2E_DOCUMENT_GET, {"uid": uid, "language": language}
            ),
        )

    def send(
        self, *, fields: SignB2eDocumentSendFields, language: str | NotGiven = NOT_GIVEN
    ) -> SignB2eDocumentSendResult:
        """Upload a PDF and start its signing by employees and company representatives.

        Works only with application authorization. members needs at least one "signer" and one "assignee".
        Each person is given by userId, or by employeeId/employeeCode for a company linked to HCM Link.

        REST method: ``sign.b2e.document.send``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-send.html

        Args:
            fields: Document and signing settings.
            language: Language of the status names in the answer; default "en".

        Returns:
            SignB2eDocumentSendResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.document.send(fields={"company": {"crmId": 1}, "members": [{"userId": 1, "role": "signer"}], "responsible": {"userId": 1}, "companyProviderUid": "1", "files": [{"fileName": "report.pdf", "fileType": "example", "fileContent": "example"}], "regionDocumentType": "example", "externalSettings": {"externalId": "1", "externalDateCreate": "example"}})
            result = await client.sign.b2e.document.send(fields={"company": {"crmId": 1}, "members": [{"userId": 1, "role": "signer"}], "responsible": {"userId": 1}, "companyProviderUid": "1", "files": [{"fileName": "report.pdf", "fileType": "example", "fileContent": "example"}], "regionDocumentType": "example", "externalSettings": {"externalId": "1", "externalDateCreate": "example"}})  # AsyncBitrix24
        """
        return cast(
            "SignB2eDocumentSendResult",
            self._backend._invoke(
                _SIGN_B2E_DOCUMENT_SEND, {"fields": fields, "language": language}
            ),
        )


class AsyncSignB2eDocument(Namespace):
    """Methods under ``sign.b2e.document`` (async)."""

    __slots__ = ()

    async def get(
        self, *, uid: str | NotGiven = NOT_GIVEN, language: str | NotGiven = NOT_GIVEN
    ) -> _SignB2eDocument:
        """Get an HR e-document's status and the signing status of each participant.

        Works only with application authorization.

        REST method: ``sign.b2e.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-get.html

        Args:
            uid: Unique ID of the document.
            language: Language of the status names in the answer; default "en".

        Returns:
            SignB2eDocument

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.document.get()
            result = await client.sign.b2e.document.get()  # AsyncBitrix24
        """
        return cast(
            "_SignB2eDocument",
            await self._backend._invoke(
                _SIGN_B2E_DOCUMENT_GET, {"uid": uid, "language": language}
            ),
        )

    async def send(
        self, *, fields: SignB2eDocumentSendFields, language: str | NotGiven = NOT_GIVEN
    ) -> SignB2eDocumentSendResult:
        """Upload a PDF and start its signing by employees and company representatives.

        Works only with application authorization. members needs at least one "signer" and one "assignee".
        Each person is given by userId, or by employeeId/employeeCode for a company linked to HCM Link.

        REST method: ``sign.b2e.document.send``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-send.html

        Args:
            fields: Document and signing settings.
            language: Language of the status names in the answer; default "en".

        Returns:
            SignB2eDocumentSendResult

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.document.send(fields={"company": {"crmId": 1}, "members": [{"userId": 1, "role": "signer"}], "responsible": {"userId": 1}, "companyProviderUid": "1", "files": [{"fileName": "report.pdf", "fileType": "example", "fileContent": "example"}], "regionDocumentType": "example", "externalSettings": {"externalId": "1", "externalDateCreate": "example"}})
            result = await client.sign.b2e.document.send(fields={"company": {"crmId": 1}, "members": [{"userId": 1, "role": "signer"}], "responsible": {"userId": 1}, "companyProviderUid": "1", "files": [{"fileName": "report.pdf", "fileType": "example", "fileContent": "example"}], "regionDocumentType": "example", "externalSettings": {"externalId": "1", "externalDateCreate": "example"}})  # AsyncBitrix24
        """
        return cast(
            "SignB2eDocumentSendResult",
            await self._backend._invoke(
                _SIGN_B2E_DOCUMENT_SEND, {"fields": fields, "language": language}
            ),
        )


class BatchSignB2eDocument(Namespace):
    """Methods under ``sign.b2e.document`` (queued into a batch)."""

    __slots__ = ()

    def get(
        self,
        *,
        uid: str | Ref | NotGiven = NOT_GIVEN,
        language: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[_SignB2eDocument]:
        """Get an HR e-document's status and the signing status of each participant.

        Works only with application authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-get.html

        Args:
            uid: Unique ID of the document.
            language: Language of the status names in the answer; default "en".

        Returns:
            BatchCommand[SignB2eDocument]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.sign.b2e.document.get()
        """
        return cast(
            "BatchCommand[_SignB2eDocument]",
            self._backend._invoke(
                _SIGN_B2E_DOCUMENT_GET, {"uid": uid, "language": language}
            ),
        )

    def send(
        self,
        *,
        fields: SignB2eDocumentSendFields | Ref,
        language: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[SignB2eDocumentSendResult]:
        """Upload a PDF and start its signing by employees and company representatives.

        Works only with application authorization. members needs at least one "signer" and one "assignee".
        Each person is given by userId, or by employeeId/employeeCode for a company linked to HCM Link.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.document.send``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-document-send.html

        Args:
            fields: Document and signing settings.
            language: Language of the status names in the answer; default "en".

        Returns:
            BatchCommand[SignB2eDocumentSendResult]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.sign.b2e.document.send(fields={"company": {"crmId": 1}, "members": [{"userId": 1, "role": "signer"}], "responsible": {"userId": 1}, "companyProviderUid": "1", "files": [{"fileName": "report.pdf", "fileType": "example", "fileContent": "example"}], "regionDocumentType": "example", "externalSettings": {"externalId": "1", "externalDateCreate": "example"}})
        """
        return cast(
            "BatchCommand[SignB2eDocumentSendResult]",
            self._backend._invoke(
                _SIGN_B2E_DOCUMENT_SEND, {"fields": fields, "language": language}
            ),
        )


class SignB2eHcmlink(Namespace):
    """Methods under ``sign.b2e.hcmlink``."""

    __slots__ = ()

    @property
    def document(self) -> SignB2eHcmlinkDocument:
        """Methods under ``sign.b2e.hcmlink.document``."""
        return SignB2eHcmlinkDocument(self._backend)


class AsyncSignB2eHcmlink(Namespace):
    """Methods under ``sign.b2e.hcmlink`` (async)."""

    __slots__ = ()

    @property
    def document(self) -> AsyncSignB2eHcmlinkDocument:
        """Methods under ``sign.b2e.hcmlink.document``."""
        return AsyncSignB2eHcmlinkDocument(self._backend)


class BatchSignB2eHcmlink(Namespace):
    """Methods under ``sign.b2e.hcmlink`` (queued into a batch)."""

    __slots__ = ()

    @property
    def document(self) -> BatchSignB2eHcmlinkDocument:
        """Methods under ``sign.b2e.hcmlink.document``."""
        return BatchSignB2eHcmlinkDocument(self._backend)


class SignB2eHcmlinkDocument(Namespace):
    """Methods under ``sign.b2e.hcmlink.document``."""

    __slots__ = ()

    def get(self, *, id: int) -> _SignB2eHcmlinkDocument:
        """Get the signed file and data of an HR e-document tied to an HCM Link employee.

        Administrators only, with application authorization, on portals where HCM Link is available.

        REST method: ``sign.b2e.hcmlink.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-hcmlink-document-get.html

        Args:
            id: ID of the signing participant, from data.id of the OnSignHcmLinkB2eDocumentSigned event.

        Returns:
            SignB2eHcmlinkDocument

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.hcmlink.document.get(id=1)
            result = await client.sign.b2e.hcmlink.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_SignB2eHcmlinkDocument",
            self._backend._invoke(_SIGN_B2E_HCMLINK_DOCUMENT_GET, {"id": id}),
        )


class AsyncSignB2eHcmlinkDocument(Namespace):
    """Methods under ``sign.b2e.hcmlink.document`` (async)."""

    __slots__ = ()

    async def get(self, *, id: int) -> _SignB2eHcmlinkDocument:
        """Get the signed file and data of an HR e-document tied to an HCM Link employee.

        Administrators only, with application authorization, on portals where HCM Link is available.

        REST method: ``sign.b2e.hcmlink.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-hcmlink-document-get.html

        Args:
            id: ID of the signing participant, from data.id of the OnSignHcmLinkB2eDocumentSigned event.

        Returns:
            SignB2eHcmlinkDocument

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            result = client.sign.b2e.hcmlink.document.get(id=1)
            result = await client.sign.b2e.hcmlink.document.get(id=1)  # AsyncBitrix24
        """
        return cast(
            "_SignB2eHcmlinkDocument",
            await self._backend._invoke(_SIGN_B2E_HCMLINK_DOCUMENT_GET, {"id": id}),
        )


class BatchSignB2eHcmlinkDocument(Namespace):
    """Methods under ``sign.b2e.hcmlink.document`` (queued into a batch)."""

    __slots__ = ()

    def get(self, *, id: int | Ref) -> BatchCommand[_SignB2eHcmlinkDocument]:
        """Get the signed file and data of an HR e-document tied to an HCM Link employee.

        Administrators only, with application authorization, on portals where HCM Link is available.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.hcmlink.document.get``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-hcmlink-document-get.html

        Args:
            id: ID of the signing participant, from data.id of the OnSignHcmLinkB2eDocumentSigned event.

        Returns:
            BatchCommand[SignB2eHcmlinkDocument]

        Raises:
            PermissionDeniedError: the portal answers ``ACCESS_DENIED``, ``WRONG_AUTH_TYPE``.

        Example:
            command = batch.sign.b2e.hcmlink.document.get(id=1)
        """
        return cast(
            "BatchCommand[_SignB2eHcmlinkDocument]",
            self._backend._invoke(_SIGN_B2E_HCMLINK_DOCUMENT_GET, {"id": id}),
        )


class SignB2eMysafe(Namespace):
    """Methods under ``sign.b2e.mysafe``."""

    __slots__ = ()

    def tail(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> list[SignB2eMysafeTailResult]:
        """List the signed documents stored in the company safe, with download links.

        Works only with application authorization. Which documents are returned depends on the caller's safe access level.

        REST method: ``sign.b2e.mysafe.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-mysafe-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            list[SignB2eMysafeTailResult]

        Example:
            result = client.sign.b2e.mysafe.tail()
            result = await client.sign.b2e.mysafe.tail()  # AsyncBitrix24
        """
        return cast(
            "list[SignB2eMysafeTailResult]",
            self._backend._invoke(
                _SIGN_B2E_MYSAFE_TAIL, {"limit": limit, "offset": offset}
            ),
        )


class AsyncSignB2eMysafe(Namespace):
    """Methods under ``sign.b2e.mysafe`` (async)."""

    __slots__ = ()

    async def tail(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> list[SignB2eMysafeTailResult]:
        """List the signed documents stored in the company safe, with download links.

        Works only with application authorization. Which documents are returned depends on the caller's safe access level.

        REST method: ``sign.b2e.mysafe.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-mysafe-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            list[SignB2eMysafeTailResult]

        Example:
            result = client.sign.b2e.mysafe.tail()
            result = await client.sign.b2e.mysafe.tail()  # AsyncBitrix24
        """
        return cast(
            "list[SignB2eMysafeTailResult]",
            await self._backend._invoke(
                _SIGN_B2E_MYSAFE_TAIL, {"limit": limit, "offset": offset}
            ),
        )


class BatchSignB2eMysafe(Namespace):
    """Methods under ``sign.b2e.mysafe`` (queued into a batch)."""

    __slots__ = ()

    def tail(
        self,
        *,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[SignB2eMysafeTailResult]]:
        """List the signed documents stored in the company safe, with download links.

        Works only with application authorization. Which documents are returned depends on the caller's safe access level.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.mysafe.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-mysafe-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            BatchCommand[list[SignB2eMysafeTailResult]]

        Example:
            command = batch.sign.b2e.mysafe.tail()
        """
        return cast(
            "BatchCommand[list[SignB2eMysafeTailResult]]",
            self._backend._invoke(
                _SIGN_B2E_MYSAFE_TAIL, {"limit": limit, "offset": offset}
            ),
        )


class SignB2ePersonal(Namespace):
    """Methods under ``sign.b2e.personal``."""

    __slots__ = ()

    def tail(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> list[SignB2ePersonalTailResult]:
        """List the current user's own signed HR documents with download links.

        Works only with application authorization.

        REST method: ``sign.b2e.personal.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-personal-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            list[SignB2ePersonalTailResult]

        Example:
            result = client.sign.b2e.personal.tail()
            result = await client.sign.b2e.personal.tail()  # AsyncBitrix24
        """
        return cast(
            "list[SignB2ePersonalTailResult]",
            self._backend._invoke(
                _SIGN_B2E_PERSONAL_TAIL, {"limit": limit, "offset": offset}
            ),
        )


class AsyncSignB2ePersonal(Namespace):
    """Methods under ``sign.b2e.personal`` (async)."""

    __slots__ = ()

    async def tail(
        self, *, limit: int | NotGiven = NOT_GIVEN, offset: int | NotGiven = NOT_GIVEN
    ) -> list[SignB2ePersonalTailResult]:
        """List the current user's own signed HR documents with download links.

        Works only with application authorization.

        REST method: ``sign.b2e.personal.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-personal-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            list[SignB2ePersonalTailResult]

        Example:
            result = client.sign.b2e.personal.tail()
            result = await client.sign.b2e.personal.tail()  # AsyncBitrix24
        """
        return cast(
            "list[SignB2ePersonalTailResult]",
            await self._backend._invoke(
                _SIGN_B2E_PERSONAL_TAIL, {"limit": limit, "offset": offset}
            ),
        )


class BatchSignB2ePersonal(Namespace):
    """Methods under ``sign.b2e.personal`` (queued into a batch)."""

    __slots__ = ()

    def tail(
        self,
        *,
        limit: int | Ref | NotGiven = NOT_GIVEN,
        offset: int | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[SignB2ePersonalTailResult]]:
        """List the current user's own signed HR documents with download links.

        Works only with application authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``sign.b2e.personal.tail``
        Docs: https://apidocs.bitrix24.com/api-reference/sign/sign-b2e-personal-tail.html

        Args:
            limit: Records per page, 1 to 1000; default 20.
            offset: Number of records to skip, like start elsewhere.

        Returns:
            BatchCommand[list[SignB2ePersonalTailResult]]

        Example:
            command = batch.sign.b2e.personal.tail()
        """
        return cast(
            "BatchCommand[list[SignB2ePersonalTailResult]]",
            self._backend._invoke(
                _SIGN_B2E_PERSONAL_TAIL, {"limit": limit, "offset": offset}
            ),
        )
