"""TypedDicts of ``b24client.types.crm``: generated from spec/ by ``python -m generator``; do not edit."""

import datetime
from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "CrmActivity",
    "CrmActivityAddFields",
    "CrmActivityBadge",
    "CrmActivityBadgeAddResult",
    "CrmActivityBadgeGetResult",
    "CrmActivityBadgeListResult",
    "CrmActivityBinding",
    "CrmActivityCallGetTranscriptResult",
    "CrmActivityCommunicationFieldsResult",
    "CrmActivityCommunications",
    "CrmActivityCommunicationsEntitySettings",
    "CrmActivityConfigurableAddFields",
    "CrmActivityConfigurableAddResult",
    "CrmActivityConfigurableAddResultActivity",
    "CrmActivityConfigurableAddResultTime",
    "CrmActivityConfigurableUpdateResult",
    "CrmActivityConfigurableUpdateResultActivity",
    "CrmActivityConfigurableUpdateResultTime",
    "CrmActivityFieldsResult",
    "CrmActivityFiles",
    "CrmActivityTodoAddResult",
    "CrmActivityTodoUpdateColorResult",
    "CrmActivityTodoUpdateDeadlineResult",
    "CrmActivityTodoUpdateDescriptionResult",
    "CrmActivityTodoUpdateResponsibleUserResult",
    "CrmActivityTodoUpdateResult",
    "CrmActivityType",
    "CrmActivityTypeAddFields",
    "CrmActivityUpdateFields",
    "CrmAddress",
    "CrmAddressAddFields",
    "CrmAddressDeleteFields",
    "CrmAddressFieldsResult",
    "CrmAddressListSelect",
    "CrmAddressUpdateFields",
    "CrmAutomatedsolution",
    "CrmAutomatedsolutionAddFields",
    "CrmAutomatedsolutionAddResult",
    "CrmAutomatedsolutionFieldsResult",
    "CrmAutomatedsolutionGetResult",
    "CrmAutomatedsolutionUpdateFields",
    "CrmAutomatedsolutionUpdateResult",
    "CrmCalllist",
    "CrmCalllistItems",
    "CrmCalllistStatuslistResult",
    "CrmCategory",
    "CrmCategoryAddFields",
    "CrmCategoryAddResult",
    "CrmCategoryFieldsResult",
    "CrmCategoryFieldsResultFields",
    "CrmCategoryGetResult",
    "CrmCategoryUpdateFields",
    "CrmCategoryUpdateResult",
    "CrmCompany",
    "CrmCompanyAddFields",
    "CrmCompanyContactAddFields",
    "CrmCompanyContactDeleteFields",
    "CrmCompanyContactFieldsResult",
    "CrmCompanyContactItems",
    "CrmCompanyContactItemsSetItems",
    "CrmCompanyDetailsConfiguration",
    "CrmCompanyDetailsConfigurationElements",
    "CrmCompanyDetailsConfigurationElementsOptions",
    "CrmCompanyFieldsResult",
    "CrmCompanyPhone",
    "CrmCompanyUpdateFields",
    "CrmCompanyUserfield",
    "CrmCompanyUserfieldAddFields",
    "CrmCompanyUserfieldAddFieldsList",
    "CrmCompanyUserfieldAddFieldsSettings",
    "CrmCompanyUserfieldEditFormLabel",
    "CrmCompanyUserfieldErrorMessage",
    "CrmCompanyUserfieldHelpMessage",
    "CrmCompanyUserfieldList",
    "CrmCompanyUserfieldListColumnLabel",
    "CrmCompanyUserfieldListFilterLabel",
    "CrmCompanyUserfieldSettings",
    "CrmCompanyUserfieldSettingsResources",
    "CrmCompanyUserfieldSettingsResourcesResource",
    "CrmCompanyUserfieldSettingsResourcesResourceSections",
    "CrmCompanyUserfieldSettingsSelectedResources",
    "CrmCompanyUserfieldSettingsServiceList",
    "CrmCompanyUserfieldUpdateFields",
    "CrmCompanyUserfieldUpdateFieldsList",
    "CrmCompanyUserfieldUpdateFieldsSettings",
    "CrmContact",
    "CrmContactAddFields",
    "CrmContactAddParams",
    "CrmContactCompanyAddFields",
    "CrmContactCompanyDeleteFields",
    "CrmContactCompanyFieldsResult",
    "CrmContactCompanyItems",
    "CrmContactCompanyItemsSetItems",
    "CrmContactDetailsConfiguration",
    "CrmContactDetailsConfigurationElements",
    "CrmContactDetailsConfigurationElementsOptions",
    "CrmContactEmail",
    "CrmContactFieldsResult",
    "CrmContactPhone",
    "CrmContactUpdateFields",
    "CrmContactUpdateParams",
    "CrmContactUserfield",
    "CrmContactUserfieldAddFields",
    "CrmContactUserfieldAddFieldsSettings",
    "CrmContactUserfieldEditFormLabel",
    "CrmContactUserfieldListColumnLabel",
    "CrmContactUserfieldListFilterLabel",
    "CrmContactUserfieldSettings",
    "CrmContactUserfieldSettingsDefaultValue",
    "CrmContactUserfieldUpdateFields",
    "CrmContactUserfieldUpdateFieldsSettings",
    "CrmCurrency",
    "CrmCurrencyAddFields",
    "CrmCurrencyAddFieldsLang",
    "CrmCurrencyFieldsResult",
    "CrmCurrencyLang",
    "CrmCurrencyLangEn",
    "CrmCurrencyLangRu",
    "CrmCurrencyLocalizations",
    "CrmCurrencyLocalizationsEn",
    "CrmCurrencyLocalizationsFieldsResult",
    "CrmCurrencyLocalizationsRu",
    "CrmCurrencyUpdateFields",
    "CrmCurrencyUpdateFieldsLang",
    "CrmDeal",
    "CrmDealAddParams",
    "CrmDealContactAddFields",
    "CrmDealContactBinding",
    "CrmDealContactDeleteFields",
    "CrmDealContactItemsSetItems",
    "CrmDealDetailsConfiguration",
    "CrmDealDetailsConfigurationElements",
    "CrmDealDetailsConfigurationForceCommonScopeForAllExtras",
    "CrmDealDetailsConfigurationGetExtras",
    "CrmDealDetailsConfigurationResetExtras",
    "CrmDealDetailsConfigurationSetExtras",
    "CrmDealFields",
    "CrmDealProductrowsSetRows",
    "CrmDealRecurring",
    "CrmDealRecurringAddFields",
    "CrmDealRecurringAddFieldsParams",
    "CrmDealRecurringExposeResult",
    "CrmDealRecurringFieldsResult",
    "CrmDealRecurringParams",
    "CrmDealRecurringUpdateFields",
    "CrmDealRecurringUpdateFieldsParams",
    "CrmDealUpdateFields",
    "CrmDealUpdateParams",
    "CrmDealUserfield",
    "CrmDealUserfieldAddFields",
    "CrmDealUserfieldAddFieldsList",
    "CrmDealUserfieldAddFieldsSettings",
    "CrmDealUserfieldEditFormLabel",
    "CrmDealUserfieldErrorMessage",
    "CrmDealUserfieldHelpMessage",
    "CrmDealUserfieldList",
    "CrmDealUserfieldListColumnLabel",
    "CrmDealUserfieldListFilterLabel",
    "CrmDealUserfieldSettings",
    "CrmDealUserfieldSettingsResources",
    "CrmDealUserfieldSettingsResourcesResource",
    "CrmDealUserfieldSettingsResourcesResourceSections",
    "CrmDealUserfieldSettingsSelectedResources",
    "CrmDealUserfieldSettingsServiceList",
    "CrmDealUserfieldUpdateFields",
    "CrmDealUserfieldUpdateFieldsList",
    "CrmDealUserfieldUpdateFieldsSettings",
    "CrmDocumentgeneratorDocument",
    "CrmDocumentgeneratorDocumentAddResult",
    "CrmDocumentgeneratorDocumentEnablepublicurlResult",
    "CrmDocumentgeneratorDocumentGetResult",
    "CrmDocumentgeneratorDocumentGetfieldsResult",
    "CrmDocumentgeneratorDocumentGetfieldsResultDocumentFields",
    "CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber",
    "CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompany",
    "CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyUfLogo",
    "CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyValue",
    "CrmDocumentgeneratorDocumentGetfieldsValues",
    "CrmDocumentgeneratorDocumentProducts",
    "CrmDocumentgeneratorDocumentUpdateResult",
    "CrmDocumentgeneratorDocumentUploadFields",
    "CrmDocumentgeneratorDocumentUploadResult",
    "CrmDocumentgeneratorDocumentValues",
    "CrmDocumentgeneratorNumerator",
    "CrmDocumentgeneratorNumeratorAddFields",
    "CrmDocumentgeneratorNumeratorAddFieldsSettings",
    "CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorNumeratorAddResult",
    "CrmDocumentgeneratorNumeratorGetResult",
    "CrmDocumentgeneratorNumeratorSettings",
    "CrmDocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorNumeratorUpdateFields",
    "CrmDocumentgeneratorNumeratorUpdateFieldsSettings",
    "CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorNumeratorUpdateResult",
    "CrmDocumentgeneratorNumeratorUpdateResultSettings",
    "CrmDocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator",
    "CrmDocumentgeneratorTemplate",
    "CrmDocumentgeneratorTemplateAddFields",
    "CrmDocumentgeneratorTemplateAddResult",
    "CrmDocumentgeneratorTemplateGetResult",
    "CrmDocumentgeneratorTemplateGetfieldsResult",
    "CrmDocumentgeneratorTemplateGetfieldsResultTemplateFields",
    "CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber",
    "CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompany",
    "CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyUfLogo",
    "CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyValue",
    "CrmDocumentgeneratorTemplateGetfieldsValues",
    "CrmDocumentgeneratorTemplateUpdateFields",
    "CrmDocumentgeneratorTemplateUpdateResult",
    "CrmDocumentgeneratorTemplateUsers",
    "CrmDuplicateFindbycommResult",
    "CrmDuplicateVolatileType",
    "CrmDuplicateVolatileTypeFieldsResult",
    "CrmDuplicateVolatileTypeRegisterResult",
    "CrmEntityMergeBatchParams",
    "CrmEntityMergeBatchResult",
    "CrmEnumActivitydirectionResult",
    "CrmEnumActivitynotifytypeResult",
    "CrmEnumActivitypriorityResult",
    "CrmEnumActivitystatusResult",
    "CrmEnumActivitytypeResult",
    "CrmEnumAddresstypeResult",
    "CrmEnumContenttypeResult",
    "CrmEnumFieldsResult",
    "CrmEnumGetorderownertypesResult",
    "CrmEnumOwnertypeResult",
    "CrmEnumSettingsModeResult",
    "CrmFieldDescription",
    "CrmFieldDescriptionDefinition",
    "CrmFieldDescriptionDefinitionMode",
    "CrmFieldDescriptionDefinitionMultipleInterval",
    "CrmFieldDescriptionDefinitionMultipleType",
    "CrmFieldDescriptionDefinitionOffsetBegindateType",
    "CrmFieldDescriptionDefinitionOffsetBegindateValue",
    "CrmFieldDescriptionDefinitionOffsetClosedateType",
    "CrmFieldDescriptionDefinitionOffsetClosedateValue",
    "CrmFieldDescriptionDefinitionSingleBeforeStartDateType",
    "CrmFieldDescriptionDefinitionSingleBeforeStartDateValue",
    "CrmFieldDescriptionSettings",
    "CrmItem",
    "CrmItemAddFields",
    "CrmItemAddResult",
    "CrmItemBatchImportResult",
    "CrmItemDelivery",
    "CrmItemDetailsConfiguration",
    "CrmItemDetailsConfigurationElements",
    "CrmItemDetailsConfigurationElementsOptions",
    "CrmItemFieldsResult",
    "CrmItemFieldsResultFields",
    "CrmItemFm",
    "CrmItemGetResult",
    "CrmItemImportFields",
    "CrmItemImportResult",
    "CrmItemImportResultItem",
    "CrmItemPayment",
    "CrmItemPaymentDelivery",
    "CrmItemPaymentProduct",
    "CrmItemPaymentUpdateFields",
    "CrmItemProductrow",
    "CrmItemProductrowAddFields",
    "CrmItemProductrowAddResult",
    "CrmItemProductrowFieldsResult",
    "CrmItemProductrowFieldsResultFields",
    "CrmItemProductrowGetAvailableForPaymentResult",
    "CrmItemProductrowGetAvailableForPaymentResultProductRows",
    "CrmItemProductrowGetResult",
    "CrmItemProductrowSetProductRows",
    "CrmItemProductrowSetResult",
    "CrmItemProductrowSetResultProductRows",
    "CrmItemProductrowUpdateFields",
    "CrmItemProductrowUpdateResult",
    "CrmItemUpdateFields",
    "CrmItemUpdateResult",
    "CrmLead",
    "CrmLeadAddFields",
    "CrmLeadAddParams",
    "CrmLeadContactAddFields",
    "CrmLeadContactDeleteFields",
    "CrmLeadContactFieldsResult",
    "CrmLeadContactItems",
    "CrmLeadDetailsConfiguration",
    "CrmLeadDetailsConfigurationElements",
    "CrmLeadDetailsConfigurationForceCommonScopeForAllExtras",
    "CrmLeadDetailsConfigurationSetExtras",
    "CrmLeadFieldsResult",
    "CrmLeadIm",
    "CrmLeadPhone",
    "CrmLeadProductrowsSetRows",
    "CrmLeadUpdateFields",
    "CrmLeadUpdateParams",
    "CrmLeadUserfield",
    "CrmLeadUserfieldAddFields",
    "CrmLeadUserfieldAddFieldsList",
    "CrmLeadUserfieldAddFieldsSettings",
    "CrmLeadUserfieldEditFormLabel",
    "CrmLeadUserfieldErrorMessage",
    "CrmLeadUserfieldHelpMessage",
    "CrmLeadUserfieldList",
    "CrmLeadUserfieldListColumnLabel",
    "CrmLeadUserfieldListFilterLabel",
    "CrmLeadUserfieldSettings",
    "CrmLeadUserfieldSettingsResources",
    "CrmLeadUserfieldSettingsResourcesResource",
    "CrmLeadUserfieldSettingsResourcesResourceSections",
    "CrmLeadUserfieldSettingsSelectedResources",
    "CrmLeadUserfieldSettingsServiceList",
    "CrmLeadUserfieldUpdateFields",
    "CrmLeadUserfieldUpdateFieldsList",
    "CrmLeadUserfieldUpdateFieldsSettings",
    "CrmMeasureAddFields",
    "CrmMultifieldFieldsResult",
    "CrmOrderentity",
    "CrmOrderentityAddFields",
    "CrmOrderentityAddResult",
    "CrmOrderentityAddResultDealOrder",
    "CrmOrderentityDeleteByFilterFields",
    "CrmOrderentityGetFieldsResult",
    "CrmOrderentityGetFieldsResultOrderEntity",
    "CrmProductRow",
    "CrmQuote",
    "CrmQuoteAddFields",
    "CrmQuoteAddParams",
    "CrmQuoteContactAddFields",
    "CrmQuoteContactDeleteFields",
    "CrmQuoteContactFieldsResult",
    "CrmQuoteContactItems",
    "CrmQuoteContactItemsSetItems",
    "CrmQuoteFieldsResult",
    "CrmQuoteProductrowsSetRows",
    "CrmQuoteUpdateFields",
    "CrmQuoteUpdateParams",
    "CrmQuoteUserfield",
    "CrmQuoteUserfieldAddFields",
    "CrmQuoteUserfieldAddFieldsList",
    "CrmQuoteUserfieldAddFieldsSettings",
    "CrmQuoteUserfieldEditFormLabel",
    "CrmQuoteUserfieldErrorMessage",
    "CrmQuoteUserfieldHelpMessage",
    "CrmQuoteUserfieldList",
    "CrmQuoteUserfieldListColumnLabel",
    "CrmQuoteUserfieldListFilterLabel",
    "CrmQuoteUserfieldSettings",
    "CrmQuoteUserfieldSettingsResources",
    "CrmQuoteUserfieldSettingsResourcesResource",
    "CrmQuoteUserfieldSettingsResourcesResourceSections",
    "CrmQuoteUserfieldSettingsSelectedResources",
    "CrmQuoteUserfieldSettingsServiceList",
    "CrmQuoteUserfieldUpdateFields",
    "CrmQuoteUserfieldUpdateFieldsList",
    "CrmQuoteUserfieldUpdateFieldsSettings",
    "CrmRequisite",
    "CrmRequisiteAddFields",
    "CrmRequisiteBankdetail",
    "CrmRequisiteBankdetailAddFields",
    "CrmRequisiteBankdetailFieldsResult",
    "CrmRequisiteBankdetailUpdateFields",
    "CrmRequisiteFieldsResult",
    "CrmRequisiteLink",
    "CrmRequisiteLinkFieldsResult",
    "CrmRequisiteLinkListSelect",
    "CrmRequisiteLinkRegisterFields",
    "CrmRequisitePreset",
    "CrmRequisitePresetAddFields",
    "CrmRequisitePresetCountriesResult",
    "CrmRequisitePresetField",
    "CrmRequisitePresetFieldAddFields",
    "CrmRequisitePresetFieldFieldsResult",
    "CrmRequisitePresetFieldUpdateFields",
    "CrmRequisitePresetFieldsResult",
    "CrmRequisitePresetUpdateFields",
    "CrmRequisiteUpdateFields",
    "CrmRequisiteUserfield",
    "CrmRequisiteUserfieldAddFields",
    "CrmRequisiteUserfieldEditFormLabel",
    "CrmRequisiteUserfieldErrorMessage",
    "CrmRequisiteUserfieldHelpMessage",
    "CrmRequisiteUserfieldListColumnLabel",
    "CrmRequisiteUserfieldListFilterLabel",
    "CrmRequisiteUserfieldSettings",
    "CrmRequisiteUserfieldSettingsDefaultValue",
    "CrmRequisiteUserfieldUpdateFields",
    "CrmStagehistory",
    "CrmStatus",
    "CrmStatusAddFields",
    "CrmStatusEntityItemsResult",
    "CrmStatusEntityTypesResult",
    "CrmStatusEntityTypesResultSemanticInfo",
    "CrmStatusExtra",
    "CrmStatusFieldsResult",
    "CrmStatusUpdateFields",
    "CrmTimelineBindings",
    "CrmTimelineBindingsBindFields",
    "CrmTimelineBindingsFieldsResult",
    "CrmTimelineBindingsUnbindFields",
    "CrmTimelineComment",
    "CrmTimelineCommentAddFields",
    "CrmTimelineCommentFieldsResult",
    "CrmTimelineCommentUpdateFields",
    "CrmTimelineIcon",
    "CrmTimelineIconAddResult",
    "CrmTimelineIconGetResult",
    "CrmTimelineLayoutBlocks",
    "CrmTimelineLayoutBlocksBlocks",
    "CrmTimelineLayoutBlocksBlocksBlock1",
    "CrmTimelineLayoutBlocksBlocksBlock1Properties",
    "CrmTimelineLayoutBlocksBlocksBlock2",
    "CrmTimelineLayoutBlocksBlocksBlock2Properties",
    "CrmTimelineLayoutBlocksBlocksBlock3",
    "CrmTimelineLayoutBlocksBlocksBlock3Properties",
    "CrmTimelineLayoutBlocksBlocksBlock3PropertiesAction",
    "CrmTimelineLayoutBlocksBlocksBlock4",
    "CrmTimelineLayoutBlocksBlocksBlock4Properties",
    "CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlock",
    "CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlockProperties",
    "CrmTimelineLayoutBlocksDeleteResult",
    "CrmTimelineLayoutBlocksGetResult",
    "CrmTimelineLayoutBlocksSetResult",
    "CrmTimelineLogmessage",
    "CrmTimelineLogmessageAddFields",
    "CrmTimelineLogmessageAddResult",
    "CrmTimelineLogmessageGetResult",
    "CrmTimelineLogo",
    "CrmTimelineLogoAddResult",
    "CrmTimelineLogoGetResult",
    "CrmTimelineNote",
    "CrmTrackingTraceAddEntities",
    "CrmType",
    "CrmTypeAddFields",
    "CrmTypeAddFieldsRelations",
    "CrmTypeAddResult",
    "CrmTypeFieldsResult",
    "CrmTypeFieldsResultFields",
    "CrmTypeGetByEntityTypeIdResult",
    "CrmTypeGetResult",
    "CrmTypeLinkedUserFields",
    "CrmTypeRelations",
    "CrmTypeRelationsChild",
    "CrmTypeRelationsParent",
    "CrmTypeUpdateFields",
    "CrmTypeUpdateResult",
    "CrmUserfieldEnumerationFieldsResult",
    "CrmUserfieldEnumerationFieldsResultDef",
    "CrmUserfieldEnumerationFieldsResultDel",
    "CrmUserfieldEnumerationFieldsResultId",
    "CrmUserfieldEnumerationFieldsResultSort",
    "CrmUserfieldEnumerationFieldsResultValue",
    "CrmUserfieldFieldsResult",
    "CrmUserfieldFieldsResultEditFormLabel",
    "CrmUserfieldFieldsResultEditInList",
    "CrmUserfieldFieldsResultEntityId",
    "CrmUserfieldFieldsResultErrorMessage",
    "CrmUserfieldFieldsResultFieldName",
    "CrmUserfieldFieldsResultHelpMessage",
    "CrmUserfieldFieldsResultId",
    "CrmUserfieldFieldsResultIsSearchable",
    "CrmUserfieldFieldsResultList",
    "CrmUserfieldFieldsResultListColumnLabel",
    "CrmUserfieldFieldsResultListFilterLabel",
    "CrmUserfieldFieldsResultMandatory",
    "CrmUserfieldFieldsResultMultiple",
    "CrmUserfieldFieldsResultSettings",
    "CrmUserfieldFieldsResultShowFilter",
    "CrmUserfieldFieldsResultShowInList",
    "CrmUserfieldFieldsResultSort",
    "CrmUserfieldFieldsResultUserTypeId",
    "CrmUserfieldFieldsResultXmlId",
    "CrmUserfieldSettingsFieldsResult",
    "CrmUserfieldSettingsFieldsResultDefaultValue",
    "CrmUserfieldSettingsFieldsResultPrecision",
    "CrmUserfieldTypesResult",
    "CrmVat",
    "CrmVatAddFields",
    "CrmVatFieldsResult",
    "CrmVatUpdateFields",
]


