"""TypedDicts of ``b24client.types.documentgenerator``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "DocumentgeneratorDocumentAddFields",
    "DocumentgeneratorDocumentUpdateFields",
    "DocumentgeneratorNumeratorAddFields",
    "DocumentgeneratorNumeratorAddFieldsSettings",
    "DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorNumeratorUpdateFields",
    "DocumentgeneratorNumeratorUpdateFieldsSettings",
    "DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "DocumentgeneratorRegionAddFields",
    "DocumentgeneratorRegionUpdateFields",
    "DocumentgeneratorRoleAddFields",
    "DocumentgeneratorRoleAddFieldsPermissions",
    "DocumentgeneratorRoleAddFieldsPermissionsDocuments",
    "DocumentgeneratorRoleAddFieldsPermissionsSettings",
    "DocumentgeneratorRoleAddFieldsPermissionsTemplates",
    "DocumentgeneratorRoleFillaccessesAccesses",
    "DocumentgeneratorRoleUpdateFields",
    "DocumentgeneratorRoleUpdateFieldsPermissions",
    "DocumentgeneratorRoleUpdateFieldsPermissionsDocuments",
    "DocumentgeneratorRoleUpdateFieldsPermissionsSettings",
    "DocumentgeneratorRoleUpdateFieldsPermissionsTemplates",
    "DocumentgeneratorTemplateAddFields",
    "DocumentgeneratorTemplateUpdateFields",
]


class DocumentgeneratorDocumentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.add``."""

    TYPE: str
    FORMAT: dict[str, Any]
    PROVIDER: str
    TITLE: str
    CurrentDate: dict[str, Any]


class DocumentgeneratorDocumentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.document.update``."""

    TYPE: str
    FORMAT: dict[str, Any]
    PROVIDER: str
    TITLE: str


class DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.add``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: int


class DocumentgeneratorNumeratorAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.add``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumeratorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.add``."""

    name: Required[str]
    template: Required[str]
    settings: DocumentgeneratorNumeratorAddFieldsSettings


class DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``documentgenerator.numerator.update``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: int


class DocumentgeneratorNumeratorUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: DocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class DocumentgeneratorNumeratorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.numerator.update``."""

    name: str
    template: str
    settings: DocumentgeneratorNumeratorUpdateFieldsSettings


class DocumentgeneratorRegionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.region.add``."""

    title: Required[str]
    languageId: str
    formatDate: str
    formatDatetime: str
    formatName: str
    phrases: dict[str, Any]


class DocumentgeneratorRegionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.region.update``."""

    title: str
    languageId: str
    formatDate: str
    formatDatetime: str
    formatName: str
    phrases: dict[str, Any]


class DocumentgeneratorRoleAddFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.add``."""

    MODIFY: str


class DocumentgeneratorRoleAddFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.add``."""

    MODIFY: str


class DocumentgeneratorRoleAddFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.add``."""

    MODIFY: str
    VIEW: str


class DocumentgeneratorRoleAddFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.add``."""

    SETTINGS: DocumentgeneratorRoleAddFieldsPermissionsSettings
    TEMPLATES: DocumentgeneratorRoleAddFieldsPermissionsTemplates
    DOCUMENTS: DocumentgeneratorRoleAddFieldsPermissionsDocuments


class DocumentgeneratorRoleAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.add``."""

    name: Required[str]
    code: str
    permissions: DocumentgeneratorRoleAddFieldsPermissions


class DocumentgeneratorRoleFillaccessesAccesses(TypedDict, total=False):
    """Keys of the ``accesses`` parameter of ``documentgenerator.role.fillaccesses``."""

    roleId: Required[int]
    accessCode: Required[str]


class DocumentgeneratorRoleUpdateFieldsPermissionsSettings(TypedDict, total=False):
    """Keys of ``fields.permissions.SETTINGS`` in ``documentgenerator.role.update``."""

    MODIFY: str


class DocumentgeneratorRoleUpdateFieldsPermissionsTemplates(TypedDict, total=False):
    """Keys of ``fields.permissions.TEMPLATES`` in ``documentgenerator.role.update``."""

    MODIFY: str


class DocumentgeneratorRoleUpdateFieldsPermissionsDocuments(TypedDict, total=False):
    """Keys of ``fields.permissions.DOCUMENTS`` in ``documentgenerator.role.update``."""

    MODIFY: str
    VIEW: str


class DocumentgeneratorRoleUpdateFieldsPermissions(TypedDict, total=False):
    """Keys of ``fields.permissions`` in ``documentgenerator.role.update``."""

    SETTINGS: DocumentgeneratorRoleUpdateFieldsPermissionsSettings
    TEMPLATES: DocumentgeneratorRoleUpdateFieldsPermissionsTemplates
    DOCUMENTS: DocumentgeneratorRoleUpdateFieldsPermissionsDocuments


class DocumentgeneratorRoleUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.role.update``."""

    name: str
    code: str
    permissions: DocumentgeneratorRoleUpdateFieldsPermissions


class DocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.add``."""

    name: Required[str]
    fileId: Required[int]
    file: tuple[str, str]
    numeratorId: Required[int]
    region: Required[str]
    code: str
    users: Sequence[str]
    active: str
    withStamps: str
    sort: int


class DocumentgeneratorTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``documentgenerator.template.update``."""

    name: str
    file: tuple[str, str]
    numeratorId: int
    region: str
    code: str
    users: Sequence[str]
    providers: Sequence[Any] | dict[str, Any]
    active: str
    withStamps: str
    sort: int
