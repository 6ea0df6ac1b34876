"""TypedDicts of ``b24client.types.crm``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "CrmActivityAddFields",
    "CrmActivityConfigurableAddFields",
    "CrmActivityTypeAddFields",
    "CrmActivityUpdateFields",
    "CrmAddressAddFields",
    "CrmAddressDeleteFields",
    "CrmAddressListSelect",
    "CrmAddressUpdateFields",
    "CrmAutomatedsolutionAddFields",
    "CrmAutomatedsolutionUpdateFields",
    "CrmCategoryAddFields",
    "CrmCategoryUpdateFields",
    "CrmCompanyAddFields",
    "CrmCompanyContactAddFields",
    "CrmCompanyContactDeleteFields",
    "CrmCompanyContactItemsSetItems",
    "CrmCompanyUpdateFields",
    "CrmCompanyUserfieldAddFields",
    "CrmCompanyUserfieldAddFieldsList",
    "CrmCompanyUserfieldAddFieldsSettings",
    "CrmCompanyUserfieldUpdateFields",
    "CrmCompanyUserfieldUpdateFieldsList",
    "CrmCompanyUserfieldUpdateFieldsSettings",
    "CrmContactAddFields",
    "CrmContactAddParams",
    "CrmContactCompanyAddFields",
    "CrmContactCompanyDeleteFields",
    "CrmContactCompanyItemsSetItems",
    "CrmContactUpdateFields",
    "CrmContactUpdateParams",
    "CrmContactUserfieldAddFields",
    "CrmContactUserfieldAddFieldsSettings",
    "CrmContactUserfieldUpdateFields",
    "CrmContactUserfieldUpdateFieldsSettings",
    "CrmCurrencyAddFields",
    "CrmCurrencyAddFieldsLang",
    "CrmCurrencyUpdateFields",
    "CrmCurrencyUpdateFieldsLang",
    "CrmDeal",
    "CrmDealAddParams",
    "CrmDealContactAddFields",
    "CrmDealContactBinding",
    "CrmDealContactDeleteFields",
    "CrmDealContactItemsSetItems",
    "CrmDealDetailsConfigurationForceCommonScopeForAllExtras",
    "CrmDealDetailsConfigurationGetExtras",
    "CrmDealDetailsConfigurationResetExtras",
    "CrmDealDetailsConfigurationSetExtras",
    "CrmDealFields",
    "CrmDealProductrowsSetRows",
    "CrmDealRecurringAddFields",
    "CrmDealRecurringAddFieldsParams",
    "CrmDealRecurringUpdateFields",
    "CrmDealRecurringUpdateFieldsParams",
    "CrmDealUpdateFields",
    "CrmDealUpdateParams",
    "CrmDealUserfieldAddFields",
    "CrmDealUserfieldAddFieldsList",
    "CrmDealUserfieldAddFieldsSettings",
    "CrmDealUserfieldUpdateFields",
    "CrmDealUserfieldUpdateFieldsList",
    "CrmDealUserfieldUpdateFieldsSettings",
    "CrmDocumentgeneratorDocumentGetfieldsValues",
    "CrmDocumentgeneratorDocumentUploadFields",
    "CrmDocumentgeneratorNumeratorAddFields",
    "CrmDocumentgeneratorNumeratorAddFieldsSettings",
    "CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorNumeratorUpdateFields",
    "CrmDocumentgeneratorNumeratorUpdateFieldsSettings",
    "CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorTemplateAddFields",
    "CrmDocumentgeneratorTemplateGetfieldsValues",
    "CrmDocumentgeneratorTemplateUpdateFields",
    "CrmEntityMergeBatchParams",
    "CrmItemAddFields",
    "CrmItemImportFields",
    "CrmItemPaymentUpdateFields",
    "CrmItemProductrowAddFields",
    "CrmItemProductrowSetProductRows",
    "CrmItemProductrowUpdateFields",
    "CrmItemUpdateFields",
    "CrmLeadAddFields",
    "CrmLeadAddParams",
    "CrmLeadContactAddFields",
    "CrmLeadContactDeleteFields",
    "CrmLeadDetailsConfigurationForceCommonScopeForAllExtras",
    "CrmLeadDetailsConfigurationSetExtras",
    "CrmLeadProductrowsSetRows",
    "CrmLeadUpdateFields",
    "CrmLeadUpdateParams",
    "CrmLeadUserfieldAddFields",
    "CrmLeadUserfieldAddFieldsList",
    "CrmLeadUserfieldAddFieldsSettings",
    "CrmLeadUserfieldUpdateFields",
    "CrmLeadUserfieldUpdateFieldsList",
    "CrmLeadUserfieldUpdateFieldsSettings",
    "CrmMeasureAddFields",
    "CrmOrderentityAddFields",
    "CrmOrderentityDeleteByFilterFields",
    "CrmQuoteAddFields",
    "CrmQuoteAddParams",
    "CrmQuoteContactAddFields",
    "CrmQuoteContactDeleteFields",
    "CrmQuoteContactItemsSetItems",
    "CrmQuoteProductrowsSetRows",
    "CrmQuoteUpdateFields",
    "CrmQuoteUpdateParams",
    "CrmQuoteUserfieldAddFields",
    "CrmQuoteUserfieldAddFieldsList",
    "CrmQuoteUserfieldAddFieldsSettings",
    "CrmQuoteUserfieldUpdateFields",
    "CrmQuoteUserfieldUpdateFieldsList",
    "CrmQuoteUserfieldUpdateFieldsSettings",
    "CrmRequisiteAddFields",
    "CrmRequisiteBankdetailAddFields",
    "CrmRequisiteBankdetailUpdateFields",
    "CrmRequisiteLinkListSelect",
    "CrmRequisiteLinkRegisterFields",
    "CrmRequisitePresetAddFields",
    "CrmRequisitePresetFieldAddFields",
    "CrmRequisitePresetFieldUpdateFields",
    "CrmRequisitePresetUpdateFields",
    "CrmRequisiteUpdateFields",
    "CrmRequisiteUserfieldAddFields",
    "CrmRequisiteUserfieldUpdateFields",
    "CrmStatusAddFields",
    "CrmStatusUpdateFields",
    "CrmTimelineBindingsBindFields",
    "CrmTimelineBindingsUnbindFields",
    "CrmTimelineCommentAddFields",
    "CrmTimelineCommentUpdateFields",
    "CrmTimelineLogmessageAddFields",
    "CrmTrackingTraceAddEntities",
    "CrmTypeAddFields",
    "CrmTypeAddFieldsRelations",
    "CrmTypeUpdateFields",
    "CrmVatAddFields",
    "CrmVatUpdateFields",
]


class CrmActivityAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.add``."""

    OWNER_ID: Required[int]
    OWNER_TYPE_ID: Required[int]
    TYPE_ID: Required[int]
    ASSOCIATED_ENTITY_ID: int
    COMMUNICATIONS: Required[Sequence[dict[str, Any]]]
    DEADLINE: datetime.datetime | str
    DESCRIPTION: str
    DESCRIPTION_TYPE: int
    DIRECTION: int
    END_TIME: datetime.datetime | str
    FILES: Sequence[dict[str, Any]]
    LOCATION: str
    NOTIFY_TYPE: int
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    ORIGIN_VERSION: str
    PRIORITY: int
    PROVIDER_DATA: str
    PROVIDER_GROUP_ID: str
    PROVIDER_ID: str
    PROVIDER_TYPE_ID: str
    PROVIDER_PARAMS: dict[str, Any]
    RESPONSIBLE_ID: Required[int]
    SETTINGS: dict[str, Any]
    START_TIME: datetime.datetime | str
    STATUS: int
    SUBJECT: str
    WEBDAV_ELEMENTS: dict[str, Any]
    IS_INCOMING_CHANNEL: str
    COMPLETED: str


class CrmActivityConfigurableAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.configurable.add``."""

    typeId: str
    completed: bool
    deadline: datetime.datetime | str
    pingOffsets: Sequence[int]
    isIncomingChannel: str
    responsibleId: int
    badgeCode: str
    originatorId: str
    originId: str


class CrmActivityTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.type.add``."""

    TYPE_ID: Required[str]
    NAME: str
    ICON_FILE: str
    IS_CONFIGURABLE_TYPE: str


class CrmActivityUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.update``."""

    OWNER_ID: int
    OWNER_TYPE_ID: int
    TYPE_ID: int
    ASSOCIATED_ENTITY_ID: int
    COMMUNICATIONS: dict[str, Any]
    DEADLINE: datetime.datetime | str
    DESCRIPTION: str
    DESCRIPTION_TYPE: int
    DIRECTION: int
    END_TIME: datetime.datetime | str
    FILES: dict[str, Any]
    LOCATION: str
    NOTIFY_TYPE: int
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    ORIGIN_VERSION: str
    PRIORITY: int
    PROVIDER_DATA: str
    PROVIDER_GROUP_ID: str
    PROVIDER_ID: str
    PROVIDER_TYPE_ID: str
    PROVIDER_PARAMS: dict[str, Any]
    RESPONSIBLE_ID: Required[int]
    SETTINGS: dict[str, Any]
    START_TIME: datetime.datetime | str
    STATUS: int
    SUBJECT: str
    WEBDAV_ELEMENTS: dict[str, Any]
    IS_INCOMING_CHANNEL: str


class CrmAddressAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.add``."""

    TYPE_ID: Required[int]
    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[str | int]
    ADDRESS_1: str
    ADDRESS_2: str
    CITY: str
    POSTAL_CODE: str
    REGION: str
    PROVINCE: str
    COUNTRY: str
    COUNTRY_CODE: str
    LOC_ADDR_ID: int


class CrmAddressDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.delete``."""

    TYPE_ID: Required[int]
    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[str | int]


class CrmAddressListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``crm.address.list``."""

    TYPE_ID: int
    ENTITY_TYPE_ID: int
    ENTITY_ID: str
    ADDRESS_1: str
    ADDRESS_2: str
    CITY: str
    POSTAL_CODE: str
    REGION: str
    PROVINCE: str
    COUNTRY: str
    COUNTRY_CODE: str
    LOC_ADDR_ID: int
    ANCHOR_TYPE_ID: int
    ANCHOR_ID: int


class CrmAddressUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.update``."""

    TYPE_ID: Required[int]
    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[str | int]
    ADDRESS_1: str
    ADDRESS_2: str
    CITY: str
    POSTAL_CODE: str
    REGION: str
    PROVINCE: str
    COUNTRY: str
    COUNTRY_CODE: str
    LOC_ADDR_ID: int


class CrmAutomatedsolutionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.add``."""

    title: Required[str]
    typeIds: Sequence[int]


class CrmAutomatedsolutionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.update``."""

    title: str
    typeIds: Sequence[int]


class CrmCategoryAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.add``."""

    name: Required[str]
    sort: int
    isDefault: str


class CrmCategoryUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.update``."""

    name: str
    sort: int
    isDefault: str


class CrmCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.add``."""

    TITLE: str
    COMPANY_TYPE: str
    INDUSTRY: str
    EMPLOYEES: str
    CURRENCY_ID: str
    REVENUE: float
    LOGO: dict[str, Any]
    OPENED: str
    ASSIGNED_BY_ID: int
    COMMENTS: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    UTM_SOURCE: str
    UTM_MEDIUM: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    IS_MY_COMPANY: str


class CrmCompanyContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.add``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmCompanyContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmCompanyContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.company.contact.items.set``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.update``."""

    TITLE: str
    COMPANY_TYPE: str
    LOGO: tuple[str, str]
    INDUSTRY: str
    EMPLOYEES: str
    CURRENCY_ID: str
    REVENUE: float
    OPENED: str
    COMMENTS: str
    ASSIGNED_BY_ID: int
    CONTACT_ID: int
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    ORIGIN_VERSION: str
    UTM_SOURCE: str
    UTM_MEDIUM: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    LINK: Sequence[dict[str, Any]]


class CrmCompanyUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.company.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmCompanyUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.company.userfield.add``."""

    VALUE: str
    SORT: int
    DEF: str
    XML_ID: str


class CrmCompanyUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.userfield.add``."""

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SETTINGS: CrmCompanyUserfieldAddFieldsSettings
    LIST: Sequence[CrmCompanyUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool


class CrmCompanyUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.company.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class CrmCompanyUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.company.userfield.update``."""

    VALUE: str
    SORT: int
    DEF: bool
    XML_ID: str


class CrmCompanyUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.userfield.update``."""

    MANDATORY: str
    SHOW_FILTER: str
    XML_ID: str
    SETTINGS: CrmCompanyUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmCompanyUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.add``."""

    HONORIFIC: str
    NAME: str
    SECOND_NAME: str
    LAST_NAME: str
    PHOTO: dict[str, Any]
    BIRTHDATE: datetime.date | str
    TYPE_ID: str
    SOURCE_ID: str
    SOURCE_DESCRIPTION: str
    POST: str
    COMMENTS: str
    OPENED: str
    EXPORT: str
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    COMPANY_IDS: Sequence[int]
    UTM_SOURCE: str
    UTM_MEDIUM: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    TRACE: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    LINK: Sequence[dict[str, Any]]


class CrmContactAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.contact.add``."""

    REGISTER_SONET_EVENT: bool
    IMPORT: bool


class CrmContactCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.company.add``."""

    COMPANY_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmContactCompanyDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.company.delete``."""

    COMPANY_ID: Required[int]


class CrmContactCompanyItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.contact.company.items.set``."""

    COMPANY_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmContactUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.update``."""

    HONORIFIC: str
    NAME: str
    SECOND_NAME: str
    LAST_NAME: str
    PHOTO: tuple[str, str]
    BIRTHDATE: datetime.date | str
    TYPE_ID: str
    SOURCE_ID: str
    SOURCE_DESCRIPTION: str
    POST: str
    COMMENTS: str
    OPENED: str
    EXPORT: str
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    COMPANY_IDS: Sequence[int]
    UTM_SOURCE: str
    UTM_MEDIUM: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    LINK: Sequence[dict[str, Any]]


class CrmContactUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.contact.update``."""

    REGISTER_SONET_EVENT: str
    REGISTER_HISTORY_EVENT: str


class CrmContactUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmContactUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.userfield.add``."""

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SETTINGS: CrmContactUserfieldAddFieldsSettings
    LIST: Sequence[dict[str, Any]]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool


class CrmContactUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmContactUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.userfield.update``."""

    MANDATORY: str
    SHOW_FILTER: str
    XML_ID: str
    SETTINGS: CrmContactUserfieldUpdateFieldsSettings
    LIST: Sequence[dict[str, Any]]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmCurrencyAddFieldsLang(TypedDict, total=False):
    """Keys of ``fields.LANG`` in ``crm.currency.add``."""

    DECIMALS: int
    DEC_POINT: str
    FORMAT_STRING: str
    FULL_NAME: str
    HIDE_ZERO: str
    THOUSANDS_SEP: str
    THOUSANDS_VARIANT: str
    ru: dict[str, Any]
    en: dict[str, Any]


class CrmCurrencyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.currency.add``."""

    CURRENCY: Required[str]
    BASE: str
    AMOUNT_CNT: Required[int]
    AMOUNT: Required[float]
    SORT: int
    LANG: CrmCurrencyAddFieldsLang


class CrmCurrencyUpdateFieldsLang(TypedDict, total=False):
    """Keys of ``fields.LANG`` in ``crm.currency.update``."""

    DECIMALS: int
    DEC_POINT: str
    FORMAT_STRING: str
    FULL_NAME: str
    HIDE_ZERO: str
    THOUSANDS_SEP: str
    THOUSANDS_VARIANT: str
    en: dict[str, Any]
    de: dict[str, Any]


class CrmCurrencyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.currency.update``."""

    SORT: int
    AMOUNT_CNT: int
    AMOUNT: float
    BASE: str
    LANG: CrmCurrencyUpdateFieldsLang


class CrmDeal(TypedDict, total=False):
    """A deal as crm.deal.get and crm.deal.list send it.

    IDs, amounts and numbers arrive as strings ("410", "1000000.00"), an
    empty value as null; dates are ISO 8601 strings. crm.deal.list returns
    only the selected keys (ID always). Custom fields (UF_CRM_*) and links
    to smart processes (PARENT_ID_*) come as extra keys.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-get.html
    """

    ID: Required[str]
    """ID of the deal."""
    TITLE: str | None
    TYPE_ID: str | None
    """Deal type (status list DEAL_TYPE)."""
    CATEGORY_ID: str | None
    """Pipeline; "0" is the default one."""
    STAGE_ID: str
    """Stage (status list DEAL_STAGE, or DEAL_STAGE_<pipeline>)."""
    STAGE_SEMANTIC_ID: str
    """Stage group: in progress, won or lost."""
    IS_NEW: str
    IS_RECURRING: str
    """The deal is a template of a recurring deal."""
    IS_RETURN_CUSTOMER: str
    IS_REPEATED_APPROACH: str
    PROBABILITY: str | None
    """Probability in percent."""
    CURRENCY_ID: str | None
    OPPORTUNITY: str
    """Amount, such as "1000000.00"."""
    IS_MANUAL_OPPORTUNITY: str
    TAX_VALUE: str
    COMPANY_ID: str | None
    CONTACT_ID: str | None
    """The primary contact (outdated; see crm.deal.contact.items.get)."""
    QUOTE_ID: str | None
    LEAD_ID: str | None
    BEGINDATE: str | None
    CLOSEDATE: str | None
    OPENED: str
    """Visible to every user."""
    CLOSED: str
    COMMENTS: str | None
    """May hold BB code."""
    ASSIGNED_BY_ID: str | None
    CREATED_BY_ID: str | None
    MODIFY_BY_ID: str | None
    MOVED_BY_ID: str | None
    """Who last changed the stage."""
    DATE_CREATE: str | None
    DATE_MODIFY: str | None
    MOVED_TIME: str | None
    """When the stage last changed."""
    SOURCE_ID: str | None
    SOURCE_DESCRIPTION: str | None
    ADDITIONAL_INFO: str | None
    LOCATION_ID: str | None
    ORIGINATOR_ID: str | None
    """The external system the deal came from."""
    ORIGIN_ID: str | None
    """The deal's ID in that system."""
    UTM_SOURCE: str | None
    UTM_MEDIUM: str | None
    UTM_CAMPAIGN: str | None
    UTM_CONTENT: str | None
    UTM_TERM: str | None
    LAST_ACTIVITY_TIME: str | None
    LAST_ACTIVITY_BY: str | None


class CrmDealAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.deal.add``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """Post the new deal to the activity stream."""


class CrmDealContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.contact.add``."""

    CONTACT_ID: Required[int | str]
    IS_PRIMARY: Literal["Y", "N"]
    """Make it the primary contact."""
    SORT: int
    """Sort index."""


class CrmDealContactBinding(TypedDict, total=False):
    """A contact linked to a deal, as crm.deal.contact.items.get sends it.

    Unlike the deal's own keys, these numbers arrive as JSON numbers.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-get.html
    """

    CONTACT_ID: Required[int]
    SORT: int
    ROLE_ID: int
    """Reserved."""
    IS_PRIMARY: str


class CrmDealContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.contact.delete``."""

    CONTACT_ID: Required[int | str]


class CrmDealContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.deal.contact.items.set``."""

    CONTACT_ID: Required[int | str]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int
    """Defaults to (index + 1) * 10."""


class CrmDealDetailsConfigurationForceCommonScopeForAllExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.forceCommonScopeForAll``."""

    dealCategoryId: int


class CrmDealDetailsConfigurationGetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.get``."""

    dealCategoryId: int


class CrmDealDetailsConfigurationResetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.reset``."""

    dealCategoryId: int


class CrmDealDetailsConfigurationSetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.set``."""

    dealCategoryId: int


class CrmDealFields(TypedDict, total=False):
    """The keys crm.deal.add takes for a new deal.

    Every key is optional: the portal fills in the rest. IDs and amounts may
    be given as numbers or as the strings the portal sends. Custom fields
    (UF_CRM_*) and smart-process links (PARENT_ID_*) go in user_fields.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-add.html
    """

    TITLE: str
    """Defaults to "Deal #<ID>"."""
    TYPE_ID: str
    CATEGORY_ID: int | str
    """Pipeline (0 or more); the default pipeline when left out."""
    STAGE_ID: str
    """The first stage of the pipeline when left out."""
    IS_RECURRING: Literal["Y", "N"]
    IS_RETURN_CUSTOMER: Literal["Y", "N"]
    IS_REPEATED_APPROACH: Literal["Y", "N"]
    PROBABILITY: int | str
    CURRENCY_ID: str
    OPPORTUNITY: float | str
    IS_MANUAL_OPPORTUNITY: Literal["Y", "N"]
    TAX_VALUE: float | str
    COMPANY_ID: int | str
    CONTACT_ID: int | str
    """Outdated; use CONTACT_IDS."""
    CONTACT_IDS: Sequence[int] | Sequence[str]
    BEGINDATE: datetime.date | str
    """The creation date when left out."""
    CLOSEDATE: datetime.date | str
    """A week after the start when left out."""
    OPENED: Literal["Y", "N"]
    """The default can be changed in the CRM settings."""
    CLOSED: Literal["Y", "N"]
    COMMENTS: str
    """May hold BB code."""
    ASSIGNED_BY_ID: int | str
    """The calling user when left out."""
    SOURCE_ID: str
    SOURCE_DESCRIPTION: str
    ADDITIONAL_INFO: str
    LOCATION_ID: str
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    UTM_SOURCE: str
    UTM_MEDIUM: str
    """Such as "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    TRACE: str
    """End-to-end analytics data."""


class CrmDealProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.deal.productrows.set``."""

    PRODUCT_ID: int
    PRODUCT_NAME: str
    PRICE: float
    PRICE_EXCLUSIVE: float
    PRICE_NETTO: float
    PRICE_BRUTTO: float
    QUANTITY: float
    DISCOUNT_TYPE_ID: int
    DISCOUNT_RATE: float
    DISCOUNT_SUM: float
    TAX_RATE: float
    TAX_INCLUDED: str
    MEASURE_CODE: str | int
    MEASURE_NAME: str
    SORT: int


class CrmDealRecurringAddFieldsParams(TypedDict, total=False):
    """Keys of ``fields.PARAMS`` in ``crm.deal.recurring.add``."""

    MODE: str
    MULTIPLE_TYPE: str
    MULTIPLE_INTERVAL: int
    SINGLE_BEFORE_START_DATE_TYPE: str
    SINGLE_BEFORE_START_DATE_VALUE: int
    OFFSET_BEGINDATE_TYPE: str
    OFFSET_BEGINDATE_VALUE: int
    OFFSET_CLOSEDATE_TYPE: str
    OFFSET_CLOSEDATE_VALUE: int


class CrmDealRecurringAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.recurring.add``."""

    DEAL_ID: int
    ACTIVE: str
    CATEGORY_ID: str
    IS_LIMIT: str
    LIMIT_REPEAT: int
    LIMIT_DATE: datetime.date | str
    START_DATE: datetime.date | str
    PARAMS: CrmDealRecurringAddFieldsParams


class CrmDealRecurringUpdateFieldsParams(TypedDict, total=False):
    """Keys of ``fields.PARAMS`` in ``crm.deal.recurring.update``."""

    MODE: str
    MULTIPLE_TYPE: str
    MULTIPLE_INTERVAL: int
    SINGLE_BEFORE_START_DATE_TYPE: str
    SINGLE_BEFORE_START_DATE_VALUE: int
    OFFSET_BEGINDATE_TYPE: str
    OFFSET_BEGINDATE_VALUE: int
    OFFSET_CLOSEDATE_TYPE: str
    OFFSET_CLOSEDATE_VALUE: int


class CrmDealRecurringUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.recurring.update``."""

    ACTIVE: str
    CATEGORY_ID: str
    IS_LIMIT: str
    LIMIT_REPEAT: int
    LIMIT_DATE: datetime.date | str
    START_DATE: datetime.date | str
    PARAMS: CrmDealRecurringUpdateFieldsParams


class CrmDealUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.update``."""

    TITLE: str
    TYPE_ID: str
    STAGE_ID: str
    IS_RECURRING: Literal["Y", "N"]
    IS_RETURN_CUSTOMER: Literal["Y", "N"]
    IS_REPEATED_APPROACH: Literal["Y", "N"]
    PROBABILITY: int | str
    CURRENCY_ID: str
    OPPORTUNITY: float | str
    IS_MANUAL_OPPORTUNITY: Literal["Y", "N"]
    TAX_VALUE: float | str
    COMPANY_ID: int | str
    CONTACT_ID: int | str
    """Outdated; use CONTACT_IDS."""
    CONTACT_IDS: Sequence[int] | Sequence[str]
    BEGINDATE: datetime.date | str
    CLOSEDATE: datetime.date | str
    OPENED: Literal["Y", "N"]
    CLOSED: Literal["Y", "N"]
    COMMENTS: str
    """May hold BB code."""
    ASSIGNED_BY_ID: int | str
    SOURCE_ID: str
    SOURCE_DESCRIPTION: str
    ADDITIONAL_INFO: str
    LOCATION_ID: str
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    UTM_SOURCE: str
    UTM_MEDIUM: str
    """Such as "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str


class CrmDealUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.deal.update``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """Post the change to the activity stream."""
    REGISTER_HISTORY_EVENT: Literal["Y", "N"]
    """Record the change in the history."""


class CrmDealUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.deal.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmDealUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.deal.userfield.add``."""

    VALUE: str
    SORT: int
    DEF: str
    XML_ID: str


class CrmDealUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.userfield.add``."""

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SETTINGS: CrmDealUserfieldAddFieldsSettings
    LIST: Sequence[CrmDealUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool


class CrmDealUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.deal.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class CrmDealUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.deal.userfield.update``."""

    VALUE: str
    SORT: int
    DEF: bool
    XML_ID: str


class CrmDealUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.userfield.update``."""

    MANDATORY: str
    SHOW_FILTER: str
    XML_ID: str
    SETTINGS: CrmDealUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmDealUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmDocumentgeneratorDocumentGetfieldsValues(TypedDict, total=False):
    """Keys of the ``values`` parameter of ``crm.documentgenerator.document.getfields``."""

    DocumentNumber: str
    DocumentCreateTime: str
    DocumentTitle: str
    ClientPhone: str
    ClientEmail: str
    ProductsProductName: Sequence[Any] | dict[str, Any] | str
    ProductsProductQuantity: Sequence[Any] | dict[str, Any] | str
    TotalSum: str


class CrmDocumentgeneratorDocumentUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.document.upload``."""

    entityTypeId: Required[int]
    entityId: Required[int]
    fileContent: Required[str]
    region: Required[str]
    title: Required[str]
    number: Required[str]
    pdfContent: str
    imageContent: str


class CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.add``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: bool


class CrmDocumentgeneratorNumeratorAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``crm.documentgenerator.numerator.add``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class CrmDocumentgeneratorNumeratorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.numerator.add``."""

    name: Required[str]
    template: Required[str]
    settings: CrmDocumentgeneratorNumeratorAddFieldsSettings


class CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.update``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: bool


class CrmDocumentgeneratorNumeratorUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``crm.documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class CrmDocumentgeneratorNumeratorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.numerator.update``."""

    name: str
    template: str
    settings: CrmDocumentgeneratorNumeratorUpdateFieldsSettings


class CrmDocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.template.add``."""

    name: Required[str]
    file: Required[tuple[str, str]]
    numeratorId: Required[int]
    region: Required[str]
    entityTypeId: Required[Sequence[str]]
    users: Sequence[str]
    active: str
    withStamps: str
    sort: int


class CrmDocumentgeneratorTemplateGetfieldsValues(TypedDict, total=False):
    """Keys of the ``values`` parameter of ``crm.documentgenerator.template.getfields``."""

    MyCompanyRequisiteRqCompanyName: str
    MyCompanyRequisiteRegisteredAddressText: str
    MyCompanyPhone: str
    MyCompanyEmail: str
    MyCompanyWeb: str
    MyCompanyUfLogo: str
    RequisiteRqCompanyName: str
    RequisiteRegisteredAddressText: str
    ClientPhone: str
    ClientEmail: str
    ClientWeb: str
    DocumentNumber: str
    DocumentCreateTime: str
    ProductsIndex: str
    ProductsProductName: Sequence[Any] | dict[str, Any] | str
    ProductsProductQuantity: Sequence[Any] | dict[str, Any] | str
    ProductsProductMeasureName: Sequence[Any] | dict[str, Any] | str
    ProductsProductPriceRaw: Sequence[Any] | dict[str, Any] | str
    ProductsProductPriceRawSum: Sequence[Any] | dict[str, Any] | str
    TotalRaw: str
    TaxesTaxTitle: Sequence[Any] | dict[str, Any] | str
    TaxesTaxRate: Sequence[Any] | dict[str, Any] | str
    TaxesTaxValue: Sequence[Any] | dict[str, Any] | str
    TotalSum: str
    MyCompanyAssignedName: str
    MyCompanyAssignedLastName: str
    MyCompanyAssignedPersonalPhone: str
    MyCompanyAssignedEmail: str
    DocumentTitle: str
    MY_COMPANY: Sequence[Any] | dict[str, Any]


class CrmDocumentgeneratorTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.template.update``."""

    name: str
    file: tuple[str, str]
    numeratorId: int
    region: str
    entityTypeId: Sequence[str]
    users: Sequence[str]
    active: str
    withStamps: str
    sort: int


class CrmEntityMergeBatchParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.entity.mergeBatch``."""

    entityTypeId: Required[int]
    entityIds: Required[Sequence[int]]


class CrmItemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.add``."""

    title: str
    honorific: str
    name: str
    secondName: str
    lastName: str
    birthdate: datetime.date | str
    companyTitle: str
    sourceId: str
    sourceDescription: str
    stageId: str
    statusDescription: str
    post: str
    currencyId: str
    isManualOpportunity: str
    opportunity: float
    opened: str
    comments: str
    assignedById: int
    companyId: int
    contactId: int
    contactIds: Sequence[int]
    originatorId: str
    originId: str
    webformId: int
    observers: Sequence[int]
    utmSource: str
    utmMedium: str
    utmCampaign: str
    utmContent: str
    utmTerm: str
    fm: Sequence[dict[str, Any]]
    typeId: str
    categoryId: int
    isReccurring: str
    probability: int
    taxValue: float
    quoteId: int
    begindate: str
    closedate: str
    leadId: int
    additionalInfo: str


class CrmItemImportFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.import``."""

    title: str
    honorific: str
    name: str
    secondName: str
    lastName: str
    birthdate: datetime.date | str
    companyTitle: str
    sourceId: str
    sourceDescription: str
    stageId: str
    statusDescription: str
    post: str
    currencyId: str
    isManualOpportunity: str
    opportunity: float
    opened: str
    comments: str
    assignedById: int
    companyId: int
    contactId: int
    contactIds: Sequence[int]
    originatorId: str
    originId: str
    webformId: int
    observers: Sequence[int]
    utmSource: str
    utmMedium: str
    utmCampaign: str
    utmContent: str
    utmTerm: str
    typeId: str
    categoryId: int
    isReccurring: str
    probability: int
    taxValue: float
    quoteId: int
    begindate: str
    closedate: str
    leadId: int
    additionalInfo: str


class CrmItemPaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.payment.update``."""

    paid: str
    paySystemId: int


class CrmItemProductrowAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.add``."""

    ownerId: Required[int]
    ownerType: Required[str]
    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: int
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: str
    measureCode: str | int
    sort: int


class CrmItemProductrowSetProductRows(TypedDict, total=False):
    """Keys of the ``productRows`` parameter of ``crm.item.productrow.set``."""

    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: int
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: str
    measureCode: str
    sort: int


class CrmItemProductrowUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.update``."""

    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: int
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: str
    measureCode: str | int
    sort: int


class CrmItemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.update``."""

    title: str
    honorific: str
    name: str
    secondName: str
    lastName: str
    birthdate: datetime.date | str
    companyTitle: str
    sourceId: str
    sourceDescription: str
    stageId: str
    statusDescription: str
    post: str
    currencyId: str
    isManualOpportunity: str
    opportunity: float
    opened: str
    comments: str
    assignedById: int
    companyId: int
    contactId: int
    contactIds: Sequence[int]
    originatorId: str
    originId: str
    webformId: int
    observers: Sequence[int]
    utmSource: str
    utmMedium: str
    utmCampaign: str
    utmContent: str
    utmTerm: str
    fm: Sequence[dict[str, Any]]
    typeId: str
    additionalInfo: str


class CrmLeadAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.add``."""

    ADDRESS: str
    ADDRESS_2: str
    ADDRESS_CITY: str
    ADDRESS_COUNTRY: str
    ADDRESS_COUNTRY_CODE: str
    ADDRESS_POSTAL_CODE: str
    ADDRESS_PROVINCE: str
    ADDRESS_REGION: str
    ASSIGNED_BY_ID: int
    BIRTHDATE: datetime.date | str
    COMMENTS: str
    COMPANY_ID: int
    COMPANY_TITLE: str
    CONTACT_ID: int
    CONTACT_IDS: int
    CURRENCY_ID: str
    EMAIL: dict[str, Any]
    HONORIFIC: str
    IM: dict[str, Any]
    LINK: dict[str, Any]
    LAST_NAME: str
    NAME: str
    SECOND_NAME: str
    OPENED: str
    OPPORTUNITY: float
    IS_MANUAL_OPPORTUNITY: str
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    PHONE: Sequence[dict[str, Any]]
    POST: str
    SOURCE_DESCRIPTION: str
    SOURCE_ID: str
    STATUS_DESCRIPTION: str
    STATUS_ID: str
    TITLE: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_MEDIUM: str
    UTM_SOURCE: str
    UTM_TERM: str
    WEB: Sequence[dict[str, Any]]


class CrmLeadAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.lead.add``."""

    REGISTER_SONET_EVENT: str


class CrmLeadContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.add``."""

    CONTACT_ID: Required[int]
    SORT: int
    IS_PRIMARY: str


class CrmLeadContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmLeadDetailsConfigurationForceCommonScopeForAllExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.forceCommonScopeForAll``."""

    leadCustomerType: int


class CrmLeadDetailsConfigurationSetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.set``."""

    leadCustomerType: int


class CrmLeadProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.lead.productrows.set``."""

    PRODUCT_ID: int
    PRODUCT_NAME: str
    PRICE: float
    PRICE_EXCLUSIVE: float
    PRICE_NETTO: float
    PRICE_BRUTTO: float
    QUANTITY: float
    DISCOUNT_TYPE_ID: int
    DISCOUNT_RATE: float
    DISCOUNT_SUM: float
    TAX_RATE: float
    TAX_INCLUDED: str
    MEASURE_CODE: str | int
    MEASURE_NAME: str
    SORT: int


class CrmLeadUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.update``."""

    ADDRESS: str
    ADDRESS_2: str
    ADDRESS_CITY: str
    ADDRESS_COUNTRY: str
    ADDRESS_COUNTRY_CODE: str
    ADDRESS_POSTAL_CODE: str
    ADDRESS_PROVINCE: str
    ADDRESS_REGION: str
    ASSIGNED_BY_ID: int
    BIRTHDATE: datetime.date | str
    COMMENTS: str
    COMPANY_ID: int
    COMPANY_TITLE: str
    CONTACT_ID: int
    CONTACT_IDS: int
    CURRENCY_ID: str
    EMAIL: dict[str, Any]
    HONORIFIC: str
    IM: dict[str, Any]
    LINK: dict[str, Any]
    LAST_NAME: str
    NAME: str
    SECOND_NAME: str
    OPENED: str
    OPPORTUNITY: float
    IS_MANUAL_OPPORTUNITY: str
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    PHONE: Sequence[dict[str, Any]]
    POST: str
    SOURCE_DESCRIPTION: str
    SOURCE_ID: str
    STATUS_DESCRIPTION: str
    STATUS_ID: str
    TITLE: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_MEDIUM: str
    UTM_SOURCE: str
    UTM_TERM: str
    WEB: Sequence[dict[str, Any]]


class CrmLeadUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.lead.update``."""

    REGISTER_SONET_EVENT: str


class CrmLeadUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.lead.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmLeadUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.lead.userfield.add``."""

    VALUE: str
    SORT: int
    DEF: str
    XML_ID: str


class CrmLeadUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.userfield.add``."""

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SETTINGS: CrmLeadUserfieldAddFieldsSettings
    LIST: Sequence[CrmLeadUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool


class CrmLeadUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.lead.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class CrmLeadUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.lead.userfield.update``."""

    VALUE: str
    SORT: int
    DEF: bool
    XML_ID: str


class CrmLeadUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.userfield.update``."""

    MANDATORY: str
    SHOW_FILTER: str
    XML_ID: str
    SETTINGS: CrmLeadUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmLeadUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmMeasureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.measure.add``."""

    CODE: Required[int | str]
    MEASURE_TITLE: Required[str]
    SYMBOL_RUS: str
    SYMBOL_INTL: str
    SYMBOL_LETTER_INTL: str
    IS_DEFAULT: str


class CrmOrderentityAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.add``."""

    orderId: Required[int]
    ownerTypeId: Required[int]
    ownerId: Required[int]


class CrmOrderentityDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.deleteByFilter``."""

    orderId: Required[int]
    ownerTypeId: Required[int]
    ownerId: Required[int]


class CrmQuoteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.add``."""

    TITLE: Required[str]
    STATUS_ID: str
    CURRENCY_ID: str
    OPPORTUNITY: float
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    CONTACT_IDS: Sequence[int]
    MYCOMPANY_ID: int
    OPENED: str
    PERSON_TYPE_ID: int
    BEGINDATE: datetime.date | str
    CLOSEDATE: datetime.date | str
    CLIENT_TITLE: str
    CLIENT_ADDR: str
    CLIENT_EMAIL: str
    CLIENT_PHONE: str
    COMMENTS: str


class CrmQuoteAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.quote.add``."""

    IMPORT: str


class CrmQuoteContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.add``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmQuoteContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmQuoteContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.quote.contact.items.set``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: str
    SORT: int


class CrmQuoteProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.quote.productrows.set``."""

    PRODUCT_ID: int
    PRODUCT_NAME: str
    PRODUCT_DESCRIPTION: str
    PRICE: float
    QUANTITY: float
    DISCOUNT_TYPE_ID: int
    DISCOUNT_RATE: float
    DISCOUNT_SUM: float
    TAX_RATE: float
    TAX_INCLUDED: str
    MEASURE_CODE: str | int
    MEASURE_NAME: str
    SORT: int


class CrmQuoteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.update``."""

    TITLE: str
    STATUS_ID: str
    CURRENCY_ID: str
    OPPORTUNITY: float
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    CONTACT_IDS: Sequence[int]
    MYCOMPANY_ID: int
    OPENED: str
    PERSON_TYPE_ID: int
    BEGINDATE: datetime.date | str
    CLOSEDATE: datetime.date | str
    CLIENT_TITLE: str
    CLIENT_ADDR: str
    CLIENT_EMAIL: str
    CLIENT_PHONE: str
    COMMENTS: str


class CrmQuoteUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.quote.update``."""

    REGISTER_HISTORY_EVENT: str


class CrmQuoteUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.quote.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmQuoteUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.quote.userfield.add``."""

    VALUE: str
    SORT: int
    DEF: str
    XML_ID: str


class CrmQuoteUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.userfield.add``."""

    USER_TYPE_ID: Required[str]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SETTINGS: CrmQuoteUserfieldAddFieldsSettings
    LIST: Sequence[CrmQuoteUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool


class CrmQuoteUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.quote.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int


class CrmQuoteUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.quote.userfield.update``."""

    VALUE: str
    SORT: int
    DEF: bool
    XML_ID: str


class CrmQuoteUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.userfield.update``."""

    MANDATORY: str
    SHOW_FILTER: str
    XML_ID: str
    SETTINGS: CrmQuoteUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmQuoteUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: str
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmRequisiteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.add``."""

    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[int]
    PRESET_ID: Required[int]
    NAME: Required[str]
    CODE: str
    XML_ID: str
    ORIGINATOR_ID: str
    ACTIVE: str
    ADDRESS_ONLY: str
    SORT: int
    RQ_NAME: str
    RQ_FIRST_NAME: str
    RQ_LAST_NAME: str
    RQ_SECOND_NAME: str
    RQ_COMPANY_ID: str
    RQ_COMPANY_NAME: str
    RQ_COMPANY_FULL_NAME: str
    RQ_COMPANY_REG_DATE: str
    RQ_DIRECTOR: str
    RQ_ACCOUNTANT: str
    RQ_CEO_NAME: str
    RQ_CEO_WORK_POS: str
    RQ_CONTACT: str
    RQ_EMAIL: str
    RQ_PHONE: str
    RQ_FAX: str
    RQ_IDENT_TYPE: str
    RQ_IDENT_DOC: str
    RQ_IDENT_DOC_SER: str
    RQ_IDENT_DOC_NUM: str
    RQ_IDENT_DOC_PERS_NUM: str
    RQ_IDENT_DOC_DATE: str
    RQ_IDENT_DOC_ISSUED_BY: str
    RQ_IDENT_DOC_DEP_CODE: str
    RQ_INN: str
    RQ_KPP: str
    RQ_USRLE: str
    RQ_IFNS: str
    RQ_OGRN: str
    RQ_OGRNIP: str
    RQ_OKPO: str
    RQ_OKTMO: str
    RQ_OKVED: str
    RQ_EDRPOU: str
    RQ_DRFO: str
    RQ_KBE: str
    RQ_IIN: str
    RQ_BIN: str
    RQ_ST_CERT_SER: str
    RQ_ST_CERT_NUM: str
    RQ_ST_CERT_DATE: str
    RQ_VAT_PAYER: str
    RQ_VAT_ID: str
    RQ_VAT_CERT_SER: str
    RQ_VAT_CERT_NUM: str
    RQ_VAT_CERT_DATE: str
    RQ_RESIDENCE_COUNTRY: str
    RQ_BASE_DOC: str
    RQ_REGON: str
    RQ_KRS: str
    RQ_PESEL: str
    RQ_LEGAL_FORM: str
    RQ_SIRET: str
    RQ_SIREN: str
    RQ_CAPITAL: str
    RQ_RCS: str
    RQ_CNPJ: str
    RQ_STATE_REG: str
    RQ_MNPL_REG: str
    RQ_CPF: str


class CrmRequisiteBankdetailAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.add``."""

    ENTITY_ID: Required[int]
    COUNTRY_ID: int
    NAME: Required[str]
    CODE: str
    XML_ID: str
    ACTIVE: str
    SORT: int
    RQ_BANK_NAME: str
    RQ_BANK_ADDR: str
    RQ_BANK_CODE: str
    RQ_BANK_ROUTE_NUM: str
    RQ_BIK: str
    RQ_CODEB: str
    RQ_CODEG: str
    RQ_RIB: str
    RQ_MFO: str
    RQ_ACC_NAME: str
    RQ_ACC_NUM: str
    RQ_ACC_TYPE: str
    RQ_AGENCY_NAME: str
    RQ_IIK: str
    RQ_ACC_CURRENCY: str
    RQ_COR_ACC_NUM: str
    RQ_IBAN: str
    RQ_SWIFT: str
    RQ_BIC: str
    COMMENTS: str
    ORIGINATOR_ID: str


class CrmRequisiteBankdetailUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.update``."""

    NAME: str
    CODE: str
    XML_ID: str
    ACTIVE: str
    SORT: int
    RQ_BANK_NAME: str
    RQ_BANK_ADDR: str
    RQ_BANK_CODE: str
    RQ_BANK_ROUTE_NUM: str
    RQ_BIK: str
    RQ_CODEB: str
    RQ_CODEG: str
    RQ_RIB: str
    RQ_MFO: str
    RQ_ACC_NAME: str
    RQ_ACC_NUM: str
    RQ_ACC_TYPE: str
    RQ_AGENCY_NAME: str
    RQ_IIK: str
    RQ_ACC_CURRENCY: str
    RQ_COR_ACC_NUM: str
    RQ_IBAN: str
    RQ_SWIFT: str
    RQ_BIC: str
    COMMENTS: str
    ORIGINATOR_ID: str


class CrmRequisiteLinkListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``crm.requisite.link.list``."""

    ENTITY_TYPE_ID: int
    ENTITY_ID: int
    REQUISITE_ID: int
    BANK_DETAIL_ID: int
    MC_REQUISITE_ID: int
    MC_BANK_DETAIL_ID: int


class CrmRequisiteLinkRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.link.register``."""

    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[int]
    REQUISITE_ID: Required[int]
    BANK_DETAIL_ID: Required[int]
    MC_REQUISITE_ID: Required[int]
    MC_BANK_DETAIL_ID: Required[int]


class CrmRequisitePresetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.add``."""

    ENTITY_TYPE_ID: Required[int]
    COUNTRY_ID: Required[int]
    NAME: Required[str]
    XML_ID: str
    ACTIVE: str
    SORT: int


class CrmRequisitePresetFieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.add``."""

    FIELD_NAME: Required[str]
    FIELD_TITLE: str
    SORT: int
    IN_SHORT_LIST: str


class CrmRequisitePresetFieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.update``."""

    FIELD_NAME: Required[str]
    FIELD_TITLE: str
    SORT: int
    IN_SHORT_LIST: str


class CrmRequisitePresetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.update``."""

    NAME: Required[str]
    XML_ID: str
    ACTIVE: str
    SORT: int


class CrmRequisiteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.update``."""

    NAME: str
    CODE: str
    XML_ID: str
    ORIGINATOR_ID: str
    ACTIVE: str
    ADDRESS_ONLY: str
    SORT: int
    RQ_NAME: str
    RQ_FIRST_NAME: str
    RQ_LAST_NAME: str
    RQ_SECOND_NAME: str
    RQ_COMPANY_ID: str
    RQ_COMPANY_NAME: str
    RQ_COMPANY_FULL_NAME: str
    RQ_COMPANY_REG_DATE: str
    RQ_DIRECTOR: str
    RQ_ACCOUNTANT: str
    RQ_CEO_NAME: str
    RQ_CEO_WORK_POS: str
    RQ_CONTACT: str
    RQ_EMAIL: str
    RQ_PHONE: str
    RQ_FAX: str
    RQ_IDENT_TYPE: str
    RQ_IDENT_DOC: str
    RQ_IDENT_DOC_SER: str
    RQ_IDENT_DOC_NUM: str
    RQ_IDENT_DOC_PERS_NUM: str
    RQ_IDENT_DOC_DATE: str
    RQ_IDENT_DOC_ISSUED_BY: str
    RQ_IDENT_DOC_DEP_CODE: str
    RQ_INN: str
    RQ_KPP: str
    RQ_USRLE: str
    RQ_IFNS: str
    RQ_OGRN: str
    RQ_OGRNIP: str
    RQ_OKPO: str
    RQ_OKTMO: str
    RQ_OKVED: str
    RQ_EDRPOU: str
    RQ_DRFO: str
    RQ_KBE: str
    RQ_IIN: str
    RQ_BIN: str
    RQ_ST_CERT_SER: str
    RQ_ST_CERT_NUM: str
    RQ_ST_CERT_DATE: str
    RQ_VAT_PAYER: str
    RQ_VAT_ID: str
    RQ_VAT_CERT_SER: str
    RQ_VAT_CERT_NUM: str
    RQ_VAT_CERT_DATE: str
    RQ_RESIDENCE_COUNTRY: str
    RQ_BASE_DOC: str
    RQ_REGON: str
    RQ_KRS: str
    RQ_PESEL: str
    RQ_LEGAL_FORM: str
    RQ_SIRET: str
    RQ_SIREN: str
    RQ_CAPITAL: str
    RQ_RCS: str
    RQ_CNPJ: str
    RQ_STATE_REG: str
    RQ_MNPL_REG: str
    RQ_CPF: str


class CrmRequisiteUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.userfield.add``."""

    ENTITY_ID: Required[str]
    FIELD_NAME: Required[str]
    USER_TYPE_ID: Required[str]
    XML_ID: str
    SORT: int
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    EDIT_FORM_LABEL: str
    LIST_COLUMN_LABEL: str
    LIST_FILTER_LABEL: str
    ERROR_MESSAGE: str
    HELP_MESSAGE: str
    LIST: dict[str, Any]
    SETTINGS: dict[str, Any]


class CrmRequisiteUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.userfield.update``."""

    XML_ID: str
    SORT: int
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    EDIT_FORM_LABEL: str
    LIST_COLUMN_LABEL: str
    LIST_FILTER_LABEL: str
    ERROR_MESSAGE: str
    HELP_MESSAGE: str
    LIST: dict[str, Any]
    SETTINGS: dict[str, Any]


class CrmStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.add``."""

    ENTITY_ID: Required[str]
    STATUS_ID: Required[str]
    NAME: Required[str]
    SORT: int
    COLOR: str
    SEMANTICS: str


class CrmStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.update``."""

    NAME: str
    SORT: int
    COLOR: str


class CrmTimelineBindingsBindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.bind``."""

    OWNER_ID: Required[int]
    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[str]


class CrmTimelineBindingsUnbindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.unbind``."""

    OWNER_ID: Required[int]
    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[str]


class CrmTimelineCommentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.add``."""

    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[str]
    COMMENT: Required[str]
    FILES: Sequence[Sequence[str]]


class CrmTimelineCommentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.update``."""

    COMMENT: str
    FILES: Sequence[Sequence[str]]


class CrmTimelineLogmessageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.logmessage.add``."""

    entityTypeId: Required[int]
    entityId: Required[int]
    title: Required[str]
    text: Required[str]
    iconCode: Required[str]


class CrmTrackingTraceAddEntities(TypedDict, total=False):
    """Keys of the ``ENTITIES`` parameter of ``crm.tracking.trace.add``."""

    TYPE: Required[str]
    ID: Required[int]


class CrmTypeAddFieldsRelations(TypedDict, total=False):
    """Keys of ``fields.relations`` in ``crm.type.add``."""

    parent: Sequence[dict[str, Any]]
    child: Sequence[dict[str, Any]]


class CrmTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.add``."""

    title: Required[str]
    entityTypeId: int
    relations: CrmTypeAddFieldsRelations
    isUseInUserfieldEnabled: str
    linkedUserFields: dict[str, Any]
    isAutomationEnabled: str
    isBeginCloseDatesEnabled: str
    isBizProcEnabled: str
    isCategoriesEnabled: str
    isClientEnabled: str
    isDocumentsEnabled: str
    isLinkWithProductsEnabled: str
    isMycompanyEnabled: str
    isObserversEnabled: str
    isRecyclebinEnabled: str
    isSetOpenPermissions: str
    isSourceEnabled: str
    isStagesEnabled: str
    isExternal: bool
    customSectionId: int
    customSections: Sequence[Any] | dict[str, Any]


class CrmTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.update``."""

    title: str
    relations: dict[str, Any]
    isUseInUserfieldEnabled: str
    linkedUserFields: dict[str, Any]
    isAutomationEnabled: str
    isBeginCloseDatesEnabled: str
    isBizProcEnabled: bool
    isCategoriesEnabled: bool
    isClientEnabled: str
    isDocumentsEnabled: bool
    isLinkWithProductsEnabled: bool
    isMycompanyEnabled: bool
    isObserversEnabled: str
    isRecyclebinEnabled: bool
    isSetOpenPermissions: bool
    isSourceEnabled: str
    isStagesEnabled: str
    isExternal: bool
    customSectionId: int
    customSections: Sequence[Any] | dict[str, Any]


class CrmVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.add``."""

    ACTIVE: str
    C_SORT: int
    NAME: Required[str]
    RATE: Required[float]


class CrmVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.update``."""

    ACTIVE: str
    C_SORT: int
    NAME: Required[str]
    RATE: float