class CrmActivityCommunicationsEntitySettings(TypedDict, total=False):
    """Keys of ``COMMUNICATIONS.ENTITY_SETTINGS`` in ``CrmActivity``."""

    HONORIFIC: str
    NAME: str
    SECOND_NAME: str
    LAST_NAME: str
    COMPANY_TITLE: str
    COMPANY_ID: str


class CrmActivityCommunications(TypedDict, total=False):
    """Keys of ``COMMUNICATIONS`` in ``CrmActivity``."""

    ID: str
    TYPE: str
    VALUE: str
    ENTITY_ID: str
    ENTITY_TYPE_ID: str
    ENTITY_SETTINGS: CrmActivityCommunicationsEntitySettings


class CrmActivityFiles(TypedDict, total=False):
    """Keys of ``FILES`` in ``CrmActivity``."""

    id: int
    url: str


class CrmActivity(TypedDict, total=False):
    """Crm activity, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-get.html
    """

    ID: str
    OWNER_ID: str
    OWNER_TYPE_ID: str
    TYPE_ID: str
    PROVIDER_ID: str
    PROVIDER_TYPE_ID: str
    PROVIDER_GROUP_ID: Any
    ASSOCIATED_ENTITY_ID: str
    SUBJECT: str
    CREATED: str
    LAST_UPDATED: str
    START_TIME: str
    END_TIME: str
    DEADLINE: str
    COMPLETED: str
    STATUS: str
    RESPONSIBLE_ID: str
    PRIORITY: str
    NOTIFY_TYPE: str
    NOTIFY_VALUE: str
    DESCRIPTION: str
    DESCRIPTION_TYPE: str
    DIRECTION: str
    LOCATION: str
    SETTINGS: list[Any]
    ORIGINATOR_ID: Any
    ORIGIN_ID: Any
    AUTHOR_ID: str
    EDITOR_ID: str
    PROVIDER_PARAMS: list[Any]
    PROVIDER_DATA: Any
    RESULT_MARK: str
    RESULT_VALUE: Any
    RESULT_SUM: Any
    RESULT_CURRENCY_ID: Any
    RESULT_STATUS: str
    RESULT_STREAM: str
    RESULT_SOURCE_ID: Any
    AUTOCOMPLETE_RULE: str
    COMMUNICATIONS: list[CrmActivityCommunications]
    FILES: list[CrmActivityFiles]


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
    COMPLETED: Literal["Y", "N"]


class CrmActivityBadge(TypedDict, total=False):
    """Crm activity badge, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.html
    """

    code: str
    title: str
    value: str
    type: str


class CrmActivityBadgeAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.add``."""

    badge: Required[CrmActivityBadge]


class CrmActivityBadgeGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.get``."""

    badge: Required[CrmActivityBadge]


class CrmActivityBadgeListResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.list``."""

    badges: Required[list[CrmActivityBadge]]


class CrmActivityBinding(TypedDict, total=False):
    """Crm activity binding, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-list.html
    """

    entityTypeId: int
    entityId: int


class CrmActivityCallGetTranscriptResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.call.getTranscript``."""

    transcription: Required[str]


class CrmFieldDescriptionSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``CrmFieldDescription``."""

    parentEntityTypeId: int
    isMyCompany: bool
    isEmbeddedEditorEnabled: bool


class CrmFieldDescriptionDefinitionMode(TypedDict, total=False):
    """Keys of ``definition.MODE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionSingleBeforeStartDateValue(TypedDict, total=False):
    """Keys of ``definition.SINGLE_BEFORE_START_DATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionSingleBeforeStartDateType(TypedDict, total=False):
    """Keys of ``definition.SINGLE_BEFORE_START_DATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionMultipleType(TypedDict, total=False):
    """Keys of ``definition.MULTIPLE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionMultipleInterval(TypedDict, total=False):
    """Keys of ``definition.MULTIPLE_INTERVAL`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionOffsetBegindateType(TypedDict, total=False):
    """Keys of ``definition.OFFSET_BEGINDATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionOffsetBegindateValue(TypedDict, total=False):
    """Keys of ``definition.OFFSET_BEGINDATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionOffsetClosedateType(TypedDict, total=False):
    """Keys of ``definition.OFFSET_CLOSEDATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinitionOffsetClosedateValue(TypedDict, total=False):
    """Keys of ``definition.OFFSET_CLOSEDATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str


class CrmFieldDescriptionDefinition(TypedDict, total=False):
    """Keys of ``definition`` in ``CrmFieldDescription``."""

    MODE: CrmFieldDescriptionDefinitionMode
    SINGLE_BEFORE_START_DATE_VALUE: (
        CrmFieldDescriptionDefinitionSingleBeforeStartDateValue
    )
    SINGLE_BEFORE_START_DATE_TYPE: (
        CrmFieldDescriptionDefinitionSingleBeforeStartDateType
    )
    MULTIPLE_TYPE: CrmFieldDescriptionDefinitionMultipleType
    MULTIPLE_INTERVAL: CrmFieldDescriptionDefinitionMultipleInterval
    OFFSET_BEGINDATE_TYPE: CrmFieldDescriptionDefinitionOffsetBegindateType
    OFFSET_BEGINDATE_VALUE: CrmFieldDescriptionDefinitionOffsetBegindateValue
    OFFSET_CLOSEDATE_TYPE: CrmFieldDescriptionDefinitionOffsetClosedateType
    OFFSET_CLOSEDATE_VALUE: CrmFieldDescriptionDefinitionOffsetClosedateValue


class CrmFieldDescription(TypedDict, total=False):
    """Crm field description, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html
    """

    type: str
    isRequired: bool
    isReadOnly: bool
    isImmutable: bool
    isMultiple: bool
    isDynamic: bool
    title: str
    upperName: str
    statusType: str | list[str]
    settings: CrmFieldDescriptionSettings
    isDeprecated: bool
    MODE: str
    MULTIPLE_TYPE: str
    MULTIPLE_INTERVAL: int
    SINGLE_BEFORE_START_DATE_TYPE: str
    SINGLE_BEFORE_START_DATE_VALUE: int
    OFFSET_BEGINDATE_TYPE: str
    OFFSET_BEGINDATE_VALUE: int
    OFFSET_CLOSEDATE_TYPE: str
    OFFSET_CLOSEDATE_VALUE: int
    definition: CrmFieldDescriptionDefinition
    size: str


class CrmActivityCommunicationFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.communication.fields``."""

    ID: CrmFieldDescription
    ACTIVITY_ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    ENTITY_TYPE_ID: CrmFieldDescription
    TYPE: CrmFieldDescription
    VALUE: CrmFieldDescription


class CrmActivityConfigurableAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.configurable.add``."""

    typeId: str
    completed: bool
    deadline: datetime.datetime | str
    pingOffsets: Sequence[int]
    isIncomingChannel: Literal["Y", "N"]
    responsibleId: int
    badgeCode: str
    originatorId: str
    originId: str


class CrmActivityConfigurableAddResultActivity(TypedDict, total=False):
    """Keys of ``result.activity`` in ``crm.activity.configurable.add``."""

    id: int


class CrmActivityConfigurableAddResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``crm.activity.configurable.add``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating: int


class CrmActivityConfigurableAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.configurable.add``."""

    activity: CrmActivityConfigurableAddResultActivity
    time: CrmActivityConfigurableAddResultTime


class CrmActivityConfigurableUpdateResultActivity(TypedDict, total=False):
    """Keys of ``result.activity`` in ``crm.activity.configurable.update``."""

    id: int


class CrmActivityConfigurableUpdateResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``crm.activity.configurable.update``."""

    start: float
    finish: float
    duration: float
    processing: float
    date_start: str
    date_finish: str
    operating: int


class CrmActivityConfigurableUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.configurable.update``."""

    activity: CrmActivityConfigurableUpdateResultActivity
    time: CrmActivityConfigurableUpdateResultTime


class CrmActivityFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.fields``."""

    ID: CrmFieldDescription
    OWNER_ID: CrmFieldDescription
    OWNER_TYPE_ID: CrmFieldDescription
    TYPE_ID: CrmFieldDescription
    ASSOCIATED_ENTITY_ID: CrmFieldDescription
    AUTHOR_ID: CrmFieldDescription
    AUTOCOMPLETE_RULE: CrmFieldDescription
    BINDINGS: CrmFieldDescription
    COMMUNICATIONS: CrmFieldDescription
    COMPLETED: CrmFieldDescription
    CREATED: CrmFieldDescription
    DEADLINE: CrmFieldDescription
    DESCRIPTION: CrmFieldDescription
    DESCRIPTION_TYPE: CrmFieldDescription
    DIRECTION: CrmFieldDescription
    EDITOR_ID: CrmFieldDescription
    END_TIME: CrmFieldDescription
    FILES: CrmFieldDescription
    LAST_UPDATED: CrmFieldDescription
    LOCATION: CrmFieldDescription
    NOTIFY_TYPE: CrmFieldDescription
    NOTIFY_VALUE: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription
    ORIGIN_ID: CrmFieldDescription
    ORIGIN_VERSION: str
    PRIORITY: CrmFieldDescription
    PROVIDER_DATA: CrmFieldDescription
    PROVIDER_GROUP_ID: CrmFieldDescription
    PROVIDER_ID: CrmFieldDescription
    PROVIDER_TYPE_ID: CrmFieldDescription
    PROVIDER_PARAMS: CrmFieldDescription
    RESPONSIBLE_ID: CrmFieldDescription
    RESULT_CURRENCY_ID: CrmFieldDescription
    RESULT_MARK: CrmFieldDescription
    RESULT_SOURCE_ID: CrmFieldDescription
    RESULT_STATUS: CrmFieldDescription
    RESULT_STREAM: CrmFieldDescription
    RESULT_SUM: CrmFieldDescription
    RESULT_VALUE: CrmFieldDescription
    SETTINGS: CrmFieldDescription
    START_TIME: CrmFieldDescription
    STATUS: CrmFieldDescription
    SUBJECT: CrmFieldDescription
    WEBDAV_ELEMENTS: CrmFieldDescription
    IS_INCOMING_CHANNEL: CrmFieldDescription


class CrmActivityTodoAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.add``."""

    id: Required[int]


class CrmActivityTodoUpdateColorResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateColor``."""

    id: Required[int]


class CrmActivityTodoUpdateDeadlineResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateDeadline``."""

    id: Required[int]


class CrmActivityTodoUpdateDescriptionResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateDescription``."""

    id: Required[int]


class CrmActivityTodoUpdateResponsibleUserResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateResponsibleUser``."""

    id: Required[int]


class CrmActivityTodoUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.update``."""

    id: Required[int]


class CrmActivityType(TypedDict, total=False):
    """Crm activity type, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-list.html
    """

    TYPE_ID: str
    NAME: str
    IS_CONFIGURABLE_TYPE: str
    ICON_ID: str


class CrmActivityTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.type.add``."""

    TYPE_ID: Required[str]
    NAME: str
    ICON_FILE: str
    IS_CONFIGURABLE_TYPE: Literal["Y", "N"]


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


class CrmAddress(TypedDict, total=False):
    """Crm address, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-list.html
    """

    TYPE_ID: str
    ENTITY_TYPE_ID: str
    ENTITY_ID: str
    ADDRESS_1: str
    ADDRESS_2: str
    CITY: str
    POSTAL_CODE: str
    REGION: str
    PROVINCE: str
    COUNTRY: str
    COUNTRY_CODE: Any
    LOC_ADDR_ID: str
    ANCHOR_TYPE_ID: str
    ANCHOR_ID: str


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


class CrmAddressFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.address.fields``."""

    TYPE_ID: CrmFieldDescription
    ENTITY_TYPE_ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    ADDRESS_1: CrmFieldDescription
    ADDRESS_2: CrmFieldDescription
    CITY: CrmFieldDescription
    POSTAL_CODE: CrmFieldDescription
    REGION: CrmFieldDescription
    PROVINCE: CrmFieldDescription
    COUNTRY: CrmFieldDescription
    COUNTRY_CODE: CrmFieldDescription
    LOC_ADDR_ID: CrmFieldDescription
    ANCHOR_TYPE_ID: CrmFieldDescription
    ANCHOR_ID: CrmFieldDescription


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


class CrmAutomatedsolution(TypedDict, total=False):
    """Crm automatedsolution, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html
    """

    id: int
    title: str
    typeIds: list[int]


class CrmAutomatedsolutionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.add``."""

    title: Required[str]
    typeIds: Sequence[int]


class CrmAutomatedsolutionAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.add``."""

    automatedSolution: Required[CrmAutomatedsolution]


class CrmAutomatedsolutionFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.fields``."""

    id: CrmFieldDescription
    title: CrmFieldDescription
    typeIds: CrmFieldDescription


class CrmAutomatedsolutionGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.get``."""

    automatedSolution: Required[CrmAutomatedsolution]


class CrmAutomatedsolutionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.update``."""

    title: str
    typeIds: Sequence[int]


class CrmAutomatedsolutionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.update``."""

    automatedSolution: Required[CrmAutomatedsolution]


class CrmCalllist(TypedDict, total=False):
    """Crm calllist, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-get.html
    """

    ID: str
    DATE_CREATE: str
    CREATED_BY_ID: str
    WEBFORM_ID: str
    ENTITY_TYPE_ID: str
    ENTITY_TYPE: str


class CrmCalllistItems(TypedDict, total=False):
    """Crm calllist items, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-items-get.html
    """

    ID: int
    STATUS: str
    ENTITY_TYPE: int


class CrmCalllistStatuslistResult(TypedDict, total=False):
    """Keys of the result of ``crm.calllist.statuslist``."""

    ID: int
    NAME: str
    SORT: int
    STATUS_ID: str


class CrmCategory(TypedDict, total=False):
    """Crm category, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-get.html
    """

    id: int
    name: str
    sort: int
    entityTypeId: int
    isDefault: str
    originId: str
    originatorId: str


class CrmCategoryAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.add``."""

    name: Required[str]
    sort: int
    isDefault: Literal["Y", "N"]


class CrmCategoryAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.add``."""

    category: Required[CrmCategory]


class CrmCategoryFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.category.fields``."""

    id: CrmFieldDescription
    name: CrmFieldDescription
    sort: CrmFieldDescription
    entityTypeId: CrmFieldDescription
    isDefault: CrmFieldDescription
    originId: CrmFieldDescription
    originatorId: CrmFieldDescription


class CrmCategoryFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.fields``."""

    fields: Required[CrmCategoryFieldsResultFields]


class CrmCategoryGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.get``."""

    category: Required[CrmCategory]


class CrmCategoryUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.update``."""

    name: str
    sort: int
    isDefault: Literal["Y", "N"]


class CrmCategoryUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.update``."""

    category: Required[CrmCategory]


class CrmCompanyPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmCompany``."""

    ID: str
    VALUE_TYPE: str
    VALUE: str
    TYPE_ID: str


class CrmCompany(TypedDict, total=False):
    """Crm company, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html
    """

    ID: str
    COMPANY_TYPE: str
    TITLE: str
    LOGO: Any
    LEAD_ID: Any
    HAS_PHONE: str
    HAS_EMAIL: str
    HAS_IMOL: str
    ASSIGNED_BY_ID: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: str
    BANKING_DETAILS: str
    INDUSTRY: str
    REVENUE: str
    CURRENCY_ID: str
    EMPLOYEES: str
    COMMENTS: str
    DATE_CREATE: str
    DATE_MODIFY: str
    OPENED: str
    IS_MY_COMPANY: str
    ORIGINATOR_ID: Any
    ORIGIN_ID: Any
    ORIGIN_VERSION: Any
    ADDRESS: Any
    ADDRESS_2: Any
    ADDRESS_CITY: Any
    ADDRESS_POSTAL_CODE: Any
    ADDRESS_REGION: Any
    ADDRESS_PROVINCE: Any
    ADDRESS_COUNTRY: Any
    ADDRESS_COUNTRY_CODE: Any
    ADDRESS_LOC_ADDR_ID: Any
    ADDRESS_LEGAL: Any
    REG_ADDRESS: Any
    REG_ADDRESS_2: Any
    REG_ADDRESS_CITY: Any
    REG_ADDRESS_POSTAL_CODE: Any
    REG_ADDRESS_REGION: Any
    REG_ADDRESS_PROVINCE: Any
    REG_ADDRESS_COUNTRY: Any
    REG_ADDRESS_COUNTRY_CODE: Any
    REG_ADDRESS_LOC_ADDR_ID: Any
    UTM_SOURCE: Any
    UTM_MEDIUM: Any
    UTM_CAMPAIGN: Any
    UTM_CONTENT: Any
    UTM_TERM: Any
    LAST_ACTIVITY_BY: str
    LAST_ACTIVITY_TIME: str
    LAST_COMMUNICATION_TIME: Any
    PHONE: list[CrmCompanyPhone]


class CrmCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.add``."""

    TITLE: str
    COMPANY_TYPE: str
    INDUSTRY: str
    EMPLOYEES: str
    CURRENCY_ID: str
    REVENUE: float
    LOGO: dict[str, Any]
    OPENED: Literal["Y", "N"]
    ASSIGNED_BY_ID: int
    COMMENTS: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    UTM_SOURCE: str
    UTM_MEDIUM: Literal["CPC", "CPM"]
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    IS_MY_COMPANY: Literal["Y", "N"]


class CrmCompanyContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.add``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmCompanyContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmCompanyContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.company.contact.fields``."""

    SORT: CrmFieldDescription
    IS_PRIMARY: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription


class CrmCompanyContactItems(TypedDict, total=False):
    """Crm company contact items, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-get.html
    """

    CONTACT_ID: int
    SORT: int
    ROLE_ID: int
    IS_PRIMARY: str


class CrmCompanyContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.company.contact.items.set``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmCompanyDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmCompanyDetailsConfiguration``."""

    defaultCountry: str


class CrmCompanyDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmCompanyDetailsConfiguration``."""

    name: str
    optionFlags: str
    options: CrmCompanyDetailsConfigurationElementsOptions


class CrmCompanyDetailsConfiguration(TypedDict, total=False):
    """Crm company details configuration, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-get.html
    """

    name: str
    title: str
    type: str
    elements: list[CrmCompanyDetailsConfigurationElements]


class CrmCompanyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.company.fields``."""

    ID: CrmFieldDescription
    TITLE: CrmFieldDescription
    COMPANY_TYPE: CrmFieldDescription
    LOGO: CrmFieldDescription
    ADDRESS: CrmFieldDescription
    BANKING_DETAILS: CrmFieldDescription
    INDUSTRY: CrmFieldDescription
    EMPLOYEES: CrmFieldDescription
    CURRENCY_ID: CrmFieldDescription
    REVENUE: CrmFieldDescription
    OPENED: CrmFieldDescription
    COMMENTS: CrmFieldDescription
    HAS_PHONE: CrmFieldDescription
    HAS_EMAIL: CrmFieldDescription
    HAS_IMOL: CrmFieldDescription
    IS_MY_COMPANY: CrmFieldDescription
    ASSIGNED_BY_ID: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription
    LEAD_ID: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription
    ORIGIN_ID: CrmFieldDescription
    ORIGIN_VERSION: CrmFieldDescription
    UTM_SOURCE: CrmFieldDescription
    UTM_MEDIUM: CrmFieldDescription
    UTM_CAMPAIGN: CrmFieldDescription
    UTM_CONTENT: CrmFieldDescription
    UTM_TERM: CrmFieldDescription
    LAST_ACTIVITY_TIME: CrmFieldDescription
    LAST_ACTIVITY_BY: CrmFieldDescription
    LAST_COMMUNICATION_TIME: CrmFieldDescription
    PHONE: CrmFieldDescription
    EMAIL: CrmFieldDescription
    WEB: CrmFieldDescription
    IM: CrmFieldDescription
    LINK: CrmFieldDescription
    ADDRESS_2: CrmFieldDescription
    ADDRESS_CITY: CrmFieldDescription
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    ADDRESS_REGION: CrmFieldDescription
    ADDRESS_PROVINCE: CrmFieldDescription
    ADDRESS_COUNTRY: CrmFieldDescription
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    ADDRESS_LEGAL: CrmFieldDescription
    REG_ADDRESS: CrmFieldDescription
    REG_ADDRESS_2: CrmFieldDescription
    REG_ADDRESS_CITY: CrmFieldDescription
    REG_ADDRESS_POSTAL_CODE: CrmFieldDescription
    REG_ADDRESS_REGION: CrmFieldDescription
    REG_ADDRESS_PROVINCE: CrmFieldDescription
    REG_ADDRESS_COUNTRY: CrmFieldDescription
    REG_ADDRESS_COUNTRY_CODE: CrmFieldDescription
    REG_ADDRESS_LOC_ADDR_ID: CrmFieldDescription


class CrmCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.update``."""

    TITLE: str
    COMPANY_TYPE: str
    LOGO: tuple[str, str]
    INDUSTRY: str
    EMPLOYEES: str
    CURRENCY_ID: str
    REVENUE: float
    OPENED: Literal["Y", "N"]
    COMMENTS: str
    ASSIGNED_BY_ID: int
    CONTACT_ID: int
    ORIGINATOR_ID: str
    ORIGIN_ID: str
    ORIGIN_VERSION: str
    UTM_SOURCE: str
    UTM_MEDIUM: Literal["CPC", "CPM"]
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    PHONE: Sequence[dict[str, Any]]
    EMAIL: Sequence[dict[str, Any]]
    WEB: Sequence[dict[str, Any]]
    IM: Sequence[dict[str, Any]]
    LINK: Sequence[dict[str, Any]]


class CrmCompanyUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmCompanyUserfield``."""

    ID: str
    CAL_TYPE: str
    NAME: str


class CrmCompanyUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmCompanyUserfield``."""

    XML_ID: str
    NAME: str
    SECTIONS: list[CrmCompanyUserfieldSettingsResourcesResourceSections]


class CrmCompanyUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmCompanyUserfield``."""

    resource: CrmCompanyUserfieldSettingsResourcesResource


class CrmCompanyUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmCompanyUserfield``."""

    type: str
    id: str
    title: str


class CrmCompanyUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmCompanyUserfield``."""

    name: str
    duration: str


class CrmCompanyUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmCompanyUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str
    ENTITY_TYPE: str
    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str
    LIST_WIDTH: int
    MAX_SHOW_SIZE: int
    MAX_ALLOWED_SIZE: int
    EXTENSIONS: list[Any]
    TARGET_BLANK: str
    USE_USERS: str
    USE_RESOURCES: str
    RESOURCES: CrmCompanyUserfieldSettingsResources
    SELECTED_RESOURCES: list[CrmCompanyUserfieldSettingsSelectedResources]
    SELECTED_USERS: list[Any]
    FULL_DAY: str
    ALLOW_OVERBOOKING: str
    USE_SERVICES: str
    SERVICE_LIST: list[CrmCompanyUserfieldSettingsServiceList]
    RESOURCE_LIMIT: int
    TIMEZONE: str
    USE_USER_TIMEZONE: str


CrmCompanyUserfieldEditFormLabel = TypedDict(
    "CrmCompanyUserfieldEditFormLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmCompanyUserfieldListColumnLabel = TypedDict(
    "CrmCompanyUserfieldListColumnLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmCompanyUserfieldListFilterLabel = TypedDict(
    "CrmCompanyUserfieldListFilterLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmCompanyUserfieldErrorMessage = TypedDict(
    "CrmCompanyUserfieldErrorMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmCompanyUserfieldHelpMessage = TypedDict(
    "CrmCompanyUserfieldHelpMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


class CrmCompanyUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``CrmCompanyUserfield``."""

    ID: str
    SORT: str
    VALUE: str
    DEF: str
    XML_ID: str


class CrmCompanyUserfield(TypedDict, total=False):
    """Crm company userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmCompanyUserfieldSettings
    EDIT_FORM_LABEL: CrmCompanyUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmCompanyUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmCompanyUserfieldListFilterLabel | str
    ERROR_MESSAGE: CrmCompanyUserfieldErrorMessage | str | None
    HELP_MESSAGE: CrmCompanyUserfieldHelpMessage | str | None
    LIST: list[CrmCompanyUserfieldList]


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
    DEF: Literal["Y", "N"]
    XML_ID: str


class CrmCompanyUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.userfield.add``."""

    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "boolean",
            "datetime",
            "date",
            "money",
            "url",
            "address",
            "enumeration",
            "file",
            "employee",
            "crm_status",
            "iblock_section",
            "iblock_element",
            "crm",
        ]
    ]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SETTINGS: CrmCompanyUserfieldAddFieldsSettings
    LIST: Sequence[CrmCompanyUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
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

    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    XML_ID: str
    SETTINGS: CrmCompanyUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmCompanyUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmContactPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmContact``."""

    ID: str
    VALUE_TYPE: str
    VALUE: str
    TYPE_ID: str


class CrmContactEmail(TypedDict, total=False):
    """Keys of ``EMAIL`` in ``CrmContact``."""

    ID: str
    VALUE_TYPE: str
    VALUE: str
    TYPE_ID: str


class CrmContact(TypedDict, total=False):
    """Crm contact, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html
    """

    ID: str
    POST: str
    COMMENTS: str
    HONORIFIC: str
    NAME: str
    SECOND_NAME: str
    LAST_NAME: str
    PHOTO: Any
    LEAD_ID: Any
    TYPE_ID: str
    SOURCE_ID: str
    SOURCE_DESCRIPTION: str
    COMPANY_ID: str
    BIRTHDATE: str
    EXPORT: str
    HAS_PHONE: str
    HAS_EMAIL: str
    HAS_IMOL: str
    DATE_CREATE: str
    DATE_MODIFY: str
    ASSIGNED_BY_ID: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: str
    OPENED: str
    ORIGINATOR_ID: Any
    ORIGIN_ID: Any
    ORIGIN_VERSION: Any
    FACE_ID: Any
    LAST_ACTIVITY_TIME: str
    ADDRESS: Any
    ADDRESS_2: Any
    ADDRESS_CITY: Any
    ADDRESS_POSTAL_CODE: Any
    ADDRESS_REGION: Any
    ADDRESS_PROVINCE: Any
    ADDRESS_COUNTRY: Any
    ADDRESS_LOC_ADDR_ID: Any
    UTM_SOURCE: str
    UTM_MEDIUM: str
    UTM_CAMPAIGN: str
    UTM_CONTENT: str
    UTM_TERM: str
    LAST_ACTIVITY_BY: str
    PHONE: list[CrmContactPhone]
    EMAIL: list[CrmContactEmail]


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
    OPENED: Literal["Y", "N"]
    EXPORT: Literal["Y", "N"]
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    COMPANY_IDS: Sequence[int]
    UTM_SOURCE: str
    UTM_MEDIUM: Literal["CPC", "CPM"]
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
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmContactCompanyDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.company.delete``."""

    COMPANY_ID: Required[int]


class CrmContactCompanyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.contact.company.fields``."""

    SORT: CrmFieldDescription
    IS_PRIMARY: CrmFieldDescription
    COMPANY_ID: CrmFieldDescription


class CrmContactCompanyItems(TypedDict, total=False):
    """Crm contact company items, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html
    """

    COMPANY_ID: int
    SORT: int
    ROLE_ID: int
    IS_PRIMARY: str


class CrmContactCompanyItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.contact.company.items.set``."""

    COMPANY_ID: Required[int]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmContactDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmContactDetailsConfiguration``."""

    defaultCountry: str


class CrmContactDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmContactDetailsConfiguration``."""

    name: str
    optionFlags: str
    options: CrmContactDetailsConfigurationElementsOptions


class CrmContactDetailsConfiguration(TypedDict, total=False):
    """Crm contact details configuration, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html
    """

    name: str
    title: str
    type: str
    elements: list[CrmContactDetailsConfigurationElements]


class CrmContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.contact.fields``."""

    ID: CrmFieldDescription
    HONORIFIC: CrmFieldDescription
    NAME: CrmFieldDescription
    SECOND_NAME: CrmFieldDescription
    LAST_NAME: CrmFieldDescription
    PHOTO: CrmFieldDescription
    BIRTHDATE: CrmFieldDescription
    TYPE_ID: CrmFieldDescription
    SOURCE_ID: CrmFieldDescription
    SOURCE_DESCRIPTION: CrmFieldDescription
    POST: CrmFieldDescription
    COMMENTS: CrmFieldDescription
    OPENED: CrmFieldDescription
    EXPORT: CrmFieldDescription
    HAS_PHONE: CrmFieldDescription
    HAS_EMAIL: CrmFieldDescription
    HAS_IMOL: CrmFieldDescription
    ASSIGNED_BY_ID: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    COMPANY_ID: CrmFieldDescription
    COMPANY_IDS: CrmFieldDescription
    LEAD_ID: CrmFieldDescription
    UTM_SOURCE: CrmFieldDescription
    UTM_MEDIUM: CrmFieldDescription
    UTM_CAMPAIGN: CrmFieldDescription
    UTM_CONTENT: CrmFieldDescription
    UTM_TERM: CrmFieldDescription
    LAST_ACTIVITY_TIME: CrmFieldDescription
    LAST_ACTIVITY_BY: CrmFieldDescription
    PHONE: CrmFieldDescription
    EMAIL: CrmFieldDescription
    WEB: CrmFieldDescription
    IM: CrmFieldDescription
    LINK: CrmFieldDescription
    ADDRESS: CrmFieldDescription
    ADDRESS_2: CrmFieldDescription
    ADDRESS_CITY: CrmFieldDescription
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    ADDRESS_REGION: CrmFieldDescription
    ADDRESS_PROVINCE: CrmFieldDescription
    ADDRESS_COUNTRY: CrmFieldDescription
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription
    ORIGIN_ID: CrmFieldDescription
    ORIGIN_VERSION: CrmFieldDescription


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
    OPENED: Literal["Y", "N"]
    EXPORT: Literal["Y", "N"]
    ASSIGNED_BY_ID: int
    COMPANY_ID: int
    COMPANY_IDS: Sequence[int]
    UTM_SOURCE: str
    UTM_MEDIUM: Literal["CPC", "CPM"]
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

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    REGISTER_HISTORY_EVENT: Literal["Y", "N"]


class CrmContactUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``CrmContactUserfield``."""

    VALUE: str
    TYPE: str


class CrmContactUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmContactUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str | CrmContactUserfieldSettingsDefaultValue | int
    SHOW_MAP: str
    CONTACT: str
    COMPANY: str
    DYNAMIC_1224: str
    DYNAMIC_1226: str
    DYNAMIC_1268: str
    DYNAMIC_1278: str
    LEAD: Any
    PRECISION: int
    MIN_VALUE: int
    MAX_VALUE: int
    LIST_WIDTH: int
    LIST_HEIGHT: int
    MAX_SHOW_SIZE: int
    MAX_ALLOWED_SIZE: int
    EXTENSIONS: list[Any]
    TARGET_BLANK: str


class CrmContactUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    br: str
    en: str
    fr: str
    id: str
    it: str
    ja: str
    la: str
    ms: str
    pl: str
    ru: str
    sc: str
    tc: str
    th: str
    tr: str
    vn: str


class CrmContactUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    br: str
    en: str
    fr: str
    id: str
    it: str
    ja: str
    la: str
    ms: str
    pl: str
    ru: str
    sc: str
    tc: str
    th: str
    tr: str
    vn: str


class CrmContactUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    br: str
    en: str
    fr: str
    id: str
    it: str
    ja: str
    la: str
    ms: str
    pl: str
    ru: str
    sc: str
    tc: str
    th: str
    tr: str
    vn: str


class CrmContactUserfield(TypedDict, total=False):
    """Crm contact userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmContactUserfieldSettings | list[Any]
    EDIT_FORM_LABEL: CrmContactUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmContactUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmContactUserfieldListFilterLabel | str
    ERROR_MESSAGE: Any
    HELP_MESSAGE: Any


class CrmContactUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.add``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmContactUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.userfield.add``."""

    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "boolean",
            "datetime",
            "date",
            "money",
            "url",
            "address",
            "enumeration",
            "file",
            "employee",
            "crm_status",
            "iblock_section",
            "iblock_element",
            "crm",
        ]
    ]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SETTINGS: CrmContactUserfieldAddFieldsSettings
    LIST: Sequence[dict[str, Any]]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: bool


class CrmContactUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.update``."""

    DEFAULT_VALUE: str
    ROWS: int
    DISPLAY: str
    LIST_HEIGHT: int


class CrmContactUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    XML_ID: str
    SETTINGS: CrmContactUserfieldUpdateFieldsSettings
    LIST: Sequence[dict[str, Any]]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmCurrencyLangEn(TypedDict, total=False):
    """Keys of ``LANG.en`` in ``CrmCurrency``."""

    FORMAT_STRING: str
    FULL_NAME: str
    DEC_POINT: str
    THOUSANDS_SEP: Any
    DECIMALS: str
    THOUSANDS_VARIANT: str
    HIDE_ZERO: str


class CrmCurrencyLangRu(TypedDict, total=False):
    """Keys of ``LANG.ru`` in ``CrmCurrency``."""

    FORMAT_STRING: str
    FULL_NAME: str
    DEC_POINT: str
    THOUSANDS_SEP: str
    DECIMALS: str
    THOUSANDS_VARIANT: str
    HIDE_ZERO: str


class CrmCurrencyLang(TypedDict, total=False):
    """Keys of ``LANG`` in ``CrmCurrency``."""

    en: CrmCurrencyLangEn
    ru: CrmCurrencyLangRu


class CrmCurrency(TypedDict, total=False):
    """Crm currency, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-get.html
    """

    CURRENCY: str
    AMOUNT_CNT: str
    AMOUNT: str
    SORT: str
    BASE: str
    FULL_NAME: str
    LID: str
    FORMAT_STRING: str
    DEC_POINT: str
    THOUSANDS_SEP: str | None
    DECIMALS: str
    DATE_UPDATE: str
    LANG: CrmCurrencyLang


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
    BASE: Literal["Y", "N"]
    AMOUNT_CNT: Required[int]
    AMOUNT: Required[float]
    SORT: int
    LANG: CrmCurrencyAddFieldsLang


class CrmCurrencyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.currency.fields``."""

    CURRENCY: CrmFieldDescription
    AMOUNT_CNT: CrmFieldDescription
    AMOUNT: CrmFieldDescription
    BASE: CrmFieldDescription
    SORT: CrmFieldDescription
    DATE_UPDATE: CrmFieldDescription
    LID: CrmFieldDescription
    FORMAT_STRING: CrmFieldDescription
    FULL_NAME: CrmFieldDescription
    DEC_POINT: CrmFieldDescription
    THOUSANDS_SEP: CrmFieldDescription
    DECIMALS: CrmFieldDescription
    LANG: CrmFieldDescription


class CrmCurrencyLocalizationsEn(TypedDict, total=False):
    """Keys of ``en`` in ``CrmCurrencyLocalizations``."""

    FORMAT_STRING: str
    FULL_NAME: str
    DEC_POINT: str
    THOUSANDS_SEP: Any
    DECIMALS: str
    THOUSANDS_VARIANT: str
    HIDE_ZERO: str


class CrmCurrencyLocalizationsRu(TypedDict, total=False):
    """Keys of ``ru`` in ``CrmCurrencyLocalizations``."""

    FORMAT_STRING: str
    FULL_NAME: str
    DEC_POINT: str
    THOUSANDS_SEP: str
    DECIMALS: str
    THOUSANDS_VARIANT: str
    HIDE_ZERO: str


class CrmCurrencyLocalizations(TypedDict, total=False):
    """Crm currency localizations, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-get.html
    """

    en: CrmCurrencyLocalizationsEn
    ru: CrmCurrencyLocalizationsRu


class CrmCurrencyLocalizationsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.currency.localizations.fields``."""

    FULL_NAME: CrmFieldDescription
    FORMAT_STRING: CrmFieldDescription
    DEC_POINT: CrmFieldDescription
    THOUSANDS_VARIANT: CrmFieldDescription
    THOUSANDS_SEP: CrmFieldDescription
    DECIMALS: CrmFieldDescription
    HIDE_ZERO: CrmFieldDescription


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
    BASE: Literal["Y", "N"]
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


class CrmDealDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmDealDetailsConfiguration``."""

    name: str
    optionFlags: str


class CrmDealDetailsConfiguration(TypedDict, total=False):
    """Crm deal details configuration, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-get.html
    """

    name: str
    title: str
    type: str
    elements: list[CrmDealDetailsConfigurationElements]


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
    TAX_INCLUDED: Literal["Y", "N"]
    MEASURE_CODE: str | int
    MEASURE_NAME: str
    SORT: int


class CrmDealRecurringParams(TypedDict, total=False):
    """Keys of ``PARAMS`` in ``CrmDealRecurring``."""

    MODE: str
    SINGLE_BEFORE_START_DATE_TYPE: Any
    SINGLE_BEFORE_START_DATE_VALUE: int
    MULTIPLE_TYPE: str
    MULTIPLE_INTERVAL: int
    OFFSET_BEGINDATE_TYPE: str
    OFFSET_BEGINDATE_VALUE: int
    OFFSET_CLOSEDATE_TYPE: str
    OFFSET_CLOSEDATE_VALUE: int


class CrmDealRecurring(TypedDict, total=False):
    """Crm deal recurring, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.html
    """

    ID: str
    DEAL_ID: str
    BASED_ID: str
    ACTIVE: str
    CATEGORY_ID: str
    IS_LIMIT: str
    COUNTER_REPEAT: Any
    LIMIT_REPEAT: Any
    LIMIT_DATE: str
    START_DATE: str
    NEXT_EXECUTION: str
    LAST_EXECUTION: str
    PARAMS: CrmDealRecurringParams
    id: str
    deal_id: str
    based_id: str
    category_id: str


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
    ACTIVE: Literal["Y", "N"]
    CATEGORY_ID: str
    IS_LIMIT: str
    LIMIT_REPEAT: int
    LIMIT_DATE: datetime.date | str
    START_DATE: datetime.date | str
    PARAMS: CrmDealRecurringAddFieldsParams


class CrmDealRecurringExposeResult(TypedDict, total=False):
    """Keys of the result of ``crm.deal.recurring.expose``."""

    DEAL_ID: Required[int]


class CrmDealRecurringFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.deal.recurring.fields``."""

    ID: CrmFieldDescription
    DEAL_ID: CrmFieldDescription
    BASED_ID: CrmFieldDescription
    ACTIVE: CrmFieldDescription
    NEXT_EXECUTION: CrmFieldDescription
    LAST_EXECUTION: CrmFieldDescription
    COUNTER_REPEAT: CrmFieldDescription
    START_DATE: CrmFieldDescription
    CATEGORY_ID: CrmFieldDescription
    IS_LIMIT: CrmFieldDescription
    LIMIT_REPEAT: CrmFieldDescription
    LIMIT_DATE: CrmFieldDescription
    PARAMS: CrmFieldDescription


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

    ACTIVE: Literal["Y", "N"]
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


class CrmDealUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmDealUserfield``."""

    ID: str
    CAL_TYPE: str
    NAME: str


class CrmDealUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmDealUserfield``."""

    XML_ID: str
    NAME: str
    SECTIONS: list[CrmDealUserfieldSettingsResourcesResourceSections]


class CrmDealUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmDealUserfield``."""

    resource: CrmDealUserfieldSettingsResourcesResource


class CrmDealUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmDealUserfield``."""

    type: str
    id: str
    title: str


class CrmDealUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmDealUserfield``."""

    name: str
    duration: str


class CrmDealUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmDealUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str
    ENTITY_TYPE: str
    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str
    LIST_WIDTH: int
    MAX_SHOW_SIZE: int
    MAX_ALLOWED_SIZE: int
    EXTENSIONS: list[Any]
    TARGET_BLANK: str
    USE_USERS: str
    USE_RESOURCES: str
    RESOURCES: CrmDealUserfieldSettingsResources
    SELECTED_RESOURCES: list[CrmDealUserfieldSettingsSelectedResources]
    SELECTED_USERS: list[Any]
    FULL_DAY: str
    ALLOW_OVERBOOKING: str
    USE_SERVICES: str
    SERVICE_LIST: list[CrmDealUserfieldSettingsServiceList]
    RESOURCE_LIMIT: int
    TIMEZONE: str
    USE_USER_TIMEZONE: str


CrmDealUserfieldEditFormLabel = TypedDict(
    "CrmDealUserfieldEditFormLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmDealUserfieldListColumnLabel = TypedDict(
    "CrmDealUserfieldListColumnLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmDealUserfieldListFilterLabel = TypedDict(
    "CrmDealUserfieldListFilterLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmDealUserfieldErrorMessage = TypedDict(
    "CrmDealUserfieldErrorMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmDealUserfieldHelpMessage = TypedDict(
    "CrmDealUserfieldHelpMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


class CrmDealUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``CrmDealUserfield``."""

    ID: str
    SORT: str
    VALUE: str
    DEF: str
    XML_ID: str


class CrmDealUserfield(TypedDict, total=False):
    """Crm deal userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmDealUserfieldSettings
    EDIT_FORM_LABEL: CrmDealUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmDealUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmDealUserfieldListFilterLabel | str
    ERROR_MESSAGE: CrmDealUserfieldErrorMessage | str | None
    HELP_MESSAGE: CrmDealUserfieldHelpMessage | str | None
    LIST: list[CrmDealUserfieldList]


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
    DEF: Literal["Y", "N"]
    XML_ID: str


class CrmDealUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.userfield.add``."""

    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "boolean",
            "datetime",
            "date",
            "money",
            "url",
            "address",
            "enumeration",
            "file",
            "employee",
            "crm_status",
            "iblock_section",
            "iblock_element",
            "crm",
        ]
    ]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SETTINGS: CrmDealUserfieldAddFieldsSettings
    LIST: Sequence[CrmDealUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
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

    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    XML_ID: str
    SETTINGS: CrmDealUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmDealUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmDocumentgeneratorDocumentProducts(TypedDict, total=False):
    """Keys of ``products`` in ``CrmDocumentgeneratorDocument``."""

    currencyId: str
    totalSum: str
    totalRows: int


class CrmDocumentgeneratorDocumentValues(TypedDict, total=False):
    """Keys of ``values`` in ``CrmDocumentgeneratorDocument``."""

    productsTableVariant: str
    _creationMethod: str
    stampsEnabled: bool
    DocumentNumber: str


class CrmDocumentgeneratorDocument(TypedDict, total=False):
    """Crm documentgenerator document, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html
    """

    id: str | int
    title: str
    number: str
    createTime: str
    updateTime: str
    createdBy: str | int | None
    updatedBy: int | str | None
    changeStampsEnabled: bool
    changeStampsDisabledReason: str
    changeQrCodeEnabled: bool
    qrCodeEnabled: bool
    changeQrCodeDisabledReason: str
    products: CrmDocumentgeneratorDocumentProducts
    stampsEnabled: bool
    downloadUrl: str
    downloadUrlMachine: str
    imageUrl: str
    imageUrlMachine: str
    pdfUrl: str
    pdfUrlMachine: str
    publicUrl: str | None
    isTransformationError: bool
    transformationErrorMessage: str
    transformationErrorCode: str
    templateId: str
    pullTag: str
    emailDiskFile: int
    entityTypeId: str
    entityId: str
    values: CrmDocumentgeneratorDocumentValues
    fileId: str
    imageId: str
    pdfId: str


class CrmDocumentgeneratorDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.add``."""

    document: Required[CrmDocumentgeneratorDocument]


class CrmDocumentgeneratorDocumentEnablepublicurlResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.enablepublicurl``."""

    publicUrl: Required[str]


class CrmDocumentgeneratorDocumentGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.get``."""

    document: Required[CrmDocumentgeneratorDocument]


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentNumber`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    value: str
    required: str
    group: list[str]
    chain: str
    default: str


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyUfLogo(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MyCompanyUfLogo`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    value: Any
    type: str
    group: list[str]
    chain: str
    default: Any


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyValue(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MY_COMPANY.value`` in ``crm.documentgenerator.document.getfields``."""

    value: str
    title: str
    selected: bool


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompany(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MY_COMPANY`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    value: list[CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyValue]
    group: list[str]


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFields(TypedDict, total=False):
    """Keys of ``result.documentFields`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    value: str | list[Any] | dict[str, Any]
    default: str
    required: str
    type: str
    group: list[Any] | dict[str, Any]
    chain: str | list[Any] | dict[str, Any]
    format: dict[str, Any]
    options: dict[str, Any]
    hideRow: str
    DocumentNumber: (
        CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber
    )
    MyCompanyUfLogo: (
        CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyUfLogo
    )
    MY_COMPANY: CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompany


class CrmDocumentgeneratorDocumentGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.getfields``."""

    documentFields: Required[CrmDocumentgeneratorDocumentGetfieldsResultDocumentFields]


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


class CrmDocumentgeneratorDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.update``."""

    document: Required[CrmDocumentgeneratorDocument]


class CrmDocumentgeneratorDocumentUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.document.upload``."""

    entityTypeId: Required[Literal[1, 2, 3, 4, 7]]
    entityId: Required[int]
    fileContent: Required[str]
    region: Required[str]
    title: Required[str]
    number: Required[str]
    pdfContent: str
    imageContent: str


class CrmDocumentgeneratorDocumentUploadResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.upload``."""

    document: Required[CrmDocumentgeneratorDocument]


class CrmDocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``CrmDocumentgeneratorNumerator``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: Any
    timezone: Any
    isDirectNumeration: bool


class CrmDocumentgeneratorNumeratorSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``CrmDocumentgeneratorNumerator``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    start: str
    step: str
    length: str
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: str


class CrmDocumentgeneratorNumerator(TypedDict, total=False):
    """Crm documentgenerator numerator, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html
    """

    id: str | int
    name: str
    template: str
    code: Any
    settings: CrmDocumentgeneratorNumeratorSettings


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


class CrmDocumentgeneratorNumeratorAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.add``."""

    numerator: Required[CrmDocumentgeneratorNumerator]


class CrmDocumentgeneratorNumeratorGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.get``."""

    numerator: Required[CrmDocumentgeneratorNumerator]


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


class CrmDocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``result.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.update``."""

    start: int
    step: int
    length: int
    padString: str
    periodicBy: Any
    timezone: Any
    isDirectNumeration: bool


class CrmDocumentgeneratorNumeratorUpdateResultSettings(TypedDict, total=False):
    """Keys of ``result.settings`` in ``crm.documentgenerator.numerator.update``."""

    start: str
    step: str
    length: str
    padString: str
    periodicBy: str
    timezone: str
    isDirectNumeration: str
    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator


class CrmDocumentgeneratorNumeratorUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.update``."""

    id: str
    name: str
    template: str
    code: str | None
    settings: CrmDocumentgeneratorNumeratorUpdateResultSettings


class CrmDocumentgeneratorTemplateUsers(TypedDict, total=False):
    """Keys of ``users`` in ``CrmDocumentgeneratorTemplate``."""

    UA: str


class CrmDocumentgeneratorTemplate(TypedDict, total=False):
    """Crm documentgenerator template, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html
    """

    id: str
    name: str
    region: str
    code: Any
    download: str
    downloadMachine: str
    active: str
    moduleId: str
    numeratorId: str
    withStamps: str
    users: CrmDocumentgeneratorTemplateUsers
    isDeleted: str
    sort: str
    entityTypeId: list[str]
    createTime: str
    updateTime: str
    templates: dict[str, Any]


class CrmDocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.template.add``."""

    name: Required[str]
    file: Required[tuple[str, str]]
    numeratorId: Required[int]
    region: Required[str]
    entityTypeId: Required[Sequence[str]]
    users: Sequence[str]
    active: Literal["Y", "N"]
    withStamps: Literal["Y", "N"]
    sort: int


class CrmDocumentgeneratorTemplateAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.add``."""

    template: Required[CrmDocumentgeneratorTemplate]


class CrmDocumentgeneratorTemplateGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.get``."""

    template: Required[CrmDocumentgeneratorTemplate]


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentNumber`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    value: str
    required: str
    group: list[str]
    chain: str
    default: str


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyUfLogo(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MyCompanyUfLogo`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    value: Any
    type: str
    group: list[str]
    chain: str
    default: Any


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyValue(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MY_COMPANY.value`` in ``crm.documentgenerator.template.getfields``."""

    value: str
    title: str
    selected: bool


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompany(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MY_COMPANY`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    value: list[CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyValue]
    group: list[str]


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFields(TypedDict, total=False):
    """Keys of ``result.templateFields`` in ``crm.documentgenerator.template.getfields``."""

    DocumentNumber: (
        CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber
    )
    MyCompanyUfLogo: (
        CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyUfLogo
    )
    MY_COMPANY: CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompany


class CrmDocumentgeneratorTemplateGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.getfields``."""

    templateFields: Required[CrmDocumentgeneratorTemplateGetfieldsResultTemplateFields]


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
    active: Literal["Y", "N"]
    withStamps: Literal["Y", "N"]
    sort: int


class CrmDocumentgeneratorTemplateUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.update``."""

    template: Required[CrmDocumentgeneratorTemplate]


class CrmDuplicateFindbycommResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.findbycomm``."""

    LEAD: list[int]
    CONTACT: list[int]
    COMPANY: list[int]


class CrmDuplicateVolatileType(TypedDict, total=False):
    """Crm duplicate volatile type, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.html
    """

    id: int
    entityTypeId: int
    fieldCode: str


class CrmDuplicateVolatileTypeFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.volatileType.fields``."""

    entityTypeId: int
    fieldCode: str
    fieldTitle: str


class CrmDuplicateVolatileTypeRegisterResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.volatileType.register``."""

    id: Required[int]


class CrmEntityMergeBatchParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.entity.mergeBatch``."""

    entityTypeId: Required[Literal[1, 2, 3, 4, 7, 31, 128]]
    entityIds: Required[Sequence[int]]


class CrmEntityMergeBatchResult(TypedDict, total=False):
    """Keys of the result of ``crm.entity.mergeBatch``."""

    STATUS: str
    ENTITY_IDS: list[int]


class CrmEnumActivitydirectionResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitydirection``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumActivitynotifytypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitynotifytype``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumActivitypriorityResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitypriority``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumActivitystatusResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitystatus``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumActivitytypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitytype``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumAddresstypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.addresstype``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumContenttypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.contenttype``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmEnumFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.fields``."""

    ID: CrmFieldDescription
    NAME: CrmFieldDescription
    SYMBOL_CODE: CrmFieldDescription
    SYMBOL_CODE_SHORT: CrmFieldDescription


class CrmEnumGetorderownertypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.getorderownertypes``."""

    attribute: str
    code: str
    id: int
    name: str


class CrmEnumOwnertypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.ownertype``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str
    SYMBOL_CODE_SHORT: str


class CrmEnumSettingsModeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.settings.mode``."""

    ID: int
    NAME: str
    SYMBOL_CODE: str | None
    SYMBOL_CODE_SHORT: str | None


class CrmItemFm(TypedDict, total=False):
    """Keys of ``fm`` in ``CrmItem``."""

    id: int
    valueType: str
    value: str
    typeId: str


class CrmItem(TypedDict, total=False):
    """Crm item, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html
    """

    assignedById: int
    createdBy: int
    createdTime: str
    entityTypeId: int
    id: int
    lastActivityBy: int
    lastActivityTime: str
    opened: str | bool
    updatedBy: int
    updatedTime: str
    utmCampaign: str | None
    utmContent: str | None
    utmMedium: str | None
    utmSource: str | None
    utmTerm: str | None
    webformId: int | None
    dateCreateShort: Any
    dateModifyShort: Any
    companyId: int
    contactId: int
    stageId: str
    isConvert: Any
    statusDescription: Any
    stageSemanticId: str
    productId: Any
    opportunity: float
    currencyId: str
    sourceId: str
    sourceDescription: str
    title: str
    name: str
    lastName: str | None
    secondName: str
    shortName: Any
    companyTitle: str
    post: str
    address: Any
    comments: str
    originatorId: Any
    originId: Any
    dateClosed: Any
    birthdate: str
    honorific: str
    hasPhone: str
    hasEmail: str
    hasImol: str
    login: Any
    isReturnCustomer: str
    searchContent: Any
    isManualOpportunity: str
    movedBy: int
    movedTime: str
    phoneMobile: str
    phoneWork: str
    phoneMailing: str
    emailHome: str
    emailWork: str
    emailMailing: str
    skype: Any
    icq: Any
    imol: str
    email: str
    phone: str
    fm: list[CrmItemFm]
    observers: list[Any] | list[int]
    contactIds: list[Any] | list[int]
    leadId: Any
    quoteId: Any
    categoryId: int
    isNew: str
    isRecurring: str
    isRepeatedApproach: str
    closed: str
    typeId: str
    taxValue: int
    probability: Any
    begindate: str
    begindateShort: Any
    closedate: str
    closedateShort: Any
    eventDate: Any
    eventDateShort: Any
    eventId: Any
    eventDescription: Any
    locationId: Any
    additionalInfo: str
    orderStage: Any
    isWork: Any
    isWon: Any
    isLose: Any
    receivedAmount: Any
    lostAmount: Any
    hasProducts: Any


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
    isManualOpportunity: Literal["Y", "N"]
    opportunity: float
    opened: Literal["Y", "N"]
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
    isReccurring: Literal["Y", "N"]
    probability: int
    taxValue: float
    quoteId: int
    begindate: str
    closedate: str
    leadId: int
    additionalInfo: str


class CrmItemAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.add``."""

    item: Required[CrmItem]


class CrmItemBatchImportResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.batchImport``."""

    items: list[Any]
    item: dict[str, Any]
    id: int


class CrmItemDelivery(TypedDict, total=False):
    """Crm item delivery, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-get.html
    """

    id: int
    accountNumber: str
    priceDelivery: float
    currency: str
    deducted: str
    dateDeducted: Any
    deliveryId: int
    deliveryName: str


class CrmItemDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmItemDetailsConfiguration``."""

    defaultCountry: str


class CrmItemDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmItemDetailsConfiguration``."""

    name: str
    optionFlags: str
    options: CrmItemDetailsConfigurationElementsOptions


class CrmItemDetailsConfiguration(TypedDict, total=False):
    """Crm item details configuration, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-get.html
    """

    name: str
    title: str
    type: str
    elements: list[CrmItemDetailsConfigurationElements]


class CrmItemFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.item.fields``."""

    id: CrmFieldDescription
    title: CrmFieldDescription
    xmlId: CrmFieldDescription
    createdTime: CrmFieldDescription
    updatedTime: CrmFieldDescription
    createdBy: CrmFieldDescription
    updatedBy: CrmFieldDescription
    assignedById: CrmFieldDescription
    opened: CrmFieldDescription
    webformId: CrmFieldDescription
    begindate: CrmFieldDescription
    closedate: CrmFieldDescription
    companyId: CrmFieldDescription
    contactId: CrmFieldDescription
    contactIds: CrmFieldDescription
    contacts: CrmFieldDescription
    observers: CrmFieldDescription
    categoryId: CrmFieldDescription
    movedTime: CrmFieldDescription
    movedBy: CrmFieldDescription
    stageId: CrmFieldDescription
    previousStageId: CrmFieldDescription
    sourceId: CrmFieldDescription
    sourceDescription: CrmFieldDescription
    currencyId: CrmFieldDescription
    isManualOpportunity: CrmFieldDescription
    opportunity: CrmFieldDescription
    taxValue: CrmFieldDescription
    mycompanyId: CrmFieldDescription
    lastActivityBy: CrmFieldDescription
    lastActivityTime: CrmFieldDescription


class CrmItemFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.fields``."""

    fields: Required[CrmItemFieldsResultFields]


class CrmItemGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.get``."""

    item: Required[CrmItem]


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
    isManualOpportunity: Literal["Y", "N"]
    opportunity: float
    opened: Literal["Y", "N"]
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
    isReccurring: Literal["Y", "N"]
    probability: int
    taxValue: float
    quoteId: int
    begindate: str
    closedate: str
    leadId: int
    additionalInfo: str


class CrmItemImportResultItem(TypedDict, total=False):
    """Keys of ``result.item`` in ``crm.item.import``."""

    id: int


class CrmItemImportResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.import``."""

    item: CrmItemImportResultItem
    id: int


class CrmItemPayment(TypedDict, total=False):
    """Crm item payment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-get.html
    """

    id: int
    accountNumber: str
    paid: str
    datePaid: str | None
    empPaidId: int | None
    paySystemId: int
    sum: int
    currency: str
    paySystemName: str


class CrmItemPaymentDelivery(TypedDict, total=False):
    """Crm item payment delivery, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.html
    """

    id: int
    paymentId: int
    quantity: int
    deliveryId: int


class CrmItemPaymentProduct(TypedDict, total=False):
    """Crm item payment product, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.html
    """

    id: int
    paymentId: int
    quantity: int
    rowId: int


class CrmItemPaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.payment.update``."""

    paid: Literal["Y", "N"]
    paySystemId: int


class CrmItemProductrow(TypedDict, total=False):
    """Crm item productrow, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get.html
    """

    id: int
    ownerId: int
    ownerType: str
    productId: int
    productName: str
    price: int
    priceAccount: int
    priceExclusive: float
    priceNetto: float
    priceBrutto: float
    quantity: int
    discountTypeId: int
    discountRate: int
    discountSum: float
    taxRate: Any
    taxIncluded: str
    customized: str
    measureCode: int
    measureName: str
    sort: int
    xmlId: str
    type: int
    storeId: int


class CrmItemProductrowAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.add``."""

    ownerId: Required[int]
    ownerType: Required[str]
    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: Literal[1, 2]
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: Literal["Y", "N"]
    measureCode: str | int
    sort: int


class CrmItemProductrowAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.add``."""

    productRow: Required[CrmItemProductrow]


class CrmItemProductrowFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.item.productrow.fields``."""

    id: CrmFieldDescription
    ownerId: CrmFieldDescription
    ownerType: CrmFieldDescription
    productId: CrmFieldDescription
    productName: CrmFieldDescription
    price: CrmFieldDescription
    priceExclusive: CrmFieldDescription
    priceNetto: CrmFieldDescription
    priceBrutto: CrmFieldDescription
    quantity: CrmFieldDescription
    discountTypeId: CrmFieldDescription
    discountRate: CrmFieldDescription
    discountSum: CrmFieldDescription
    taxRate: CrmFieldDescription
    taxIncluded: CrmFieldDescription
    customized: CrmFieldDescription
    measureCode: CrmFieldDescription
    measureName: CrmFieldDescription
    sort: CrmFieldDescription
    type: CrmFieldDescription
    storeId: CrmFieldDescription


class CrmItemProductrowFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.fields``."""

    fields: Required[CrmItemProductrowFieldsResultFields]


class CrmItemProductrowGetAvailableForPaymentResultProductRows(TypedDict, total=False):
    """Keys of ``result.productRows`` in ``crm.item.productrow.getAvailableForPayment``."""

    id: int
    ownerId: int
    ownerType: str
    productId: int
    productName: str
    price: int
    priceAccount: int
    priceExclusive: int
    priceNetto: int
    priceBrutto: int
    quantity: int
    discountTypeId: int
    discountRate: int
    discountSum: int
    taxRate: Any
    taxIncluded: str
    customized: str
    measureCode: int
    measureName: str
    sort: int
    xmlId: str
    type: int


class CrmItemProductrowGetAvailableForPaymentResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.getAvailableForPayment``."""

    productRows: Required[
        list[CrmItemProductrowGetAvailableForPaymentResultProductRows]
    ]


class CrmItemProductrowGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.get``."""

    productRow: Required[CrmItemProductrow]


class CrmItemProductrowSetProductRows(TypedDict, total=False):
    """Keys of the ``productRows`` parameter of ``crm.item.productrow.set``."""

    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: Literal[1, 2]
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: Literal["Y", "N"]
    measureCode: str
    sort: int


class CrmItemProductrowSetResultProductRows(TypedDict, total=False):
    """Keys of ``result.productRows`` in ``crm.item.productrow.set``."""

    id: int
    ownerId: int
    ownerType: str
    productId: int
    productName: str
    price: float
    priceAccount: float
    priceExclusive: float
    priceNetto: float
    priceBrutto: float
    quantity: int
    discountTypeId: int
    discountRate: int
    discountSum: int
    taxRate: Any
    taxIncluded: str
    customized: str
    measureCode: int
    measureName: str
    sort: int
    xmlId: str
    type: int


class CrmItemProductrowSetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.set``."""

    productRows: Required[list[CrmItemProductrowSetResultProductRows]]


class CrmItemProductrowUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.update``."""

    productId: int
    productName: str
    price: float
    quantity: float
    discountTypeId: Literal[1, 2]
    discountRate: float
    discountSum: float
    taxRate: float
    taxIncluded: Literal["Y", "N"]
    measureCode: str | int
    sort: int


class CrmItemProductrowUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.update``."""

    productRow: Required[CrmItemProductrow]


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
    isManualOpportunity: Literal["Y", "N"]
    opportunity: float
    opened: Literal["Y", "N"]
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


class CrmItemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.update``."""

    item: Required[CrmItem]


class CrmLeadPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmLead``."""

    ID: str
    VALUE_TYPE: str
    VALUE: str
    TYPE_ID: str


class CrmLeadIm(TypedDict, total=False):
    """Keys of ``IM`` in ``CrmLead``."""

    ID: str
    VALUE_TYPE: str
    VALUE: str
    TYPE_ID: str


class CrmLead(TypedDict, total=False):
    """Crm lead, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html
    """

    ID: str
    TITLE: str
    HONORIFIC: Any
    NAME: str
    SECOND_NAME: Any
    LAST_NAME: str | None
    COMPANY_ID: str | None
    COMPANY_TITLE: Any
    CONTACT_ID: str | None
    IS_RETURN_CUSTOMER: str
    BIRTHDATE: str
    SOURCE_ID: str
    SOURCE_DESCRIPTION: Any
    STATUS_ID: str
    STATUS_DESCRIPTION: Any
    POST: Any
    COMMENTS: Any
    CURRENCY_ID: str
    OPPORTUNITY: str
    IS_MANUAL_OPPORTUNITY: str
    HAS_PHONE: str
    HAS_EMAIL: str
    HAS_IMOL: str
    ASSIGNED_BY_ID: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: str
    MOVED_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str
    DATE_CLOSED: str
    STATUS_SEMANTIC_ID: str
    OPENED: str
    ORIGINATOR_ID: Any
    ORIGIN_ID: Any
    MOVED_TIME: str
    ADDRESS: str | None
    ADDRESS_2: Any
    ADDRESS_CITY: Any
    ADDRESS_POSTAL_CODE: Any
    ADDRESS_REGION: Any
    ADDRESS_PROVINCE: Any
    ADDRESS_COUNTRY: str | None
    ADDRESS_COUNTRY_CODE: Any
    ADDRESS_LOC_ADDR_ID: str | None
    UTM_SOURCE: Any
    UTM_MEDIUM: Any
    UTM_CAMPAIGN: Any
    UTM_CONTENT: Any
    UTM_TERM: Any
    LAST_ACTIVITY_BY: str
    LAST_ACTIVITY_TIME: str
    PHONE: list[CrmLeadPhone]
    IM: list[CrmLeadIm]


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
    OPENED: Literal["Y", "N"]
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

    REGISTER_SONET_EVENT: Literal["Y", "N"]


class CrmLeadContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.add``."""

    CONTACT_ID: Required[int]
    SORT: int
    IS_PRIMARY: Literal["Y", "N"]


class CrmLeadContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmLeadContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.lead.contact.fields``."""

    SORT: CrmFieldDescription
    IS_PRIMARY: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription


class CrmLeadContactItems(TypedDict, total=False):
    """Crm lead contact items, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-get.html
    """

    CONTACT_ID: int
    SORT: int
    ROLE_ID: int
    IS_PRIMARY: str


class CrmLeadDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmLeadDetailsConfiguration``."""

    name: str
    optionFlags: str


class CrmLeadDetailsConfiguration(TypedDict, total=False):
    """Crm lead details configuration, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-get.html
    """

    name: str
    title: str
    type: str
    elements: list[CrmLeadDetailsConfigurationElements]


class CrmLeadDetailsConfigurationForceCommonScopeForAllExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.forceCommonScopeForAll``."""

    leadCustomerType: Literal[1, 2]


class CrmLeadDetailsConfigurationSetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.set``."""

    leadCustomerType: Literal[1, 2]


class CrmLeadFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.lead.fields``."""

    ID: CrmFieldDescription
    TITLE: CrmFieldDescription
    HONORIFIC: CrmFieldDescription
    NAME: CrmFieldDescription
    SECOND_NAME: CrmFieldDescription
    LAST_NAME: CrmFieldDescription
    BIRTHDATE: CrmFieldDescription
    COMPANY_TITLE: CrmFieldDescription
    SOURCE_ID: CrmFieldDescription
    SOURCE_DESCRIPTION: CrmFieldDescription
    STATUS_ID: CrmFieldDescription
    STATUS_DESCRIPTION: CrmFieldDescription
    STATUS_SEMANTIC_ID: CrmFieldDescription
    POST: CrmFieldDescription
    ADDRESS: CrmFieldDescription
    ADDRESS_2: CrmFieldDescription
    ADDRESS_CITY: CrmFieldDescription
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    ADDRESS_REGION: CrmFieldDescription
    ADDRESS_PROVINCE: CrmFieldDescription
    ADDRESS_COUNTRY: CrmFieldDescription
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    CURRENCY_ID: CrmFieldDescription
    OPPORTUNITY: CrmFieldDescription
    IS_MANUAL_OPPORTUNITY: CrmFieldDescription
    OPENED: CrmFieldDescription
    COMMENTS: CrmFieldDescription
    HAS_PHONE: CrmFieldDescription
    HAS_EMAIL: CrmFieldDescription
    HAS_IMOL: CrmFieldDescription
    ASSIGNED_BY_ID: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    MOVED_BY_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    MOVED_TIME: CrmFieldDescription
    COMPANY_ID: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription
    IS_RETURN_CUSTOMER: CrmFieldDescription
    DATE_CLOSED: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription
    ORIGIN_ID: CrmFieldDescription
    UTM_SOURCE: CrmFieldDescription
    UTM_MEDIUM: CrmFieldDescription
    UTM_CAMPAIGN: CrmFieldDescription
    UTM_CONTENT: CrmFieldDescription
    UTM_TERM: CrmFieldDescription
    LAST_ACTIVITY_TIME: CrmFieldDescription
    LAST_ACTIVITY_BY: CrmFieldDescription
    PHONE: CrmFieldDescription
    EMAIL: CrmFieldDescription
    WEB: CrmFieldDescription
    IM: CrmFieldDescription
    LINK: CrmFieldDescription
    CONTACT_IDS: CrmFieldDescription


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
    TAX_INCLUDED: Literal["Y", "N"]
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
    OPENED: Literal["Y", "N"]
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

    REGISTER_SONET_EVENT: Literal["Y", "N"]


class CrmLeadUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmLeadUserfield``."""

    ID: str
    CAL_TYPE: str
    NAME: str


class CrmLeadUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmLeadUserfield``."""

    XML_ID: str
    NAME: str
    SECTIONS: list[CrmLeadUserfieldSettingsResourcesResourceSections]


class CrmLeadUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmLeadUserfield``."""

    resource: CrmLeadUserfieldSettingsResourcesResource


class CrmLeadUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmLeadUserfield``."""

    type: str
    id: str
    title: str


class CrmLeadUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmLeadUserfield``."""

    name: str
    duration: str


class CrmLeadUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmLeadUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str
    ENTITY_TYPE: str
    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str
    LIST_WIDTH: int
    MAX_SHOW_SIZE: int
    MAX_ALLOWED_SIZE: int
    EXTENSIONS: list[Any]
    TARGET_BLANK: str
    USE_USERS: str
    USE_RESOURCES: str
    RESOURCES: CrmLeadUserfieldSettingsResources
    SELECTED_RESOURCES: list[CrmLeadUserfieldSettingsSelectedResources]
    SELECTED_USERS: list[Any]
    FULL_DAY: str
    ALLOW_OVERBOOKING: str
    USE_SERVICES: str
    SERVICE_LIST: list[CrmLeadUserfieldSettingsServiceList]
    RESOURCE_LIMIT: int
    TIMEZONE: str
    USE_USER_TIMEZONE: str


CrmLeadUserfieldEditFormLabel = TypedDict(
    "CrmLeadUserfieldEditFormLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmLeadUserfieldListColumnLabel = TypedDict(
    "CrmLeadUserfieldListColumnLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmLeadUserfieldListFilterLabel = TypedDict(
    "CrmLeadUserfieldListFilterLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmLeadUserfieldErrorMessage = TypedDict(
    "CrmLeadUserfieldErrorMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmLeadUserfieldHelpMessage = TypedDict(
    "CrmLeadUserfieldHelpMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


class CrmLeadUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``CrmLeadUserfield``."""

    ID: str
    SORT: str
    VALUE: str
    DEF: str
    XML_ID: str


class CrmLeadUserfield(TypedDict, total=False):
    """Crm lead userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmLeadUserfieldSettings
    EDIT_FORM_LABEL: CrmLeadUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmLeadUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmLeadUserfieldListFilterLabel | str
    ERROR_MESSAGE: CrmLeadUserfieldErrorMessage | str | None
    HELP_MESSAGE: CrmLeadUserfieldHelpMessage | str | None
    LIST: list[CrmLeadUserfieldList]


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
    DEF: Literal["Y", "N"]
    XML_ID: str


class CrmLeadUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.userfield.add``."""

    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "boolean",
            "datetime",
            "date",
            "money",
            "url",
            "address",
            "enumeration",
            "file",
            "employee",
            "crm_status",
            "iblock_section",
            "iblock_element",
            "crm",
        ]
    ]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SETTINGS: CrmLeadUserfieldAddFieldsSettings
    LIST: Sequence[CrmLeadUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
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

    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    XML_ID: str
    SETTINGS: CrmLeadUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmLeadUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
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
    IS_DEFAULT: Literal["Y", "N"]


class CrmMultifieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.multifield.fields``."""

    ID: CrmFieldDescription
    TYPE_ID: CrmFieldDescription
    VALUE: CrmFieldDescription
    VALUE_TYPE: CrmFieldDescription


class CrmOrderentity(TypedDict, total=False):
    """Crm orderentity, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-list.html
    """

    orderId: int
    ownerId: int


class CrmOrderentityAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.add``."""

    orderId: Required[int]
    ownerTypeId: Required[int]
    ownerId: Required[int]


class CrmOrderentityAddResultDealOrder(TypedDict, total=False):
    """Keys of ``result.dealOrder`` in ``crm.orderentity.add``."""

    orderId: int
    ownerId: int
    ownerTypeId: int


class CrmOrderentityAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.orderentity.add``."""

    dealOrder: Required[CrmOrderentityAddResultDealOrder]


class CrmOrderentityDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.deleteByFilter``."""

    orderId: Required[int]
    ownerTypeId: Required[int]
    ownerId: Required[int]


class CrmOrderentityGetFieldsResultOrderEntity(TypedDict, total=False):
    """Keys of ``result.orderEntity`` in ``crm.orderentity.getFields``."""

    orderId: CrmFieldDescription
    ownerId: CrmFieldDescription
    ownerTypeId: CrmFieldDescription


class CrmOrderentityGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.orderentity.getFields``."""

    orderEntity: Required[CrmOrderentityGetFieldsResultOrderEntity]


class CrmProductRow(TypedDict, total=False):
    """Crm product row, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-get.html
    """

    ID: str
    OWNER_ID: str
    OWNER_TYPE: str
    PRODUCT_ID: int
    PRODUCT_NAME: str
    ORIGINAL_PRODUCT_NAME: str
    PRODUCT_DESCRIPTION: str | None
    PRICE: float
    PRICE_EXCLUSIVE: float
    PRICE_NETTO: int
    PRICE_BRUTTO: float
    PRICE_ACCOUNT: str
    QUANTITY: int
    DISCOUNT_TYPE_ID: int
    DISCOUNT_RATE: int
    DISCOUNT_SUM: float
    TAX_RATE: Any
    TAX_INCLUDED: str
    CUSTOMIZED: str
    MEASURE_CODE: int
    MEASURE_NAME: str
    SORT: int
    XML_ID: Any
    TYPE: int
    STORE_ID: Any
    RESERVE_ID: Any
    DATE_RESERVE_END: Any
    RESERVE_QUANTITY: Any


class CrmQuote(TypedDict, total=False):
    """Crm quote, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-get.html
    """

    ID: str
    TITLE: str
    STATUS_ID: str
    CURRENCY_ID: str
    OPPORTUNITY: str
    TAX_VALUE: str
    COMPANY_ID: str
    CONTACT_ID: Any
    MYCOMPANY_ID: str
    BEGINDATE: str
    CLOSEDATE: str
    ACTUAL_DATE: str
    ASSIGNED_BY_ID: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str
    OPENED: str
    CLOSED: str
    COMMENTS: str
    LEAD_ID: Any
    DEAL_ID: Any
    QUOTE_NUMBER: str
    CONTENT: Any
    TERMS: Any
    PERSON_TYPE_ID: str
    LOCATION_ID: Any
    CLIENT_TITLE: Any
    CLIENT_ADDR: Any
    CLIENT_CONTACT: Any
    CLIENT_EMAIL: Any
    CLIENT_PHONE: Any
    CLIENT_TP_ID: Any
    CLIENT_TPA_ID: Any
    UTM_SOURCE: Any
    UTM_MEDIUM: Any
    UTM_CAMPAIGN: Any
    UTM_CONTENT: Any
    UTM_TERM: Any
    LAST_COMMUNICATION_TIME: Any
    LAST_ACTIVITY_BY: str
    LAST_ACTIVITY_TIME: str


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
    OPENED: Literal["Y", "N"]
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

    IMPORT: Literal["Y", "N"]


class CrmQuoteContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.add``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmQuoteContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.delete``."""

    CONTACT_ID: Required[int]


class CrmQuoteContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.quote.contact.fields``."""

    SORT: CrmFieldDescription
    IS_PRIMARY: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription


class CrmQuoteContactItems(TypedDict, total=False):
    """Crm quote contact items, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-get.html
    """

    CONTACT_ID: int
    SORT: int
    ROLE_ID: int
    IS_PRIMARY: str


class CrmQuoteContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.quote.contact.items.set``."""

    CONTACT_ID: Required[int]
    IS_PRIMARY: Literal["Y", "N"]
    SORT: int


class CrmQuoteFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.quote.fields``."""

    ID: CrmFieldDescription
    QUOTE_NUMBER: CrmFieldDescription
    TITLE: CrmFieldDescription
    STATUS_ID: CrmFieldDescription
    CURRENCY_ID: CrmFieldDescription
    OPPORTUNITY: CrmFieldDescription
    TAX_VALUE: CrmFieldDescription
    COMPANY_ID: CrmFieldDescription
    MYCOMPANY_ID: CrmFieldDescription
    CONTACT_ID: CrmFieldDescription
    CONTACT_IDS: CrmFieldDescription
    BEGINDATE: CrmFieldDescription
    CLOSEDATE: CrmFieldDescription
    ACTUAL_DATE: CrmFieldDescription
    OPENED: CrmFieldDescription
    CLOSED: CrmFieldDescription
    COMMENTS: CrmFieldDescription
    CONTENT: CrmFieldDescription
    TERMS: CrmFieldDescription
    CLIENT_TITLE: CrmFieldDescription
    CLIENT_ADDR: CrmFieldDescription
    CLIENT_CONTACT: CrmFieldDescription
    CLIENT_EMAIL: CrmFieldDescription
    CLIENT_PHONE: CrmFieldDescription
    CLIENT_TP_ID: CrmFieldDescription
    CLIENT_TPA_ID: CrmFieldDescription
    ASSIGNED_BY_ID: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    LEAD_ID: CrmFieldDescription
    DEAL_ID: CrmFieldDescription
    PERSON_TYPE_ID: CrmFieldDescription
    LOCATION_ID: CrmFieldDescription
    UTM_SOURCE: CrmFieldDescription
    UTM_MEDIUM: CrmFieldDescription
    UTM_CAMPAIGN: CrmFieldDescription
    UTM_CONTENT: CrmFieldDescription
    UTM_TERM: CrmFieldDescription
    LAST_ACTIVITY_TIME: CrmFieldDescription
    LAST_ACTIVITY_BY: CrmFieldDescription
    LAST_COMMUNICATION_TIME: CrmFieldDescription


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
    TAX_INCLUDED: Literal["Y", "N"]
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
    OPENED: Literal["Y", "N"]
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

    REGISTER_HISTORY_EVENT: Literal["Y", "N"]


class CrmQuoteUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmQuoteUserfield``."""

    ID: str
    CAL_TYPE: str
    NAME: str


class CrmQuoteUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmQuoteUserfield``."""

    XML_ID: str
    NAME: str
    SECTIONS: list[CrmQuoteUserfieldSettingsResourcesResourceSections]


class CrmQuoteUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmQuoteUserfield``."""

    resource: CrmQuoteUserfieldSettingsResourcesResource


class CrmQuoteUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmQuoteUserfield``."""

    type: str
    id: str
    title: str


class CrmQuoteUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmQuoteUserfield``."""

    name: str
    duration: str


class CrmQuoteUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmQuoteUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str
    ENTITY_TYPE: str
    DISPLAY: str
    LIST_HEIGHT: int
    CAPTION_NO_VALUE: str
    SHOW_NO_VALUE: str
    LIST_WIDTH: int
    MAX_SHOW_SIZE: int
    MAX_ALLOWED_SIZE: int
    EXTENSIONS: list[Any]
    TARGET_BLANK: str
    USE_USERS: str
    USE_RESOURCES: str
    RESOURCES: CrmQuoteUserfieldSettingsResources
    SELECTED_RESOURCES: list[CrmQuoteUserfieldSettingsSelectedResources]
    SELECTED_USERS: list[Any]
    FULL_DAY: str
    ALLOW_OVERBOOKING: str
    USE_SERVICES: str
    SERVICE_LIST: list[CrmQuoteUserfieldSettingsServiceList]
    RESOURCE_LIMIT: int
    TIMEZONE: str
    USE_USER_TIMEZONE: str


CrmQuoteUserfieldEditFormLabel = TypedDict(
    "CrmQuoteUserfieldEditFormLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmQuoteUserfieldListColumnLabel = TypedDict(
    "CrmQuoteUserfieldListColumnLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmQuoteUserfieldListFilterLabel = TypedDict(
    "CrmQuoteUserfieldListFilterLabel",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmQuoteUserfieldErrorMessage = TypedDict(
    "CrmQuoteUserfieldErrorMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


CrmQuoteUserfieldHelpMessage = TypedDict(
    "CrmQuoteUserfieldHelpMessage",
    {
        "ar": str,
        "br": str,
        "de": str,
        "en": str,
        "fr": str,
        "hi": str,
        "id": str,
        "in": str,
        "it": str,
        "ja": str,
        "kz": str,
        "la": str,
        "ms": str,
        "pl": str,
        "ru": str,
        "sc": str,
        "tc": str,
        "th": str,
        "tr": str,
        "ua": str,
        "vn": str,
    },
    total=False,
)


class CrmQuoteUserfieldList(TypedDict, total=False):
    """Keys of ``LIST`` in ``CrmQuoteUserfield``."""

    ID: str
    SORT: str
    VALUE: str
    DEF: str
    XML_ID: str


class CrmQuoteUserfield(TypedDict, total=False):
    """Crm quote userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmQuoteUserfieldSettings
    EDIT_FORM_LABEL: CrmQuoteUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmQuoteUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmQuoteUserfieldListFilterLabel | str
    ERROR_MESSAGE: CrmQuoteUserfieldErrorMessage | str | None
    HELP_MESSAGE: CrmQuoteUserfieldHelpMessage | str | None
    LIST: list[CrmQuoteUserfieldList]


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
    DEF: Literal["Y", "N"]
    XML_ID: str


class CrmQuoteUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.userfield.add``."""

    USER_TYPE_ID: Required[
        Literal[
            "string",
            "integer",
            "double",
            "boolean",
            "datetime",
            "date",
            "money",
            "url",
            "address",
            "enumeration",
            "file",
            "employee",
            "crm_status",
            "iblock_section",
            "iblock_element",
            "crm",
        ]
    ]
    FIELD_NAME: Required[str]
    LABEL: str
    XML_ID: str
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    SETTINGS: CrmQuoteUserfieldAddFieldsSettings
    LIST: Sequence[CrmQuoteUserfieldAddFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
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

    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["Y", "N"]
    XML_ID: str
    SETTINGS: CrmQuoteUserfieldUpdateFieldsSettings
    LIST: Sequence[CrmQuoteUserfieldUpdateFieldsList]
    SORT: int
    SHOW_IN_LIST: bool
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: bool
    LIST_FILTER_LABEL: str | dict[str, Any]
    LIST_COLUMN_LABEL: str | dict[str, Any]
    EDIT_FORM_LABEL: str | dict[str, Any]
    ERROR_MESSAGE: str | dict[str, Any]
    HELP_MESSAGE: str | dict[str, Any]


class CrmRequisite(TypedDict, total=False):
    """Crm requisite, as the portal sends it.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-get.html
    """

    ID: str
    ENTITY_TYPE_ID: str
    ENTITY_ID: str
    PRESET_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: Any
    NAME: str
    CODE: Any
    XML_ID: str
    ORIGINATOR_ID: Any
    ACTIVE: str
    ADDRESS_ONLY: str
    SORT: str
    RQ_NAME: Any
    RQ_FIRST_NAME: Any
    RQ_LAST_NAME: Any
    RQ_SECOND_NAME: Any
    RQ_COMPANY_ID: Any
    RQ_COMPANY_NAME: str
    RQ_COMPANY_FULL_NAME: str
    RQ_COMPANY_REG_DATE: str
    RQ_DIRECTOR: str
    RQ_ACCOUNTANT: Any
    RQ_CEO_NAME: Any
    RQ_CEO_WORK_POS: Any
    RQ_CONTACT: Any
    RQ_EMAIL: Any
    RQ_PHONE: Any
    RQ_FAX: Any
    RQ_IDENT_TYPE: Any
    RQ_IDENT_DOC: Any
    RQ_IDENT_DOC_SER: Any
    RQ_IDENT_DOC_NUM: Any
    RQ_IDENT_DOC_PERS_NUM: Any
    RQ_IDENT_DOC_DATE: Any
    RQ_IDENT_DOC_ISSUED_BY: Any
    RQ_IDENT_DOC_DEP_CODE: Any
    RQ_INN: str
    RQ_KPP: str
    RQ_USRLE: Any
    RQ_IFNS: Any
    RQ_OGRN: str
    RQ_OGRNIP: Any
    RQ_OKPO: Any
    RQ_OKTMO: Any
    RQ_OKVED: Any
    RQ_EDRPOU: Any
    RQ_DRFO: Any
    RQ_KBE: Any
    RQ_IIN: Any
    RQ_BIN: Any
    RQ_ST_CERT_SER: Any
    RQ_ST_CERT_NUM: Any
    RQ_ST_CERT_DATE: Any
    RQ_VAT_PAYER: str
    RQ_VAT_ID: Any
    RQ_VAT_CERT_SER: Any
    RQ_VAT_CERT_NUM: Any
    RQ_VAT_CERT_DATE: Any
    RQ_RESIDENCE_COUNTRY: Any
    RQ_BASE_DOC: Any
    RQ_REGON: Any
    RQ_KRS: Any
    RQ_PESEL: Any
    RQ_LEGAL_FORM: Any
    RQ_SIRET: Any
    RQ_SIREN: Any
    RQ_CAPITAL: Any
    RQ_RCS: Any
    RQ_CNPJ: Any
    RQ_STATE_REG: Any
    RQ_MNPL_REG: Any
    RQ_CPF: Any


class CrmRequisiteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.add``."""

    ENTITY_TYPE_ID: Required[int]
    ENTITY_ID: Required[int]
    PRESET_ID: Required[int]
    NAME: Required[str]
    CODE: str
    XML_ID: str
    ORIGINATOR_ID: str
    ACTIVE: Literal["Y", "N"]
    ADDRESS_ONLY: Literal["Y", "N"]
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


class CrmRequisiteBankdetail(TypedDict, total=False):
    """Crm requisite bankdetail, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.html
    """

    ID: str
    ENTITY_ID: str
    COUNTRY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: Any
    NAME: str
    CODE: Any
    XML_ID: str
    ORIGINATOR_ID: Any
    ACTIVE: str
    SORT: str
    RQ_BANK_NAME: str
    RQ_BANK_CODE: Any
    RQ_BANK_ADDR: str
    RQ_BANK_ROUTE_NUM: Any
    RQ_BIK: str
    RQ_MFO: Any
    RQ_ACC_NAME: Any
    RQ_ACC_NUM: str
    RQ_ACC_TYPE: Any
    RQ_IIK: Any
    RQ_ACC_CURRENCY: str
    RQ_COR_ACC_NUM: str
    RQ_IBAN: Any
    RQ_SWIFT: Any
    RQ_BIC: Any
    RQ_CODEB: Any
    RQ_CODEG: Any
    RQ_RIB: Any
    RQ_AGENCY_NAME: Any
    COMMENTS: Any


class CrmRequisiteBankdetailAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.add``."""

    ENTITY_ID: Required[int]
    COUNTRY_ID: int
    NAME: Required[str]
    CODE: str
    XML_ID: str
    ACTIVE: Literal["Y", "N"]
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


class CrmRequisiteBankdetailFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.bankdetail.fields``."""

    ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    COUNTRY_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    NAME: CrmFieldDescription
    CODE: CrmFieldDescription
    XML_ID: CrmFieldDescription
    ACTIVE: CrmFieldDescription
    SORT: CrmFieldDescription
    RQ_BANK_NAME: CrmFieldDescription
    RQ_BANK_ADDR: CrmFieldDescription
    RQ_BANK_CODE: CrmFieldDescription
    RQ_AGENCY_NAME: CrmFieldDescription
    RQ_BANK_ROUTE_NUM: CrmFieldDescription
    RQ_BIK: CrmFieldDescription
    RQ_MFO: CrmFieldDescription
    RQ_ACC_NAME: CrmFieldDescription
    RQ_ACC_NUM: CrmFieldDescription
    RQ_ACC_TYPE: CrmFieldDescription
    RQ_IIK: CrmFieldDescription
    RQ_ACC_CURRENCY: CrmFieldDescription
    RQ_COR_ACC_NUM: CrmFieldDescription
    RQ_IBAN: CrmFieldDescription
    RQ_SWIFT: CrmFieldDescription
    RQ_BIC: CrmFieldDescription
    RQ_CODEB: CrmFieldDescription
    RQ_CODEG: CrmFieldDescription
    RQ_RIB: CrmFieldDescription
    COMMENTS: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription


class CrmRequisiteBankdetailUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.update``."""

    NAME: str
    CODE: str
    XML_ID: str
    ACTIVE: Literal["Y", "N"]
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


class CrmRequisiteFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.fields``."""

    ID: CrmFieldDescription
    ENTITY_TYPE_ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    PRESET_ID: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    NAME: CrmFieldDescription
    CODE: CrmFieldDescription
    XML_ID: CrmFieldDescription
    ORIGINATOR_ID: CrmFieldDescription
    ACTIVE: CrmFieldDescription
    ADDRESS_ONLY: CrmFieldDescription
    SORT: CrmFieldDescription
    RQ_NAME: CrmFieldDescription
    RQ_FIRST_NAME: CrmFieldDescription
    RQ_LAST_NAME: CrmFieldDescription
    RQ_SECOND_NAME: CrmFieldDescription
    RQ_COMPANY_ID: CrmFieldDescription
    RQ_COMPANY_NAME: CrmFieldDescription
    RQ_COMPANY_FULL_NAME: CrmFieldDescription
    RQ_COMPANY_REG_DATE: CrmFieldDescription
    RQ_DIRECTOR: CrmFieldDescription
    RQ_ACCOUNTANT: CrmFieldDescription
    RQ_CEO_NAME: CrmFieldDescription
    RQ_CEO_WORK_POS: CrmFieldDescription
    RQ_CONTACT: CrmFieldDescription
    RQ_EMAIL: CrmFieldDescription
    RQ_PHONE: CrmFieldDescription
    RQ_FAX: CrmFieldDescription
    RQ_IDENT_TYPE: CrmFieldDescription
    RQ_IDENT_DOC: CrmFieldDescription
    RQ_IDENT_DOC_SER: CrmFieldDescription
    RQ_IDENT_DOC_NUM: CrmFieldDescription
    RQ_IDENT_DOC_PERS_NUM: CrmFieldDescription
    RQ_IDENT_DOC_DATE: CrmFieldDescription
    RQ_IDENT_DOC_ISSUED_BY: CrmFieldDescription
    RQ_IDENT_DOC_DEP_CODE: CrmFieldDescription
    RQ_INN: CrmFieldDescription
    RQ_KPP: CrmFieldDescription
    RQ_USRLE: CrmFieldDescription
    RQ_IFNS: CrmFieldDescription
    RQ_OGRN: CrmFieldDescription
    RQ_OGRNIP: CrmFieldDescription
    RQ_OKPO: CrmFieldDescription
    RQ_OKTMO: CrmFieldDescription
    RQ_OKVED: CrmFieldDescription
    RQ_EDRPOU: CrmFieldDescription
    RQ_DRFO: CrmFieldDescription
    RQ_KBE: CrmFieldDescription
    RQ_IIN: CrmFieldDescription
    RQ_BIN: CrmFieldDescription
    RQ_ST_CERT_SER: CrmFieldDescription
    RQ_ST_CERT_NUM: CrmFieldDescription
    RQ_ST_CERT_DATE: CrmFieldDescription
    RQ_VAT_PAYER: CrmFieldDescription
    RQ_VAT_ID: CrmFieldDescription
    RQ_VAT_CERT_SER: CrmFieldDescription
    RQ_VAT_CERT_NUM: CrmFieldDescription
    RQ_VAT_CERT_DATE: CrmFieldDescription
    RQ_RESIDENCE_COUNTRY: CrmFieldDescription
    RQ_BASE_DOC: CrmFieldDescription
    RQ_REGON: CrmFieldDescription
    RQ_KRS: CrmFieldDescription
    RQ_PESEL: CrmFieldDescription
    RQ_LEGAL_FORM: CrmFieldDescription
    RQ_SIRET: CrmFieldDescription
    RQ_SIREN: CrmFieldDescription
    RQ_CAPITAL: CrmFieldDescription
    RQ_RCS: CrmFieldDescription
    RQ_CNPJ: CrmFieldDescription
    RQ_STATE_REG: CrmFieldDescription
    RQ_MNPL_REG: CrmFieldDescription
    RQ_CPF: CrmFieldDescription


class CrmRequisiteLink(TypedDict, total=False):
    """Crm requisite link, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-get.html
    """

    ENTITY_TYPE_ID: int | str
    ENTITY_ID: int | str
    REQUISITE_ID: str
    BANK_DETAIL_ID: str
    MC_REQUISITE_ID: str
    MC_BANK_DETAIL_ID: str


class CrmRequisiteLinkFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.link.fields``."""

    ENTITY_TYPE_ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    REQUISITE_ID: CrmFieldDescription
    BANK_DETAIL_ID: CrmFieldDescription
    MC_REQUISITE_ID: CrmFieldDescription
    MC_BANK_DETAIL_ID: CrmFieldDescription


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


class CrmRequisitePreset(TypedDict, total=False):
    """Crm requisite preset, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-get.html
    """

    ID: str
    ENTITY_TYPE_ID: str
    COUNTRY_ID: str
    DATE_CREATE: str
    DATE_MODIFY: str
    CREATED_BY_ID: str
    MODIFY_BY_ID: Any
    NAME: str
    XML_ID: str
    ACTIVE: str
    SORT: str


class CrmRequisitePresetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.add``."""

    ENTITY_TYPE_ID: Required[int]
    COUNTRY_ID: Required[int]
    NAME: Required[str]
    XML_ID: str
    ACTIVE: Literal["Y", "N"]
    SORT: int


class CrmRequisitePresetCountriesResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.countries``."""

    ID: int
    CODE: str
    TITLE: str


class CrmRequisitePresetField(TypedDict, total=False):
    """Crm requisite preset field, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.html
    """

    ID: int
    FIELD_NAME: str
    FIELD_TITLE: str
    IN_SHORT_LIST: str
    SORT: int


class CrmRequisitePresetFieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.add``."""

    FIELD_NAME: Required[str]
    FIELD_TITLE: str
    SORT: int
    IN_SHORT_LIST: Literal["Y", "N"]


class CrmRequisitePresetFieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.field.fields``."""

    ID: CrmFieldDescription
    FIELD_NAME: CrmFieldDescription
    FIELD_TITLE: CrmFieldDescription
    SORT: CrmFieldDescription
    IN_SHORT_LIST: CrmFieldDescription


class CrmRequisitePresetFieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.update``."""

    FIELD_NAME: Required[str]
    FIELD_TITLE: str
    SORT: int
    IN_SHORT_LIST: Literal["Y", "N"]


class CrmRequisitePresetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.fields``."""

    ID: CrmFieldDescription
    ENTITY_TYPE_ID: CrmFieldDescription
    COUNTRY_ID: CrmFieldDescription
    NAME: CrmFieldDescription
    DATE_CREATE: CrmFieldDescription
    DATE_MODIFY: CrmFieldDescription
    CREATED_BY_ID: CrmFieldDescription
    MODIFY_BY_ID: CrmFieldDescription
    ACTIVE: CrmFieldDescription
    SORT: CrmFieldDescription
    XML_ID: CrmFieldDescription


class CrmRequisitePresetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.update``."""

    NAME: Required[str]
    XML_ID: str
    ACTIVE: Literal["Y", "N"]
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


class CrmRequisiteUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``CrmRequisiteUserfield``."""

    TYPE: str
    VALUE: str


class CrmRequisiteUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmRequisiteUserfield``."""

    SIZE: int
    ROWS: int
    REGEXP: str
    MIN_LENGTH: int
    MAX_LENGTH: int
    DEFAULT_VALUE: str | int | CrmRequisiteUserfieldSettingsDefaultValue | None
    DISPLAY: str
    LABEL: list[str]
    LABEL_CHECKBOX: str
    USE_SECOND: str
    USE_TIMEZONE: str
    PRECISION: int
    MIN_VALUE: int
    MAX_VALUE: int


class CrmRequisiteUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    ru: str


class CrmRequisiteUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    ru: str


class CrmRequisiteUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    ru: str


class CrmRequisiteUserfieldErrorMessage(TypedDict, total=False):
    """Keys of ``ERROR_MESSAGE`` in ``CrmRequisiteUserfield``."""

    en: str
    ru: str


class CrmRequisiteUserfieldHelpMessage(TypedDict, total=False):
    """Keys of ``HELP_MESSAGE`` in ``CrmRequisiteUserfield``."""

    en: str
    ru: str


class CrmRequisiteUserfield(TypedDict, total=False):
    """Crm requisite userfield, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-get.html
    """

    ID: str
    ENTITY_ID: str
    FIELD_NAME: str
    USER_TYPE_ID: str
    XML_ID: Any
    SORT: str
    MULTIPLE: str
    MANDATORY: str
    SHOW_FILTER: str
    SHOW_IN_LIST: str
    EDIT_IN_LIST: str
    IS_SEARCHABLE: str
    SETTINGS: CrmRequisiteUserfieldSettings
    EDIT_FORM_LABEL: CrmRequisiteUserfieldEditFormLabel | str
    LIST_COLUMN_LABEL: CrmRequisiteUserfieldListColumnLabel | str
    LIST_FILTER_LABEL: CrmRequisiteUserfieldListFilterLabel | str
    ERROR_MESSAGE: CrmRequisiteUserfieldErrorMessage | str | None
    HELP_MESSAGE: CrmRequisiteUserfieldHelpMessage | str | None


class CrmRequisiteUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.userfield.add``."""

    ENTITY_ID: Required[str]
    FIELD_NAME: Required[str]
    USER_TYPE_ID: Required[str]
    XML_ID: str
    SORT: int
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["N", "I", "E", "S"]
    SHOW_IN_LIST: Literal["Y", "N"]
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: Literal["Y", "N"]
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
    MULTIPLE: Literal["Y", "N"]
    MANDATORY: Literal["Y", "N"]
    SHOW_FILTER: Literal["N", "I", "E", "S"]
    SHOW_IN_LIST: Literal["Y", "N"]
    EDIT_IN_LIST: Literal["Y", "N"]
    IS_SEARCHABLE: Literal["Y", "N"]
    EDIT_FORM_LABEL: str
    LIST_COLUMN_LABEL: str
    LIST_FILTER_LABEL: str
    ERROR_MESSAGE: str
    HELP_MESSAGE: str
    LIST: dict[str, Any]
    SETTINGS: dict[str, Any]


class CrmStagehistory(TypedDict, total=False):
    """Crm stagehistory, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html
    """

    ID: int
    TYPE_ID: int
    OWNER_ID: int
    CREATED_TIME: str
    CATEGORY_ID: int
    STAGE_SEMANTIC_ID: str
    STAGE_ID: str


class CrmStatusExtra(TypedDict, total=False):
    """Keys of ``EXTRA`` in ``CrmStatus``."""

    SEMANTICS: str
    COLOR: str


class CrmStatus(TypedDict, total=False):
    """Crm status, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-get.html
    """

    ID: str
    ENTITY_ID: str
    STATUS_ID: str
    NAME: str
    NAME_INIT: str
    SORT: str
    SYSTEM: str
    CATEGORY_ID: Any
    COLOR: str
    SEMANTICS: str | None
    EXTRA: CrmStatusExtra


class CrmStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.add``."""

    ENTITY_ID: Required[str]
    STATUS_ID: Required[str]
    NAME: Required[str]
    SORT: int
    COLOR: str
    SEMANTICS: str


class CrmStatusEntityItemsResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.entity.items``."""

    NAME: str
    SORT: int
    STATUS_ID: str


class CrmStatusEntityTypesResultSemanticInfo(TypedDict, total=False):
    """Keys of ``result.SEMANTIC_INFO`` in ``crm.status.entity.types``."""

    START_FIELD: str
    FINAL_SUCCESS_FIELD: str
    FINAL_UNSUCCESS_FIELD: str
    FINAL_SORT: int


class CrmStatusEntityTypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.entity.types``."""

    ID: str
    NAME: str
    ENTITY_TYPE_ID: int
    SEMANTIC_INFO: CrmStatusEntityTypesResultSemanticInfo | list[Any]
    PREFIX: str
    FIELD_ATTRIBUTE_SCOPE: str
    IS_ENABLED: bool
    CATEGORY_ID: int | str
    PARENT_ID: str
    CATEGORY_NAME: str
    CATEGORY_SORT: int
    IS_DEFAULT_CATEGORY: bool


class CrmStatusFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.fields``."""

    ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    STATUS_ID: CrmFieldDescription
    SORT: CrmFieldDescription
    NAME: CrmFieldDescription
    NAME_INIT: CrmFieldDescription
    SYSTEM: CrmFieldDescription
    CATEGORY_ID: CrmFieldDescription
    COLOR: CrmFieldDescription
    SEMANTICS: CrmFieldDescription
    EXTRA: CrmFieldDescription


class CrmStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.update``."""

    NAME: str
    SORT: int
    COLOR: str


class CrmTimelineBindings(TypedDict, total=False):
    """Crm timeline bindings, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-list.html
    """

    OWNER_ID: str
    ENTITY_ID: str
    ENTITY_TYPE: str


class CrmTimelineBindingsBindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.bind``."""

    OWNER_ID: Required[int]
    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[Literal["lead", "deal", "contact", "company", "order"]]


class CrmTimelineBindingsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.bindings.fields``."""

    OWNER_ID: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    ENTITY_TYPE: CrmFieldDescription


class CrmTimelineBindingsUnbindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.unbind``."""

    OWNER_ID: Required[int]
    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[Literal["lead", "deal", "contact", "company", "order"]]


class CrmTimelineComment(TypedDict, total=False):
    """Crm timeline comment, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-get.html
    """

    ID: str
    ENTITY_ID: str
    ENTITY_TYPE: str
    CREATED: str
    COMMENT: str
    AUTHOR_ID: str
    FILES: dict[str, Any]


class CrmTimelineCommentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.add``."""

    ENTITY_ID: Required[int]
    ENTITY_TYPE: Required[str]
    COMMENT: Required[str]
    FILES: Sequence[Sequence[str]]


class CrmTimelineCommentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.comment.fields``."""

    ID: CrmFieldDescription
    CREATED: CrmFieldDescription
    ENTITY_ID: CrmFieldDescription
    ENTITY_TYPE: CrmFieldDescription
    AUTHOR_ID: CrmFieldDescription
    COMMENT: CrmFieldDescription
    FILES: CrmFieldDescription


class CrmTimelineCommentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.update``."""

    COMMENT: str
    FILES: Sequence[Sequence[str]]


class CrmTimelineIcon(TypedDict, total=False):
    """Crm timeline icon, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.html
    """

    code: str
    isSystem: bool
    fileUri: str


class CrmTimelineIconAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.icon.add``."""

    icon: Required[CrmTimelineIcon]


class CrmTimelineIconGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.icon.get``."""

    icon: Required[CrmTimelineIcon]


class CrmTimelineLayoutBlocksBlocksBlock1Properties(TypedDict, total=False):
    """Keys of ``blocks.block_1.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str
    multiline: bool
    bold: bool
    color: str


class CrmTimelineLayoutBlocksBlocksBlock1(TypedDict, total=False):
    """Keys of ``blocks.block_1`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    properties: CrmTimelineLayoutBlocksBlocksBlock1Properties


class CrmTimelineLayoutBlocksBlocksBlock2Properties(TypedDict, total=False):
    """Keys of ``blocks.block_2.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str


class CrmTimelineLayoutBlocksBlocksBlock2(TypedDict, total=False):
    """Keys of ``blocks.block_2`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    properties: CrmTimelineLayoutBlocksBlocksBlock2Properties


class CrmTimelineLayoutBlocksBlocksBlock3PropertiesAction(TypedDict, total=False):
    """Keys of ``blocks.block_3.properties.action`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    uri: str


class CrmTimelineLayoutBlocksBlocksBlock3Properties(TypedDict, total=False):
    """Keys of ``blocks.block_3.properties`` in ``CrmTimelineLayoutBlocks``."""

    text: str
    bold: bool
    action: CrmTimelineLayoutBlocksBlocksBlock3PropertiesAction


class CrmTimelineLayoutBlocksBlocksBlock3(TypedDict, total=False):
    """Keys of ``blocks.block_3`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    properties: CrmTimelineLayoutBlocksBlocksBlock3Properties


class CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlockProperties(
    TypedDict, total=False
):
    """Keys of ``blocks.block_4.properties.block.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str


class CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlock(TypedDict, total=False):
    """Keys of ``blocks.block_4.properties.block`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    properties: CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlockProperties


class CrmTimelineLayoutBlocksBlocksBlock4Properties(TypedDict, total=False):
    """Keys of ``blocks.block_4.properties`` in ``CrmTimelineLayoutBlocks``."""

    title: str
    block: CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlock


class CrmTimelineLayoutBlocksBlocksBlock4(TypedDict, total=False):
    """Keys of ``blocks.block_4`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    properties: CrmTimelineLayoutBlocksBlocksBlock4Properties


class CrmTimelineLayoutBlocksBlocks(TypedDict, total=False):
    """Keys of ``blocks`` in ``CrmTimelineLayoutBlocks``."""

    block_1: CrmTimelineLayoutBlocksBlocksBlock1
    block_2: CrmTimelineLayoutBlocksBlocksBlock2
    block_3: CrmTimelineLayoutBlocksBlocksBlock3
    block_4: CrmTimelineLayoutBlocksBlocksBlock4


class CrmTimelineLayoutBlocks(TypedDict, total=False):
    """Crm timeline layout blocks, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.html
    """

    blocks: CrmTimelineLayoutBlocksBlocks


class CrmTimelineLayoutBlocksDeleteResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.delete``."""

    success: Required[bool]


class CrmTimelineLayoutBlocksGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.get``."""

    layout: Required[CrmTimelineLayoutBlocks]


class CrmTimelineLayoutBlocksSetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.set``."""

    success: Required[bool]


class CrmTimelineLogmessage(TypedDict, total=False):
    """Crm timeline logmessage, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.html
    """

    id: int
    created: str
    authorId: int
    title: str
    text: str
    iconCode: str


class CrmTimelineLogmessageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.logmessage.add``."""

    entityTypeId: Required[int]
    entityId: Required[int]
    title: Required[str]
    text: Required[str]
    iconCode: Required[str]


class CrmTimelineLogmessageAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logmessage.add``."""

    logMessage: Required[CrmTimelineLogmessage]


class CrmTimelineLogmessageGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logmessage.get``."""

    logMessage: Required[CrmTimelineLogmessage]


class CrmTimelineLogo(TypedDict, total=False):
    """Crm timeline logo, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.html
    """

    code: str
    isSystem: bool
    fileUri: str


class CrmTimelineLogoAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logo.add``."""

    logo: Required[CrmTimelineLogo]


class CrmTimelineLogoGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logo.get``."""

    logo: Required[CrmTimelineLogo]


class CrmTimelineNote(TypedDict, total=False):
    """Crm timeline note, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-get.html
    """

    text: str
    createdById: int
    createdTime: str
    updatedById: int
    updatedTime: str


class CrmTrackingTraceAddEntities(TypedDict, total=False):
    """Keys of the ``ENTITIES`` parameter of ``crm.tracking.trace.add``."""

    TYPE: Required[Literal["COMPANY", "CONTACT", "DEAL", "LEAD", "QUOTE"]]
    ID: Required[int]


class CrmTypeRelationsParent(TypedDict, total=False):
    """Keys of ``relations.parent`` in ``CrmType``."""

    entityTypeId: int
    isChildrenListEnabled: str
    isPredefined: str


class CrmTypeRelationsChild(TypedDict, total=False):
    """Keys of ``relations.child`` in ``CrmType``."""

    entityTypeId: int
    isChildrenListEnabled: str
    isPredefined: str


class CrmTypeRelations(TypedDict, total=False):
    """Keys of ``relations`` in ``CrmType``."""

    parent: list[CrmTypeRelationsParent] | list[Any]
    child: list[CrmTypeRelationsChild]


CrmTypeLinkedUserFields = TypedDict(
    "CrmTypeLinkedUserFields",
    {
        "CALENDAR_EVENT|UF_CRM_CAL_EVENT": str,
        "TASKS_TASK|UF_CRM_TASK": str,
        "TASKS_TASK_TEMPLATE|UF_CRM_TASK": str,
    },
    total=False,
)


class CrmType(TypedDict, total=False):
    """Crm type, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get.html
    """

    id: int
    title: str
    code: str
    createdBy: int
    entityTypeId: int
    customSectionId: Any
    isCategoriesEnabled: str
    isStagesEnabled: str
    isBeginCloseDatesEnabled: str
    isClientEnabled: str
    isUseInUserfieldEnabled: str
    isLinkWithProductsEnabled: str
    isMycompanyEnabled: str
    isDocumentsEnabled: str
    isSourceEnabled: str
    isObserversEnabled: str
    isRecyclebinEnabled: str
    isAutomationEnabled: str
    isBizProcEnabled: str
    isSetOpenPermissions: str
    isPaymentsEnabled: str
    isCountersEnabled: str
    createdTime: str
    updatedTime: str
    updatedBy: int
    relations: CrmTypeRelations
    linkedUserFields: CrmTypeLinkedUserFields
    customSections: list[Any]


class CrmTypeAddFieldsRelations(TypedDict, total=False):
    """Keys of ``fields.relations`` in ``crm.type.add``."""

    parent: Sequence[dict[str, Any]]
    child: Sequence[dict[str, Any]]


class CrmTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.add``."""

    title: Required[str]
    entityTypeId: int
    relations: CrmTypeAddFieldsRelations
    isUseInUserfieldEnabled: Literal["Y", "N"]
    linkedUserFields: dict[str, Any]
    isAutomationEnabled: Literal["Y", "N"]
    isBeginCloseDatesEnabled: Literal["Y", "N"]
    isBizProcEnabled: Literal["Y", "N"]
    isCategoriesEnabled: Literal["Y", "N"]
    isClientEnabled: Literal["Y", "N"]
    isDocumentsEnabled: Literal["Y", "N"]
    isLinkWithProductsEnabled: Literal["Y", "N"]
    isMycompanyEnabled: Literal["Y", "N"]
    isObserversEnabled: Literal["Y", "N"]
    isRecyclebinEnabled: Literal["Y", "N"]
    isSetOpenPermissions: Literal["Y", "N"]
    isSourceEnabled: Literal["Y", "N"]
    isStagesEnabled: Literal["Y", "N"]
    isExternal: bool
    customSectionId: int
    customSections: Sequence[Any] | dict[str, Any]


class CrmTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.add``."""

    type: Required[CrmType]


class CrmTypeFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.type.fields``."""

    id: CrmFieldDescription
    title: CrmFieldDescription
    code: CrmFieldDescription
    createdBy: CrmFieldDescription
    entityTypeId: CrmFieldDescription
    customSectionId: CrmFieldDescription
    isCategoriesEnabled: CrmFieldDescription
    isStagesEnabled: CrmFieldDescription
    isBeginCloseDatesEnabled: CrmFieldDescription
    isClientEnabled: CrmFieldDescription
    isUseInUserfieldEnabled: CrmFieldDescription
    isLinkWithProductsEnabled: CrmFieldDescription
    isMycompanyEnabled: CrmFieldDescription
    isDocumentsEnabled: CrmFieldDescription
    isSourceEnabled: CrmFieldDescription
    isObserversEnabled: CrmFieldDescription
    isRecyclebinEnabled: CrmFieldDescription
    isAutomationEnabled: CrmFieldDescription
    isBizProcEnabled: CrmFieldDescription
    isSetOpenPermissions: CrmFieldDescription
    createdTime: CrmFieldDescription
    updatedTime: CrmFieldDescription
    updatedBy: CrmFieldDescription


class CrmTypeFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.fields``."""

    fields: Required[CrmTypeFieldsResultFields]


class CrmTypeGetByEntityTypeIdResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.getByEntityTypeId``."""

    type: Required[CrmType]


class CrmTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.get``."""

    type: Required[CrmType]


class CrmTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.update``."""

    title: str
    relations: dict[str, Any]
    isUseInUserfieldEnabled: Literal["Y", "N"]
    linkedUserFields: dict[str, Any]
    isAutomationEnabled: Literal["Y", "N"]
    isBeginCloseDatesEnabled: Literal["Y", "N"]
    isBizProcEnabled: bool
    isCategoriesEnabled: bool
    isClientEnabled: Literal["Y", "N"]
    isDocumentsEnabled: bool
    isLinkWithProductsEnabled: bool
    isMycompanyEnabled: bool
    isObserversEnabled: Literal["Y", "N"]
    isRecyclebinEnabled: bool
    isSetOpenPermissions: bool
    isSourceEnabled: Literal["Y", "N"]
    isStagesEnabled: Literal["Y", "N"]
    isExternal: bool
    customSectionId: int
    customSections: Sequence[Any] | dict[str, Any]


class CrmTypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.update``."""

    type: Required[CrmType]


class CrmUserfieldEnumerationFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``crm.userfield.enumeration.fields``."""

    type: str
    title: str
    isReadOnly: bool


class CrmUserfieldEnumerationFieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``crm.userfield.enumeration.fields``."""

    type: str
    title: str


class CrmUserfieldEnumerationFieldsResultValue(TypedDict, total=False):
    """Keys of ``result.VALUE`` in ``crm.userfield.enumeration.fields``."""

    type: str
    title: str


class CrmUserfieldEnumerationFieldsResultDef(TypedDict, total=False):
    """Keys of ``result.DEF`` in ``crm.userfield.enumeration.fields``."""

    type: str
    title: str


class CrmUserfieldEnumerationFieldsResultDel(TypedDict, total=False):
    """Keys of ``result.DEL`` in ``crm.userfield.enumeration.fields``."""

    type: str
    title: str


class CrmUserfieldEnumerationFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.enumeration.fields``."""

    ID: CrmUserfieldEnumerationFieldsResultId
    SORT: CrmUserfieldEnumerationFieldsResultSort
    VALUE: CrmUserfieldEnumerationFieldsResultValue
    DEF: CrmUserfieldEnumerationFieldsResultDef
    DEL: CrmUserfieldEnumerationFieldsResultDel


class CrmUserfieldFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``crm.userfield.fields``."""

    type: str
    title: str
    isReadOnly: bool


class CrmUserfieldFieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``crm.userfield.fields``."""

    type: str
    title: str
    isImmutable: bool


class CrmUserfieldFieldsResultFieldName(TypedDict, total=False):
    """Keys of ``result.FIELD_NAME`` in ``crm.userfield.fields``."""

    type: str
    title: str
    isImmutable: bool


class CrmUserfieldFieldsResultUserTypeId(TypedDict, total=False):
    """Keys of ``result.USER_TYPE_ID`` in ``crm.userfield.fields``."""

    type: str
    title: str
    isImmutable: bool


class CrmUserfieldFieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultMultiple(TypedDict, total=False):
    """Keys of ``result.MULTIPLE`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultMandatory(TypedDict, total=False):
    """Keys of ``result.MANDATORY`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultShowFilter(TypedDict, total=False):
    """Keys of ``result.SHOW_FILTER`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultShowInList(TypedDict, total=False):
    """Keys of ``result.SHOW_IN_LIST`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultEditInList(TypedDict, total=False):
    """Keys of ``result.EDIT_IN_LIST`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultIsSearchable(TypedDict, total=False):
    """Keys of ``result.IS_SEARCHABLE`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultEditFormLabel(TypedDict, total=False):
    """Keys of ``result.EDIT_FORM_LABEL`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultListColumnLabel(TypedDict, total=False):
    """Keys of ``result.LIST_COLUMN_LABEL`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultListFilterLabel(TypedDict, total=False):
    """Keys of ``result.LIST_FILTER_LABEL`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultErrorMessage(TypedDict, total=False):
    """Keys of ``result.ERROR_MESSAGE`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultHelpMessage(TypedDict, total=False):
    """Keys of ``result.HELP_MESSAGE`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResultList(TypedDict, total=False):
    """Keys of ``result.LIST`` in ``crm.userfield.fields``."""

    type: str
    title: str
    isMultiple: bool


class CrmUserfieldFieldsResultSettings(TypedDict, total=False):
    """Keys of ``result.SETTINGS`` in ``crm.userfield.fields``."""

    type: str
    title: str


class CrmUserfieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.fields``."""

    ID: CrmUserfieldFieldsResultId
    ENTITY_ID: CrmUserfieldFieldsResultEntityId
    FIELD_NAME: CrmUserfieldFieldsResultFieldName
    USER_TYPE_ID: CrmUserfieldFieldsResultUserTypeId
    XML_ID: CrmUserfieldFieldsResultXmlId
    SORT: CrmUserfieldFieldsResultSort
    MULTIPLE: CrmUserfieldFieldsResultMultiple
    MANDATORY: CrmUserfieldFieldsResultMandatory
    SHOW_FILTER: CrmUserfieldFieldsResultShowFilter
    SHOW_IN_LIST: CrmUserfieldFieldsResultShowInList
    EDIT_IN_LIST: CrmUserfieldFieldsResultEditInList
    IS_SEARCHABLE: CrmUserfieldFieldsResultIsSearchable
    EDIT_FORM_LABEL: CrmUserfieldFieldsResultEditFormLabel
    LIST_COLUMN_LABEL: CrmUserfieldFieldsResultListColumnLabel
    LIST_FILTER_LABEL: CrmUserfieldFieldsResultListFilterLabel
    ERROR_MESSAGE: CrmUserfieldFieldsResultErrorMessage
    HELP_MESSAGE: CrmUserfieldFieldsResultHelpMessage
    LIST: CrmUserfieldFieldsResultList
    SETTINGS: CrmUserfieldFieldsResultSettings


class CrmUserfieldSettingsFieldsResultDefaultValue(TypedDict, total=False):
    """Keys of ``result.DEFAULT_VALUE`` in ``crm.userfield.settings.fields``."""

    type: str
    title: str


class CrmUserfieldSettingsFieldsResultPrecision(TypedDict, total=False):
    """Keys of ``result.PRECISION`` in ``crm.userfield.settings.fields``."""

    type: str
    title: str


class CrmUserfieldSettingsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.settings.fields``."""

    DEFAULT_VALUE: CrmUserfieldSettingsFieldsResultDefaultValue
    PRECISION: CrmUserfieldSettingsFieldsResultPrecision


class CrmUserfieldTypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.types``."""

    ID: str
    title: str


class CrmVat(TypedDict, total=False):
    """Crm vat, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-get.html
    """

    ID: str
    ACTIVE: str
    C_SORT: str
    NAME: str
    RATE: str | None


class CrmVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.add``."""

    ACTIVE: Literal["Y", "N"]
    C_SORT: int
    NAME: Required[str]
    RATE: Required[float]


class CrmVatFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.vat.fields``."""

    ID: CrmFieldDescription
    TIMESTAMP_X: CrmFieldDescription
    ACTIVE: CrmFieldDescription
    C_SORT: CrmFieldDescription
    NAME: CrmFieldDescription
    RATE: CrmFieldDescription


class CrmVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.update``."""

    ACTIVE: Literal["Y", "N"]
    C_SORT: int
    NAME: Required[str]
    RATE: float
