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
    """Salutation code."""
    NAME: str
    """First name."""
    SECOND_NAME: str
    """Middle name."""
    LAST_NAME: str
    """Last name."""
    COMPANY_TITLE: str
    """Company name."""
    COMPANY_ID: str
    """ID of the company."""


class CrmActivityCommunications(TypedDict, total=False):
    """Keys of ``COMMUNICATIONS`` in ``CrmActivity``."""

    ID: str
    """ID of the communication record."""
    TYPE: str
    """Channel type, such as "PHONE" or "EMAIL"."""
    VALUE: str
    """Phone number, e-mail address or other channel value."""
    ENTITY_ID: str
    """ID of the CRM item the channel belongs to."""
    ENTITY_TYPE_ID: str
    """Entity type ID of that CRM item, such as 3 for a contact."""
    ENTITY_SETTINGS: CrmActivityCommunicationsEntitySettings
    """Name and company details of the person behind the channel."""


class CrmActivityFiles(TypedDict, total=False):
    """Keys of ``FILES`` in ``CrmActivity``."""

    id: int
    """ID of the file."""
    url: str
    """Download address of the file."""


class CrmActivity(TypedDict, total=False):
    """An activity (call, meeting, e-mail, task) in the timeline of a CRM record.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/activity-base/crm-activity-get.html
    """

    ID: str
    """ID of the activity."""
    OWNER_ID: str
    """ID of the CRM item the activity belongs to."""
    OWNER_TYPE_ID: str
    """Entity type ID of that item: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, and so on."""
    TYPE_ID: str
    """Activity type: "1" meeting, "2" call, "3" task, "4" e-mail, "6" provider-managed."""
    PROVIDER_ID: str
    """Code of the provider that handles the activity, such as "VOXIMPLANT_CALL"; read-only."""
    PROVIDER_TYPE_ID: str
    """Type code within the provider."""
    PROVIDER_GROUP_ID: Any
    """Group code within the provider."""
    ASSOCIATED_ENTITY_ID: str
    """ID of the related object, such as a task or calendar event; read-only."""
    SUBJECT: str
    """Subject of the activity."""
    CREATED: str
    """Creation time (ISO 8601)."""
    LAST_UPDATED: str
    """Time of the last change (ISO 8601); read-only."""
    START_TIME: str
    """Start time (ISO 8601)."""
    END_TIME: str
    """End time (ISO 8601)."""
    DEADLINE: str
    """Due time (ISO 8601); taken from START_TIME for calls and meetings and from END_TIME for tasks."""
    COMPLETED: str
    """\"Y" when the activity is done."""
    STATUS: str
    """Status: "1" waiting, "2" completed, "3" completed automatically."""
    RESPONSIBLE_ID: str
    """ID of the responsible user."""
    PRIORITY: str
    """Importance: "1" low, "2" medium, "3" high."""
    NOTIFY_TYPE: str
    """Unit of the reminder: "1" minutes, "2" hours, "3" days; "0" no reminder."""
    NOTIFY_VALUE: str
    """How many units before the start the reminder fires."""
    DESCRIPTION: str
    """Description text."""
    DESCRIPTION_TYPE: str
    """Format of the description: "1" plain text, "2" BB code, "3" HTML."""
    DIRECTION: str
    """Direction: "1" incoming, "2" outgoing (calls and e-mails)."""
    LOCATION: str
    """Place of the activity."""
    SETTINGS: list[Any]
    """Extra settings."""
    ORIGINATOR_ID: Any
    """ID of the external system the activity came from."""
    ORIGIN_ID: Any
    """ID of the activity in that external system."""
    AUTHOR_ID: str
    """ID of the user who created the activity."""
    EDITOR_ID: str
    """ID of the user who last changed the activity; read-only."""
    PROVIDER_PARAMS: list[Any]
    """Extra parameters of the provider."""
    PROVIDER_DATA: Any
    """Extra data of the provider."""
    RESULT_MARK: str
    """Result mark."""
    RESULT_VALUE: Any
    """Result value."""
    RESULT_SUM: Any
    """Result amount."""
    RESULT_CURRENCY_ID: Any
    """Currency of the result amount."""
    RESULT_STATUS: str
    """Result status."""
    RESULT_STREAM: str
    """Report statistics group."""
    RESULT_SOURCE_ID: Any
    """Source of the result."""
    AUTOCOMPLETE_RULE: str
    """ID of the rule that completes the activity automatically."""
    COMMUNICATIONS: list[CrmActivityCommunications]
    """Communication channels of the activity (who was called or written to)."""
    FILES: list[CrmActivityFiles]
    """Files attached to the activity."""


class CrmActivityAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.add``."""

    OWNER_ID: Required[int]
    """ID of the CRM item the activity belongs to."""
    OWNER_TYPE_ID: Required[int]
    """Type of that CRM item, such as 2 for a deal (see crm.enum.ownertype)."""
    TYPE_ID: Required[int]
    """Activity type: 1 meeting, 2 call, 3 task, 4 e-mail, 5 action, 6 custom (crm.enum.activitytype)."""
    ASSOCIATED_ENTITY_ID: int
    """ID of the object linked to the activity, such as a task."""
    COMMUNICATIONS: Required[Sequence[dict[str, Any]]]
    """Contact channels: a list of {"VALUE": phone or e-mail, "ENTITY_ID": client ID, "ENTITY_TYPE_ID": client type}."""
    DEADLINE: datetime.datetime | str
    """Due date and time; derived from START_TIME or END_TIME depending on the type."""
    DESCRIPTION: str
    """Text of the activity."""
    DESCRIPTION_TYPE: int
    """Format of DESCRIPTION: 1 plain text, 2 BBCode, 3 HTML (crm.enum.contenttype)."""
    DIRECTION: int
    """1 incoming or 2 outgoing (crm.enum.activitydirection); for calls and e-mails only."""
    END_TIME: datetime.datetime | str
    """End date and time."""
    FILES: Sequence[dict[str, Any]]
    """Attached files."""
    LOCATION: str
    """Place of the activity, such as a meeting room."""
    NOTIFY_TYPE: int
    """Unit of the reminder offset: 0 none, 1 minutes, 2 hours, 3 days (crm.enum.activitynotifytype)."""
    ORIGINATOR_ID: str
    """ID of the external data source the activity is tied to."""
    ORIGIN_ID: str
    """ID of the activity in that external source."""
    ORIGIN_VERSION: str
    """Version of the activity in the external source, used to keep its data from being overwritten by accident."""
    PRIORITY: int
    """Priority: 1 low, 2 medium, 3 high (crm.enum.activitypriority)."""
    PROVIDER_DATA: str
    """Extra data kept by the activity provider."""
    PROVIDER_GROUP_ID: str
    """Group code of the activity provider."""
    PROVIDER_ID: str
    """Code of the activity provider."""
    PROVIDER_TYPE_ID: str
    """Activity kind within the provider, such as the TYPE_ID of a custom type from crm.activity.type.add."""
    PROVIDER_PARAMS: dict[str, Any]
    """Extra parameters of the activity provider."""
    RESPONSIBLE_ID: Required[int]
    """ID of the user responsible for the activity."""
    SETTINGS: dict[str, Any]
    """Additional settings."""
    START_TIME: datetime.datetime | str
    """Start date and time."""
    STATUS: int
    """Status: 1 waiting, 2 completed, 3 completed automatically (crm.enum.activitystatus)."""
    SUBJECT: str
    """Title of the activity."""
    WEBDAV_ELEMENTS: dict[str, Any]
    """Files from Bitrix24.Drive attached to the activity (legacy)."""
    IS_INCOMING_CHANNEL: str
    """\"Y" when the activity came in through an incoming channel."""
    COMPLETED: Literal["Y", "N"]
    """\"Y" when the activity is done, "N" while it is open."""


class CrmActivityBadge(TypedDict, total=False):
    """A badge that configurable activities can show, such as a call status.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/configurable/badges/crm-activity-badge-get.html
    """

    code: str
    """Badge code, such as "missedCall"."""
    title: str
    """Badge caption."""
    value: str
    """Text shown in the badge, such as "Missed"."""
    type: str
    """Style of the badge, such as "failure"."""


class CrmActivityBadgeAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.add``."""

    badge: Required[CrmActivityBadge]
    """The badge: its code, title, value and type."""


class CrmActivityBadgeGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.get``."""

    badge: Required[CrmActivityBadge]
    """The badge: its code, title, value and type."""


class CrmActivityBadgeListResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.badge.list``."""

    badges: Required[list[CrmActivityBadge]]
    """All registered badges."""


class CrmActivityBinding(TypedDict, total=False):
    """A CRM record an activity is linked to.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/binding/crm-activity-binding-list.html
    """

    entityTypeId: int
    """Entity type ID of the record, such as 2 for a deal."""
    entityId: int
    """ID of the record."""


class CrmActivityCallGetTranscriptResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.call.getTranscript``."""

    transcription: Required[str]
    """Full text of the call transcript."""


class CrmFieldDescriptionSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``CrmFieldDescription``."""

    parentEntityTypeId: int
    """Entity type ID of the parent the field links to."""
    isMyCompany: bool
    """Whether the field links to your own companies."""
    isEmbeddedEditorEnabled: bool
    """Whether the text is edited in the built-in editor."""


class CrmFieldDescriptionDefinitionMode(TypedDict, total=False):
    """Keys of ``definition.MODE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionSingleBeforeStartDateValue(TypedDict, total=False):
    """Keys of ``definition.SINGLE_BEFORE_START_DATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionSingleBeforeStartDateType(TypedDict, total=False):
    """Keys of ``definition.SINGLE_BEFORE_START_DATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionMultipleType(TypedDict, total=False):
    """Keys of ``definition.MULTIPLE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionMultipleInterval(TypedDict, total=False):
    """Keys of ``definition.MULTIPLE_INTERVAL`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionOffsetBegindateType(TypedDict, total=False):
    """Keys of ``definition.OFFSET_BEGINDATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionOffsetBegindateValue(TypedDict, total=False):
    """Keys of ``definition.OFFSET_BEGINDATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionOffsetClosedateType(TypedDict, total=False):
    """Keys of ``definition.OFFSET_CLOSEDATE_TYPE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinitionOffsetClosedateValue(TypedDict, total=False):
    """Keys of ``definition.OFFSET_CLOSEDATE_VALUE`` in ``CrmFieldDescription``."""

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""


class CrmFieldDescriptionDefinition(TypedDict, total=False):
    """Keys of ``definition`` in ``CrmFieldDescription``."""

    MODE: CrmFieldDescriptionDefinitionMode
    """Description of the MODE parameter."""
    SINGLE_BEFORE_START_DATE_VALUE: (
        CrmFieldDescriptionDefinitionSingleBeforeStartDateValue
    )
    """Description of the SINGLE_BEFORE_START_DATE_VALUE parameter."""
    SINGLE_BEFORE_START_DATE_TYPE: (
        CrmFieldDescriptionDefinitionSingleBeforeStartDateType
    )
    """Description of the SINGLE_BEFORE_START_DATE_TYPE parameter."""
    MULTIPLE_TYPE: CrmFieldDescriptionDefinitionMultipleType
    """Description of the MULTIPLE_TYPE parameter."""
    MULTIPLE_INTERVAL: CrmFieldDescriptionDefinitionMultipleInterval
    """Description of the MULTIPLE_INTERVAL parameter."""
    OFFSET_BEGINDATE_TYPE: CrmFieldDescriptionDefinitionOffsetBegindateType
    """Description of the OFFSET_BEGINDATE_TYPE parameter."""
    OFFSET_BEGINDATE_VALUE: CrmFieldDescriptionDefinitionOffsetBegindateValue
    """Description of the OFFSET_BEGINDATE_VALUE parameter."""
    OFFSET_CLOSEDATE_TYPE: CrmFieldDescriptionDefinitionOffsetClosedateType
    """Description of the OFFSET_CLOSEDATE_TYPE parameter."""
    OFFSET_CLOSEDATE_VALUE: CrmFieldDescriptionDefinitionOffsetClosedateValue
    """Description of the OFFSET_CLOSEDATE_VALUE parameter."""


class CrmFieldDescription(TypedDict, total=False):
    """Description of one field: its type, flags and display name.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-fields.html
    """

    type: str
    """Data type of the field, such as "string", "integer", "crm_status" or "user"."""
    isRequired: bool
    """Whether the field must be filled in."""
    isReadOnly: bool
    """Whether the field is read-only."""
    isImmutable: bool
    """Whether the field can be set only when the record is created."""
    isMultiple: bool
    """Whether the field holds several values."""
    isDynamic: bool
    """Whether the field is a custom (user) field."""
    title: str
    """Display name of the field."""
    upperName: str
    """Field name in upper case, as the crm.<entity>.* methods spell it."""
    statusType: str | list[str]
    """Status list the values come from (crm_status fields)."""
    settings: CrmFieldDescriptionSettings
    """Extra settings of the field."""
    isDeprecated: bool
    """Whether the field is outdated."""
    MODE: str
    """Repeat mode: "single" or "multiple"."""
    MULTIPLE_TYPE: str
    """Period unit for the multiple mode: "day", "week", "month" or "year"."""
    MULTIPLE_INTERVAL: int
    """Number of period units between repeats in the multiple mode."""
    SINGLE_BEFORE_START_DATE_TYPE: str
    """Offset unit for the single mode: "day", "week", "month" or "year"."""
    SINGLE_BEFORE_START_DATE_VALUE: int
    """Offset value for the single mode."""
    OFFSET_BEGINDATE_TYPE: str
    """Unit of the start-date offset of the new deal: "day", "week", "month" or "year"."""
    OFFSET_BEGINDATE_VALUE: int
    """Value of the start-date offset of the new deal."""
    OFFSET_CLOSEDATE_TYPE: str
    """Unit of the closing-date offset of the new deal: "day", "week", "month" or "year"."""
    OFFSET_CLOSEDATE_VALUE: int
    """Value of the closing-date offset of the new deal."""
    definition: CrmFieldDescriptionDefinition
    """Descriptions of the recurrence parameters, keyed by parameter name."""
    size: str
    """Size."""


class CrmActivityCommunicationFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.communication.fields``."""

    ID: CrmFieldDescription
    """ID of the communication entry."""
    ACTIVITY_ID: CrmFieldDescription
    """ID of the activity it belongs to."""
    ENTITY_ID: CrmFieldDescription
    """ID of the client (contact, company or lead) the value belongs to."""
    ENTITY_TYPE_ID: CrmFieldDescription
    """Type of that client, such as 3 for a contact."""
    TYPE: CrmFieldDescription
    """Channel kind, such as "PHONE" or "EMAIL"."""
    VALUE: CrmFieldDescription
    """The phone number or e-mail address."""


class CrmActivityConfigurableAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.configurable.add``."""

    typeId: str
    """Activity type: "CONFIGURABLE" by default, or a type registered with IS_CONFIGURABLE_TYPE "Y"."""
    completed: bool
    """Whether the activity is closed; "Y"/"N", 1/0 or true/false."""
    deadline: datetime.datetime | str
    """Due date and time."""
    pingOffsets: Sequence[int]
    """Minutes before the deadline at which reminder entries are created."""
    isIncomingChannel: Literal["Y", "N"]
    """\"Y" when the activity came from an incoming channel."""
    responsibleId: int
    """ID of the user responsible for the activity."""
    badgeCode: str
    """Code of the kanban badge shown for this activity."""
    originatorId: str
    """ID of the external data source."""
    originId: str
    """ID of the record in the external data source."""


class CrmActivityConfigurableAddResultActivity(TypedDict, total=False):
    """Keys of ``result.activity`` in ``crm.activity.configurable.add``."""

    id: int
    """ID of the activity."""


class CrmActivityConfigurableAddResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``crm.activity.configurable.add``."""

    start: float
    """Request start as a Unix timestamp."""
    finish: float
    """Request end as a Unix timestamp."""
    duration: float
    """Total request time in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """Request start as an ISO 8601 date."""
    date_finish: str
    """Request end as an ISO 8601 date."""
    operating: int
    """Time counted against the method's usage limit, in seconds."""


class CrmActivityConfigurableAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.configurable.add``."""

    activity: CrmActivityConfigurableAddResultActivity
    """The activity that was saved."""
    time: CrmActivityConfigurableAddResultTime
    """Timing of the request."""


class CrmActivityConfigurableUpdateResultActivity(TypedDict, total=False):
    """Keys of ``result.activity`` in ``crm.activity.configurable.update``."""

    id: int
    """ID of the activity."""


class CrmActivityConfigurableUpdateResultTime(TypedDict, total=False):
    """Keys of ``result.time`` in ``crm.activity.configurable.update``."""

    start: float
    """Request start as a Unix timestamp."""
    finish: float
    """Request end as a Unix timestamp."""
    duration: float
    """Total request time in seconds."""
    processing: float
    """Time spent running the method, in seconds."""
    date_start: str
    """Request start as an ISO 8601 date."""
    date_finish: str
    """Request end as an ISO 8601 date."""
    operating: int
    """Time counted against the method's usage limit, in seconds."""


class CrmActivityConfigurableUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.configurable.update``."""

    activity: CrmActivityConfigurableUpdateResultActivity
    """The activity that was saved."""
    time: CrmActivityConfigurableUpdateResultTime
    """Timing of the request."""


class CrmActivityFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.fields``."""

    ID: CrmFieldDescription
    """ID of the activity."""
    OWNER_ID: CrmFieldDescription
    """ID of the CRM item the activity belongs to."""
    OWNER_TYPE_ID: CrmFieldDescription
    """Type of that CRM item, such as 2 for a deal (see crm.enum.ownertype)."""
    TYPE_ID: CrmFieldDescription
    """Activity type: 1 meeting, 2 call, 3 task, 4 e-mail, 5 action, 6 custom (crm.enum.activitytype)."""
    ASSOCIATED_ENTITY_ID: CrmFieldDescription
    """ID of the object linked to the activity, such as a task."""
    AUTHOR_ID: CrmFieldDescription
    """ID of the user who created the activity."""
    AUTOCOMPLETE_RULE: CrmFieldDescription
    """ID of the rule that completes the activity automatically."""
    BINDINGS: CrmFieldDescription
    """CRM items the activity is attached to (read-only)."""
    COMMUNICATIONS: CrmFieldDescription
    """Contact channels of the activity: phone numbers or e-mail addresses with the client they belong to."""
    COMPLETED: CrmFieldDescription
    """\"Y" when the activity is done, "N" while it is open."""
    CREATED: CrmFieldDescription
    """Creation date and time."""
    DEADLINE: CrmFieldDescription
    """Due date and time; derived from START_TIME or END_TIME depending on the type."""
    DESCRIPTION: CrmFieldDescription
    """Text of the activity."""
    DESCRIPTION_TYPE: CrmFieldDescription
    """Format of DESCRIPTION: 1 plain text, 2 BBCode, 3 HTML (crm.enum.contenttype)."""
    DIRECTION: CrmFieldDescription
    """1 incoming or 2 outgoing (crm.enum.activitydirection); for calls and e-mails only."""
    EDITOR_ID: CrmFieldDescription
    """ID of the user who last changed the activity."""
    END_TIME: CrmFieldDescription
    """End date and time."""
    FILES: CrmFieldDescription
    """Attached files."""
    LAST_UPDATED: CrmFieldDescription
    """Date and time of the last change."""
    LOCATION: CrmFieldDescription
    """Place of the activity, such as a meeting room."""
    NOTIFY_TYPE: CrmFieldDescription
    """Unit of the reminder offset: 0 none, 1 minutes, 2 hours, 3 days (crm.enum.activitynotifytype)."""
    NOTIFY_VALUE: CrmFieldDescription
    """Reminder offset, counted in NOTIFY_TYPE units."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external data source the activity is tied to."""
    ORIGIN_ID: CrmFieldDescription
    """ID of the activity in that external source."""
    ORIGIN_VERSION: str
    """Version of the activity in the external source, used to keep its data from being overwritten by accident."""
    PRIORITY: CrmFieldDescription
    """Priority: 1 low, 2 medium, 3 high (crm.enum.activitypriority)."""
    PROVIDER_DATA: CrmFieldDescription
    """Extra data kept by the activity provider."""
    PROVIDER_GROUP_ID: CrmFieldDescription
    """Group code of the activity provider."""
    PROVIDER_ID: CrmFieldDescription
    """Code of the activity provider."""
    PROVIDER_TYPE_ID: CrmFieldDescription
    """Activity kind within the provider, such as the TYPE_ID of a custom type from crm.activity.type.add."""
    PROVIDER_PARAMS: CrmFieldDescription
    """Extra parameters of the activity provider."""
    RESPONSIBLE_ID: CrmFieldDescription
    """ID of the user responsible for the activity."""
    RESULT_CURRENCY_ID: CrmFieldDescription
    """Currency of the activity result amount."""
    RESULT_MARK: CrmFieldDescription
    """Result mark of the activity."""
    RESULT_SOURCE_ID: CrmFieldDescription
    """Source code of the activity result."""
    RESULT_STATUS: CrmFieldDescription
    """Result status of the activity."""
    RESULT_STREAM: CrmFieldDescription
    """Report statistics value of the activity."""
    RESULT_SUM: CrmFieldDescription
    """Result amount of the activity."""
    RESULT_VALUE: CrmFieldDescription
    """Result value of the activity."""
    SETTINGS: CrmFieldDescription
    """Additional settings."""
    START_TIME: CrmFieldDescription
    """Start date and time."""
    STATUS: CrmFieldDescription
    """Status: 1 waiting, 2 completed, 3 completed automatically (crm.enum.activitystatus)."""
    SUBJECT: CrmFieldDescription
    """Title of the activity."""
    WEBDAV_ELEMENTS: CrmFieldDescription
    """Files from Bitrix24.Drive attached to the activity (legacy)."""
    IS_INCOMING_CHANNEL: CrmFieldDescription
    """\"Y" when the activity came in through an incoming channel."""


class CrmActivityTodoAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.add``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityTodoUpdateColorResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateColor``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityTodoUpdateDeadlineResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateDeadline``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityTodoUpdateDescriptionResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateDescription``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityTodoUpdateResponsibleUserResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.updateResponsibleUser``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityTodoUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.activity.todo.update``."""

    id: Required[int]
    """ID of the to-do."""


class CrmActivityType(TypedDict, total=False):
    """A custom activity type registered by an application.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/activities/types/crm-activity-type-list.html
    """

    TYPE_ID: str
    """Type code, such as "1C"; activities of this type carry it in PROVIDER_TYPE_ID."""
    NAME: str
    """Display name of the type."""
    IS_CONFIGURABLE_TYPE: str
    """\"Y" when the type is used for configurable activities."""
    ICON_ID: str
    """ID of the icon of the type."""


class CrmActivityTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.type.add``."""

    TYPE_ID: Required[str]
    """Code of the type, such as "1C"; activities of this type carry it in PROVIDER_TYPE_ID."""
    NAME: str
    """Name of the type; empty by default."""
    ICON_FILE: str
    """Icon of the type (uploaded file)."""
    IS_CONFIGURABLE_TYPE: Literal["Y", "N"]
    """\"Y" when the type is for configurable activities."""


class CrmActivityUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.activity.update``."""

    OWNER_ID: int
    """ID of the CRM item the activity belongs to."""
    OWNER_TYPE_ID: int
    """Type of that CRM item, such as 2 for a deal (see crm.enum.ownertype)."""
    TYPE_ID: int
    """Activity type: 1 meeting, 2 call, 3 task, 4 e-mail, 5 action, 6 custom (crm.enum.activitytype)."""
    ASSOCIATED_ENTITY_ID: int
    """ID of the object linked to the activity, such as a task."""
    COMMUNICATIONS: dict[str, Any]
    """Contact channels: a list of {"VALUE": phone or e-mail, "ENTITY_ID": client ID, "ENTITY_TYPE_ID": client type}."""
    DEADLINE: datetime.datetime | str
    """Due date and time; derived from START_TIME or END_TIME depending on the type."""
    DESCRIPTION: str
    """Text of the activity."""
    DESCRIPTION_TYPE: int
    """Format of DESCRIPTION: 1 plain text, 2 BBCode, 3 HTML (crm.enum.contenttype)."""
    DIRECTION: int
    """1 incoming or 2 outgoing (crm.enum.activitydirection); for calls and e-mails only."""
    END_TIME: datetime.datetime | str
    """End date and time."""
    FILES: dict[str, Any]
    """Attached files."""
    LOCATION: str
    """Place of the activity, such as a meeting room."""
    NOTIFY_TYPE: int
    """Unit of the reminder offset: 0 none, 1 minutes, 2 hours, 3 days (crm.enum.activitynotifytype)."""
    ORIGINATOR_ID: str
    """ID of the external data source the activity is tied to."""
    ORIGIN_ID: str
    """ID of the activity in that external source."""
    ORIGIN_VERSION: str
    """Version of the activity in the external source, used to keep its data from being overwritten by accident."""
    PRIORITY: int
    """Priority: 1 low, 2 medium, 3 high (crm.enum.activitypriority)."""
    PROVIDER_DATA: str
    """Extra data kept by the activity provider."""
    PROVIDER_GROUP_ID: str
    """Group code of the activity provider."""
    PROVIDER_ID: str
    """Code of the activity provider."""
    PROVIDER_TYPE_ID: str
    """Activity kind within the provider, such as the TYPE_ID of a custom type from crm.activity.type.add."""
    PROVIDER_PARAMS: dict[str, Any]
    """Extra parameters of the activity provider."""
    RESPONSIBLE_ID: Required[int]
    """ID of the user responsible for the activity."""
    SETTINGS: dict[str, Any]
    """Additional settings."""
    START_TIME: datetime.datetime | str
    """Start date and time."""
    STATUS: int
    """Status: 1 waiting, 2 completed, 3 completed automatically (crm.enum.activitystatus)."""
    SUBJECT: str
    """Title of the activity."""
    WEBDAV_ELEMENTS: dict[str, Any]
    """Files from Bitrix24.Drive attached to the activity (legacy)."""
    IS_INCOMING_CHANNEL: str
    """\"Y" when the activity came in through an incoming channel."""


class CrmAddress(TypedDict, total=False):
    """An address stored on a requisite, lead, contact or company.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/addresses/crm-address-list.html
    """

    TYPE_ID: str
    """Address type ID, such as 1 for the actual address; see crm.enum.addresstype."""
    ENTITY_TYPE_ID: str
    """Entity type ID of the owner, such as 8 for a requisite."""
    ENTITY_ID: str
    """ID of the owner."""
    ADDRESS_1: str
    """Street, building and house number."""
    ADDRESS_2: str
    """Apartment or office."""
    CITY: str
    """City."""
    POSTAL_CODE: str
    """Postal code."""
    REGION: str
    """District."""
    PROVINCE: str
    """Region, state or province."""
    COUNTRY: str
    """Country."""
    COUNTRY_CODE: Any
    """Country code; no longer used."""
    LOC_ADDR_ID: str
    """ID of the matching address in the Location module."""
    ANCHOR_TYPE_ID: str
    """Entity type ID of the main owner (contact or company); filled in automatically."""
    ANCHOR_ID: str
    """ID of the main owner; filled in automatically."""


class CrmAddressAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.add``."""

    TYPE_ID: Required[int]
    """Address type ID (see crm.enum.addresstype)."""
    ENTITY_TYPE_ID: Required[int]
    """Type of the owner: 8 for a requisite or 1 for a lead."""
    ENTITY_ID: Required[str | int]
    """ID of the owner requisite or lead."""
    ADDRESS_1: str
    """Street, house and building."""
    ADDRESS_2: str
    """Apartment or office."""
    CITY: str
    """City."""
    POSTAL_CODE: str
    """Postal code."""
    REGION: str
    """District."""
    PROVINCE: str
    """Region, state or province."""
    COUNTRY: str
    """Country."""
    COUNTRY_CODE: str
    """Country code; unused, kept for compatibility, may be empty."""
    LOC_ADDR_ID: int
    """ID of the matching address object in the location module."""


class CrmAddressDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.delete``."""

    TYPE_ID: Required[int]
    """Address type ID (see crm.enum.addresstype)."""
    ENTITY_TYPE_ID: Required[int]
    """Type of the owner: 8 for a requisite or 1 for a lead."""
    ENTITY_ID: Required[str | int]
    """ID of the owner requisite or lead."""


class CrmAddressFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.address.fields``."""

    TYPE_ID: CrmFieldDescription
    """Address type ID (see crm.enum.addresstype)."""
    ENTITY_TYPE_ID: CrmFieldDescription
    """Type of the owner: 8 for a requisite or 1 for a lead."""
    ENTITY_ID: CrmFieldDescription
    """ID of the owner requisite or lead."""
    ADDRESS_1: CrmFieldDescription
    """Street, house and building."""
    ADDRESS_2: CrmFieldDescription
    """Apartment or office."""
    CITY: CrmFieldDescription
    """City."""
    POSTAL_CODE: CrmFieldDescription
    """Postal code."""
    REGION: CrmFieldDescription
    """District."""
    PROVINCE: CrmFieldDescription
    """Region, state or province."""
    COUNTRY: CrmFieldDescription
    """Country."""
    COUNTRY_CODE: CrmFieldDescription
    """Country code; unused, kept for compatibility, may be empty."""
    LOC_ADDR_ID: CrmFieldDescription
    """ID of the matching address object in the location module."""
    ANCHOR_TYPE_ID: CrmFieldDescription
    """Type of the CRM item the requisite belongs to, such as 4 for a company."""
    ANCHOR_ID: CrmFieldDescription
    """ID of the CRM item the requisite belongs to."""


class CrmAddressListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``crm.address.list``."""

    TYPE_ID: int
    """Include TYPE_ID in the result."""
    ENTITY_TYPE_ID: int
    """Include ENTITY_TYPE_ID in the result."""
    ENTITY_ID: str
    """Include ENTITY_ID in the result."""
    ADDRESS_1: str
    """Include ADDRESS_1 in the result."""
    ADDRESS_2: str
    """Include ADDRESS_2 in the result."""
    CITY: str
    """Include CITY in the result."""
    POSTAL_CODE: str
    """Include POSTAL_CODE in the result."""
    REGION: str
    """Include REGION in the result."""
    PROVINCE: str
    """Include PROVINCE in the result."""
    COUNTRY: str
    """Include COUNTRY in the result."""
    COUNTRY_CODE: str
    """Include COUNTRY_CODE in the result."""
    LOC_ADDR_ID: int
    """Include LOC_ADDR_ID in the result."""
    ANCHOR_TYPE_ID: int
    """Include ANCHOR_TYPE_ID in the result."""
    ANCHOR_ID: int
    """Include ANCHOR_ID in the result."""


class CrmAddressUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.address.update``."""

    TYPE_ID: Required[int]
    """Address type ID (see crm.enum.addresstype)."""
    ENTITY_TYPE_ID: Required[int]
    """Type of the owner: 8 for a requisite or 1 for a lead."""
    ENTITY_ID: Required[str | int]
    """ID of the owner requisite or lead."""
    ADDRESS_1: str
    """Street, house and building."""
    ADDRESS_2: str
    """Apartment or office."""
    CITY: str
    """City."""
    POSTAL_CODE: str
    """Postal code."""
    REGION: str
    """District."""
    PROVINCE: str
    """Region, state or province."""
    COUNTRY: str
    """Country."""
    COUNTRY_CODE: str
    """Country code; unused, kept for compatibility, may be empty."""
    LOC_ADDR_ID: int
    """ID of the matching address object in the location module."""


class CrmAutomatedsolution(TypedDict, total=False):
    """A digital workplace (automated solution) that groups smart processes.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/automated-solution/crm-automated-solution-get.html
    """

    id: int
    """ID of the digital workplace."""
    title: str
    """Name of the digital workplace."""
    typeIds: list[int]
    """IDs of the smart process types in it."""


class CrmAutomatedsolutionAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.add``."""

    title: Required[str]
    """Name of the digital workplace."""
    typeIds: Sequence[int]
    """entityTypeId values of the smart process types it should contain."""


class CrmAutomatedsolutionAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.add``."""

    automatedSolution: Required[CrmAutomatedsolution]
    """The digital workplace: ID, title and smart process types."""


class CrmAutomatedsolutionFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.fields``."""

    id: CrmFieldDescription
    """ID of the digital workplace."""
    title: CrmFieldDescription
    """Name of the digital workplace."""
    typeIds: CrmFieldDescription
    """entityTypeId values of its smart process types."""


class CrmAutomatedsolutionGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.get``."""

    automatedSolution: Required[CrmAutomatedsolution]
    """The digital workplace: ID, title and smart process types."""


class CrmAutomatedsolutionUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.automatedsolution.update``."""

    title: str
    """Name of the digital workplace."""
    typeIds: Sequence[int]
    """entityTypeId values of the smart process types it should contain."""


class CrmAutomatedsolutionUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.automatedsolution.update``."""

    automatedSolution: Required[CrmAutomatedsolution]
    """The digital workplace: ID, title and smart process types."""


class CrmCalllist(TypedDict, total=False):
    """A call list: CRM records to be called in one campaign.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-get.html
    """

    ID: str
    """ID of the call list."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    CREATED_BY_ID: str
    """ID of the user who created the call list."""
    WEBFORM_ID: str
    """ID of the linked CRM form."""
    ENTITY_TYPE_ID: str
    """Entity type ID of the records in the list."""
    ENTITY_TYPE: str
    """Type of the records in the list, such as "CONTACT"."""


class CrmCalllistItems(TypedDict, total=False):
    """One record in a call list with its call status.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/call-list/crm-calllist-items-get.html
    """

    ID: int
    """ID of the CRM record."""
    STATUS: str
    """Call status code, such as "IN_WORK"; see crm.calllist.statuslist."""
    ENTITY_TYPE: int
    """Entity type ID of the record, such as 3 for a contact."""


class CrmCalllistStatuslistResult(TypedDict, total=False):
    """Keys of the result of ``crm.calllist.statuslist``."""

    ID: int
    """ID of the status."""
    NAME: str
    """Name of the status."""
    SORT: int
    """Sort index."""
    STATUS_ID: str
    """Status code, used to filter crm.calllist.items.get."""


class CrmCategory(TypedDict, total=False):
    """A pipeline (category) of deals or smart process items.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/category/crm-category-get.html
    """

    id: int
    """ID of the pipeline."""
    name: str
    """Name of the pipeline."""
    sort: int
    """Sort order."""
    entityTypeId: int
    """Entity type ID the pipeline belongs to."""
    isDefault: str
    """\"Y" for the default pipeline."""
    originId: str
    """ID of the pipeline in an external system."""
    originatorId: str
    """ID of the external system."""


class CrmCategoryAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.add``."""

    name: Required[str]
    """Pipeline name: up to 255 characters, not blank."""
    sort: int
    """Sort index, not negative."""
    isDefault: Literal["Y", "N"]
    """\"Y" makes this the default pipeline (smart processes only)."""


class CrmCategoryAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.add``."""

    category: Required[CrmCategory]
    """The pipeline: ID, name, sort index, default flag."""


class CrmCategoryFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.category.fields``."""

    id: CrmFieldDescription
    """ID of the pipeline."""
    name: CrmFieldDescription
    """Pipeline name."""
    sort: CrmFieldDescription
    """Sort index."""
    entityTypeId: CrmFieldDescription
    """CRM object type the pipeline belongs to."""
    isDefault: CrmFieldDescription
    """Whether this is the default pipeline."""
    originId: CrmFieldDescription
    """Origin ID used when syncing with an external source (deals only)."""
    originatorId: CrmFieldDescription
    """Originator ID used when syncing with an external source (deals only)."""


class CrmCategoryFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.fields``."""

    fields: Required[CrmCategoryFieldsResultFields]
    """Descriptions of the pipeline fields, keyed by field name."""


class CrmCategoryGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.get``."""

    category: Required[CrmCategory]
    """The pipeline: ID, name, sort index, default flag."""


class CrmCategoryUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.category.update``."""

    name: str
    """Pipeline name: up to 255 characters, not blank."""
    sort: int
    """Sort index, not negative."""
    isDefault: Literal["Y", "N"]
    """\"Y" makes this the default pipeline (smart processes only)."""


class CrmCategoryUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.category.update``."""

    category: Required[CrmCategory]
    """The pipeline: ID, name, sort index, default flag."""


class CrmCompanyPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmCompany``."""

    ID: str
    """ID of this value."""
    VALUE_TYPE: str
    """Kind of phone number: "WORK", "MOBILE", "FAX", "HOME", "PAGER", "MAILING" or "OTHER"."""
    VALUE: str
    """The phone number itself."""
    TYPE_ID: str
    """Multi-value field the value belongs to; here "PHONE"."""


class CrmCompany(TypedDict, total=False):
    """A company record with its contact data, address and marketing tags.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/crm-company-get.html
    """

    ID: str
    """ID of the company."""
    COMPANY_TYPE: str
    """Company type code from the COMPANY_TYPE status list, such as "CUSTOMER"."""
    TITLE: str
    """Company name."""
    LOGO: Any
    """Company logo (a file object)."""
    LEAD_ID: Any
    """ID of the lead the company was created from; read-only."""
    HAS_PHONE: str
    """\"Y" when at least one phone number is filled in; read-only."""
    HAS_EMAIL: str
    """\"Y" when at least one e-mail address is filled in; read-only."""
    HAS_IMOL: str
    """\"Y" when an Open Channel conversation is linked; read-only."""
    ASSIGNED_BY_ID: str
    """ID of the responsible user."""
    CREATED_BY_ID: str
    """ID of the user who created the company."""
    MODIFY_BY_ID: str
    """ID of the user who last changed the company."""
    BANKING_DETAILS: str
    """Bank details as free text."""
    INDUSTRY: str
    """Industry code from the INDUSTRY status list, such as "IT"."""
    REVENUE: str
    """Annual revenue."""
    CURRENCY_ID: str
    """Currency code, such as "USD"."""
    EMPLOYEES: str
    """Headcount range code from the EMPLOYEES status list, such as "EMPLOYEES_1"."""
    COMMENTS: str
    """Comment; may hold BB code."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    OPENED: str
    """\"Y" when every user may see the company (counts for roles with "all open" access)."""
    IS_MY_COMPANY: str
    """\"Y" for one of your own companies (a "my company" record)."""
    ORIGINATOR_ID: Any
    """ID of the external system the company was imported from."""
    ORIGIN_ID: Any
    """ID of the company in that external system."""
    ORIGIN_VERSION: Any
    """Version of the data in the external system; guards imported data against being overwritten by accident."""
    ADDRESS: Any
    """Street address (first line)."""
    ADDRESS_2: Any
    """Second line of the address."""
    ADDRESS_CITY: Any
    """City."""
    ADDRESS_POSTAL_CODE: Any
    """Postal code."""
    ADDRESS_REGION: Any
    """District."""
    ADDRESS_PROVINCE: Any
    """Region, state or province."""
    ADDRESS_COUNTRY: Any
    """Country."""
    ADDRESS_COUNTRY_CODE: Any
    """Country code."""
    ADDRESS_LOC_ADDR_ID: Any
    """ID of the matching location address; for internal use."""
    ADDRESS_LEGAL: Any
    """Legal address as one string (outdated; see the REG_ADDRESS_* keys)."""
    REG_ADDRESS: Any
    """Legal address: street (first line)."""
    REG_ADDRESS_2: Any
    """Legal address: second line."""
    REG_ADDRESS_CITY: Any
    """Legal address: city."""
    REG_ADDRESS_POSTAL_CODE: Any
    """Legal address: postal code."""
    REG_ADDRESS_REGION: Any
    """Legal address: district."""
    REG_ADDRESS_PROVINCE: Any
    """Legal address: region, state or province."""
    REG_ADDRESS_COUNTRY: Any
    """Legal address: country."""
    REG_ADDRESS_COUNTRY_CODE: Any
    """Legal address: country code."""
    REG_ADDRESS_LOC_ADDR_ID: Any
    """Legal address: ID of the matching location address; for internal use."""
    UTM_SOURCE: Any
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: Any
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: Any
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: Any
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: Any
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_BY: str
    """ID of the user behind the latest timeline activity."""
    LAST_ACTIVITY_TIME: str
    """Time of the latest timeline activity (ISO 8601)."""
    LAST_COMMUNICATION_TIME: Any
    """Time of the latest communication with the client."""
    PHONE: list[CrmCompanyPhone]
    """Phone numbers."""


class CrmCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.add``."""

    TITLE: str
    """Company name."""
    COMPANY_TYPE: str
    """Company type code from the COMPANY_TYPE status list, such as "CUSTOMER"."""
    INDUSTRY: str
    """Industry code from the INDUSTRY status list, such as "IT"."""
    EMPLOYEES: str
    """Headcount range code from the EMPLOYEES status list, such as "EMPLOYEES_1"."""
    CURRENCY_ID: str
    """Currency code, such as "USD" or "EUR"."""
    REVENUE: float
    """Annual revenue, in CURRENCY_ID."""
    LOGO: dict[str, Any]
    """Company logo image (uploaded file)."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the company available to every user; "N" leaves access to the rights settings."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the company."""
    COMMENTS: str
    """Free-text comment."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: Sequence[dict[str, Any]]
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: Sequence[dict[str, Any]]
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: Sequence[dict[str, Any]]
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    UTM_SOURCE: str
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: Literal["CPC", "CPM"]
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: str
    """Ad content marker (utm_content)."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    IS_MY_COMPANY: Literal["Y", "N"]
    """\"Y" marks one of your own companies (used as the seller in documents)."""


class CrmCompanyContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.add``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this the primary contact of the company."""
    SORT: int
    """Position of the contact among the company's links."""


class CrmCompanyContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.contact.delete``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""


class CrmCompanyContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.company.contact.fields``."""

    SORT: CrmFieldDescription
    """Position of the contact among the company's links."""
    IS_PRIMARY: CrmFieldDescription
    """Whether this is the primary contact of the company."""
    CONTACT_ID: CrmFieldDescription
    """ID of the linked contact."""


class CrmCompanyContactItems(TypedDict, total=False):
    """A contact linked to a company.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/contacts/crm-company-contact-items-get.html
    """

    CONTACT_ID: int
    """ID of the linked contact."""
    SORT: int
    """Sort order of the link."""
    ROLE_ID: int
    """Role of the link; reserved, always 0."""
    IS_PRIMARY: str
    """\"Y" for the primary link."""


class CrmCompanyContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.company.contact.items.set``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this the primary contact of the company."""
    SORT: int
    """Position of the contact among the company's links."""


class CrmCompanyDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmCompanyDetailsConfiguration``."""

    defaultCountry: str
    """Country code the phone field starts with, such as "US"."""


class CrmCompanyDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmCompanyDetailsConfiguration``."""

    name: str
    """Field code, such as "TITLE" or "UF_CRM_1"."""
    optionFlags: str
    """\"1" shows the field always, "0" not always."""
    options: CrmCompanyDetailsConfigurationElementsOptions
    """Extra display options of the field."""


class CrmCompanyDetailsConfiguration(TypedDict, total=False):
    """A section of the company card layout and the fields it shows.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/custom-form/crm-company-details-configuration-get.html
    """

    name: str
    """Code of the card section, such as "main"."""
    title: str
    """Section heading shown in the card."""
    type: str
    """Kind of block; "section" for a section."""
    elements: list[CrmCompanyDetailsConfigurationElements]
    """Fields placed in the section, in display order."""


class CrmCompanyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.company.fields``."""

    ID: CrmFieldDescription
    """ID of the company (read-only)."""
    TITLE: CrmFieldDescription
    """Company name."""
    COMPANY_TYPE: CrmFieldDescription
    """Company type code from the COMPANY_TYPE status list, such as "CUSTOMER"."""
    LOGO: CrmFieldDescription
    """Company logo image (uploaded file)."""
    ADDRESS: CrmFieldDescription
    """Address: street and building (legacy field; addresses now live in requisites)."""
    BANKING_DETAILS: CrmFieldDescription
    """Bank details as free text."""
    INDUSTRY: CrmFieldDescription
    """Industry code from the INDUSTRY status list, such as "IT"."""
    EMPLOYEES: CrmFieldDescription
    """Headcount range code from the EMPLOYEES status list, such as "EMPLOYEES_1"."""
    CURRENCY_ID: CrmFieldDescription
    """Currency code, such as "USD" or "EUR"."""
    REVENUE: CrmFieldDescription
    """Annual revenue, in CURRENCY_ID."""
    OPENED: CrmFieldDescription
    """\"Y" makes the company available to every user; "N" leaves access to the rights settings."""
    COMMENTS: CrmFieldDescription
    """Free-text comment."""
    HAS_PHONE: CrmFieldDescription
    """\"Y" when at least one phone number is filled in."""
    HAS_EMAIL: CrmFieldDescription
    """\"Y" when at least one e-mail address is filled in."""
    HAS_IMOL: CrmFieldDescription
    """\"Y" when an Open Channel conversation is linked."""
    IS_MY_COMPANY: CrmFieldDescription
    """\"Y" marks one of your own companies (used as the seller in documents)."""
    ASSIGNED_BY_ID: CrmFieldDescription
    """ID of the user responsible for the company."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the company."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the company."""
    DATE_CREATE: CrmFieldDescription
    """Creation date and time."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    CONTACT_ID: CrmFieldDescription
    """IDs of the contacts linked to the company; use crm.company.contact.* to change links one by one."""
    LEAD_ID: CrmFieldDescription
    """ID of the lead the company was created from."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external system the record was imported from."""
    ORIGIN_ID: CrmFieldDescription
    """ID of the record in that external system."""
    ORIGIN_VERSION: CrmFieldDescription
    """Version of the record in the external system, used to keep its data from being overwritten by accident."""
    UTM_SOURCE: CrmFieldDescription
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: CrmFieldDescription
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: CrmFieldDescription
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: CrmFieldDescription
    """Ad content marker (utm_content)."""
    UTM_TERM: CrmFieldDescription
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_TIME: CrmFieldDescription
    """Date and time of the latest timeline activity."""
    LAST_ACTIVITY_BY: CrmFieldDescription
    """ID of the user behind the latest timeline activity."""
    LAST_COMMUNICATION_TIME: CrmFieldDescription
    """Date and time of the last communication with the client."""
    PHONE: CrmFieldDescription
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: CrmFieldDescription
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: CrmFieldDescription
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: CrmFieldDescription
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    LINK: CrmFieldDescription
    """Linked external profiles, as multi-value entries with VALUE and VALUE_TYPE."""
    ADDRESS_2: CrmFieldDescription
    """Address line 2: apartment or office (legacy field)."""
    ADDRESS_CITY: CrmFieldDescription
    """City of the address (legacy field)."""
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    """Postal code of the address (legacy field)."""
    ADDRESS_REGION: CrmFieldDescription
    """District of the address (legacy field)."""
    ADDRESS_PROVINCE: CrmFieldDescription
    """Region or state of the address (legacy field)."""
    ADDRESS_COUNTRY: CrmFieldDescription
    """Country of the address (legacy field)."""
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    """Country code of the address (legacy field)."""
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    """ID of the address in the location module (legacy field)."""
    ADDRESS_LEGAL: CrmFieldDescription
    """Legal address as text (legacy field)."""
    REG_ADDRESS: CrmFieldDescription
    """Registered address: street and building (legacy field)."""
    REG_ADDRESS_2: CrmFieldDescription
    """Registered address line 2: apartment or office (legacy field)."""
    REG_ADDRESS_CITY: CrmFieldDescription
    """City of the registered address (legacy field)."""
    REG_ADDRESS_POSTAL_CODE: CrmFieldDescription
    """Postal code of the registered address (legacy field)."""
    REG_ADDRESS_REGION: CrmFieldDescription
    """District of the registered address (legacy field)."""
    REG_ADDRESS_PROVINCE: CrmFieldDescription
    """Region or state of the registered address (legacy field)."""
    REG_ADDRESS_COUNTRY: CrmFieldDescription
    """Country of the registered address (legacy field)."""
    REG_ADDRESS_COUNTRY_CODE: CrmFieldDescription
    """Country code of the registered address (legacy field)."""
    REG_ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    """ID of the registered address in the location module (legacy field)."""


class CrmCompanyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.update``."""

    TITLE: str
    """Company name."""
    COMPANY_TYPE: str
    """Company type code from the COMPANY_TYPE status list, such as "CUSTOMER"."""
    LOGO: tuple[str, str]
    """Company logo image (uploaded file)."""
    INDUSTRY: str
    """Industry code from the INDUSTRY status list, such as "IT"."""
    EMPLOYEES: str
    """Headcount range code from the EMPLOYEES status list, such as "EMPLOYEES_1"."""
    CURRENCY_ID: str
    """Currency code, such as "USD" or "EUR"."""
    REVENUE: float
    """Annual revenue, in CURRENCY_ID."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the company available to every user; "N" leaves access to the rights settings."""
    COMMENTS: str
    """Free-text comment."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the company."""
    CONTACT_ID: int
    """IDs of the contacts linked to the company; use crm.company.contact.* to change links one by one."""
    ORIGINATOR_ID: str
    """ID of the external system the record was imported from."""
    ORIGIN_ID: str
    """ID of the record in that external system."""
    ORIGIN_VERSION: str
    """Version of the record in the external system, used to keep its data from being overwritten by accident."""
    UTM_SOURCE: str
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: Literal["CPC", "CPM"]
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: str
    """Ad content marker (utm_content)."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: Sequence[dict[str, Any]]
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: Sequence[dict[str, Any]]
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: Sequence[dict[str, Any]]
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    LINK: Sequence[dict[str, Any]]
    """Linked external profiles, as multi-value entries with VALUE and VALUE_TYPE."""


class CrmCompanyUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmCompanyUserfield``."""

    ID: str
    """ID of the calendar section of the resource."""
    CAL_TYPE: str
    """Calendar type, such as "resource"."""
    NAME: str
    """Name of the resource, such as a room."""


class CrmCompanyUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmCompanyUserfield``."""

    XML_ID: str
    """Code of the resource type."""
    NAME: str
    """Name of the resource type."""
    SECTIONS: list[CrmCompanyUserfieldSettingsResourcesResourceSections]
    """Resources of this type (calendar sections)."""


class CrmCompanyUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmCompanyUserfield``."""

    resource: CrmCompanyUserfieldSettingsResourcesResource
    """The "resource" type of bookable resources."""


class CrmCompanyUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmCompanyUserfield``."""

    type: str
    """Resource type, such as "resource"."""
    id: str
    """ID of the resource."""
    title: str
    """Name of the resource."""


class CrmCompanyUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmCompanyUserfield``."""

    name: str
    """Name of the service."""
    duration: str
    """Duration of the service."""


class CrmCompanyUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmCompanyUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str
    """Default value; for date fields an object with VALUE and TYPE."""
    ENTITY_TYPE: str
    """Status list the field takes values from (crm_status fields); see crm.status.entity.types."""
    DISPLAY: str
    """Appearance, such as "LIST", "UI", "CHECKBOX" or "DIALOG" (for yes/no fields "CHECKBOX", "RADIO" or "DROPDOWN")."""
    LIST_HEIGHT: int
    """Height of the list, or of the preview for file fields."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice (list fields)."""
    SHOW_NO_VALUE: str
    """\"Y" shows an empty choice (list fields)."""
    LIST_WIDTH: int
    """Width of the preview in the list (file fields)."""
    MAX_SHOW_SIZE: int
    """Largest file size that is still previewed (file fields)."""
    MAX_ALLOWED_SIZE: int
    """Largest file size allowed (file fields)."""
    EXTENSIONS: list[Any]
    """File extensions allowed (file fields)."""
    TARGET_BLANK: str
    """\"Y" opens the file or link in a new tab."""
    USE_USERS: str
    """\"Y" lets employees be booked (resource booking fields)."""
    USE_RESOURCES: str
    """\"Y" lets resources be booked (resource booking fields)."""
    RESOURCES: CrmCompanyUserfieldSettingsResources
    """Resource types and their calendar sections (resource booking fields)."""
    SELECTED_RESOURCES: list[CrmCompanyUserfieldSettingsSelectedResources]
    """Resources offered for booking."""
    SELECTED_USERS: list[Any]
    """IDs of the employees offered for booking."""
    FULL_DAY: str
    """\"Y" books whole days instead of time slots."""
    ALLOW_OVERBOOKING: str
    """\"Y" allows overlapping bookings of the same resource."""
    USE_SERVICES: str
    """\"Y" lets the user pick a service when booking."""
    SERVICE_LIST: list[CrmCompanyUserfieldSettingsServiceList]
    """Services that can be booked."""
    RESOURCE_LIMIT: int
    """Limit on the number of resources."""
    TIMEZONE: str
    """Time zone of the bookings, such as "Europe/Berlin"."""
    USE_USER_TIMEZONE: str
    """\"Y" shows bookings in the time zone of each user."""


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
    """ID of the choice."""
    SORT: str
    """Sort order of the choice."""
    VALUE: str
    """Text of the choice."""
    DEF: str
    """\"Y" when the choice is the default one."""
    XML_ID: str
    """External ID of the choice."""


class CrmCompanyUserfield(TypedDict, total=False):
    """A custom field of companys: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/companies/userfields/crm-company-userfield-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_COMPANY" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmCompanyUserfieldSettings
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmCompanyUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmCompanyUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmCompanyUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: CrmCompanyUserfieldErrorMessage | str | None
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: CrmCompanyUserfieldHelpMessage | str | None
    """Help text for the field: one string, or texts keyed by language code."""
    LIST: list[CrmCompanyUserfieldList]
    """Choices of an "enumeration" (list) field."""


class CrmCompanyUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.company.userfield.add``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""
    DISPLAY: str
    """Look of the input: "LIST", "UI", "CHECKBOX" or "DIALOG" for enumerations; "CHECKBOX", "RADIO" or "DROPDOWN" for booleans."""
    LIST_HEIGHT: int
    """Visible height of a list field; only with DISPLAY "LIST" or "UI"."""


class CrmCompanyUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.company.userfield.add``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option in the list."""
    DEF: Literal["Y", "N"]
    """\"Y" makes the option selected by default."""
    XML_ID: str
    """External code of the option."""


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
    """Data type of the field: "string", "integer", "double", "boolean", "date", "datetime", "money", "url", "address", "enumeration", "file", "employee", "crm_status", "iblock_section", "iblock_element", "crm" or a custom type."""
    FIELD_NAME: Required[str]
    """Field code; the UF_CRM_ prefix is added when missing, so "NOTE" becomes "UF_CRM_NOTE". Up to 50 characters with the prefix; A-Z, 0-9 and _."""
    LABEL: str
    """Default label, copied into every label and message you do not pass."""
    XML_ID: str
    """External code of the field."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; boolean fields cannot be multiple."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    SETTINGS: CrmCompanyUserfieldAddFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[CrmCompanyUserfieldAddFieldsList]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""


class CrmCompanyUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.company.userfield.update``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""


class CrmCompanyUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.company.userfield.update``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option in the list."""
    DEF: bool
    """\"Y" makes the option selected by default."""
    XML_ID: str
    """External code of the option."""


class CrmCompanyUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.company.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    XML_ID: str
    """External code of the field."""
    SETTINGS: CrmCompanyUserfieldUpdateFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[CrmCompanyUserfieldUpdateFieldsList]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""


class CrmContactPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmContact``."""

    ID: str
    """ID of this value."""
    VALUE_TYPE: str
    """Kind of phone number: "WORK", "MOBILE", "FAX", "HOME", "PAGER", "MAILING" or "OTHER"."""
    VALUE: str
    """The phone number itself."""
    TYPE_ID: str
    """Multi-value field the value belongs to; here "PHONE"."""


class CrmContactEmail(TypedDict, total=False):
    """Keys of ``EMAIL`` in ``CrmContact``."""

    ID: str
    """ID of this value."""
    VALUE_TYPE: str
    """Kind of e-mail address: "WORK", "HOME", "MAILING" or "OTHER"."""
    VALUE: str
    """The e-mail address itself."""
    TYPE_ID: str
    """Multi-value field the value belongs to; here "EMAIL"."""


class CrmContact(TypedDict, total=False):
    """A contact person with name, contact data and address.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/crm-contact-get.html
    """

    ID: str
    """ID of the contact."""
    POST: str
    """Job title."""
    COMMENTS: str
    """Comment; may hold BB code."""
    HONORIFIC: str
    """Salutation code from the HONORIFIC status list, such as "HNR_RU_1"."""
    NAME: str
    """First name."""
    SECOND_NAME: str
    """Middle name."""
    LAST_NAME: str
    """Last name."""
    PHOTO: Any
    """Photo of the contact (a file object)."""
    LEAD_ID: Any
    """ID of the lead the contact was created from; read-only."""
    TYPE_ID: str
    """Contact type code from the CONTACT_TYPE status list, such as "CLIENT"."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str
    """Free-text details about the source."""
    COMPANY_ID: str
    """ID of the main company of the contact; use crm.contact.company.items.get for all of them."""
    BIRTHDATE: str
    """Date of birth."""
    EXPORT: str
    """\"Y" when the contact is included in exports."""
    HAS_PHONE: str
    """\"Y" when at least one phone number is filled in; read-only."""
    HAS_EMAIL: str
    """\"Y" when at least one e-mail address is filled in; read-only."""
    HAS_IMOL: str
    """\"Y" when an Open Channel conversation is linked; read-only."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    ASSIGNED_BY_ID: str
    """ID of the responsible user."""
    CREATED_BY_ID: str
    """ID of the user who created the contact."""
    MODIFY_BY_ID: str
    """ID of the user who last changed the contact."""
    OPENED: str
    """\"Y" when every user may see the contact (counts for roles with "all open" access)."""
    ORIGINATOR_ID: Any
    """ID of the external system the contact was imported from."""
    ORIGIN_ID: Any
    """ID of the contact in that external system."""
    ORIGIN_VERSION: Any
    """Version of the data in the external system; guards imported data against being overwritten by accident."""
    FACE_ID: Any
    """Link to a face from the face recognition (faceid) module."""
    LAST_ACTIVITY_TIME: str
    """Time of the latest timeline activity (ISO 8601)."""
    ADDRESS: Any
    """Street address (first line)."""
    ADDRESS_2: Any
    """Second line of the address."""
    ADDRESS_CITY: Any
    """City."""
    ADDRESS_POSTAL_CODE: Any
    """Postal code."""
    ADDRESS_REGION: Any
    """District."""
    ADDRESS_PROVINCE: Any
    """Region, state or province."""
    ADDRESS_COUNTRY: Any
    """Country."""
    ADDRESS_LOC_ADDR_ID: Any
    """ID of the matching location address; for internal use."""
    UTM_SOURCE: str
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: str
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: str
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: str
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_BY: str
    """ID of the user behind the latest timeline activity."""
    PHONE: list[CrmContactPhone]
    """Phone numbers."""
    EMAIL: list[CrmContactEmail]
    """E-mail addresses."""


class CrmContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.add``."""

    HONORIFIC: str
    """Salutation code from the HONORIFIC status list."""
    NAME: str
    """First name."""
    SECOND_NAME: str
    """Middle name."""
    LAST_NAME: str
    """Last name."""
    PHOTO: dict[str, Any]
    """Photo (uploaded file)."""
    BIRTHDATE: datetime.date | str
    """Date of birth."""
    TYPE_ID: str
    """Contact type code from the CONTACT_TYPE status list, such as "CLIENT"."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str
    """Free-text notes on where the contact came from."""
    POST: str
    """Job title."""
    COMMENTS: str
    """Free-text comment."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the contact available to every user; "N" leaves access to the rights settings."""
    EXPORT: Literal["Y", "N"]
    """\"Y" lets the contact be exported."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the contact."""
    COMPANY_ID: int
    """ID of the contact's company (the first one when there are several)."""
    COMPANY_IDS: Sequence[int]
    """IDs of all companies the contact is linked to."""
    UTM_SOURCE: str
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: Literal["CPC", "CPM"]
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: str
    """Ad content marker (utm_content)."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    TRACE: str
    """Tracking data for end-to-end sales analytics."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: Sequence[dict[str, Any]]
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: Sequence[dict[str, Any]]
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: Sequence[dict[str, Any]]
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    LINK: Sequence[dict[str, Any]]
    """Linked external profiles, as multi-value entries with VALUE and VALUE_TYPE."""


class CrmContactAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.contact.add``."""

    REGISTER_SONET_EVENT: bool
    """\"Y" posts the change to the activity stream."""
    IMPORT: bool
    """\"Y" treats the call as an import, so DATE_CREATE, DATE_MODIFY and CREATED_BY_ID can be set."""


class CrmContactCompanyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.company.add``."""

    COMPANY_ID: Required[int]
    """ID of the company."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this the primary company of the contact."""
    SORT: int
    """Position of the company among the contact's links."""


class CrmContactCompanyDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.company.delete``."""

    COMPANY_ID: Required[int]
    """ID of the company."""


class CrmContactCompanyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.contact.company.fields``."""

    SORT: CrmFieldDescription
    """Position of the company among the contact's links."""
    IS_PRIMARY: CrmFieldDescription
    """Whether this is the primary company of the contact."""
    COMPANY_ID: CrmFieldDescription
    """ID of the linked company."""


class CrmContactCompanyItems(TypedDict, total=False):
    """A company linked to a contact.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/company/crm-contact-company-items-get.html
    """

    COMPANY_ID: int
    """ID of the linked company."""
    SORT: int
    """Sort order of the link."""
    ROLE_ID: int
    """Role of the link; reserved, always 0."""
    IS_PRIMARY: str
    """\"Y" for the primary link."""


class CrmContactCompanyItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.contact.company.items.set``."""

    COMPANY_ID: Required[int]
    """ID of the company."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this the primary company of the contact."""
    SORT: int
    """Position of the company among the contact's links."""


class CrmContactDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmContactDetailsConfiguration``."""

    defaultCountry: str
    """Country code the phone field starts with, such as "US"."""


class CrmContactDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmContactDetailsConfiguration``."""

    name: str
    """Field code, such as "TITLE" or "UF_CRM_1"."""
    optionFlags: str
    """\"1" shows the field always, "0" not always."""
    options: CrmContactDetailsConfigurationElementsOptions
    """Extra display options of the field."""


class CrmContactDetailsConfiguration(TypedDict, total=False):
    """A section of the contact card layout and the fields it shows.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/custom-form/crm-contact-details-configuration-get.html
    """

    name: str
    """Code of the card section, such as "main"."""
    title: str
    """Section heading shown in the card."""
    type: str
    """Kind of block; "section" for a section."""
    elements: list[CrmContactDetailsConfigurationElements]
    """Fields placed in the section, in display order."""


class CrmContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.contact.fields``."""

    ID: CrmFieldDescription
    """ID of the contact (read-only)."""
    HONORIFIC: CrmFieldDescription
    """Salutation code from the HONORIFIC status list."""
    NAME: CrmFieldDescription
    """First name."""
    SECOND_NAME: CrmFieldDescription
    """Middle name."""
    LAST_NAME: CrmFieldDescription
    """Last name."""
    PHOTO: CrmFieldDescription
    """Photo (uploaded file)."""
    BIRTHDATE: CrmFieldDescription
    """Date of birth."""
    TYPE_ID: CrmFieldDescription
    """Contact type code from the CONTACT_TYPE status list, such as "CLIENT"."""
    SOURCE_ID: CrmFieldDescription
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: CrmFieldDescription
    """Free-text notes on where the contact came from."""
    POST: CrmFieldDescription
    """Job title."""
    COMMENTS: CrmFieldDescription
    """Free-text comment."""
    OPENED: CrmFieldDescription
    """\"Y" makes the contact available to every user; "N" leaves access to the rights settings."""
    EXPORT: CrmFieldDescription
    """\"Y" lets the contact be exported."""
    HAS_PHONE: CrmFieldDescription
    """\"Y" when at least one phone number is filled in."""
    HAS_EMAIL: CrmFieldDescription
    """\"Y" when at least one e-mail address is filled in."""
    HAS_IMOL: CrmFieldDescription
    """\"Y" when an Open Channel conversation is linked."""
    ASSIGNED_BY_ID: CrmFieldDescription
    """ID of the user responsible for the contact."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the contact."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the contact."""
    DATE_CREATE: CrmFieldDescription
    """Creation date and time."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    COMPANY_ID: CrmFieldDescription
    """ID of the contact's company (the first one when there are several)."""
    COMPANY_IDS: CrmFieldDescription
    """IDs of all companies the contact is linked to."""
    LEAD_ID: CrmFieldDescription
    """ID of the lead the contact was created from."""
    UTM_SOURCE: CrmFieldDescription
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: CrmFieldDescription
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: CrmFieldDescription
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: CrmFieldDescription
    """Ad content marker (utm_content)."""
    UTM_TERM: CrmFieldDescription
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_TIME: CrmFieldDescription
    """Date and time of the latest timeline activity."""
    LAST_ACTIVITY_BY: CrmFieldDescription
    """ID of the user behind the latest timeline activity."""
    PHONE: CrmFieldDescription
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: CrmFieldDescription
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: CrmFieldDescription
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: CrmFieldDescription
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    LINK: CrmFieldDescription
    """Linked external profiles, as multi-value entries with VALUE and VALUE_TYPE."""
    ADDRESS: CrmFieldDescription
    """Address: street and building (legacy field; addresses now live in requisites)."""
    ADDRESS_2: CrmFieldDescription
    """Address line 2: apartment or office (legacy field)."""
    ADDRESS_CITY: CrmFieldDescription
    """City of the address (legacy field)."""
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    """Postal code of the address (legacy field)."""
    ADDRESS_REGION: CrmFieldDescription
    """District of the address (legacy field)."""
    ADDRESS_PROVINCE: CrmFieldDescription
    """Region or state of the address (legacy field)."""
    ADDRESS_COUNTRY: CrmFieldDescription
    """Country of the address (legacy field)."""
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    """Country code of the address (legacy field)."""
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    """ID of the address in the location module (legacy field)."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external system the record was imported from."""
    ORIGIN_ID: CrmFieldDescription
    """ID of the record in that external system."""
    ORIGIN_VERSION: CrmFieldDescription
    """Version of the record in the external system, used to keep its data from being overwritten by accident."""


class CrmContactUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.update``."""

    HONORIFIC: str
    """Salutation code from the HONORIFIC status list."""
    NAME: str
    """First name."""
    SECOND_NAME: str
    """Middle name."""
    LAST_NAME: str
    """Last name."""
    PHOTO: tuple[str, str]
    """Photo (uploaded file)."""
    BIRTHDATE: datetime.date | str
    """Date of birth."""
    TYPE_ID: str
    """Contact type code from the CONTACT_TYPE status list, such as "CLIENT"."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str
    """Free-text notes on where the contact came from."""
    POST: str
    """Job title."""
    COMMENTS: str
    """Free-text comment."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the contact available to every user; "N" leaves access to the rights settings."""
    EXPORT: Literal["Y", "N"]
    """\"Y" lets the contact be exported."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the contact."""
    COMPANY_ID: int
    """ID of the contact's company (the first one when there are several)."""
    COMPANY_IDS: Sequence[int]
    """IDs of all companies the contact is linked to."""
    UTM_SOURCE: str
    """Ad source of the campaign (utm_source), such as "google"."""
    UTM_MEDIUM: Literal["CPC", "CPM"]
    """Traffic type (utm_medium): "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Campaign name (utm_campaign)."""
    UTM_CONTENT: str
    """Ad content marker (utm_content)."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers, each {"VALUE": "+15551234567", "VALUE_TYPE": "WORK"}."""
    EMAIL: Sequence[dict[str, Any]]
    """E-mail addresses, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    WEB: Sequence[dict[str, Any]]
    """Websites, each {"VALUE": ..., "VALUE_TYPE": "WORK"}."""
    IM: Sequence[dict[str, Any]]
    """Messenger accounts, each {"VALUE": ..., "VALUE_TYPE": "TELEGRAM"}."""
    LINK: Sequence[dict[str, Any]]
    """Linked external profiles, as multi-value entries with VALUE and VALUE_TYPE."""


class CrmContactUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.contact.update``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """\"Y" posts the change to the activity stream."""
    REGISTER_HISTORY_EVENT: Literal["Y", "N"]
    """\"N" skips writing the change to the history."""


class CrmContactUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``CrmContactUserfield``."""

    VALUE: str
    """Fixed default date or date-time, used when TYPE is "FIXED"."""
    TYPE: str
    """Kind of default: "NONE", "NOW" (the current date) or "FIXED" (VALUE)."""


class CrmContactUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmContactUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str | CrmContactUserfieldSettingsDefaultValue | int
    """Default value; for date fields an object with VALUE and TYPE."""
    SHOW_MAP: str
    """\"Y" shows a map next to the address (address fields)."""
    CONTACT: str
    """\"Y" allows links to contacts (CRM link fields)."""
    COMPANY: str
    """\"Y" allows links to companies (CRM link fields)."""
    DYNAMIC_1224: str
    """\"Y" allows links to items of the smart process with entity type ID 1224 (CRM link fields)."""
    DYNAMIC_1226: str
    """\"Y" allows links to items of the smart process with entity type ID 1226 (CRM link fields)."""
    DYNAMIC_1268: str
    """\"Y" allows links to items of the smart process with entity type ID 1268 (CRM link fields)."""
    DYNAMIC_1278: str
    """\"Y" allows links to items of the smart process with entity type ID 1278 (CRM link fields)."""
    LEAD: Any
    """\"Y" allows links to leads (CRM link fields)."""
    PRECISION: int
    """Number of decimal places (number fields)."""
    MIN_VALUE: int
    """Smallest value allowed (number fields)."""
    MAX_VALUE: int
    """Largest value allowed (number fields)."""
    LIST_WIDTH: int
    """Width of the preview in the list (file fields)."""
    LIST_HEIGHT: int
    """Height of the list, or of the preview for file fields."""
    MAX_SHOW_SIZE: int
    """Largest file size that is still previewed (file fields)."""
    MAX_ALLOWED_SIZE: int
    """Largest file size allowed (file fields)."""
    EXTENSIONS: list[Any]
    """File extensions allowed (file fields)."""
    TARGET_BLANK: str
    """\"Y" opens the file or link in a new tab."""


class CrmContactUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    """Edit-form label in Arabic ("ar")."""
    br: str
    """Edit-form label in Brazilian Portuguese ("br")."""
    en: str
    """Edit-form label in English ("en")."""
    fr: str
    """Edit-form label in French ("fr")."""
    id: str
    """Edit-form label in Indonesian ("id")."""
    it: str
    """Edit-form label in Italian ("it")."""
    ja: str
    """Edit-form label in Japanese ("ja")."""
    la: str
    """Edit-form label in Spanish ("la")."""
    ms: str
    """Edit-form label in Malay ("ms")."""
    pl: str
    """Edit-form label in Polish ("pl")."""
    ru: str
    """Edit-form label in Russian ("ru")."""
    sc: str
    """Edit-form label in Simplified Chinese ("sc")."""
    tc: str
    """Edit-form label in Traditional Chinese ("tc")."""
    th: str
    """Edit-form label in Thai ("th")."""
    tr: str
    """Edit-form label in Turkish ("tr")."""
    vn: str
    """Edit-form label in Vietnamese ("vn")."""


class CrmContactUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    """List column header in Arabic ("ar")."""
    br: str
    """List column header in Brazilian Portuguese ("br")."""
    en: str
    """List column header in English ("en")."""
    fr: str
    """List column header in French ("fr")."""
    id: str
    """List column header in Indonesian ("id")."""
    it: str
    """List column header in Italian ("it")."""
    ja: str
    """List column header in Japanese ("ja")."""
    la: str
    """List column header in Spanish ("la")."""
    ms: str
    """List column header in Malay ("ms")."""
    pl: str
    """List column header in Polish ("pl")."""
    ru: str
    """List column header in Russian ("ru")."""
    sc: str
    """List column header in Simplified Chinese ("sc")."""
    tc: str
    """List column header in Traditional Chinese ("tc")."""
    th: str
    """List column header in Thai ("th")."""
    tr: str
    """List column header in Turkish ("tr")."""
    vn: str
    """List column header in Vietnamese ("vn")."""


class CrmContactUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``CrmContactUserfield``."""

    ar: str
    """Filter label in Arabic ("ar")."""
    br: str
    """Filter label in Brazilian Portuguese ("br")."""
    en: str
    """Filter label in English ("en")."""
    fr: str
    """Filter label in French ("fr")."""
    id: str
    """Filter label in Indonesian ("id")."""
    it: str
    """Filter label in Italian ("it")."""
    ja: str
    """Filter label in Japanese ("ja")."""
    la: str
    """Filter label in Spanish ("la")."""
    ms: str
    """Filter label in Malay ("ms")."""
    pl: str
    """Filter label in Polish ("pl")."""
    ru: str
    """Filter label in Russian ("ru")."""
    sc: str
    """Filter label in Simplified Chinese ("sc")."""
    tc: str
    """Filter label in Traditional Chinese ("tc")."""
    th: str
    """Filter label in Thai ("th")."""
    tr: str
    """Filter label in Turkish ("tr")."""
    vn: str
    """Filter label in Vietnamese ("vn")."""


class CrmContactUserfield(TypedDict, total=False):
    """A custom field of contacts: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/contacts/userfield/crm-contact-userfield-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_CONTACT" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmContactUserfieldSettings | list[Any]
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmContactUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmContactUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmContactUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: Any
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: Any
    """Help text for the field: one string, or texts keyed by language code."""


class CrmContactUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.add``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""
    DISPLAY: str
    """Look of the input: "LIST", "UI", "CHECKBOX" or "DIALOG" for enumerations; "CHECKBOX", "RADIO" or "DROPDOWN" for booleans."""
    LIST_HEIGHT: int
    """Visible height of a list field; only with DISPLAY "LIST" or "UI"."""


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
    """Data type of the field: "string", "integer", "double", "boolean", "date", "datetime", "money", "url", "address", "enumeration", "file", "employee", "crm_status", "iblock_section", "iblock_element", "crm" or a custom type."""
    FIELD_NAME: Required[str]
    """Field code; the UF_CRM_ prefix is added when missing, so "NOTE" becomes "UF_CRM_NOTE". Up to 50 characters with the prefix; A-Z, 0-9 and _."""
    LABEL: str
    """Default label, copied into every label and message you do not pass."""
    XML_ID: str
    """External code of the field."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; boolean fields cannot be multiple."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    SETTINGS: CrmContactUserfieldAddFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[dict[str, Any]]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""


class CrmContactUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.contact.userfield.update``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""
    DISPLAY: str
    """Look of the input: "LIST", "UI", "CHECKBOX" or "DIALOG" for enumerations; "CHECKBOX", "RADIO" or "DROPDOWN" for booleans."""
    LIST_HEIGHT: int
    """Visible height of a list field; only with DISPLAY "LIST" or "UI"."""


class CrmContactUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.contact.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    XML_ID: str
    """External code of the field."""
    SETTINGS: CrmContactUserfieldUpdateFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[dict[str, Any]]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""


class CrmCurrencyLangEn(TypedDict, total=False):
    """Keys of ``LANG.en`` in ``CrmCurrency``."""

    FORMAT_STRING: str
    """Format template; "#" stands for the amount, such as "$ #"."""
    FULL_NAME: str
    """Full currency name."""
    DEC_POINT: str
    """Decimal separator."""
    THOUSANDS_SEP: Any
    """Thousands separator."""
    DECIMALS: str
    """Number of decimal places shown."""
    THOUSANDS_VARIANT: str
    """Code of the thousands separator: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    HIDE_ZERO: str
    """\"Y" hides trailing zero decimals."""


class CrmCurrencyLangRu(TypedDict, total=False):
    """Keys of ``LANG.ru`` in ``CrmCurrency``."""

    FORMAT_STRING: str
    """Format template; "#" stands for the amount, such as "$ #"."""
    FULL_NAME: str
    """Full currency name."""
    DEC_POINT: str
    """Decimal separator."""
    THOUSANDS_SEP: str
    """Thousands separator."""
    DECIMALS: str
    """Number of decimal places shown."""
    THOUSANDS_VARIANT: str
    """Code of the thousands separator: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    HIDE_ZERO: str
    """\"Y" hides trailing zero decimals."""


class CrmCurrencyLang(TypedDict, total=False):
    """Keys of ``LANG`` in ``CrmCurrency``."""

    en: CrmCurrencyLangEn
    """Display settings in English."""
    ru: CrmCurrencyLangRu
    """Display settings in Russian."""


class CrmCurrency(TypedDict, total=False):
    """A currency with its rate against the base currency and display format.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/crm-currency-get.html
    """

    CURRENCY: str
    """Currency code (ISO 4217), such as "USD"."""
    AMOUNT_CNT: str
    """Nominal: number of units the rate is given for."""
    AMOUNT: str
    """Exchange rate against the base currency; 1 for the base currency."""
    SORT: str
    """Sort order."""
    BASE: str
    """\"Y" for the base currency."""
    FULL_NAME: str
    """Full name in the current language."""
    LID: str
    """Language code the localized values (FULL_NAME, FORMAT_STRING and so on) are for."""
    FORMAT_STRING: str
    """Format template; "#" stands for the amount."""
    DEC_POINT: str
    """Decimal separator."""
    THOUSANDS_SEP: str | None
    """Thousands separator."""
    DECIMALS: str
    """Number of decimal places shown."""
    DATE_UPDATE: str
    """When the currency was last changed."""
    LANG: CrmCurrencyLang
    """Display settings per language code."""


class CrmCurrencyAddFieldsLang(TypedDict, total=False):
    """Keys of ``fields.LANG`` in ``crm.currency.add``."""

    DECIMALS: int
    """Number of digits after the decimal point."""
    DEC_POINT: str
    """Decimal separator, such as "."."""
    FORMAT_STRING: str
    """Display pattern where # stands for the amount, such as "$#"."""
    FULL_NAME: str
    """Currency name in that language."""
    HIDE_ZERO: str
    """\"Y" hides trailing zeros of the fraction."""
    THOUSANDS_SEP: str
    """Thousands separator; ignored when THOUSANDS_VARIANT is given."""
    THOUSANDS_VARIANT: str
    """Thousands separator code: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    ru: dict[str, Any]
    """Formats for Russian."""
    en: dict[str, Any]
    """Formats for English."""


class CrmCurrencyAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.currency.add``."""

    CURRENCY: Required[str]
    """Currency code (ISO 4217), such as "EUR"."""
    BASE: Literal["Y", "N"]
    """\"Y" when this is the base currency."""
    AMOUNT_CNT: Required[int]
    """Nominal the rate applies to, usually 1, 10 or 100."""
    AMOUNT: Required[float]
    """Exchange rate against the base currency, for AMOUNT_CNT units."""
    SORT: int
    """Position in the currency list; 100 by default."""
    LANG: CrmCurrencyAddFieldsLang
    """Display formats keyed by language ID."""


class CrmCurrencyFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.currency.fields``."""

    CURRENCY: CrmFieldDescription
    """Currency code (ISO 4217), such as "EUR"."""
    AMOUNT_CNT: CrmFieldDescription
    """Nominal the rate applies to, usually 1, 10 or 100."""
    AMOUNT: CrmFieldDescription
    """Exchange rate against the base currency, for AMOUNT_CNT units."""
    BASE: CrmFieldDescription
    """\"Y" when this is the base currency."""
    SORT: CrmFieldDescription
    """Position in the currency list; 100 by default."""
    DATE_UPDATE: CrmFieldDescription
    """Date and time of the last change."""
    LID: CrmFieldDescription
    """Language ID of the returned formats."""
    FORMAT_STRING: CrmFieldDescription
    """Display pattern where # stands for the amount, such as "$#"."""
    FULL_NAME: CrmFieldDescription
    """Currency name in that language."""
    DEC_POINT: CrmFieldDescription
    """Decimal separator, such as "."."""
    THOUSANDS_SEP: CrmFieldDescription
    """Thousands separator; ignored when THOUSANDS_VARIANT is given."""
    DECIMALS: CrmFieldDescription
    """Number of digits after the decimal point."""
    LANG: CrmFieldDescription
    """Display formats keyed by language ID."""


class CrmCurrencyLocalizationsEn(TypedDict, total=False):
    """Keys of ``en`` in ``CrmCurrencyLocalizations``."""

    FORMAT_STRING: str
    """Format template; "#" stands for the amount, such as "$ #"."""
    FULL_NAME: str
    """Full currency name."""
    DEC_POINT: str
    """Decimal separator."""
    THOUSANDS_SEP: Any
    """Thousands separator."""
    DECIMALS: str
    """Number of decimal places shown."""
    THOUSANDS_VARIANT: str
    """Code of the thousands separator: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    HIDE_ZERO: str
    """\"Y" hides trailing zero decimals."""


class CrmCurrencyLocalizationsRu(TypedDict, total=False):
    """Keys of ``ru`` in ``CrmCurrencyLocalizations``."""

    FORMAT_STRING: str
    """Format template; "#" stands for the amount, such as "$ #"."""
    FULL_NAME: str
    """Full currency name."""
    DEC_POINT: str
    """Decimal separator."""
    THOUSANDS_SEP: str
    """Thousands separator."""
    DECIMALS: str
    """Number of decimal places shown."""
    THOUSANDS_VARIANT: str
    """Code of the thousands separator: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    HIDE_ZERO: str
    """\"Y" hides trailing zero decimals."""


class CrmCurrencyLocalizations(TypedDict, total=False):
    """Display settings of a currency per language.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/currency/localizations/crm-currency-localizations-get.html
    """

    en: CrmCurrencyLocalizationsEn
    """Display settings in English."""
    ru: CrmCurrencyLocalizationsRu
    """Display settings in Russian."""


class CrmCurrencyLocalizationsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.currency.localizations.fields``."""

    FULL_NAME: CrmFieldDescription
    """Currency name in that language."""
    FORMAT_STRING: CrmFieldDescription
    """Display pattern where # stands for the amount, such as "$#"."""
    DEC_POINT: CrmFieldDescription
    """Decimal separator, such as "."."""
    THOUSANDS_VARIANT: CrmFieldDescription
    """Thousands separator code: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    THOUSANDS_SEP: CrmFieldDescription
    """Thousands separator; ignored when THOUSANDS_VARIANT is given."""
    DECIMALS: CrmFieldDescription
    """Number of digits after the decimal point."""
    HIDE_ZERO: CrmFieldDescription
    """\"Y" hides trailing zeros of the fraction."""


class CrmCurrencyUpdateFieldsLang(TypedDict, total=False):
    """Keys of ``fields.LANG`` in ``crm.currency.update``."""

    DECIMALS: int
    """Number of digits after the decimal point."""
    DEC_POINT: str
    """Decimal separator, such as "."."""
    FORMAT_STRING: str
    """Display pattern where # stands for the amount, such as "$#"."""
    FULL_NAME: str
    """Currency name in that language."""
    HIDE_ZERO: str
    """\"Y" hides trailing zeros of the fraction."""
    THOUSANDS_SEP: str
    """Thousands separator; ignored when THOUSANDS_VARIANT is given."""
    THOUSANDS_VARIANT: str
    """Thousands separator code: "N" none, "C" comma, "D" dot, "S" space, "B" non-breaking space."""
    en: dict[str, Any]
    """Formats for English."""
    de: dict[str, Any]
    """Formats for German."""


class CrmCurrencyUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.currency.update``."""

    SORT: int
    """Position in the currency list."""
    AMOUNT_CNT: int
    """Nominal the rate applies to, usually 1, 10 or 100."""
    AMOUNT: float
    """Exchange rate against the base currency, for AMOUNT_CNT units."""
    BASE: Literal["Y", "N"]
    """\"Y" when this is the base currency."""
    LANG: CrmCurrencyUpdateFieldsLang
    """Display formats keyed by language ID."""


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
    """Name of the deal."""
    TYPE_ID: str | None
    """Deal type (status list DEAL_TYPE)."""
    CATEGORY_ID: str | None
    """Pipeline; "0" is the default one."""
    STAGE_ID: str
    """Stage (status list DEAL_STAGE, or DEAL_STAGE_<pipeline>)."""
    STAGE_SEMANTIC_ID: str
    """Stage group: in progress, won or lost."""
    IS_NEW: str
    """\"Y" when the deal is new."""
    IS_RECURRING: str
    """The deal is a template of a recurring deal."""
    IS_RETURN_CUSTOMER: str
    """\"Y" when the deal is a repeat deal with an existing customer."""
    IS_REPEATED_APPROACH: str
    """\"Y" when the client has approached again (a repeated inquiry)."""
    PROBABILITY: str | None
    """Probability in percent."""
    CURRENCY_ID: str | None
    """Currency code of the amount, such as "USD"."""
    OPPORTUNITY: str
    """Amount, such as "1000000.00"."""
    IS_MANUAL_OPPORTUNITY: str
    """\"Y" when the amount was entered by hand rather than summed from product rows."""
    TAX_VALUE: str
    """Tax amount of the deal."""
    COMPANY_ID: str | None
    """ID of the client company."""
    CONTACT_ID: str | None
    """The primary contact (outdated; see crm.deal.contact.items.get)."""
    QUOTE_ID: str | None
    """ID of the quote the deal was created from."""
    LEAD_ID: str | None
    """ID of the lead the deal was created from."""
    BEGINDATE: str | None
    """Start date of the deal."""
    CLOSEDATE: str | None
    """Expected closing date of the deal."""
    OPENED: str
    """Visible to every user."""
    CLOSED: str
    """\"Y" when the deal is closed (won or lost)."""
    COMMENTS: str | None
    """May hold BB code."""
    ASSIGNED_BY_ID: str | None
    """ID of the responsible user."""
    CREATED_BY_ID: str | None
    """ID of the user who created the deal."""
    MODIFY_BY_ID: str | None
    """ID of the user who last changed the deal."""
    MOVED_BY_ID: str | None
    """Who last changed the stage."""
    DATE_CREATE: str | None
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str | None
    """Time of the last change (ISO 8601)."""
    MOVED_TIME: str | None
    """When the stage last changed."""
    SOURCE_ID: str | None
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str | None
    """Free-text details about the source."""
    ADDITIONAL_INFO: str | None
    """Additional information, free text."""
    LOCATION_ID: str | None
    """ID of the client location."""
    ORIGINATOR_ID: str | None
    """The external system the deal came from."""
    ORIGIN_ID: str | None
    """The deal's ID in that system."""
    UTM_SOURCE: str | None
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: str | None
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: str | None
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: str | None
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: str | None
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_TIME: str | None
    """Time of the latest timeline activity (ISO 8601)."""
    LAST_ACTIVITY_BY: str | None
    """ID of the user behind the latest timeline activity."""


class CrmDealAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.deal.add``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """Post the new deal to the activity stream."""


class CrmDealContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.contact.add``."""

    CONTACT_ID: Required[int | str]
    """ID of the contact."""
    IS_PRIMARY: Literal["Y", "N"]
    """Make it the primary contact."""
    SORT: int
    """Sort index."""


class CrmDealContactBinding(TypedDict, total=False):
    """A contact linked to a deal.

    Unlike the deal's own keys, these numbers arrive as JSON numbers.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/contacts/crm-deal-contact-items-get.html
    """

    CONTACT_ID: Required[int]
    """ID of the linked contact."""
    SORT: int
    """Sort order of the link."""
    ROLE_ID: int
    """Reserved."""
    IS_PRIMARY: str
    """\"Y" for the primary link."""


class CrmDealContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.contact.delete``."""

    CONTACT_ID: Required[int | str]
    """ID of the contact."""


class CrmDealContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.deal.contact.items.set``."""

    CONTACT_ID: Required[int | str]
    """ID of a contact to link to the deal."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this contact the deal's primary contact."""
    SORT: int
    """Defaults to (index + 1) * 10."""


class CrmDealDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmDealDetailsConfiguration``."""

    name: str
    """Field code, such as "TITLE" or "UF_CRM_1"."""
    optionFlags: str
    """\"1" shows the field always, "0" not always."""


class CrmDealDetailsConfiguration(TypedDict, total=False):
    """A section of the deal card layout and the fields it shows.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/custom-form/crm-deal-details-configuration-get.html
    """

    name: str
    """Code of the card section, such as "main"."""
    title: str
    """Section heading shown in the card."""
    type: str
    """Kind of block; "section" for a section."""
    elements: list[CrmDealDetailsConfigurationElements]
    """Fields placed in the section, in display order."""


class CrmDealDetailsConfigurationForceCommonScopeForAllExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.forceCommonScopeForAll``."""

    dealCategoryId: int
    """ID of the deal pipeline whose card is meant; the default pipeline when left out."""


class CrmDealDetailsConfigurationGetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.get``."""

    dealCategoryId: int
    """ID of the deal pipeline whose card is meant; the default pipeline when left out."""


class CrmDealDetailsConfigurationResetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.reset``."""

    dealCategoryId: int
    """ID of the deal pipeline whose card is meant; the default pipeline when left out."""


class CrmDealDetailsConfigurationSetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.deal.details.configuration.set``."""

    dealCategoryId: int
    """ID of the deal pipeline whose card is meant; the default pipeline when left out."""


class CrmDealFields(TypedDict, total=False):
    """Values for a new deal, keyed by field name.

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
    """Deal type code from the DEAL_TYPE status list, such as "SALE"."""
    CATEGORY_ID: int | str
    """Pipeline (0 or more); the default pipeline when left out."""
    STAGE_ID: str
    """The first stage of the pipeline when left out."""
    IS_RECURRING: Literal["Y", "N"]
    """\"Y" makes the deal a template of a recurring deal."""
    IS_RETURN_CUSTOMER: Literal["Y", "N"]
    """\"Y" when the deal is a repeat deal with an existing customer."""
    IS_REPEATED_APPROACH: Literal["Y", "N"]
    """\"Y" when the client has approached again (a repeated inquiry)."""
    PROBABILITY: int | str
    """Probability of closing, in percent."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD"."""
    OPPORTUNITY: float | str
    """Deal amount."""
    IS_MANUAL_OPPORTUNITY: Literal["Y", "N"]
    """\"Y" when the amount was entered by hand rather than summed from product rows."""
    TAX_VALUE: float | str
    """Tax amount of the deal."""
    COMPANY_ID: int | str
    """ID of the client company."""
    CONTACT_ID: int | str
    """Outdated; use CONTACT_IDS."""
    CONTACT_IDS: Sequence[int] | Sequence[str]
    """IDs of the contacts linked to the deal."""
    BEGINDATE: datetime.date | str
    """The creation date when left out."""
    CLOSEDATE: datetime.date | str
    """A week after the start when left out."""
    OPENED: Literal["Y", "N"]
    """The default can be changed in the CRM settings."""
    CLOSED: Literal["Y", "N"]
    """\"Y" when the deal is closed (won or lost)."""
    COMMENTS: str
    """May hold BB code."""
    ASSIGNED_BY_ID: int | str
    """The calling user when left out."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str
    """Free-text details about the source."""
    ADDITIONAL_INFO: str
    """Additional information, free text."""
    LOCATION_ID: str
    """ID of the client location."""
    ORIGINATOR_ID: str
    """ID of the external system the deal was imported from."""
    ORIGIN_ID: str
    """ID of the deal in that external system."""
    UTM_SOURCE: str
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: str
    """Such as "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: str
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""
    TRACE: str
    """End-to-end analytics data."""


class CrmDealProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.deal.productrows.set``."""

    PRODUCT_ID: int
    """ID of a catalog product; 0 for a free-text line."""
    PRODUCT_NAME: str
    """Name of the product on the line."""
    PRICE: float
    """Final unit price with discounts and taxes."""
    PRICE_EXCLUSIVE: float
    """Unit price with discount, before tax."""
    PRICE_NETTO: float
    """Unit price before discount and tax."""
    PRICE_BRUTTO: float
    """Unit price with tax, before discount."""
    QUANTITY: float
    """Quantity; 1 by default."""
    DISCOUNT_TYPE_ID: int
    """Discount kind: 1 fixed amount, 2 percentage (default)."""
    DISCOUNT_RATE: float
    """Discount in percent."""
    DISCOUNT_SUM: float
    """Discount amount per unit."""
    TAX_RATE: float
    """Tax rate in percent."""
    TAX_INCLUDED: Literal["Y", "N"]
    """\"Y" when the price already includes tax."""
    MEASURE_CODE: str | int
    """Code of the unit of measure."""
    MEASURE_NAME: str
    """Name of the unit of measure, such as "pcs"."""
    SORT: int
    """Position of the line."""


class CrmDealRecurringParams(TypedDict, total=False):
    """Keys of ``PARAMS`` in ``CrmDealRecurring``."""

    MODE: str
    """Repeat mode: "single" or "multiple"."""
    SINGLE_BEFORE_START_DATE_TYPE: Any
    """Offset unit for the single mode: "day", "week", "month" or "year"."""
    SINGLE_BEFORE_START_DATE_VALUE: int
    """Offset value for the single mode."""
    MULTIPLE_TYPE: str
    """Period unit for the multiple mode: "day", "week", "month" or "year"."""
    MULTIPLE_INTERVAL: int
    """Number of period units between repeats in the multiple mode."""
    OFFSET_BEGINDATE_TYPE: str
    """Unit of the start-date offset of the new deal: "day", "week", "month" or "year"."""
    OFFSET_BEGINDATE_VALUE: int
    """Value of the start-date offset of the new deal."""
    OFFSET_CLOSEDATE_TYPE: str
    """Unit of the closing-date offset of the new deal: "day", "week", "month" or "year"."""
    OFFSET_CLOSEDATE_VALUE: int
    """Value of the closing-date offset of the new deal."""


class CrmDealRecurring(TypedDict, total=False):
    """Settings of a recurring deal: when and how often new deals are made.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/recurring-deals/crm-deal-recurring-get.html
    """

    ID: str
    """ID of the recurrence settings record."""
    DEAL_ID: str
    """ID of the recurring deal template."""
    BASED_ID: str
    """ID of the deal the template was made from."""
    ACTIVE: str
    """\"Y" while new deals are being created."""
    CATEGORY_ID: str
    """ID of the pipeline for the new deals."""
    IS_LIMIT: str
    """Limit on creation: "N" none, "D" until a date, "T" a number of times."""
    COUNTER_REPEAT: Any
    """How many deals have been created from the template."""
    LIMIT_REPEAT: Any
    """Maximum number of deals to create (when IS_LIMIT is "T")."""
    LIMIT_DATE: str
    """Date after which no deals are created (when IS_LIMIT is "D")."""
    START_DATE: str
    """Date the calculation of the next run starts from."""
    NEXT_EXECUTION: str
    """When the next deal will be created."""
    LAST_EXECUTION: str
    """When the last deal was created."""
    PARAMS: CrmDealRecurringParams
    """How the date of the next deal is calculated."""
    id: str
    """ID of the recurrence settings record (lower-case copy of ID)."""
    deal_id: str
    """ID of the recurring deal template (lower-case copy of DEAL_ID)."""
    based_id: str
    """ID of the deal the template was made from (lower-case copy of BASED_ID)."""
    category_id: str
    """ID of the pipeline for the new deals (lower-case copy of CATEGORY_ID)."""


class CrmDealRecurringAddFieldsParams(TypedDict, total=False):
    """Keys of ``fields.PARAMS`` in ``crm.deal.recurring.add``."""

    MODE: str
    """\"single" for one deal or "multiple" for a repeating series."""
    MULTIPLE_TYPE: str
    """Period unit for MODE "multiple": "day", "week", "month" or "year"."""
    MULTIPLE_INTERVAL: int
    """Number of period units between deals for MODE "multiple"."""
    SINGLE_BEFORE_START_DATE_TYPE: str
    """Offset unit for MODE "single": "day", "week", "month" or "year"."""
    SINGLE_BEFORE_START_DATE_VALUE: int
    """Offset amount for MODE "single"."""
    OFFSET_BEGINDATE_TYPE: str
    """Unit of the start-date shift of created deals: "day", "week", "month" or "year"."""
    OFFSET_BEGINDATE_VALUE: int
    """Amount of the start-date shift of created deals."""
    OFFSET_CLOSEDATE_TYPE: str
    """Unit of the close-date shift of created deals: "day", "week", "month" or "year"."""
    OFFSET_CLOSEDATE_VALUE: int
    """Amount of the close-date shift of created deals."""


class CrmDealRecurringAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.recurring.add``."""

    DEAL_ID: int
    """ID of the deal the template is based on."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" while the template keeps creating deals, "N" when paused."""
    CATEGORY_ID: str
    """ID of the pipeline new deals are placed in."""
    IS_LIMIT: str
    """Stop rule: "N" never, "D" at LIMIT_DATE, "T" after LIMIT_REPEAT deals."""
    LIMIT_REPEAT: int
    """Maximum number of deals to create, used when IS_LIMIT is "T"."""
    LIMIT_DATE: datetime.date | str
    """Last date deals are created on, as YYYY-MM-DD; used when IS_LIMIT is "D"."""
    START_DATE: datetime.date | str
    """Date, as YYYY-MM-DD, from which the next run is calculated."""
    PARAMS: CrmDealRecurringAddFieldsParams
    """Repeat schedule settings."""


class CrmDealRecurringExposeResult(TypedDict, total=False):
    """Keys of the result of ``crm.deal.recurring.expose``."""

    DEAL_ID: Required[int]
    """ID of the deal that was created."""


class CrmDealRecurringFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.deal.recurring.fields``."""

    ID: CrmFieldDescription
    """ID of the template settings record."""
    DEAL_ID: CrmFieldDescription
    """ID of the recurring (template) deal itself."""
    BASED_ID: CrmFieldDescription
    """ID of the deal the template was created from."""
    ACTIVE: CrmFieldDescription
    """\"Y" while the template keeps creating deals, "N" when paused."""
    NEXT_EXECUTION: CrmFieldDescription
    """Date and time the next deal will be created."""
    LAST_EXECUTION: CrmFieldDescription
    """Date and time the last deal was created."""
    COUNTER_REPEAT: CrmFieldDescription
    """Number of deals created so far."""
    START_DATE: CrmFieldDescription
    """Date from which the next run is calculated; today when not set."""
    CATEGORY_ID: CrmFieldDescription
    """ID of the pipeline new deals are placed in."""
    IS_LIMIT: CrmFieldDescription
    """Stop rule: "N" never, "D" at LIMIT_DATE, "T" after LIMIT_REPEAT deals."""
    LIMIT_REPEAT: CrmFieldDescription
    """Maximum number of deals to create, used when IS_LIMIT is "T"."""
    LIMIT_DATE: CrmFieldDescription
    """Last date deals are created on, as YYYY-MM-DD; used when IS_LIMIT is "D"."""
    PARAMS: CrmFieldDescription
    """Repeat schedule settings."""


class CrmDealRecurringUpdateFieldsParams(TypedDict, total=False):
    """Keys of ``fields.PARAMS`` in ``crm.deal.recurring.update``."""

    MODE: str
    """\"single" for one deal or "multiple" for a repeating series."""
    MULTIPLE_TYPE: str
    """Period unit for MODE "multiple": "day", "week", "month" or "year"."""
    MULTIPLE_INTERVAL: int
    """Number of period units between deals for MODE "multiple"."""
    SINGLE_BEFORE_START_DATE_TYPE: str
    """Offset unit for MODE "single": "day", "week", "month" or "year"."""
    SINGLE_BEFORE_START_DATE_VALUE: int
    """Offset amount for MODE "single"."""
    OFFSET_BEGINDATE_TYPE: str
    """Unit of the start-date shift of created deals: "day", "week", "month" or "year"."""
    OFFSET_BEGINDATE_VALUE: int
    """Amount of the start-date shift of created deals."""
    OFFSET_CLOSEDATE_TYPE: str
    """Unit of the close-date shift of created deals: "day", "week", "month" or "year"."""
    OFFSET_CLOSEDATE_VALUE: int
    """Amount of the close-date shift of created deals."""


class CrmDealRecurringUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.recurring.update``."""

    ACTIVE: Literal["Y", "N"]
    """\"Y" while the template keeps creating deals, "N" when paused."""
    CATEGORY_ID: str
    """ID of the pipeline new deals are placed in."""
    IS_LIMIT: str
    """Stop rule: "N" never, "D" at LIMIT_DATE, "T" after LIMIT_REPEAT deals."""
    LIMIT_REPEAT: int
    """Maximum number of deals to create, used when IS_LIMIT is "T"."""
    LIMIT_DATE: datetime.date | str
    """Last date deals are created on, as YYYY-MM-DD; used when IS_LIMIT is "D"."""
    START_DATE: datetime.date | str
    """Date, as YYYY-MM-DD, from which the next run is calculated."""
    PARAMS: CrmDealRecurringUpdateFieldsParams
    """Repeat schedule settings."""


class CrmDealUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.update``."""

    TITLE: str
    """Name of the deal."""
    TYPE_ID: str
    """Deal type code from the DEAL_TYPE status list, such as "SALE"."""
    STAGE_ID: str
    """Stage (status list DEAL_STAGE, or DEAL_STAGE_<pipeline>)."""
    IS_RECURRING: Literal["Y", "N"]
    """\"Y" makes the deal a template of a recurring deal."""
    IS_RETURN_CUSTOMER: Literal["Y", "N"]
    """\"Y" when the deal is a repeat deal with an existing customer."""
    IS_REPEATED_APPROACH: Literal["Y", "N"]
    """\"Y" when the client has approached again (a repeated inquiry)."""
    PROBABILITY: int | str
    """Probability of closing, in percent."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD"."""
    OPPORTUNITY: float | str
    """Deal amount."""
    IS_MANUAL_OPPORTUNITY: Literal["Y", "N"]
    """\"Y" when the amount was entered by hand rather than summed from product rows."""
    TAX_VALUE: float | str
    """Tax amount of the deal."""
    COMPANY_ID: int | str
    """ID of the client company."""
    CONTACT_ID: int | str
    """Outdated; use CONTACT_IDS."""
    CONTACT_IDS: Sequence[int] | Sequence[str]
    """IDs of the contacts linked to the deal."""
    BEGINDATE: datetime.date | str
    """Start date of the deal."""
    CLOSEDATE: datetime.date | str
    """Expected closing date of the deal."""
    OPENED: Literal["Y", "N"]
    """Visible to every user."""
    CLOSED: Literal["Y", "N"]
    """\"Y" when the deal is closed (won or lost)."""
    COMMENTS: str
    """May hold BB code."""
    ASSIGNED_BY_ID: int | str
    """ID of the responsible user."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: str
    """Free-text details about the source."""
    ADDITIONAL_INFO: str
    """Additional information, free text."""
    LOCATION_ID: str
    """ID of the client location."""
    ORIGINATOR_ID: str
    """ID of the external system the deal was imported from."""
    ORIGIN_ID: str
    """ID of the deal in that external system."""
    UTM_SOURCE: str
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: str
    """Such as "CPC" or "CPM"."""
    UTM_CAMPAIGN: str
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: str
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: str
    """Campaign search term (utm_term), such as ad keywords."""


class CrmDealUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.deal.update``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """Post the change to the activity stream."""
    REGISTER_HISTORY_EVENT: Literal["Y", "N"]
    """Record the change in the history."""


class CrmDealUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmDealUserfield``."""

    ID: str
    """ID of the calendar section of the resource."""
    CAL_TYPE: str
    """Calendar type, such as "resource"."""
    NAME: str
    """Name of the resource, such as a room."""


class CrmDealUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmDealUserfield``."""

    XML_ID: str
    """Code of the resource type."""
    NAME: str
    """Name of the resource type."""
    SECTIONS: list[CrmDealUserfieldSettingsResourcesResourceSections]
    """Resources of this type (calendar sections)."""


class CrmDealUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmDealUserfield``."""

    resource: CrmDealUserfieldSettingsResourcesResource
    """The "resource" type of bookable resources."""


class CrmDealUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmDealUserfield``."""

    type: str
    """Resource type, such as "resource"."""
    id: str
    """ID of the resource."""
    title: str
    """Name of the resource."""


class CrmDealUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmDealUserfield``."""

    name: str
    """Name of the service."""
    duration: str
    """Duration of the service."""


class CrmDealUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmDealUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str
    """Default value; for date fields an object with VALUE and TYPE."""
    ENTITY_TYPE: str
    """Status list the field takes values from (crm_status fields); see crm.status.entity.types."""
    DISPLAY: str
    """Appearance, such as "LIST", "UI", "CHECKBOX" or "DIALOG" (for yes/no fields "CHECKBOX", "RADIO" or "DROPDOWN")."""
    LIST_HEIGHT: int
    """Height of the list, or of the preview for file fields."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice (list fields)."""
    SHOW_NO_VALUE: str
    """\"Y" shows an empty choice (list fields)."""
    LIST_WIDTH: int
    """Width of the preview in the list (file fields)."""
    MAX_SHOW_SIZE: int
    """Largest file size that is still previewed (file fields)."""
    MAX_ALLOWED_SIZE: int
    """Largest file size allowed (file fields)."""
    EXTENSIONS: list[Any]
    """File extensions allowed (file fields)."""
    TARGET_BLANK: str
    """\"Y" opens the file or link in a new tab."""
    USE_USERS: str
    """\"Y" lets employees be booked (resource booking fields)."""
    USE_RESOURCES: str
    """\"Y" lets resources be booked (resource booking fields)."""
    RESOURCES: CrmDealUserfieldSettingsResources
    """Resource types and their calendar sections (resource booking fields)."""
    SELECTED_RESOURCES: list[CrmDealUserfieldSettingsSelectedResources]
    """Resources offered for booking."""
    SELECTED_USERS: list[Any]
    """IDs of the employees offered for booking."""
    FULL_DAY: str
    """\"Y" books whole days instead of time slots."""
    ALLOW_OVERBOOKING: str
    """\"Y" allows overlapping bookings of the same resource."""
    USE_SERVICES: str
    """\"Y" lets the user pick a service when booking."""
    SERVICE_LIST: list[CrmDealUserfieldSettingsServiceList]
    """Services that can be booked."""
    RESOURCE_LIMIT: int
    """Limit on the number of resources."""
    TIMEZONE: str
    """Time zone of the bookings, such as "Europe/Berlin"."""
    USE_USER_TIMEZONE: str
    """\"Y" shows bookings in the time zone of each user."""


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
    """ID of the choice."""
    SORT: str
    """Sort order of the choice."""
    VALUE: str
    """Text of the choice."""
    DEF: str
    """\"Y" when the choice is the default one."""
    XML_ID: str
    """External ID of the choice."""


class CrmDealUserfield(TypedDict, total=False):
    """A custom field of deals: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/user-defined-fields/crm-deal-userfield-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_DEAL" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmDealUserfieldSettings
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmDealUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmDealUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmDealUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: CrmDealUserfieldErrorMessage | str | None
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: CrmDealUserfieldHelpMessage | str | None
    """Help text for the field: one string, or texts keyed by language code."""
    LIST: list[CrmDealUserfieldList]
    """Choices of an "enumeration" (list) field."""


class CrmDealUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.deal.userfield.add``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""
    DISPLAY: str
    """Look of the input: "LIST", "UI", "CHECKBOX" or "DIALOG" for enumerations; "CHECKBOX", "RADIO" or "DROPDOWN" for booleans."""
    LIST_HEIGHT: int
    """Visible height of a list field; only with DISPLAY "LIST" or "UI"."""


class CrmDealUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.deal.userfield.add``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option in the list."""
    DEF: Literal["Y", "N"]
    """\"Y" makes the option selected by default."""
    XML_ID: str
    """External code of the option."""


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
    """Data type of the field: "string", "integer", "double", "boolean", "date", "datetime", "money", "url", "address", "enumeration", "file", "employee", "crm_status", "iblock_section", "iblock_element", "crm" or a custom type."""
    FIELD_NAME: Required[str]
    """Field code; the UF_CRM_ prefix is added when missing, so "NOTE" becomes "UF_CRM_NOTE". Up to 50 characters with the prefix; A-Z, 0-9 and _."""
    LABEL: str
    """Default label, copied into every label and message you do not pass."""
    XML_ID: str
    """External code of the field."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; boolean fields cannot be multiple."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    SETTINGS: CrmDealUserfieldAddFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[CrmDealUserfieldAddFieldsList]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""


class CrmDealUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.deal.userfield.update``."""

    DEFAULT_VALUE: str
    """Value used when none is given."""
    ROWS: int
    """Number of lines in the input box of a string field; above 0."""


class CrmDealUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.deal.userfield.update``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option in the list."""
    DEF: bool
    """\"Y" makes the option selected by default."""
    XML_ID: str
    """External code of the option."""


class CrmDealUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.deal.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    XML_ID: str
    """External code of the field."""
    SETTINGS: CrmDealUserfieldUpdateFieldsSettings
    """Type-specific settings, such as DEFAULT_VALUE or ROWS."""
    LIST: Sequence[CrmDealUserfieldUpdateFieldsList]
    """Options of an enumeration field; each has VALUE, SORT, DEF and XML_ID."""
    SORT: int
    """Position of the field among custom fields."""
    SHOW_IN_LIST: bool
    """\"Y" shows the field in list views."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value right in the list."""
    IS_SEARCHABLE: bool
    """\"Y" includes the field values in search."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Label in the list filter: a string for all languages or {"en": ..., "de": ...}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column header in lists: a string for all languages or {"en": ..., "de": ...}."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string for all languages or {"en": ..., "de": ...}."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is rejected, as a string or per-language object."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown for the field, as a string or per-language object."""


class CrmDocumentgeneratorDocumentProducts(TypedDict, total=False):
    """Keys of ``products`` in ``CrmDocumentgeneratorDocument``."""

    currencyId: str
    """Currency code of the totals."""
    totalSum: str
    """Total amount of the products."""
    totalRows: int
    """Number of product rows."""


class CrmDocumentgeneratorDocumentValues(TypedDict, total=False):
    """Keys of ``values`` in ``CrmDocumentgeneratorDocument``."""

    productsTableVariant: str
    """Layout variant of the products table."""
    _creationMethod: str
    """How the document was created."""
    stampsEnabled: bool
    """Whether the stamp and signatures are inserted."""
    DocumentNumber: str
    """Document number."""


class CrmDocumentgeneratorDocument(TypedDict, total=False):
    """A document generated from a template for a CRM record, with links to its files.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/documents/crm-document-generator-document-get.html
    """

    id: str | int
    """ID of the document."""
    title: str
    """Document name."""
    number: str
    """Document number."""
    createTime: str
    """Creation time."""
    updateTime: str
    """Time of the last change."""
    createdBy: str | int | None
    """ID of the user who created the document."""
    updatedBy: int | str | None
    """ID of the user who last changed the document."""
    changeStampsEnabled: bool
    """Whether the stamp-and-signature setting may be changed."""
    changeStampsDisabledReason: str
    """Why the stamp-and-signature setting cannot be changed."""
    changeQrCodeEnabled: bool
    """Whether the QR code may be switched on or off."""
    qrCodeEnabled: bool
    """Whether the QR code is shown."""
    changeQrCodeDisabledReason: str
    """Why the QR code cannot be changed."""
    products: CrmDocumentgeneratorDocumentProducts
    """Summary of the products in the document."""
    stampsEnabled: bool
    """Whether the stamp and signatures are inserted."""
    downloadUrl: str
    """Download link of the document."""
    downloadUrlMachine: str
    """Download link for applications."""
    imageUrl: str
    """Link to the image of the document; may be empty right after a change."""
    imageUrlMachine: str
    """Link to the image for applications."""
    pdfUrl: str
    """Link to the PDF; may be empty right after a change."""
    pdfUrlMachine: str
    """Link to the PDF for applications."""
    publicUrl: str | None
    """Public link to the document, or null."""
    isTransformationError: bool
    """Whether converting the document failed."""
    transformationErrorMessage: str
    """Conversion error text."""
    transformationErrorCode: str
    """Conversion error code."""
    templateId: str
    """ID of the template."""
    pullTag: str
    """Push-event tag of the conversion."""
    emailDiskFile: int
    """ID of the Drive file used to send the document by e-mail."""
    entityTypeId: str
    """Entity type ID of the CRM record."""
    entityId: str
    """ID of the CRM record."""
    values: CrmDocumentgeneratorDocumentValues
    """Field values of the document."""
    fileId: str
    """ID of the document file."""
    imageId: str
    """ID of the image file."""
    pdfId: str
    """ID of the PDF file."""


class CrmDocumentgeneratorDocumentAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.add``."""

    document: Required[CrmDocumentgeneratorDocument]
    """The document with its number, links and settings."""


class CrmDocumentgeneratorDocumentEnablepublicurlResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.enablepublicurl``."""

    publicUrl: Required[str]
    """Public link to the document; null when the link is off."""


class CrmDocumentgeneratorDocumentGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.get``."""

    document: Required[CrmDocumentgeneratorDocument]
    """The document with its number, links and settings."""


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.DocumentNumber`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    """Name of the field."""
    value: str
    """Current value of the field."""
    required: str
    """Whether the field must be filled."""
    group: list[str]
    """Groups the field belongs to."""
    chain: str
    """Path the value is taken from in the data provider."""
    default: str
    """Default value of the field."""


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyUfLogo(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MyCompanyUfLogo`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    """Name of the field."""
    value: Any
    """Current value of the field."""
    type: str
    """Field type."""
    group: list[str]
    """Groups the field belongs to."""
    chain: str
    """Path the value is taken from in the data provider."""
    default: Any
    """Default value of the field."""


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyValue(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MY_COMPANY.value`` in ``crm.documentgenerator.document.getfields``."""

    value: str
    """ID of the company."""
    title: str
    """Name of the company."""
    selected: bool
    """Whether this company is the chosen one."""


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompany(
    TypedDict, total=False
):
    """Keys of ``result.documentFields.MY_COMPANY`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    """Name of the field."""
    value: list[CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyValue]
    """Companies to choose from."""
    group: list[str]
    """Groups the field belongs to."""


class CrmDocumentgeneratorDocumentGetfieldsResultDocumentFields(TypedDict, total=False):
    """Keys of ``result.documentFields`` in ``crm.documentgenerator.document.getfields``."""

    title: str
    """Name of the field."""
    value: str | list[Any] | dict[str, Any]
    """Current value of the field."""
    default: str
    """Default value of the field."""
    required: str
    """Whether the field must be filled."""
    type: str
    """Field type."""
    group: list[Any] | dict[str, Any]
    """Groups the field belongs to."""
    chain: str | list[Any] | dict[str, Any]
    """Path the value is taken from in the data provider."""
    format: dict[str, Any]
    """Formatting settings of the value."""
    options: dict[str, Any]
    """Extra options of the field."""
    hideRow: str
    """Whether a table row is hidden when this field is empty."""
    DocumentNumber: (
        CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsDocumentNumber
    )
    """Description of the document number field."""
    MyCompanyUfLogo: (
        CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompanyUfLogo
    )
    """Description of your company logo field."""
    MY_COMPANY: CrmDocumentgeneratorDocumentGetfieldsResultDocumentFieldsMyCompany
    """Description of the seller company selector."""


class CrmDocumentgeneratorDocumentGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.getfields``."""

    documentFields: Required[CrmDocumentgeneratorDocumentGetfieldsResultDocumentFields]
    """Field descriptions keyed by field code."""


class CrmDocumentgeneratorDocumentGetfieldsValues(TypedDict, total=False):
    """Keys of the ``values`` parameter of ``crm.documentgenerator.document.getfields``."""

    DocumentNumber: str
    """Document number."""
    DocumentCreateTime: str
    """Document creation date."""
    DocumentTitle: str
    """Document title."""
    ClientPhone: str
    """Client phone."""
    ClientEmail: str
    """Client e-mail."""
    ProductsProductName: Sequence[Any] | dict[str, Any] | str
    """Product names of the table rows."""
    ProductsProductQuantity: Sequence[Any] | dict[str, Any] | str
    """Quantities of the table rows."""
    TotalSum: str
    """Grand total."""


class CrmDocumentgeneratorDocumentUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.update``."""

    document: Required[CrmDocumentgeneratorDocument]
    """The document with its number, links and settings."""


class CrmDocumentgeneratorDocumentUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.document.upload``."""

    entityTypeId: Required[Literal[1, 2, 3, 4, 7]]
    """Type of the CRM item: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, or a smart process entityTypeId."""
    entityId: Required[int]
    """ID of the CRM item."""
    fileContent: Required[str]
    """DOCX file content in base64."""
    region: Required[str]
    """Region code, such as "ru"."""
    title: Required[str]
    """Title of the document."""
    number: Required[str]
    """Number of the document."""
    pdfContent: str
    """PDF version in base64."""
    imageContent: str
    """Image version in base64."""


class CrmDocumentgeneratorDocumentUploadResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.document.upload``."""

    document: Required[CrmDocumentgeneratorDocument]
    """The document with its number, links and settings."""


class CrmDocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``CrmDocumentgeneratorNumerator``."""

    start: int
    """Initial counter value."""
    step: int
    """Counter increment."""
    length: int
    """Minimum length of the number."""
    padString: str
    """Character the number is padded with on the left up to the length."""
    periodicBy: Any
    """When the counter restarts: "day", "month", "year" or empty for never."""
    timezone: Any
    """Time zone for the restart, such as "Europe/Berlin"."""
    isDirectNumeration: bool
    """Whether direct numbering is on."""


class CrmDocumentgeneratorNumeratorSettings(TypedDict, total=False):
    """Keys of ``settings`` in ``CrmDocumentgeneratorNumerator``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""
    start: str
    """Initial counter value."""
    step: str
    """Counter increment."""
    length: str
    """Minimum length of the number."""
    padString: str
    """Character the number is padded with on the left up to the length."""
    periodicBy: str
    """When the counter restarts: "day", "month", "year" or empty for never."""
    timezone: str
    """Time zone for the restart, such as "Europe/Berlin"."""
    isDirectNumeration: str
    """Whether direct numbering is on."""


class CrmDocumentgeneratorNumerator(TypedDict, total=False):
    """A numerator: the rule that gives generated documents their numbers.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/numerator/crm-document-generator-numerator-get.html
    """

    id: str | int
    """ID of the numerator."""
    name: str
    """Name of the numerator."""
    template: str
    """Number template, such as "{NUMBER}"."""
    code: Any
    """Symbolic code of the numerator; may be null."""
    settings: CrmDocumentgeneratorNumeratorSettings
    """Settings of the number generators."""


class CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.add``."""

    start: int
    """First counter value; 1 by default."""
    step: int
    """Counter increment; 1 by default."""
    length: int
    """Minimum length of the number, padded on the left; 0 means no padding."""
    padString: str
    """Character used for padding, "0" by default."""
    periodicBy: str
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str
    """Time zone for the periodic restart, such as "Europe/Berlin"."""
    isDirectNumeration: bool
    """Whether direct numbering is on."""


class CrmDocumentgeneratorNumeratorAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``crm.documentgenerator.numerator.add``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorAddFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class CrmDocumentgeneratorNumeratorAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.numerator.add``."""

    name: Required[str]
    """Name of the numerator."""
    template: Required[str]
    """Number pattern, such as "{NUMBER}"."""
    settings: CrmDocumentgeneratorNumeratorAddFieldsSettings
    """Settings of the number generators."""


class CrmDocumentgeneratorNumeratorAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.add``."""

    numerator: Required[CrmDocumentgeneratorNumerator]
    """The numerator: ID, name, pattern and counter settings."""


class CrmDocumentgeneratorNumeratorGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.get``."""

    numerator: Required[CrmDocumentgeneratorNumerator]
    """The numerator: ID, name, pattern and counter settings."""


class CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``fields.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.update``."""

    start: int
    """First counter value; 1 by default."""
    step: int
    """Counter increment; 1 by default."""
    length: int
    """Minimum length of the number, padded on the left; 0 means no padding."""
    padString: str
    """Character used for padding, "0" by default."""
    periodicBy: str
    """When the counter restarts: "" never, "day", "month" or "year"."""
    timezone: str
    """Time zone for the periodic restart, such as "Europe/Berlin"."""
    isDirectNumeration: bool
    """Whether direct numbering is on."""


class CrmDocumentgeneratorNumeratorUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.settings`` in ``crm.documentgenerator.numerator.update``."""

    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorUpdateFieldsSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class CrmDocumentgeneratorNumeratorUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.numerator.update``."""

    name: str
    """Name of the numerator."""
    template: str
    """Number pattern, such as "{NUMBER}"."""
    settings: CrmDocumentgeneratorNumeratorUpdateFieldsSettings
    """Settings of the number generators."""


class CrmDocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator(
    TypedDict, total=False
):
    """Keys of ``result.settings.Bitrix_Main_Numerator_Generator_SequentNumberGenerator`` in ``crm.documentgenerator.numerator.update``."""

    start: int
    """First counter value."""
    step: int
    """Counter increment."""
    length: int
    """Minimum length of the number, padded on the left."""
    padString: str
    """Character used for padding."""
    periodicBy: Any
    """When the counter restarts: null (never), "day", "month" or "year"."""
    timezone: Any
    """Time zone for the periodic restart, or null."""
    isDirectNumeration: bool
    """Whether direct numbering is on."""


class CrmDocumentgeneratorNumeratorUpdateResultSettings(TypedDict, total=False):
    """Keys of ``result.settings`` in ``crm.documentgenerator.numerator.update``."""

    start: str
    """First counter value."""
    step: str
    """Counter increment."""
    length: str
    """Minimum length of the number, padded on the left."""
    padString: str
    """Character used for padding."""
    periodicBy: str
    """When the counter restarts: null (never), "day", "month" or "year"."""
    timezone: str
    """Time zone for the periodic restart, or null."""
    isDirectNumeration: str
    """Whether direct numbering is on."""
    Bitrix_Main_Numerator_Generator_SequentNumberGenerator: CrmDocumentgeneratorNumeratorUpdateResultSettingsBitrixMainNumeratorGeneratorSequentNumberGenerator
    """Settings of the sequential counter."""


class CrmDocumentgeneratorNumeratorUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.numerator.update``."""

    id: str
    """ID of the numerator."""
    name: str
    """Name of the numerator."""
    template: str
    """Number pattern."""
    code: str | None
    """Symbolic code of the numerator, or null."""
    settings: CrmDocumentgeneratorNumeratorUpdateResultSettings
    """Saved counter settings."""


class CrmDocumentgeneratorTemplateUsers(TypedDict, total=False):
    """Keys of ``users`` in ``CrmDocumentgeneratorTemplate``."""

    UA: str
    """Present when all users may use the template."""


class CrmDocumentgeneratorTemplate(TypedDict, total=False):
    """A document template and the CRM types it can be used with.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/document-generator/templates/crm-document-generator-template-get.html
    """

    id: str
    """ID of the template."""
    name: str
    """Name of the template."""
    region: str
    """Region of the template, such as "ru"."""
    code: Any
    """Symbolic code, or null."""
    download: str
    """Download link of the template file."""
    downloadMachine: str
    """Download link for applications."""
    active: str
    """\"Y" when the template is active."""
    moduleId: str
    """ID of the module, such as "crm"."""
    numeratorId: str
    """ID of the numerator."""
    withStamps: str
    """\"Y" inserts the stamp and signatures."""
    users: CrmDocumentgeneratorTemplateUsers
    """Access codes of who may use the template, such as {"UA": "UA"}."""
    isDeleted: str
    """\"Y" when the template is deleted."""
    sort: str
    """Sort order."""
    entityTypeId: list[str]
    """CRM entity types the template is available for."""
    createTime: str
    """Creation time."""
    updateTime: str
    """Time of the last change."""
    templates: dict[str, Any]
    """Templates keyed by ID."""


class CrmDocumentgeneratorTemplateAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.template.add``."""

    name: Required[str]
    """Name of the template."""
    file: Required[tuple[str, str]]
    """DOCX file as ["name.docx", "<base64 content>"] or a multipart upload."""
    numeratorId: Required[int]
    """ID of the numerator that numbers the documents (see crm.documentgenerator.numerator.list)."""
    region: Required[str]
    """Region of the template, such as "ru"."""
    entityTypeId: Required[Sequence[str]]
    """CRM object types the template is offered for, such as "2", "2_category_0" (deals in pipeline 0) or "177_1"."""
    users: Sequence[str]
    """Access codes of who may use the template, such as "UA" (all users), "U1" or "D5"."""
    active: Literal["Y", "N"]
    """\"Y" makes the template available; "Y" by default."""
    withStamps: Literal["Y", "N"]
    """\"Y" puts the stamp and signature into documents."""
    sort: int
    """Sort index."""


class CrmDocumentgeneratorTemplateAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.add``."""

    template: Required[CrmDocumentgeneratorTemplate]
    """The template with its settings."""


class CrmDocumentgeneratorTemplateGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.get``."""

    template: Required[CrmDocumentgeneratorTemplate]
    """The template with its settings."""


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.DocumentNumber`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    """Name of the field."""
    value: str
    """Current value of the field."""
    required: str
    """Whether the field must be filled."""
    group: list[str]
    """Groups the field belongs to."""
    chain: str
    """Path the value is taken from in the data provider."""
    default: str
    """Default value of the field."""


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyUfLogo(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MyCompanyUfLogo`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    """Name of the field."""
    value: Any
    """Current value of the field."""
    type: str
    """Field type."""
    group: list[str]
    """Groups the field belongs to."""
    chain: str
    """Path the value is taken from in the data provider."""
    default: Any
    """Default value of the field."""


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyValue(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MY_COMPANY.value`` in ``crm.documentgenerator.template.getfields``."""

    value: str
    """ID of the company."""
    title: str
    """Name of the company."""
    selected: bool
    """Whether this company is the chosen one."""


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompany(
    TypedDict, total=False
):
    """Keys of ``result.templateFields.MY_COMPANY`` in ``crm.documentgenerator.template.getfields``."""

    title: str
    """Name of the field."""
    value: list[CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyValue]
    """Companies to choose from."""
    group: list[str]
    """Groups the field belongs to."""


class CrmDocumentgeneratorTemplateGetfieldsResultTemplateFields(TypedDict, total=False):
    """Keys of ``result.templateFields`` in ``crm.documentgenerator.template.getfields``."""

    DocumentNumber: (
        CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsDocumentNumber
    )
    """Description of the document number field."""
    MyCompanyUfLogo: (
        CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompanyUfLogo
    )
    """Description of your company logo field."""
    MY_COMPANY: CrmDocumentgeneratorTemplateGetfieldsResultTemplateFieldsMyCompany
    """Description of the seller company selector."""


class CrmDocumentgeneratorTemplateGetfieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.getfields``."""

    templateFields: Required[CrmDocumentgeneratorTemplateGetfieldsResultTemplateFields]
    """Field descriptions keyed by field code."""


class CrmDocumentgeneratorTemplateGetfieldsValues(TypedDict, total=False):
    """Keys of the ``values`` parameter of ``crm.documentgenerator.template.getfields``."""

    MyCompanyRequisiteRqCompanyName: str
    """Name of your company from its requisite."""
    MyCompanyRequisiteRegisteredAddressText: str
    """Registered address of your company from its requisite."""
    MyCompanyPhone: str
    """Phone of your company."""
    MyCompanyEmail: str
    """E-mail of your company."""
    MyCompanyWeb: str
    """Website of your company."""
    MyCompanyUfLogo: str
    """Logo of your company."""
    RequisiteRqCompanyName: str
    """Client company name from its requisite."""
    RequisiteRegisteredAddressText: str
    """Registered address of the client from its requisite."""
    ClientPhone: str
    """Client phone."""
    ClientEmail: str
    """Client e-mail."""
    ClientWeb: str
    """Client website."""
    DocumentNumber: str
    """Document number."""
    DocumentCreateTime: str
    """Document creation date."""
    ProductsIndex: str
    """Row number in the product table."""
    ProductsProductName: Sequence[Any] | dict[str, Any] | str
    """Product names of the table rows."""
    ProductsProductQuantity: Sequence[Any] | dict[str, Any] | str
    """Quantities of the table rows."""
    ProductsProductMeasureName: Sequence[Any] | dict[str, Any] | str
    """Units of measure of the table rows."""
    ProductsProductPriceRaw: Sequence[Any] | dict[str, Any] | str
    """Unit prices of the table rows."""
    ProductsProductPriceRawSum: Sequence[Any] | dict[str, Any] | str
    """Row totals of the table rows."""
    TotalRaw: str
    """Total before taxes."""
    TaxesTaxTitle: Sequence[Any] | dict[str, Any] | str
    """Tax names."""
    TaxesTaxRate: Sequence[Any] | dict[str, Any] | str
    """Tax rates."""
    TaxesTaxValue: Sequence[Any] | dict[str, Any] | str
    """Tax amounts."""
    TotalSum: str
    """Grand total."""
    MyCompanyAssignedName: str
    """First name of your company's responsible person."""
    MyCompanyAssignedLastName: str
    """Last name of your company's responsible person."""
    MyCompanyAssignedPersonalPhone: str
    """Phone of your company's responsible person."""
    MyCompanyAssignedEmail: str
    """E-mail of your company's responsible person."""
    DocumentTitle: str
    """Document title."""
    MY_COMPANY: Sequence[Any] | dict[str, Any]
    """Which of your companies to use as the seller."""


class CrmDocumentgeneratorTemplateUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.documentgenerator.template.update``."""

    name: str
    """Name of the template."""
    file: tuple[str, str]
    """DOCX file as ["name.docx", "<base64 content>"] or a multipart upload."""
    numeratorId: int
    """ID of the numerator that numbers the documents (see crm.documentgenerator.numerator.list)."""
    region: str
    """Region of the template, such as "ru"."""
    entityTypeId: Sequence[str]
    """CRM object types the template is offered for, such as "2", "2_category_0" (deals in pipeline 0) or "177_1"."""
    users: Sequence[str]
    """Access codes of who may use the template, such as "UA" (all users), "U1" or "D5"."""
    active: Literal["Y", "N"]
    """\"Y" makes the template available, "N" hides it."""
    withStamps: Literal["Y", "N"]
    """\"Y" puts the stamp and signature into documents."""
    sort: int
    """Sort index."""


class CrmDocumentgeneratorTemplateUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.documentgenerator.template.update``."""

    template: Required[CrmDocumentgeneratorTemplate]
    """The template with its settings."""


class CrmDuplicateFindbycommResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.findbycomm``."""

    LEAD: list[int]
    """IDs of matching leads."""
    CONTACT: list[int]
    """IDs of matching contacts."""
    COMPANY: list[int]
    """IDs of matching companies."""


class CrmDuplicateVolatileType(TypedDict, total=False):
    """An extra field that is checked for duplicates.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/duplicates/volatile-type/crm-duplicate-volatile-type-list.html
    """

    id: int
    """ID of the record."""
    entityTypeId: int
    """Entity type ID, such as 3 for contacts."""
    fieldCode: str
    """Code of the field."""


class CrmDuplicateVolatileTypeFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.volatileType.fields``."""

    entityTypeId: int
    """Object type the field belongs to."""
    fieldCode: str
    """Code of the field, to pass to crm.duplicate.volatileType.register."""
    fieldTitle: str
    """Name of the field."""


class CrmDuplicateVolatileTypeRegisterResult(TypedDict, total=False):
    """Keys of the result of ``crm.duplicate.volatileType.register``."""

    id: Required[int]
    """ID of the registration record."""


class CrmEntityMergeBatchParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.entity.mergeBatch``."""

    entityTypeId: Required[Literal[1, 2, 3, 4, 7, 31, 128]]
    """Type of the items: 1 lead, 2 deal, 3 contact, 4 company, 7 quote, 31 invoice, or a smart process entityTypeId."""
    entityIds: Required[Sequence[int]]
    """IDs of the items, at least two; the first one is kept."""


class CrmEntityMergeBatchResult(TypedDict, total=False):
    """Keys of the result of ``crm.entity.mergeBatch``."""

    STATUS: str
    """\"SUCCESS", "CONFLICT" (needs a manual merge) or "ERROR"."""
    ENTITY_IDS: list[int]
    """IDs of the items deleted by the merge."""


class CrmEnumActivitydirectionResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitydirection``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumActivitynotifytypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitynotifytype``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumActivitypriorityResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitypriority``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumActivitystatusResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitystatus``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumActivitytypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.activitytype``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumAddresstypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.addresstype``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumContenttypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.contenttype``."""

    ID: int
    """Numeric value of the entry."""
    NAME: str
    """Display name of the entry."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmEnumFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.fields``."""

    ID: CrmFieldDescription
    """Numeric value of the entry."""
    NAME: CrmFieldDescription
    """Display name of the entry."""
    SYMBOL_CODE: CrmFieldDescription
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: CrmFieldDescription
    """Short symbolic code of the entry, or null."""


class CrmEnumGetorderownertypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.getorderownertypes``."""

    attribute: str
    """Attribute of the object type."""
    code: str
    """Code of the object type."""
    id: int
    """ID of the object type, for ownerTypeId."""
    name: str
    """Name of the object type."""


class CrmEnumOwnertypeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.ownertype``."""

    ID: int
    """entityTypeId of the object type, such as 2 for deals."""
    NAME: str
    """Name of the object type."""
    SYMBOL_CODE: str
    """Code of the type, such as "DEAL"."""
    SYMBOL_CODE_SHORT: str
    """Short code, such as "D"."""


class CrmEnumSettingsModeResult(TypedDict, total=False):
    """Keys of the result of ``crm.enum.settings.mode``."""

    ID: int
    """ID of the CRM mode."""
    NAME: str
    """Name of the mode."""
    SYMBOL_CODE: str | None
    """Symbolic code of the entry, or null."""
    SYMBOL_CODE_SHORT: str | None
    """Short symbolic code of the entry, or null."""


class CrmItemFm(TypedDict, total=False):
    """Keys of ``fm`` in ``CrmItem``."""

    id: int
    """ID of this value."""
    valueType: str
    """Kind of value, such as "WORK", "MOBILE" or "TELEGRAM"."""
    value: str
    """The phone number, address or account itself."""
    typeId: str
    """Field it belongs to: "PHONE", "EMAIL", "WEB", "IM" or "LINK"."""


class CrmItem(TypedDict, total=False):
    """A CRM item of any type (deal, smart process, invoice) in camelCase form.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/crm-item-get.html
    """

    assignedById: int
    """ID of the responsible user."""
    createdBy: int
    """ID of the user who created the item."""
    createdTime: str
    """Creation time (ISO 8601)."""
    entityTypeId: int
    """Entity type ID of the item, such as 2 for a deal."""
    id: int
    """ID of the item."""
    lastActivityBy: int
    """ID of the user behind the latest timeline activity."""
    lastActivityTime: str
    """Time of the latest timeline activity (ISO 8601)."""
    opened: str | bool
    """Whether every user may see the item."""
    updatedBy: int
    """ID of the user who last changed the item."""
    updatedTime: str
    """Time of the last change (ISO 8601)."""
    utmCampaign: str | None
    """Ad campaign label (utm_campaign)."""
    utmContent: str | None
    """Campaign content (utm_content), such as the text of a contextual ad."""
    utmMedium: str | None
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    utmSource: str | None
    """Ad system the visitor came from (utm_source)."""
    utmTerm: str | None
    """Campaign search term (utm_term), such as ad keywords."""
    webformId: int | None
    """ID of the CRM form the item came from."""
    dateCreateShort: Any
    """Creation time in short form. The portal keeps this field switched off."""
    dateModifyShort: Any
    """Time of the last change in short form. The portal keeps this field switched off."""
    companyId: int
    """ID of the linked company."""
    contactId: int
    """ID of the linked (primary) contact."""
    stageId: str
    """Stage code, such as "NEW" or "DT128_7:NEW"."""
    isConvert: Any
    """Whether the lead has been converted. The portal keeps this field switched off."""
    statusDescription: Any
    """Free-text details about the current stage."""
    stageSemanticId: str
    """Stage group: "P" in progress, "S" success, "F" failure."""
    productId: Any
    """ID of a product (outdated). The portal keeps this field switched off."""
    opportunity: float
    """Amount."""
    currencyId: str
    """Currency code, such as "USD"."""
    sourceId: str
    """Source code from the SOURCE status list, such as "CALL"."""
    sourceDescription: str
    """Free-text details about the source."""
    title: str
    """Name of the item."""
    name: str
    """First name."""
    lastName: str | None
    """Last name."""
    secondName: str
    """Middle name."""
    shortName: Any
    """Last name with initials, such as "Smith J.". The portal keeps this field switched off."""
    companyTitle: str
    """Company name as typed in the item."""
    post: str
    """Job title."""
    address: Any
    """Address (outdated). The portal keeps this field switched off."""
    comments: str
    """Comment; may hold BB code."""
    originatorId: Any
    """ID of the external system the item came from."""
    originId: Any
    """ID of the item in that external system."""
    dateClosed: Any
    """When the item was closed (ISO 8601)."""
    birthdate: str
    """Date of birth."""
    honorific: str
    """Salutation code from the HONORIFIC status list."""
    hasPhone: str
    """Whether a phone number is filled in."""
    hasEmail: str
    """Whether an e-mail address is filled in."""
    hasImol: str
    """Whether an Open Channel conversation is linked."""
    login: Any
    """Login (outdated). The portal keeps this field switched off."""
    isReturnCustomer: str
    """Whether the item comes from a returning customer."""
    searchContent: Any
    """Text for full-text search; for internal use."""
    isManualOpportunity: str
    """Whether the amount was entered by hand rather than summed from product rows."""
    movedBy: int
    """ID of the user who last changed the stage."""
    movedTime: str
    """When the stage last changed (ISO 8601)."""
    phoneMobile: str
    """Mobile phone."""
    phoneWork: str
    """Work phone."""
    phoneMailing: str
    """Phone for mailings."""
    emailHome: str
    """Personal e-mail."""
    emailWork: str
    """Work e-mail."""
    emailMailing: str
    """E-mail for mailings."""
    skype: Any
    """Skype account."""
    icq: Any
    """ICQ number."""
    imol: str
    """Open Channel account."""
    email: str
    """E-mail."""
    phone: str
    """Phone."""
    fm: list[CrmItemFm]
    """Multi-value contact fields: phones, e-mails, websites, messengers."""
    observers: list[Any] | list[int]
    """IDs of the users who observe the item."""
    contactIds: list[Any] | list[int]
    """IDs of the linked contacts."""
    leadId: Any
    """ID of the lead the item was created from."""
    quoteId: Any
    """ID of the linked quote."""
    categoryId: int
    """ID of the pipeline (category) of the item."""
    isNew: str
    """Whether the deal is new."""
    isRecurring: str
    """Whether the deal is recurring."""
    isRepeatedApproach: str
    """Whether the deal is a repeated inquiry."""
    closed: str
    """Whether the item is closed."""
    typeId: str
    """Deal type code from the DEAL_TYPE status list."""
    taxValue: int
    """Tax amount."""
    probability: Any
    """Probability of closing, in percent."""
    begindate: str
    """Start date."""
    begindateShort: Any
    """Start time in short form. The portal keeps this field switched off."""
    closedate: str
    """Closing date."""
    closedateShort: Any
    """Closing time in short form. The portal keeps this field switched off."""
    eventDate: Any
    """Date of the event."""
    eventDateShort: Any
    """Date of the event in short form. The portal keeps this field switched off."""
    eventId: Any
    """Event type code from the status list."""
    eventDescription: Any
    """Description of the event."""
    locationId: Any
    """ID of the location; for internal use."""
    additionalInfo: str
    """Additional information, free text."""
    orderStage: Any
    """Payment status of the deal."""
    isWork: Any
    """Whether the deal is in progress. The portal keeps this field switched off."""
    isWon: Any
    """Whether the deal is won. The portal keeps this field switched off."""
    isLose: Any
    """Whether the deal is lost. The portal keeps this field switched off."""
    receivedAmount: Any
    """Amount received. The portal keeps this field switched off."""
    lostAmount: Any
    """Amount lost. The portal keeps this field switched off."""
    hasProducts: Any
    """Whether the item has products. The portal keeps this field switched off."""


class CrmItemAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.add``."""

    title: str
    """Item name; when empty it is generated, such as "Lead #13"."""
    honorific: str
    """Salutation code from the HONORIFIC reference list (crm.status.list)."""
    name: str
    """First name of the person (leads and contacts)."""
    secondName: str
    """Middle name (patronymic) of the person."""
    lastName: str
    """Last name of the person."""
    birthdate: datetime.date | str
    """Date of birth."""
    companyTitle: str
    """Company name typed into a lead."""
    sourceId: str
    """Source code from the SOURCE reference list, such as "CALL" or "WEB"."""
    sourceDescription: str
    """Free text about the source."""
    stageId: str
    """Stage code, such as "NEW" or "C9:PREPARATION" in pipeline 9 (crm.status.list)."""
    statusDescription: str
    """Free text about the current stage."""
    post: str
    """Job title of the person."""
    currencyId: str
    """Currency code of the amount, such as "USD"."""
    isManualOpportunity: Literal["Y", "N"]
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    opportunity: float
    """Amount of the item."""
    opened: Literal["Y", "N"]
    """\"Y" makes the item visible to every user; "N" limits it by access rights."""
    comments: str
    """Comment text."""
    assignedById: int
    """ID of the user responsible for the item."""
    companyId: int
    """ID of the client company."""
    contactId: int
    """ID of the main client contact."""
    contactIds: Sequence[int]
    """IDs of the client contacts linked to the item."""
    originatorId: str
    """ID of the external system the item came from."""
    originId: str
    """ID of the item in that external system."""
    webformId: int
    """ID of the CRM form the item came from."""
    observers: Sequence[int]
    """IDs of the users who watch the item."""
    utmSource: str
    """Ad system the visitor came from, such as "google"."""
    utmMedium: str
    """Traffic type, such as "CPC" or "CPM"."""
    utmCampaign: str
    """Name of the ad campaign."""
    utmContent: str
    """Campaign content, such as the ad variant."""
    utmTerm: str
    """Search term of the campaign."""
    fm: Sequence[dict[str, Any]]
    """Phones, e-mails, sites and messengers: a list of multifield values {typeId, valueType, value}."""
    typeId: str
    """Deal type code from the DEAL_TYPE reference list, such as "SALE"."""
    categoryId: int
    """ID of the pipeline (category) the item is in."""
    isReccurring: Literal["Y", "N"]
    """\"Y" marks a deal as a recurring-deal template."""
    probability: int
    """Probability of success, in percent."""
    taxValue: float
    """Tax amount."""
    quoteId: int
    """ID of the quote linked to the deal."""
    begindate: str
    """Start date of the item; defaults to the creation date."""
    closedate: str
    """Expected close date; defaults to seven days after creation."""
    leadId: int
    """ID of the lead the item was created from."""
    additionalInfo: str
    """Additional information text."""


class CrmItemAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.add``."""

    item: Required[CrmItem]
    """The created item with all its fields."""


class CrmItemBatchImportResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.batchImport``."""

    items: list[Any]
    """One entry per item in request order: {item: {id}} on success, or error and error_description."""
    item: dict[str, Any]
    """The imported item, holding only its id."""
    id: int
    """ID of the imported item."""


class CrmItemDelivery(TypedDict, total=False):
    """A delivery (shipment) linked to a CRM item.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/delivery/crm-item-delivery-get.html
    """

    id: int
    """ID of the delivery."""
    accountNumber: str
    """Delivery number."""
    priceDelivery: float
    """Delivery price."""
    currency: str
    """Currency code."""
    deducted: str
    """\"Y" when the goods have been shipped."""
    dateDeducted: Any
    """When the goods were shipped."""
    deliveryId: int
    """ID of the delivery service."""
    deliveryName: str
    """Name of the delivery service."""


class CrmItemDetailsConfigurationElementsOptions(TypedDict, total=False):
    """Keys of ``elements.options`` in ``CrmItemDetailsConfiguration``."""

    defaultCountry: str
    """Country code the phone field starts with, such as "US"."""


class CrmItemDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmItemDetailsConfiguration``."""

    name: str
    """Field code, such as "TITLE" or "UF_CRM_1"."""
    optionFlags: str
    """\"1" shows the field always, "0" not always."""
    options: CrmItemDetailsConfigurationElementsOptions
    """Extra display options of the field."""


class CrmItemDetailsConfiguration(TypedDict, total=False):
    """A section of the item card layout and the fields it shows.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/item-details-configuration/crm-item-details-configuration-get.html
    """

    name: str
    """Code of the card section, such as "main"."""
    title: str
    """Section heading shown in the card."""
    type: str
    """Kind of block; "section" for a section."""
    elements: list[CrmItemDetailsConfigurationElements]
    """Fields placed in the section, in display order."""


class CrmItemFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.item.fields``."""

    id: CrmFieldDescription
    """ID of the item."""
    title: CrmFieldDescription
    """Item name; when empty it is generated, such as "Lead #13"."""
    xmlId: CrmFieldDescription
    """External code of the item."""
    createdTime: CrmFieldDescription
    """Date and time the item was created."""
    updatedTime: CrmFieldDescription
    """Date and time of the last change."""
    createdBy: CrmFieldDescription
    """ID of the user who created the item."""
    updatedBy: CrmFieldDescription
    """ID of the user who last changed the item."""
    assignedById: CrmFieldDescription
    """ID of the user responsible for the item."""
    opened: CrmFieldDescription
    """\"Y" makes the item visible to every user; "N" limits it by access rights."""
    webformId: CrmFieldDescription
    """ID of the CRM form the item came from."""
    begindate: CrmFieldDescription
    """Start date of the item."""
    closedate: CrmFieldDescription
    """Expected close date."""
    companyId: CrmFieldDescription
    """ID of the client company."""
    contactId: CrmFieldDescription
    """ID of the main client contact."""
    contactIds: CrmFieldDescription
    """IDs of the client contacts linked to the item."""
    contacts: CrmFieldDescription
    """Contacts linked to the item."""
    observers: CrmFieldDescription
    """IDs of the users who watch the item."""
    categoryId: CrmFieldDescription
    """ID of the pipeline (category) the item is in."""
    movedTime: CrmFieldDescription
    """Date and time of the last stage change."""
    movedBy: CrmFieldDescription
    """ID of the user who last changed the stage."""
    stageId: CrmFieldDescription
    """Stage code, such as "NEW" or "C9:PREPARATION" in pipeline 9 (crm.status.list)."""
    previousStageId: CrmFieldDescription
    """Stage code the item was in before the current one."""
    sourceId: CrmFieldDescription
    """Source code from the SOURCE reference list, such as "CALL" or "WEB"."""
    sourceDescription: CrmFieldDescription
    """Free text about the source."""
    currencyId: CrmFieldDescription
    """Currency code of the amount, such as "USD"."""
    isManualOpportunity: CrmFieldDescription
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    opportunity: CrmFieldDescription
    """Amount of the item."""
    taxValue: CrmFieldDescription
    """Tax amount."""
    mycompanyId: CrmFieldDescription
    """ID of your own company linked to the item."""
    lastActivityBy: CrmFieldDescription
    """ID of the user who performed the last activity."""
    lastActivityTime: CrmFieldDescription
    """Date and time of the last activity."""


class CrmItemFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.fields``."""

    fields: Required[CrmItemFieldsResultFields]
    """Field descriptions keyed by camelCase field name."""


class CrmItemGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.get``."""

    item: Required[CrmItem]
    """The item with all its fields."""


class CrmItemImportFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.import``."""

    title: str
    """Item name; when empty it is generated, such as "Lead #13"."""
    honorific: str
    """Salutation code from the HONORIFIC reference list (crm.status.list)."""
    name: str
    """First name of the person (leads and contacts)."""
    secondName: str
    """Middle name (patronymic) of the person."""
    lastName: str
    """Last name of the person."""
    birthdate: datetime.date | str
    """Date of birth."""
    companyTitle: str
    """Company name typed into a lead."""
    sourceId: str
    """Source code from the SOURCE reference list, such as "CALL" or "WEB"."""
    sourceDescription: str
    """Free text about the source."""
    stageId: str
    """Stage code, such as "NEW" or "C9:PREPARATION" in pipeline 9 (crm.status.list)."""
    statusDescription: str
    """Free text about the current stage."""
    post: str
    """Job title of the person."""
    currencyId: str
    """Currency code of the amount, such as "USD"."""
    isManualOpportunity: Literal["Y", "N"]
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    opportunity: float
    """Amount of the item."""
    opened: Literal["Y", "N"]
    """\"Y" makes the item visible to every user; "N" limits it by access rights."""
    comments: str
    """Comment text."""
    assignedById: int
    """ID of the user responsible for the item."""
    companyId: int
    """ID of the client company."""
    contactId: int
    """ID of the main client contact."""
    contactIds: Sequence[int]
    """IDs of the client contacts linked to the item."""
    originatorId: str
    """ID of the external system the item came from."""
    originId: str
    """ID of the item in that external system."""
    webformId: int
    """ID of the CRM form the item came from."""
    observers: Sequence[int]
    """IDs of the users who watch the item."""
    utmSource: str
    """Ad system the visitor came from, such as "google"."""
    utmMedium: str
    """Traffic type, such as "CPC" or "CPM"."""
    utmCampaign: str
    """Name of the ad campaign."""
    utmContent: str
    """Campaign content, such as the ad variant."""
    utmTerm: str
    """Search term of the campaign."""
    typeId: str
    """Deal type code from the DEAL_TYPE reference list, such as "SALE"."""
    categoryId: int
    """ID of the pipeline (category) the item is in."""
    isReccurring: Literal["Y", "N"]
    """\"Y" marks a deal as a recurring-deal template."""
    probability: int
    """Probability of success, in percent."""
    taxValue: float
    """Tax amount."""
    quoteId: int
    """ID of the quote linked to the deal."""
    begindate: str
    """Start date of the item; defaults to the creation date."""
    closedate: str
    """Expected close date; defaults to seven days after creation."""
    leadId: int
    """ID of the lead the item was created from."""
    additionalInfo: str
    """Additional information text."""


class CrmItemImportResultItem(TypedDict, total=False):
    """Keys of ``result.item`` in ``crm.item.import``."""

    id: int
    """ID of the imported item."""


class CrmItemImportResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.import``."""

    item: CrmItemImportResultItem
    """The imported item."""
    id: int
    """ID of the imported item."""


class CrmItemPayment(TypedDict, total=False):
    """A payment linked to a CRM item.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/crm-item-payment-get.html
    """

    id: int
    """ID of the payment."""
    accountNumber: str
    """Payment number."""
    paid: str
    """\"Y" when the payment is paid."""
    datePaid: str | None
    """When it was paid, or null."""
    empPaidId: int | None
    """ID of the user who marked it paid, or null."""
    paySystemId: int
    """ID of the payment system."""
    sum: int
    """Payment amount."""
    currency: str
    """Currency code."""
    paySystemName: str
    """Name of the payment system."""


class CrmItemPaymentDelivery(TypedDict, total=False):
    """A delivery included in a payment.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/delivery-in-payment/crm-item-payment-delivery-list.html
    """

    id: int
    """ID of the record."""
    paymentId: int
    """ID of the payment."""
    quantity: int
    """Quantity."""
    deliveryId: int
    """ID of the delivery."""


class CrmItemPaymentProduct(TypedDict, total=False):
    """A product row included in a payment.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/payment/products-in-payment/crm-item-payment-product-list.html
    """

    id: int
    """ID of the record."""
    paymentId: int
    """ID of the payment."""
    quantity: int
    """Quantity."""
    rowId: int
    """ID of the product row."""


class CrmItemPaymentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.payment.update``."""

    paid: Literal["Y", "N"]
    """\"Y" for paid, "N" for not paid."""
    paySystemId: int
    """ID of the pay system (sale.paysystem.list)."""


class CrmItemProductrow(TypedDict, total=False):
    """A product row of a CRM item: product, price, discount, tax and quantity.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/product-rows/crm-item-productrow-get.html
    """

    id: int
    """ID of the product row."""
    ownerId: int
    """ID of the CRM item the row belongs to."""
    ownerType: str
    """Short type code of that item, such as "D" for a deal or "L" for a lead."""
    productId: int
    """ID of the catalog product; 0 for a row without a catalog product."""
    productName: str
    """Product name as shown in the row."""
    price: int
    """Unit price with discounts and taxes."""
    priceAccount: int
    """Unit price with discounts and taxes, converted to the reporting currency."""
    priceExclusive: float
    """Unit price with discounts, without taxes."""
    priceNetto: float
    """Unit price without discounts and taxes."""
    priceBrutto: float
    """Unit price with taxes, without discounts."""
    quantity: int
    """Quantity."""
    discountTypeId: int
    """Discount kind: 1 a fixed amount, 2 a percentage."""
    discountRate: int
    """Discount in percent."""
    discountSum: float
    """Discount amount per unit."""
    taxRate: Any
    """Tax rate in percent."""
    taxIncluded: str
    """\"Y" when the tax is included in the price."""
    customized: str
    """Outdated."""
    measureCode: int
    """Code of the unit of measure, such as 796 for pieces."""
    measureName: str
    """Name of the unit of measure, such as "pcs"."""
    sort: int
    """Sort order of the row."""
    xmlId: str
    """External ID of the row."""
    type: int
    """Product kind: 1 simple product, 2 set, 3 product with variations, 4 variation, and so on."""
    storeId: int
    """ID of the warehouse."""


class CrmItemProductrowAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.add``."""

    ownerId: Required[int]
    """ID of the CRM item that owns the row."""
    ownerType: Required[str]
    """Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process."""
    productId: int
    """ID of the catalog product."""
    productName: str
    """Product name shown in the row; defaults to the catalog name of productId."""
    price: float
    """Price per unit, after discount and with tax."""
    quantity: float
    """Quantity in the row's unit of measure; defaults to 1."""
    discountTypeId: Literal[1, 2]
    """Discount kind: 1 is an absolute amount, 2 a percentage (the default)."""
    discountRate: float
    """Discount in percent, used with discount kind 2."""
    discountSum: float
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: float
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: Literal["Y", "N"]
    """\"Y" when the price already includes the tax."""
    measureCode: str | int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    sort: int
    """Position of the row in the list."""


class CrmItemProductrowAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.add``."""

    productRow: Required[CrmItemProductrow]
    """The created product row."""


class CrmItemProductrowFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.item.productrow.fields``."""

    id: CrmFieldDescription
    """ID of the product row."""
    ownerId: CrmFieldDescription
    """ID of the CRM item that owns the row."""
    ownerType: CrmFieldDescription
    """Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process."""
    productId: CrmFieldDescription
    """ID of the catalog product."""
    productName: CrmFieldDescription
    """Product name shown in the row."""
    price: CrmFieldDescription
    """Price per unit, after discount and with tax."""
    priceExclusive: CrmFieldDescription
    """Price per unit after discount, without tax."""
    priceNetto: CrmFieldDescription
    """Price per unit before discount, without tax."""
    priceBrutto: CrmFieldDescription
    """Price per unit before discount, with tax."""
    quantity: CrmFieldDescription
    """Quantity in the row's unit of measure."""
    discountTypeId: CrmFieldDescription
    """Discount kind: 1 is an absolute amount, 2 a percentage."""
    discountRate: CrmFieldDescription
    """Discount in percent, used with discount kind 2."""
    discountSum: CrmFieldDescription
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: CrmFieldDescription
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: CrmFieldDescription
    """\"Y" when the price already includes the tax."""
    customized: CrmFieldDescription
    """Obsolete flag, kept for compatibility."""
    measureCode: CrmFieldDescription
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    measureName: CrmFieldDescription
    """Unit of measure name, such as "pcs"."""
    sort: CrmFieldDescription
    """Position of the row in the list."""
    type: CrmFieldDescription
    """Product kind: 1 simple product, 2 set, 3 product with variations, 4 variation, 7 service."""
    storeId: CrmFieldDescription
    """ID of the warehouse the product is taken from."""


class CrmItemProductrowFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.fields``."""

    fields: Required[CrmItemProductrowFieldsResultFields]
    """Field descriptions keyed by field name."""


class CrmItemProductrowGetAvailableForPaymentResultProductRows(TypedDict, total=False):
    """Keys of ``result.productRows`` in ``crm.item.productrow.getAvailableForPayment``."""

    id: int
    """ID of the product row."""
    ownerId: int
    """ID of the CRM item that owns the row."""
    ownerType: str
    """Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process."""
    productId: int
    """ID of the catalog product."""
    productName: str
    """Product name shown in the row."""
    price: int
    """Price per unit, after discount and with tax."""
    priceAccount: int
    """Price per unit after discount and with tax, converted to the report currency."""
    priceExclusive: int
    """Price per unit after discount, without tax."""
    priceNetto: int
    """Price per unit before discount, without tax."""
    priceBrutto: int
    """Price per unit before discount, with tax."""
    quantity: int
    """Quantity in the row's unit of measure."""
    discountTypeId: int
    """Discount kind: 1 is an absolute amount, 2 a percentage."""
    discountRate: int
    """Discount in percent, used with discount kind 2."""
    discountSum: int
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: Any
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: str
    """\"Y" when the price already includes the tax."""
    customized: str
    """Obsolete flag, kept for compatibility."""
    measureCode: int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    measureName: str
    """Unit of measure name, such as "pcs"."""
    sort: int
    """Position of the row in the list."""
    xmlId: str
    """External code of the row."""
    type: int
    """Product kind: 1 simple product, 2 set, 3 product with variations, 4 variation, 7 service."""


class CrmItemProductrowGetAvailableForPaymentResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.getAvailableForPayment``."""

    productRows: Required[
        list[CrmItemProductrowGetAvailableForPaymentResultProductRows]
    ]
    """Product rows still available for a payment."""


class CrmItemProductrowGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.get``."""

    productRow: Required[CrmItemProductrow]
    """The product row."""


class CrmItemProductrowSetProductRows(TypedDict, total=False):
    """Keys of the ``productRows`` parameter of ``crm.item.productrow.set``."""

    productId: int
    """ID of the catalog product."""
    productName: str
    """Product name shown in the row; defaults to the catalog name of productId."""
    price: float
    """Price per unit, after discount and with tax."""
    quantity: float
    """Quantity in the row's unit of measure; defaults to 1."""
    discountTypeId: Literal[1, 2]
    """Discount kind: 1 is an absolute amount, 2 a percentage (the default)."""
    discountRate: float
    """Discount in percent, used with discount kind 2."""
    discountSum: float
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: float
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: Literal["Y", "N"]
    """\"Y" when the price already includes the tax."""
    measureCode: str
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    sort: int
    """Position of the row in the list."""


class CrmItemProductrowSetResultProductRows(TypedDict, total=False):
    """Keys of ``result.productRows`` in ``crm.item.productrow.set``."""

    id: int
    """ID of the product row."""
    ownerId: int
    """ID of the CRM item that owns the row."""
    ownerType: str
    """Short code of the owner type, such as "D" for a deal, "L" for a lead or "T" plus the hex type ID for a smart process."""
    productId: int
    """ID of the catalog product."""
    productName: str
    """Product name shown in the row."""
    price: float
    """Price per unit, after discount and with tax."""
    priceAccount: float
    """Price per unit after discount and with tax, converted to the report currency."""
    priceExclusive: float
    """Price per unit after discount, without tax."""
    priceNetto: float
    """Price per unit before discount, without tax."""
    priceBrutto: float
    """Price per unit before discount, with tax."""
    quantity: int
    """Quantity in the row's unit of measure."""
    discountTypeId: int
    """Discount kind: 1 is an absolute amount, 2 a percentage."""
    discountRate: int
    """Discount in percent, used with discount kind 2."""
    discountSum: int
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: Any
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: str
    """\"Y" when the price already includes the tax."""
    customized: str
    """Obsolete flag, kept for compatibility."""
    measureCode: int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    measureName: str
    """Unit of measure name, such as "pcs"."""
    sort: int
    """Position of the row in the list."""
    xmlId: str
    """External code of the row."""
    type: int
    """Product kind: 1 simple product, 2 set, 3 product with variations, 4 variation, 7 service."""


class CrmItemProductrowSetResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.set``."""

    productRows: Required[list[CrmItemProductrowSetResultProductRows]]
    """The saved product rows."""


class CrmItemProductrowUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.productrow.update``."""

    productId: int
    """ID of the catalog product."""
    productName: str
    """Product name shown in the row."""
    price: float
    """Price per unit, after discount and with tax."""
    quantity: float
    """Quantity in the row's unit of measure."""
    discountTypeId: Literal[1, 2]
    """Discount kind: 1 is an absolute amount, 2 a percentage."""
    discountRate: float
    """Discount in percent, used with discount kind 2."""
    discountSum: float
    """Discount as an absolute amount, used with discount kind 1."""
    taxRate: float
    """Tax rate in percent; null when no tax applies."""
    taxIncluded: Literal["Y", "N"]
    """\"Y" when the price already includes the tax."""
    measureCode: str | int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    sort: int
    """Position of the row in the list."""


class CrmItemProductrowUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.productrow.update``."""

    productRow: Required[CrmItemProductrow]
    """The changed product row."""


class CrmItemUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.item.update``."""

    title: str
    """Item name; when empty it is generated, such as "Lead #13"."""
    honorific: str
    """Salutation code from the HONORIFIC reference list (crm.status.list)."""
    name: str
    """First name of the person (leads and contacts)."""
    secondName: str
    """Middle name (patronymic) of the person."""
    lastName: str
    """Last name of the person."""
    birthdate: datetime.date | str
    """Date of birth."""
    companyTitle: str
    """Company name typed into a lead."""
    sourceId: str
    """Source code from the SOURCE reference list, such as "CALL" or "WEB"."""
    sourceDescription: str
    """Free text about the source."""
    stageId: str
    """Stage code, such as "NEW" or "C9:PREPARATION" in pipeline 9 (crm.status.list)."""
    statusDescription: str
    """Free text about the current stage."""
    post: str
    """Job title of the person."""
    currencyId: str
    """Currency code of the amount, such as "USD"."""
    isManualOpportunity: Literal["Y", "N"]
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    opportunity: float
    """Amount of the item."""
    opened: Literal["Y", "N"]
    """\"Y" makes the item visible to every user; "N" limits it by access rights."""
    comments: str
    """Comment text."""
    assignedById: int
    """ID of the user responsible for the item."""
    companyId: int
    """ID of the client company."""
    contactId: int
    """ID of the main client contact."""
    contactIds: Sequence[int]
    """IDs of the client contacts linked to the item."""
    originatorId: str
    """ID of the external system the item came from."""
    originId: str
    """ID of the item in that external system."""
    webformId: int
    """ID of the CRM form the item came from."""
    observers: Sequence[int]
    """IDs of the users who watch the item."""
    utmSource: str
    """Ad system the visitor came from, such as "google"."""
    utmMedium: str
    """Traffic type, such as "CPC" or "CPM"."""
    utmCampaign: str
    """Name of the ad campaign."""
    utmContent: str
    """Campaign content, such as the ad variant."""
    utmTerm: str
    """Search term of the campaign."""
    fm: Sequence[dict[str, Any]]
    """Phones, e-mails, sites and messengers: a list of multifield values {typeId, valueType, value}."""
    typeId: str
    """Deal type code from the DEAL_TYPE reference list, such as "SALE"."""
    additionalInfo: str
    """Additional information text."""


class CrmItemUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.item.update``."""

    item: Required[CrmItem]
    """The item after the change, with all its fields."""


class CrmLeadPhone(TypedDict, total=False):
    """Keys of ``PHONE`` in ``CrmLead``."""

    ID: str
    """ID of this value."""
    VALUE_TYPE: str
    """Kind of phone number: "WORK", "MOBILE", "FAX", "HOME", "PAGER", "MAILING" or "OTHER"."""
    VALUE: str
    """The phone number itself."""
    TYPE_ID: str
    """Multi-value field the value belongs to; here "PHONE"."""


class CrmLeadIm(TypedDict, total=False):
    """Keys of ``IM`` in ``CrmLead``."""

    ID: str
    """ID of this value."""
    VALUE_TYPE: str
    """Kind of messenger account: a messenger code such as "TELEGRAM", "SKYPE", "VIBER" or "OTHER"."""
    VALUE: str
    """The messenger account itself."""
    TYPE_ID: str
    """Multi-value field the value belongs to; here "IM"."""


class CrmLead(TypedDict, total=False):
    """A lead with its contact person, source and stage.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/crm-lead-get.html
    """

    ID: str
    """ID of the lead."""
    TITLE: str
    """Name of the lead."""
    HONORIFIC: Any
    """Salutation code from the HONORIFIC status list, such as "HNR_RU_1"."""
    NAME: str
    """First name of the contact person."""
    SECOND_NAME: Any
    """Middle name of the contact person."""
    LAST_NAME: str | None
    """Last name of the contact person."""
    COMPANY_ID: str | None
    """ID of the company the lead is linked to."""
    COMPANY_TITLE: Any
    """Company name as typed in the lead."""
    CONTACT_ID: str | None
    """ID of the contact the lead is linked to."""
    IS_RETURN_CUSTOMER: str
    """\"Y" when the lead comes from an existing customer (a repeat lead)."""
    BIRTHDATE: str
    """Date of birth."""
    SOURCE_ID: str
    """Source code from the SOURCE status list, such as "CALL" or "WEB"."""
    SOURCE_DESCRIPTION: Any
    """Free-text details about the source."""
    STATUS_ID: str
    """Stage code from the STATUS status list, such as "NEW" or "CONVERTED"."""
    STATUS_DESCRIPTION: Any
    """Free-text details about the current stage."""
    POST: Any
    """Job title."""
    COMMENTS: Any
    """Comment; may hold BB code."""
    CURRENCY_ID: str
    """Currency code, such as "USD" or "EUR"."""
    OPPORTUNITY: str
    """Expected amount, as a decimal string."""
    IS_MANUAL_OPPORTUNITY: str
    """\"Y" when the amount was entered by hand rather than summed from product rows."""
    HAS_PHONE: str
    """\"Y" when at least one phone number is filled in; read-only."""
    HAS_EMAIL: str
    """\"Y" when at least one e-mail address is filled in; read-only."""
    HAS_IMOL: str
    """\"Y" when an Open Channel conversation is linked; read-only."""
    ASSIGNED_BY_ID: str
    """ID of the responsible user."""
    CREATED_BY_ID: str
    """ID of the user who created the lead."""
    MODIFY_BY_ID: str
    """ID of the user who last changed the lead."""
    MOVED_BY_ID: str
    """ID of the user who moved the lead to its current stage."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    DATE_CLOSED: str
    """When the lead was closed (ISO 8601)."""
    STATUS_SEMANTIC_ID: str
    """Stage group: "P" in progress, "S" converted (success), "F" junk (failed)."""
    OPENED: str
    """\"Y" when every user may see the lead (counts for roles with "all open" access)."""
    ORIGINATOR_ID: Any
    """ID of the external system the lead was imported from."""
    ORIGIN_ID: Any
    """ID of the lead in that external system."""
    MOVED_TIME: str
    """When the lead was moved to its current stage (ISO 8601)."""
    ADDRESS: str | None
    """Street address of the contact person."""
    ADDRESS_2: Any
    """Second line of the address."""
    ADDRESS_CITY: Any
    """City."""
    ADDRESS_POSTAL_CODE: Any
    """Postal code."""
    ADDRESS_REGION: Any
    """District."""
    ADDRESS_PROVINCE: Any
    """Region, state or province."""
    ADDRESS_COUNTRY: str | None
    """Country."""
    ADDRESS_COUNTRY_CODE: Any
    """Country code."""
    ADDRESS_LOC_ADDR_ID: str | None
    """ID of the matching location address; for internal use."""
    UTM_SOURCE: Any
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: Any
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: Any
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: Any
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: Any
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_ACTIVITY_BY: str
    """ID of the user behind the latest timeline activity."""
    LAST_ACTIVITY_TIME: str
    """Time of the latest timeline activity (ISO 8601)."""
    PHONE: list[CrmLeadPhone]
    """Phone numbers."""
    IM: list[CrmLeadIm]
    """Messenger accounts."""


class CrmLeadAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.add``."""

    ADDRESS: str
    """Street address (first line)."""
    ADDRESS_2: str
    """Second line of the address."""
    ADDRESS_CITY: str
    """City."""
    ADDRESS_COUNTRY: str
    """Country name."""
    ADDRESS_COUNTRY_CODE: str
    """Country code."""
    ADDRESS_POSTAL_CODE: str
    """Postal code."""
    ADDRESS_PROVINCE: str
    """Province, state or region."""
    ADDRESS_REGION: str
    """District within the province."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the lead."""
    BIRTHDATE: datetime.date | str
    """Date of birth."""
    COMMENTS: str
    """Comment text."""
    COMPANY_ID: int
    """ID of the company linked to the lead."""
    COMPANY_TITLE: str
    """Company name typed into the lead; to link an existing company use COMPANY_ID."""
    CONTACT_ID: int
    """ID of the main contact linked to the lead."""
    CONTACT_IDS: int
    """IDs of the contacts linked to the lead; crm.lead.contact.* methods manage the list too."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD" or "EUR"."""
    EMAIL: dict[str, Any]
    """E-mail addresses: a list of {VALUE, VALUE_TYPE}."""
    HONORIFIC: str
    """Salutation code from the HONORIFIC reference list (crm.status.list), such as "HNR_RU_1"."""
    IM: dict[str, Any]
    """Messenger accounts: a list of {VALUE, VALUE_TYPE}."""
    LINK: dict[str, Any]
    """Users linked through Open Channels: a list of {VALUE, VALUE_TYPE}."""
    LAST_NAME: str
    """Last name of the person."""
    NAME: str
    """First name of the person."""
    SECOND_NAME: str
    """Middle name (patronymic) of the person."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the lead visible to every user; "N" limits it by access rights."""
    OPPORTUNITY: float
    """Expected amount of the lead."""
    IS_MANUAL_OPPORTUNITY: str
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    ORIGINATOR_ID: str
    """ID of the external system the lead came from; used only for links to outside data."""
    ORIGIN_ID: str
    """ID of the lead in that external system."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers: a list of {VALUE, VALUE_TYPE} such as {"VALUE": "+15550100", "VALUE_TYPE": "WORK"}."""
    POST: str
    """Job title of the person."""
    SOURCE_DESCRIPTION: str
    """Free text about the source."""
    SOURCE_ID: str
    """Source code from the SOURCE reference list, such as "CALL", "EMAIL", "WEB" or "WEBFORM"."""
    STATUS_DESCRIPTION: str
    """Free text about the current stage."""
    STATUS_ID: str
    """Stage code from the STATUS reference list, such as "NEW", "IN_PROCESS", "JUNK" or "CONVERTED"."""
    TITLE: str
    """Lead name shown in lists and the lead card."""
    UTM_CAMPAIGN: str
    """Name of the ad campaign."""
    UTM_CONTENT: str
    """Campaign content, such as the ad variant."""
    UTM_MEDIUM: str
    """Traffic type, such as "CPC" for ads or "CPM" for banners."""
    UTM_SOURCE: str
    """Ad system the visitor came from, such as "google"."""
    UTM_TERM: str
    """Search term of the campaign, such as the ad keyword."""
    WEB: Sequence[dict[str, Any]]
    """Web sites: a list of {VALUE, VALUE_TYPE}."""


class CrmLeadAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.lead.add``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """\"Y" posts the event to the activity stream and notifies the user responsible for the lead."""


class CrmLeadContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.add``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""
    SORT: int
    """Position of the contact in the lead's contact list."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this contact the primary one."""


class CrmLeadContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.contact.delete``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""


class CrmLeadContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.lead.contact.fields``."""

    SORT: CrmFieldDescription
    """Position of the contact in the lead's contact list."""
    IS_PRIMARY: CrmFieldDescription
    """\"Y" makes this contact the primary one."""
    CONTACT_ID: CrmFieldDescription
    """ID of the contact."""


class CrmLeadContactItems(TypedDict, total=False):
    """A contact linked to a lead.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/management-communication/crm-lead-contact-items-get.html
    """

    CONTACT_ID: int
    """ID of the linked contact."""
    SORT: int
    """Sort order of the link."""
    ROLE_ID: int
    """Role of the link; reserved, always 0."""
    IS_PRIMARY: str
    """\"Y" for the primary link."""


class CrmLeadDetailsConfigurationElements(TypedDict, total=False):
    """Keys of ``elements`` in ``CrmLeadDetailsConfiguration``."""

    name: str
    """Field code, such as "TITLE" or "UF_CRM_1"."""
    optionFlags: str
    """\"1" shows the field always, "0" not always."""


class CrmLeadDetailsConfiguration(TypedDict, total=False):
    """A section of the lead card layout and the fields it shows.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/custom-form/crm-lead-details-configuration-get.html
    """

    name: str
    """Code of the card section, such as "main"."""
    title: str
    """Section heading shown in the card."""
    type: str
    """Kind of block; "section" for a section."""
    elements: list[CrmLeadDetailsConfigurationElements]
    """Fields placed in the section, in display order."""


class CrmLeadDetailsConfigurationForceCommonScopeForAllExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.forceCommonScopeForAll``."""

    leadCustomerType: Literal[1, 2]
    """Kind of leads: 1 simple, 2 repeat."""


class CrmLeadDetailsConfigurationSetExtras(TypedDict, total=False):
    """Keys of the ``extras`` parameter of ``crm.lead.details.configuration.set``."""

    leadCustomerType: Literal[1, 2]
    """Kind of leads: 1 simple, 2 repeat."""


class CrmLeadFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.lead.fields``."""

    ID: CrmFieldDescription
    """ID of the lead."""
    TITLE: CrmFieldDescription
    """Lead name shown in lists and the lead card."""
    HONORIFIC: CrmFieldDescription
    """Salutation code from the HONORIFIC reference list (crm.status.list), such as "HNR_RU_1"."""
    NAME: CrmFieldDescription
    """First name of the person."""
    SECOND_NAME: CrmFieldDescription
    """Middle name (patronymic) of the person."""
    LAST_NAME: CrmFieldDescription
    """Last name of the person."""
    BIRTHDATE: CrmFieldDescription
    """Date of birth."""
    COMPANY_TITLE: CrmFieldDescription
    """Company name typed into the lead; to link an existing company use COMPANY_ID."""
    SOURCE_ID: CrmFieldDescription
    """Source code from the SOURCE reference list, such as "CALL", "EMAIL", "WEB" or "WEBFORM"."""
    SOURCE_DESCRIPTION: CrmFieldDescription
    """Free text about the source."""
    STATUS_ID: CrmFieldDescription
    """Stage code from the STATUS reference list, such as "NEW", "IN_PROCESS", "JUNK" or "CONVERTED"."""
    STATUS_DESCRIPTION: CrmFieldDescription
    """Free text about the current stage."""
    STATUS_SEMANTIC_ID: CrmFieldDescription
    """Read-only stage group: "P" in progress, "S" successful, "F" failed."""
    POST: CrmFieldDescription
    """Job title of the person."""
    ADDRESS: CrmFieldDescription
    """Street address (first line)."""
    ADDRESS_2: CrmFieldDescription
    """Second line of the address."""
    ADDRESS_CITY: CrmFieldDescription
    """City."""
    ADDRESS_POSTAL_CODE: CrmFieldDescription
    """Postal code."""
    ADDRESS_REGION: CrmFieldDescription
    """District within the province."""
    ADDRESS_PROVINCE: CrmFieldDescription
    """Province, state or region."""
    ADDRESS_COUNTRY: CrmFieldDescription
    """Country name."""
    ADDRESS_COUNTRY_CODE: CrmFieldDescription
    """Country code."""
    ADDRESS_LOC_ADDR_ID: CrmFieldDescription
    """Service field for internal use."""
    CURRENCY_ID: CrmFieldDescription
    """Currency code of the amount, such as "USD" or "EUR"."""
    OPPORTUNITY: CrmFieldDescription
    """Expected amount of the lead."""
    IS_MANUAL_OPPORTUNITY: CrmFieldDescription
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    OPENED: CrmFieldDescription
    """\"Y" makes the lead visible to every user; "N" limits it by access rights."""
    COMMENTS: CrmFieldDescription
    """Comment text."""
    HAS_PHONE: CrmFieldDescription
    """Read-only: "Y" when at least one phone number is filled in."""
    HAS_EMAIL: CrmFieldDescription
    """Read-only: "Y" when at least one e-mail address is filled in."""
    HAS_IMOL: CrmFieldDescription
    """Read-only: "Y" when an Open Channel is linked."""
    ASSIGNED_BY_ID: CrmFieldDescription
    """ID of the user responsible for the lead."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the lead."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the lead."""
    MOVED_BY_ID: CrmFieldDescription
    """ID of the user who moved the lead to its current stage."""
    DATE_CREATE: CrmFieldDescription
    """Date and time the lead was created."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    MOVED_TIME: CrmFieldDescription
    """Date and time of the last stage change."""
    COMPANY_ID: CrmFieldDescription
    """ID of the company linked to the lead."""
    CONTACT_ID: CrmFieldDescription
    """ID of the main contact linked to the lead."""
    IS_RETURN_CUSTOMER: CrmFieldDescription
    """Read-only: "Y" for a repeat lead, one created with COMPANY_ID or CONTACT_ID of an existing client."""
    DATE_CLOSED: CrmFieldDescription
    """Date and time the lead was closed."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external system the lead came from; used only for links to outside data."""
    ORIGIN_ID: CrmFieldDescription
    """ID of the lead in that external system."""
    UTM_SOURCE: CrmFieldDescription
    """Ad system the visitor came from, such as "google"."""
    UTM_MEDIUM: CrmFieldDescription
    """Traffic type, such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: CrmFieldDescription
    """Name of the ad campaign."""
    UTM_CONTENT: CrmFieldDescription
    """Campaign content, such as the ad variant."""
    UTM_TERM: CrmFieldDescription
    """Search term of the campaign, such as the ad keyword."""
    LAST_ACTIVITY_TIME: CrmFieldDescription
    """Date and time of the last activity."""
    LAST_ACTIVITY_BY: CrmFieldDescription
    """ID of the user behind the latest activity, for example the one who created it."""
    PHONE: CrmFieldDescription
    """Phone numbers: a list of {VALUE, VALUE_TYPE} such as {"VALUE": "+15550100", "VALUE_TYPE": "WORK"}."""
    EMAIL: CrmFieldDescription
    """E-mail addresses: a list of {VALUE, VALUE_TYPE}."""
    WEB: CrmFieldDescription
    """Web sites: a list of {VALUE, VALUE_TYPE}."""
    IM: CrmFieldDescription
    """Messenger accounts: a list of {VALUE, VALUE_TYPE}."""
    LINK: CrmFieldDescription
    """Users linked through Open Channels: a list of {VALUE, VALUE_TYPE}."""
    CONTACT_IDS: CrmFieldDescription
    """IDs of the contacts linked to the lead; crm.lead.contact.* methods manage the list too."""


class CrmLeadProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.lead.productrows.set``."""

    PRODUCT_ID: int
    """ID of the catalog product (catalog.product.list); 0 (default) for a row not from the catalog."""
    PRODUCT_NAME: str
    """Product name shown in the row; taken from the catalog when PRODUCT_ID is set."""
    PRICE: float
    """Final price per unit, after discount and with tax."""
    PRICE_EXCLUSIVE: float
    """Price per unit after discount, without tax."""
    PRICE_NETTO: float
    """Price per unit before discount, without tax."""
    PRICE_BRUTTO: float
    """Price per unit before discount, with tax."""
    QUANTITY: float
    """Quantity in the row's unit of measure; defaults to 1."""
    DISCOUNT_TYPE_ID: int
    """Discount kind: 1 is an absolute amount, 2 a percentage (the default)."""
    DISCOUNT_RATE: float
    """Discount in percent, used with discount kind 2."""
    DISCOUNT_SUM: float
    """Discount as an absolute amount, used with discount kind 1."""
    TAX_RATE: float
    """Tax rate in percent."""
    TAX_INCLUDED: Literal["Y", "N"]
    """\"Y" when the price already includes the tax."""
    MEASURE_CODE: str | int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    MEASURE_NAME: str
    """Unit of measure name, such as "pcs"."""
    SORT: int
    """Position of the row in the list."""


class CrmLeadUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.update``."""

    ADDRESS: str
    """Street address (first line)."""
    ADDRESS_2: str
    """Second line of the address."""
    ADDRESS_CITY: str
    """City."""
    ADDRESS_COUNTRY: str
    """Country name."""
    ADDRESS_COUNTRY_CODE: str
    """Country code."""
    ADDRESS_POSTAL_CODE: str
    """Postal code."""
    ADDRESS_PROVINCE: str
    """Province, state or region."""
    ADDRESS_REGION: str
    """District within the province."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the lead."""
    BIRTHDATE: datetime.date | str
    """Date of birth."""
    COMMENTS: str
    """Comment text."""
    COMPANY_ID: int
    """ID of the company linked to the lead."""
    COMPANY_TITLE: str
    """Company name typed into the lead; to link an existing company use COMPANY_ID."""
    CONTACT_ID: int
    """ID of the main contact linked to the lead."""
    CONTACT_IDS: int
    """IDs of the contacts linked to the lead; crm.lead.contact.* methods manage the list too."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD" or "EUR"."""
    EMAIL: dict[str, Any]
    """E-mail addresses: a list of {VALUE, VALUE_TYPE}."""
    HONORIFIC: str
    """Salutation code from the HONORIFIC reference list (crm.status.list), such as "HNR_RU_1"."""
    IM: dict[str, Any]
    """Messenger accounts: a list of {VALUE, VALUE_TYPE}."""
    LINK: dict[str, Any]
    """Users linked through Open Channels: a list of {VALUE, VALUE_TYPE}."""
    LAST_NAME: str
    """Last name of the person."""
    NAME: str
    """First name of the person."""
    SECOND_NAME: str
    """Middle name (patronymic) of the person."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the lead visible to every user; "N" limits it by access rights."""
    OPPORTUNITY: float
    """Expected amount of the lead."""
    IS_MANUAL_OPPORTUNITY: str
    """\"Y" when the amount is entered by hand, "N" when it is calculated from the product rows."""
    ORIGINATOR_ID: str
    """ID of the external system the lead came from; used only for links to outside data."""
    ORIGIN_ID: str
    """ID of the lead in that external system."""
    PHONE: Sequence[dict[str, Any]]
    """Phone numbers: a list of {VALUE, VALUE_TYPE} such as {"VALUE": "+15550100", "VALUE_TYPE": "WORK"}."""
    POST: str
    """Job title of the person."""
    SOURCE_DESCRIPTION: str
    """Free text about the source."""
    SOURCE_ID: str
    """Source code from the SOURCE reference list, such as "CALL", "EMAIL", "WEB" or "WEBFORM"."""
    STATUS_DESCRIPTION: str
    """Free text about the current stage."""
    STATUS_ID: str
    """Stage code from the STATUS reference list, such as "NEW", "IN_PROCESS", "JUNK" or "CONVERTED"."""
    TITLE: str
    """Lead name shown in lists and the lead card."""
    UTM_CAMPAIGN: str
    """Name of the ad campaign."""
    UTM_CONTENT: str
    """Campaign content, such as the ad variant."""
    UTM_MEDIUM: str
    """Traffic type, such as "CPC" for ads or "CPM" for banners."""
    UTM_SOURCE: str
    """Ad system the visitor came from, such as "google"."""
    UTM_TERM: str
    """Search term of the campaign, such as the ad keyword."""
    WEB: Sequence[dict[str, Any]]
    """Web sites: a list of {VALUE, VALUE_TYPE}."""


class CrmLeadUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.lead.update``."""

    REGISTER_SONET_EVENT: Literal["Y", "N"]
    """\"Y" posts the event to the activity stream and notifies the user responsible for the lead."""


class CrmLeadUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmLeadUserfield``."""

    ID: str
    """ID of the calendar section of the resource."""
    CAL_TYPE: str
    """Calendar type, such as "resource"."""
    NAME: str
    """Name of the resource, such as a room."""


class CrmLeadUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmLeadUserfield``."""

    XML_ID: str
    """Code of the resource type."""
    NAME: str
    """Name of the resource type."""
    SECTIONS: list[CrmLeadUserfieldSettingsResourcesResourceSections]
    """Resources of this type (calendar sections)."""


class CrmLeadUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmLeadUserfield``."""

    resource: CrmLeadUserfieldSettingsResourcesResource
    """The "resource" type of bookable resources."""


class CrmLeadUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmLeadUserfield``."""

    type: str
    """Resource type, such as "resource"."""
    id: str
    """ID of the resource."""
    title: str
    """Name of the resource."""


class CrmLeadUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmLeadUserfield``."""

    name: str
    """Name of the service."""
    duration: str
    """Duration of the service."""


class CrmLeadUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmLeadUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str
    """Default value; for date fields an object with VALUE and TYPE."""
    ENTITY_TYPE: str
    """Status list the field takes values from (crm_status fields); see crm.status.entity.types."""
    DISPLAY: str
    """Appearance, such as "LIST", "UI", "CHECKBOX" or "DIALOG" (for yes/no fields "CHECKBOX", "RADIO" or "DROPDOWN")."""
    LIST_HEIGHT: int
    """Height of the list, or of the preview for file fields."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice (list fields)."""
    SHOW_NO_VALUE: str
    """\"Y" shows an empty choice (list fields)."""
    LIST_WIDTH: int
    """Width of the preview in the list (file fields)."""
    MAX_SHOW_SIZE: int
    """Largest file size that is still previewed (file fields)."""
    MAX_ALLOWED_SIZE: int
    """Largest file size allowed (file fields)."""
    EXTENSIONS: list[Any]
    """File extensions allowed (file fields)."""
    TARGET_BLANK: str
    """\"Y" opens the file or link in a new tab."""
    USE_USERS: str
    """\"Y" lets employees be booked (resource booking fields)."""
    USE_RESOURCES: str
    """\"Y" lets resources be booked (resource booking fields)."""
    RESOURCES: CrmLeadUserfieldSettingsResources
    """Resource types and their calendar sections (resource booking fields)."""
    SELECTED_RESOURCES: list[CrmLeadUserfieldSettingsSelectedResources]
    """Resources offered for booking."""
    SELECTED_USERS: list[Any]
    """IDs of the employees offered for booking."""
    FULL_DAY: str
    """\"Y" books whole days instead of time slots."""
    ALLOW_OVERBOOKING: str
    """\"Y" allows overlapping bookings of the same resource."""
    USE_SERVICES: str
    """\"Y" lets the user pick a service when booking."""
    SERVICE_LIST: list[CrmLeadUserfieldSettingsServiceList]
    """Services that can be booked."""
    RESOURCE_LIMIT: int
    """Limit on the number of resources."""
    TIMEZONE: str
    """Time zone of the bookings, such as "Europe/Berlin"."""
    USE_USER_TIMEZONE: str
    """\"Y" shows bookings in the time zone of each user."""


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
    """ID of the choice."""
    SORT: str
    """Sort order of the choice."""
    VALUE: str
    """Text of the choice."""
    DEF: str
    """\"Y" when the choice is the default one."""
    XML_ID: str
    """External ID of the choice."""


class CrmLeadUserfield(TypedDict, total=False):
    """A custom field of leads: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/leads/userfield/crm-lead-userfield-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_LEAD" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmLeadUserfieldSettings
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmLeadUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmLeadUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmLeadUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: CrmLeadUserfieldErrorMessage | str | None
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: CrmLeadUserfieldHelpMessage | str | None
    """Help text for the field: one string, or texts keyed by language code."""
    LIST: list[CrmLeadUserfieldList]
    """Choices of an "enumeration" (list) field."""


class CrmLeadUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.lead.userfield.add``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Height of the input box in rows, for string fields; above 0, defaults to 1."""
    DISPLAY: str
    """Look of the field: "LIST", "UI", "CHECKBOX" or "DIALOG" for list fields; "CHECKBOX", "RADIO" or "DROPDOWN" for yes/no fields."""
    LIST_HEIGHT: int
    """Height of the list box, for list fields; above 0."""


class CrmLeadUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.lead.userfield.add``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option."""
    DEF: Literal["Y", "N"]
    """\"Y" makes the option the default."""
    XML_ID: str
    """External code of the option."""


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
    """Field type, such as "string", "integer", "double", "boolean", "date", "enumeration", "file", "employee" or "crm"."""
    FIELD_NAME: Required[str]
    """Field code of A-Z, 0-9 and "_"; "UF_CRM_" is prepended (MANAGER_NOTE becomes UF_CRM_MANAGER_NOTE), 50 characters in all."""
    LABEL: str
    """Default name of the field, copied to every label and message not passed separately."""
    XML_ID: str
    """External code of the field."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Name in the list filter: a string for all languages, or labels per language such as {"en": "Source"}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column heading in lists: a string, or labels per language."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string, or labels per language."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is invalid: a string, or texts per language."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown next to the field: a string, or texts per language."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; boolean fields cannot be multiple. Defaults to "N"."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required; defaults to "N"."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter; defaults to "N"."""
    SETTINGS: CrmLeadUserfieldAddFieldsSettings
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""
    LIST: Sequence[CrmLeadUserfieldAddFieldsList]
    """Options of an enumeration (list) field."""
    SORT: int
    """Position of the field among the custom fields; above 0, defaults to 100."""
    SHOW_IN_LIST: bool
    """List-column flag; has no effect in the CRM."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" (default) lets users edit the value; not every field type supports "N"."""
    IS_SEARCHABLE: bool
    """Search flag; has no effect in the CRM."""


class CrmLeadUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.lead.userfield.update``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Height of the input box in rows, for string fields; above 0."""


class CrmLeadUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.lead.userfield.update``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option."""
    DEF: bool
    """\"Y" makes the option the default."""
    XML_ID: str
    """External code of the option."""


class CrmLeadUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.lead.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    XML_ID: str
    """External code of the field."""
    SETTINGS: CrmLeadUserfieldUpdateFieldsSettings
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""
    LIST: Sequence[CrmLeadUserfieldUpdateFieldsList]
    """Options of an enumeration (list) field."""
    SORT: int
    """Position of the field among the custom fields; above 0."""
    SHOW_IN_LIST: bool
    """List-column flag; has no effect in the CRM."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value; not every field type supports "N"."""
    IS_SEARCHABLE: bool
    """Search flag; has no effect in the CRM."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Name in the list filter: a string for all languages, or labels per language such as {"en": "Source"}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column heading in lists: a string, or labels per language."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string, or labels per language."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is invalid: a string, or texts per language."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown next to the field: a string, or texts per language."""


class CrmMeasureAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.measure.add``."""

    CODE: Required[int | str]
    """Numeric unit code, such as 796 for "pieces"."""
    MEASURE_TITLE: Required[str]
    """Full unit name, such as "Watt"."""
    SYMBOL_RUS: str
    """Short national symbol of the unit."""
    SYMBOL_INTL: str
    """International symbol, such as "W"."""
    SYMBOL_LETTER_INTL: str
    """International letter code, such as "WTT" for watt."""
    IS_DEFAULT: Literal["Y", "N"]
    """\"Y" marks the unit as the default one."""


class CrmMultifieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.multifield.fields``."""

    ID: CrmFieldDescription
    """ID of the value; pass it when changing or removing an existing value."""
    TYPE_ID: CrmFieldDescription
    """Kind of value: "PHONE", "EMAIL", "WEB", "IM" or "LINK"."""
    VALUE: CrmFieldDescription
    """The value itself, such as a phone number or address."""
    VALUE_TYPE: CrmFieldDescription
    """Subtype, such as "WORK", "HOME" or "MOBILE"."""


class CrmOrderentity(TypedDict, total=False):
    """A link between an online-store order and a CRM record.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/order-entity/crm-order-entity-list.html
    """

    orderId: int
    """ID of the order."""
    ownerId: int
    """ID of the CRM record."""


class CrmOrderentityAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.add``."""

    orderId: Required[int]
    """ID of the order (sale module)."""
    ownerTypeId: Required[int]
    """Numeric CRM type of the owner, such as 2 for a deal; only deals and invoices can be linked."""
    ownerId: Required[int]
    """ID of the deal or invoice."""


class CrmOrderentityAddResultDealOrder(TypedDict, total=False):
    """Keys of ``result.dealOrder`` in ``crm.orderentity.add``."""

    orderId: int
    """ID of the order (sale module)."""
    ownerId: int
    """ID of the deal or invoice."""
    ownerTypeId: int
    """Numeric CRM type of the owner, such as 2 for a deal."""


class CrmOrderentityAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.orderentity.add``."""

    dealOrder: Required[CrmOrderentityAddResultDealOrder]
    """The created link."""


class CrmOrderentityDeleteByFilterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.orderentity.deleteByFilter``."""

    orderId: Required[int]
    """ID of the order (sale module)."""
    ownerTypeId: Required[int]
    """Numeric CRM type of the owner, such as 2 for a deal; only deals and invoices can be linked."""
    ownerId: Required[int]
    """ID of the deal or invoice."""


class CrmOrderentityGetFieldsResultOrderEntity(TypedDict, total=False):
    """Keys of ``result.orderEntity`` in ``crm.orderentity.getFields``."""

    orderId: CrmFieldDescription
    """ID of the order (sale module)."""
    ownerId: CrmFieldDescription
    """ID of the deal or invoice."""
    ownerTypeId: CrmFieldDescription
    """Numeric CRM type of the owner, such as 2 for a deal."""


class CrmOrderentityGetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.orderentity.getFields``."""

    orderEntity: Required[CrmOrderentityGetFieldsResultOrderEntity]
    """Field descriptions of the link, keyed by field name."""


class CrmProductRow(TypedDict, total=False):
    """A product row of a deal, lead or quote: product, price, discount, tax and quantity.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/deals/crm-deal-productrows-get.html
    """

    ID: str
    """ID of the product row."""
    OWNER_ID: str
    """ID of the CRM item the row belongs to."""
    OWNER_TYPE: str
    """Short type code of that item, such as "D" for a deal or "L" for a lead."""
    PRODUCT_ID: int
    """ID of the catalog product; 0 for a row without a catalog product."""
    PRODUCT_NAME: str
    """Product name as shown in the row."""
    ORIGINAL_PRODUCT_NAME: str
    """Product name in the catalog."""
    PRODUCT_DESCRIPTION: str | None
    """Product description."""
    PRICE: float
    """Unit price with discounts and taxes."""
    PRICE_EXCLUSIVE: float
    """Unit price with discounts, without taxes."""
    PRICE_NETTO: int
    """Unit price without discounts and taxes."""
    PRICE_BRUTTO: float
    """Unit price with taxes, without discounts."""
    PRICE_ACCOUNT: str
    """Unit price with discounts and taxes, converted to the reporting currency."""
    QUANTITY: int
    """Quantity."""
    DISCOUNT_TYPE_ID: int
    """Discount kind: 1 a fixed amount, 2 a percentage."""
    DISCOUNT_RATE: int
    """Discount in percent."""
    DISCOUNT_SUM: float
    """Discount amount per unit."""
    TAX_RATE: Any
    """Tax rate in percent."""
    TAX_INCLUDED: str
    """\"Y" when the tax is included in the price."""
    CUSTOMIZED: str
    """Outdated."""
    MEASURE_CODE: int
    """Code of the unit of measure, such as 796 for pieces."""
    MEASURE_NAME: str
    """Name of the unit of measure, such as "pcs"."""
    SORT: int
    """Sort order of the row."""
    XML_ID: Any
    """External ID of the row."""
    TYPE: int
    """Product kind: 1 simple product, 2 set, 3 product with variations, 4 variation, and so on."""
    STORE_ID: Any
    """ID of the warehouse."""
    RESERVE_ID: Any
    """ID of the stock reservation."""
    DATE_RESERVE_END: Any
    """Date the reservation ends."""
    RESERVE_QUANTITY: Any
    """Quantity reserved."""


class CrmQuote(TypedDict, total=False):
    """A quote (commercial offer) with its client, amount and terms.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/crm-quote-get.html
    """

    ID: str
    """ID of the quote."""
    TITLE: str
    """Name of the quote."""
    STATUS_ID: str
    """Stage code from the QUOTE_STATUS status list, such as "DRAFT"."""
    CURRENCY_ID: str
    """Currency code, such as "USD" or "EUR"."""
    OPPORTUNITY: str
    """Total of the quote, as a decimal string."""
    TAX_VALUE: str
    """Tax amount of the quote."""
    COMPANY_ID: str
    """ID of the client company."""
    CONTACT_ID: Any
    """ID of the client contact (outdated; see crm.quote.contact.items.get)."""
    MYCOMPANY_ID: str
    """ID of your own company that makes the offer."""
    BEGINDATE: str
    """Date the quote was issued."""
    CLOSEDATE: str
    """Date the quote ends."""
    ACTUAL_DATE: str
    """Date the quote is valid until."""
    ASSIGNED_BY_ID: str
    """ID of the responsible user."""
    CREATED_BY_ID: str
    """ID of the user who created the quote."""
    MODIFY_BY_ID: str
    """ID of the user who last changed the quote."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    OPENED: str
    """\"Y" when every user may see the quote (counts for roles with "all open" access)."""
    CLOSED: str
    """\"Y" when the quote is closed."""
    COMMENTS: str
    """Comment; may hold BB code."""
    LEAD_ID: Any
    """ID of the linked lead."""
    DEAL_ID: Any
    """ID of the linked deal."""
    QUOTE_NUMBER: str
    """Quote number; read-only."""
    CONTENT: Any
    """Body text of the quote."""
    TERMS: Any
    """Terms and conditions of the quote."""
    PERSON_TYPE_ID: str
    """ID of the payer type (individual or legal entity)."""
    LOCATION_ID: Any
    """ID of the client location."""
    CLIENT_TITLE: Any
    """Client name (outdated)."""
    CLIENT_ADDR: Any
    """Client address (outdated)."""
    CLIENT_CONTACT: Any
    """Contact person at the client (outdated)."""
    CLIENT_EMAIL: Any
    """Client e-mail (outdated)."""
    CLIENT_PHONE: Any
    """Client phone (outdated)."""
    CLIENT_TP_ID: Any
    """Client taxpayer number, INN (outdated)."""
    CLIENT_TPA_ID: Any
    """Client tax registration reason code, KPP (outdated)."""
    UTM_SOURCE: Any
    """Ad system the visitor came from (utm_source)."""
    UTM_MEDIUM: Any
    """Traffic type (utm_medium), such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: Any
    """Ad campaign label (utm_campaign)."""
    UTM_CONTENT: Any
    """Campaign content (utm_content), such as the text of a contextual ad."""
    UTM_TERM: Any
    """Campaign search term (utm_term), such as ad keywords."""
    LAST_COMMUNICATION_TIME: Any
    """Time of the latest communication with the client."""
    LAST_ACTIVITY_BY: str
    """ID of the user behind the latest timeline activity."""
    LAST_ACTIVITY_TIME: str
    """Time of the latest timeline activity (ISO 8601)."""


class CrmQuoteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.add``."""

    TITLE: Required[str]
    """Quote name."""
    STATUS_ID: str
    """Stage code from the QUOTE_STATUS reference list, such as "DRAFT"."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD" or "EUR"."""
    OPPORTUNITY: float
    """Total amount of the quote."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the quote."""
    COMPANY_ID: int
    """ID of the client company."""
    CONTACT_IDS: Sequence[int]
    """IDs of the client contacts linked to the quote."""
    MYCOMPANY_ID: int
    """ID of your own company that issues the quote."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the quote visible to every user; "N" limits it by access rights."""
    PERSON_TYPE_ID: int
    """ID of the payer type (crm.persontype.list): individual or company."""
    BEGINDATE: datetime.date | str
    """Date the quote was issued."""
    CLOSEDATE: datetime.date | str
    """Date the quote ends."""
    CLIENT_TITLE: str
    """Client name as printed in the quote."""
    CLIENT_ADDR: str
    """Client address as printed in the quote."""
    CLIENT_EMAIL: str
    """Client e-mail as printed in the quote."""
    CLIENT_PHONE: str
    """Client phone as printed in the quote."""
    COMMENTS: str
    """Comment text."""


class CrmQuoteAddParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.quote.add``."""

    IMPORT: Literal["Y", "N"]
    """\"Y" saves the quote in import mode."""


class CrmQuoteContactAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.add``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this contact the primary one."""
    SORT: int
    """Position of the contact in the quote's contact list."""


class CrmQuoteContactDeleteFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.contact.delete``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""


class CrmQuoteContactFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.quote.contact.fields``."""

    SORT: CrmFieldDescription
    """Position of the contact in the quote's contact list."""
    IS_PRIMARY: CrmFieldDescription
    """\"Y" makes this contact the primary one."""
    CONTACT_ID: CrmFieldDescription
    """ID of the contact."""


class CrmQuoteContactItems(TypedDict, total=False):
    """A contact linked to a quote.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/contacts/crm-quote-contact-items-get.html
    """

    CONTACT_ID: int
    """ID of the linked contact."""
    SORT: int
    """Sort order of the link."""
    ROLE_ID: int
    """Role of the link; reserved, always 0."""
    IS_PRIMARY: str
    """\"Y" for the primary link."""


class CrmQuoteContactItemsSetItems(TypedDict, total=False):
    """Keys of the ``items`` parameter of ``crm.quote.contact.items.set``."""

    CONTACT_ID: Required[int]
    """ID of the contact."""
    IS_PRIMARY: Literal["Y", "N"]
    """\"Y" makes this contact the primary one."""
    SORT: int
    """Position of the contact in the quote's contact list."""


class CrmQuoteFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.quote.fields``."""

    ID: CrmFieldDescription
    """ID of the quote."""
    QUOTE_NUMBER: CrmFieldDescription
    """Read-only quote number."""
    TITLE: CrmFieldDescription
    """Quote name."""
    STATUS_ID: CrmFieldDescription
    """Stage code from the QUOTE_STATUS reference list, such as "DRAFT"."""
    CURRENCY_ID: CrmFieldDescription
    """Currency code of the amount, such as "USD" or "EUR"."""
    OPPORTUNITY: CrmFieldDescription
    """Total amount of the quote."""
    TAX_VALUE: CrmFieldDescription
    """Tax value of the quote."""
    COMPANY_ID: CrmFieldDescription
    """ID of the client company."""
    MYCOMPANY_ID: CrmFieldDescription
    """ID of your own company that issues the quote."""
    CONTACT_ID: CrmFieldDescription
    """ID of the main client contact (kept for compatibility; use CONTACT_IDS)."""
    CONTACT_IDS: CrmFieldDescription
    """IDs of the client contacts linked to the quote."""
    BEGINDATE: CrmFieldDescription
    """Date the quote was issued."""
    CLOSEDATE: CrmFieldDescription
    """Date the quote ends."""
    ACTUAL_DATE: CrmFieldDescription
    """Date until which the quote is valid."""
    OPENED: CrmFieldDescription
    """\"Y" makes the quote visible to every user; "N" limits it by access rights."""
    CLOSED: CrmFieldDescription
    """\"Y" when the quote is finished."""
    COMMENTS: CrmFieldDescription
    """Comment text."""
    CONTENT: CrmFieldDescription
    """Body text of the quote."""
    TERMS: CrmFieldDescription
    """Terms and conditions text."""
    CLIENT_TITLE: CrmFieldDescription
    """Client name as printed in the quote."""
    CLIENT_ADDR: CrmFieldDescription
    """Client address as printed in the quote."""
    CLIENT_CONTACT: CrmFieldDescription
    """Client contact person as printed in the quote."""
    CLIENT_EMAIL: CrmFieldDescription
    """Client e-mail as printed in the quote."""
    CLIENT_PHONE: CrmFieldDescription
    """Client phone as printed in the quote."""
    CLIENT_TP_ID: CrmFieldDescription
    """Client taxpayer ID."""
    CLIENT_TPA_ID: CrmFieldDescription
    """Client tax registration reason code."""
    ASSIGNED_BY_ID: CrmFieldDescription
    """ID of the user responsible for the quote."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the quote."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the quote."""
    DATE_CREATE: CrmFieldDescription
    """Date and time the quote was created."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    LEAD_ID: CrmFieldDescription
    """ID of the lead the quote belongs to."""
    DEAL_ID: CrmFieldDescription
    """ID of the deal the quote belongs to."""
    PERSON_TYPE_ID: CrmFieldDescription
    """ID of the payer type (crm.persontype.list): individual or company."""
    LOCATION_ID: CrmFieldDescription
    """ID of the client location from the location reference list."""
    UTM_SOURCE: CrmFieldDescription
    """Ad system the visitor came from, such as "google"."""
    UTM_MEDIUM: CrmFieldDescription
    """Traffic type, such as "CPC" for ads or "CPM" for banners."""
    UTM_CAMPAIGN: CrmFieldDescription
    """Name of the ad campaign."""
    UTM_CONTENT: CrmFieldDescription
    """Campaign content, such as the ad variant."""
    UTM_TERM: CrmFieldDescription
    """Search term of the campaign, such as the ad keyword."""
    LAST_ACTIVITY_TIME: CrmFieldDescription
    """Date and time of the last activity."""
    LAST_ACTIVITY_BY: CrmFieldDescription
    """ID of the user behind the latest activity, for example the one who created it."""
    LAST_COMMUNICATION_TIME: CrmFieldDescription
    """Date and time of the last communication with the client."""


class CrmQuoteProductrowsSetRows(TypedDict, total=False):
    """Keys of the ``rows`` parameter of ``crm.quote.productrows.set``."""

    PRODUCT_ID: int
    """ID of the catalog product (catalog.product.list); 0 (default) for a row not from the catalog."""
    PRODUCT_NAME: str
    """Product name shown in the row; taken from the catalog when PRODUCT_ID is set."""
    PRODUCT_DESCRIPTION: str
    """Product description shown in the row."""
    PRICE: float
    """Final price per unit, after discount and with tax."""
    QUANTITY: float
    """Quantity in the row's unit of measure; defaults to 1."""
    DISCOUNT_TYPE_ID: int
    """Discount kind: 1 is an absolute amount, 2 a percentage (the default)."""
    DISCOUNT_RATE: float
    """Discount in percent, used with discount kind 2."""
    DISCOUNT_SUM: float
    """Discount as an absolute amount, used with discount kind 1."""
    TAX_RATE: float
    """Tax rate in percent."""
    TAX_INCLUDED: Literal["Y", "N"]
    """\"Y" when the price already includes the tax."""
    MEASURE_CODE: str | int
    """Unit of measure code, such as 796 for "pieces" (catalog.measure.list)."""
    MEASURE_NAME: str
    """Unit of measure name, such as "pcs"."""
    SORT: int
    """Position of the row in the list."""


class CrmQuoteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.update``."""

    TITLE: str
    """Quote name."""
    STATUS_ID: str
    """Stage code from the QUOTE_STATUS reference list, such as "DRAFT"."""
    CURRENCY_ID: str
    """Currency code of the amount, such as "USD" or "EUR"."""
    OPPORTUNITY: float
    """Total amount of the quote."""
    ASSIGNED_BY_ID: int
    """ID of the user responsible for the quote."""
    COMPANY_ID: int
    """ID of the client company."""
    CONTACT_IDS: Sequence[int]
    """IDs of the client contacts linked to the quote."""
    MYCOMPANY_ID: int
    """ID of your own company that issues the quote."""
    OPENED: Literal["Y", "N"]
    """\"Y" makes the quote visible to every user; "N" limits it by access rights."""
    PERSON_TYPE_ID: int
    """ID of the payer type (crm.persontype.list): individual or company."""
    BEGINDATE: datetime.date | str
    """Date the quote was issued."""
    CLOSEDATE: datetime.date | str
    """Date the quote ends."""
    CLIENT_TITLE: str
    """Client name as printed in the quote."""
    CLIENT_ADDR: str
    """Client address as printed in the quote."""
    CLIENT_EMAIL: str
    """Client e-mail as printed in the quote."""
    CLIENT_PHONE: str
    """Client phone as printed in the quote."""
    COMMENTS: str
    """Comment text."""


class CrmQuoteUpdateParams(TypedDict, total=False):
    """Keys of the ``params`` parameter of ``crm.quote.update``."""

    REGISTER_HISTORY_EVENT: Literal["Y", "N"]
    """\"Y" writes the change to the quote history."""


class CrmQuoteUserfieldSettingsResourcesResourceSections(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource.SECTIONS`` in ``CrmQuoteUserfield``."""

    ID: str
    """ID of the calendar section of the resource."""
    CAL_TYPE: str
    """Calendar type, such as "resource"."""
    NAME: str
    """Name of the resource, such as a room."""


class CrmQuoteUserfieldSettingsResourcesResource(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES.resource`` in ``CrmQuoteUserfield``."""

    XML_ID: str
    """Code of the resource type."""
    NAME: str
    """Name of the resource type."""
    SECTIONS: list[CrmQuoteUserfieldSettingsResourcesResourceSections]
    """Resources of this type (calendar sections)."""


class CrmQuoteUserfieldSettingsResources(TypedDict, total=False):
    """Keys of ``SETTINGS.RESOURCES`` in ``CrmQuoteUserfield``."""

    resource: CrmQuoteUserfieldSettingsResourcesResource
    """The "resource" type of bookable resources."""


class CrmQuoteUserfieldSettingsSelectedResources(TypedDict, total=False):
    """Keys of ``SETTINGS.SELECTED_RESOURCES`` in ``CrmQuoteUserfield``."""

    type: str
    """Resource type, such as "resource"."""
    id: str
    """ID of the resource."""
    title: str
    """Name of the resource."""


class CrmQuoteUserfieldSettingsServiceList(TypedDict, total=False):
    """Keys of ``SETTINGS.SERVICE_LIST`` in ``CrmQuoteUserfield``."""

    name: str
    """Name of the service."""
    duration: str
    """Duration of the service."""


class CrmQuoteUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmQuoteUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str
    """Default value; for date fields an object with VALUE and TYPE."""
    ENTITY_TYPE: str
    """Status list the field takes values from (crm_status fields); see crm.status.entity.types."""
    DISPLAY: str
    """Appearance, such as "LIST", "UI", "CHECKBOX" or "DIALOG" (for yes/no fields "CHECKBOX", "RADIO" or "DROPDOWN")."""
    LIST_HEIGHT: int
    """Height of the list, or of the preview for file fields."""
    CAPTION_NO_VALUE: str
    """Caption of the empty choice (list fields)."""
    SHOW_NO_VALUE: str
    """\"Y" shows an empty choice (list fields)."""
    LIST_WIDTH: int
    """Width of the preview in the list (file fields)."""
    MAX_SHOW_SIZE: int
    """Largest file size that is still previewed (file fields)."""
    MAX_ALLOWED_SIZE: int
    """Largest file size allowed (file fields)."""
    EXTENSIONS: list[Any]
    """File extensions allowed (file fields)."""
    TARGET_BLANK: str
    """\"Y" opens the file or link in a new tab."""
    USE_USERS: str
    """\"Y" lets employees be booked (resource booking fields)."""
    USE_RESOURCES: str
    """\"Y" lets resources be booked (resource booking fields)."""
    RESOURCES: CrmQuoteUserfieldSettingsResources
    """Resource types and their calendar sections (resource booking fields)."""
    SELECTED_RESOURCES: list[CrmQuoteUserfieldSettingsSelectedResources]
    """Resources offered for booking."""
    SELECTED_USERS: list[Any]
    """IDs of the employees offered for booking."""
    FULL_DAY: str
    """\"Y" books whole days instead of time slots."""
    ALLOW_OVERBOOKING: str
    """\"Y" allows overlapping bookings of the same resource."""
    USE_SERVICES: str
    """\"Y" lets the user pick a service when booking."""
    SERVICE_LIST: list[CrmQuoteUserfieldSettingsServiceList]
    """Services that can be booked."""
    RESOURCE_LIMIT: int
    """Limit on the number of resources."""
    TIMEZONE: str
    """Time zone of the bookings, such as "Europe/Berlin"."""
    USE_USER_TIMEZONE: str
    """\"Y" shows bookings in the time zone of each user."""


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
    """ID of the choice."""
    SORT: str
    """Sort order of the choice."""
    VALUE: str
    """Text of the choice."""
    DEF: str
    """\"Y" when the choice is the default one."""
    XML_ID: str
    """External ID of the choice."""


class CrmQuoteUserfield(TypedDict, total=False):
    """A custom field of quotes: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/quote/user-field/crm-quote-user-field-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_QUOTE" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmQuoteUserfieldSettings
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmQuoteUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmQuoteUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmQuoteUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: CrmQuoteUserfieldErrorMessage | str | None
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: CrmQuoteUserfieldHelpMessage | str | None
    """Help text for the field: one string, or texts keyed by language code."""
    LIST: list[CrmQuoteUserfieldList]
    """Choices of an "enumeration" (list) field."""


class CrmQuoteUserfieldAddFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.quote.userfield.add``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Height of the input box in rows, for string fields; above 0, defaults to 1."""
    DISPLAY: str
    """Look of the field: "LIST", "UI", "CHECKBOX" or "DIALOG" for list fields; "CHECKBOX", "RADIO" or "DROPDOWN" for yes/no fields."""
    LIST_HEIGHT: int
    """Height of the list box, for list fields; above 0."""


class CrmQuoteUserfieldAddFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.quote.userfield.add``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option."""
    DEF: Literal["Y", "N"]
    """\"Y" makes the option the default."""
    XML_ID: str
    """External code of the option."""


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
    """Field type, such as "string", "integer", "double", "boolean", "date", "enumeration", "file", "employee" or "crm"."""
    FIELD_NAME: Required[str]
    """Field code of A-Z, 0-9 and "_"; "UF_CRM_" is prepended (MANAGER_NOTE becomes UF_CRM_MANAGER_NOTE), 50 characters in all."""
    LABEL: str
    """Default name of the field, copied to every label and message not passed separately."""
    XML_ID: str
    """External code of the field."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Name in the list filter: a string for all languages, or labels per language such as {"en": "Source"}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column heading in lists: a string, or labels per language."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string, or labels per language."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is invalid: a string, or texts per language."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown next to the field: a string, or texts per language."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; boolean fields cannot be multiple. Defaults to "N"."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required; defaults to "N"."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter; defaults to "N"."""
    SETTINGS: CrmQuoteUserfieldAddFieldsSettings
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""
    LIST: Sequence[CrmQuoteUserfieldAddFieldsList]
    """Options of an enumeration (list) field."""
    SORT: int
    """Position of the field among the custom fields; above 0, defaults to 100."""
    SHOW_IN_LIST: bool
    """List-column flag; has no effect in the CRM."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" (default) lets users edit the value; not every field type supports "N"."""
    IS_SEARCHABLE: bool
    """Search flag; has no effect in the CRM."""


class CrmQuoteUserfieldUpdateFieldsSettings(TypedDict, total=False):
    """Keys of ``fields.SETTINGS`` in ``crm.quote.userfield.update``."""

    DEFAULT_VALUE: str
    """Default value."""
    ROWS: int
    """Height of the input box in rows, for string fields; above 0."""


class CrmQuoteUserfieldUpdateFieldsList(TypedDict, total=False):
    """Keys of ``fields.LIST`` in ``crm.quote.userfield.update``."""

    VALUE: str
    """Text of the option."""
    SORT: int
    """Position of the option."""
    DEF: bool
    """\"Y" makes the option the default."""
    XML_ID: str
    """External code of the option."""


class CrmQuoteUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.quote.userfield.update``."""

    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["Y", "N"]
    """\"Y" shows the field in the list filter."""
    XML_ID: str
    """External code of the field."""
    SETTINGS: CrmQuoteUserfieldUpdateFieldsSettings
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""
    LIST: Sequence[CrmQuoteUserfieldUpdateFieldsList]
    """Options of an enumeration (list) field."""
    SORT: int
    """Position of the field among the custom fields; above 0."""
    SHOW_IN_LIST: bool
    """List-column flag; has no effect in the CRM."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value; not every field type supports "N"."""
    IS_SEARCHABLE: bool
    """Search flag; has no effect in the CRM."""
    LIST_FILTER_LABEL: str | dict[str, Any]
    """Name in the list filter: a string for all languages, or labels per language such as {"en": "Source"}."""
    LIST_COLUMN_LABEL: str | dict[str, Any]
    """Column heading in lists: a string, or labels per language."""
    EDIT_FORM_LABEL: str | dict[str, Any]
    """Label in the edit form: a string, or labels per language."""
    ERROR_MESSAGE: str | dict[str, Any]
    """Error text shown when the value is invalid: a string, or texts per language."""
    HELP_MESSAGE: str | dict[str, Any]
    """Hint shown next to the field: a string, or texts per language."""


class CrmRequisite(TypedDict, total=False):
    """A requisite (legal details) of a company or contact.

    The portal may add keys of its own (UF_CRM_*, ufCrm*, PARENT_ID_*):
    read them with .get(), send them with the method's user_fields.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/universal/crm-requisite-get.html
    """

    ID: str
    """ID of the requisite."""
    ENTITY_TYPE_ID: str
    """Entity type ID of the owner: 3 contact, 4 company."""
    ENTITY_ID: str
    """ID of the contact or company that owns the requisite."""
    PRESET_ID: str
    """ID of the requisite template (preset)."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    CREATED_BY_ID: str
    """ID of the user who created the record."""
    MODIFY_BY_ID: Any
    """ID of the user who last changed the record."""
    NAME: str
    """Name of the requisite."""
    CODE: Any
    """Symbolic code."""
    XML_ID: str
    """External ID."""
    ORIGINATOR_ID: Any
    """ID of the external system the record came from."""
    ACTIVE: str
    """\"Y" when the record is active."""
    ADDRESS_ONLY: str
    """\"Y" when the requisite holds only addresses."""
    SORT: str
    """Sort order."""
    RQ_NAME: Any
    """Full name of the person (individuals)."""
    RQ_FIRST_NAME: Any
    """First name."""
    RQ_LAST_NAME: Any
    """Last name."""
    RQ_SECOND_NAME: Any
    """Middle name."""
    RQ_COMPANY_ID: Any
    """Company ID number."""
    RQ_COMPANY_NAME: str
    """Short company name."""
    RQ_COMPANY_FULL_NAME: str
    """Full company name."""
    RQ_COMPANY_REG_DATE: str
    """Company registration date."""
    RQ_DIRECTOR: str
    """Director (chief executive)."""
    RQ_ACCOUNTANT: Any
    """Chief accountant."""
    RQ_CEO_NAME: Any
    """Name of the CEO."""
    RQ_CEO_WORK_POS: Any
    """Job title of the CEO."""
    RQ_CONTACT: Any
    """Contact person."""
    RQ_EMAIL: Any
    """E-mail."""
    RQ_PHONE: Any
    """Phone."""
    RQ_FAX: Any
    """Fax."""
    RQ_IDENT_TYPE: Any
    """Kind of identity document."""
    RQ_IDENT_DOC: Any
    """Identity document."""
    RQ_IDENT_DOC_SER: Any
    """Identity document series."""
    RQ_IDENT_DOC_NUM: Any
    """Identity document number."""
    RQ_IDENT_DOC_PERS_NUM: Any
    """Personal number on the identity document."""
    RQ_IDENT_DOC_DATE: Any
    """Issue date of the identity document."""
    RQ_IDENT_DOC_ISSUED_BY: Any
    """Who issued the identity document."""
    RQ_IDENT_DOC_DEP_CODE: Any
    """Code of the issuing office."""
    RQ_INN: str
    """Taxpayer number (INN)."""
    RQ_KPP: str
    """Tax registration reason code (KPP)."""
    RQ_USRLE: Any
    """Entry in the state register of legal entities (USRLE)."""
    RQ_IFNS: Any
    """Tax office (IFNS)."""
    RQ_OGRN: str
    """Primary state registration number (OGRN)."""
    RQ_OGRNIP: Any
    """Registration number of a sole proprietor (OGRNIP)."""
    RQ_OKPO: Any
    """OKPO classifier code."""
    RQ_OKTMO: Any
    """OKTMO municipal territory code."""
    RQ_OKVED: Any
    """OKVED activity code."""
    RQ_EDRPOU: Any
    """EDRPOU code (Ukraine)."""
    RQ_DRFO: Any
    """DRFO code (Ukraine)."""
    RQ_KBE: Any
    """Beneficiary code, KBE (Kazakhstan)."""
    RQ_IIN: Any
    """Individual identification number, IIN (Kazakhstan)."""
    RQ_BIN: Any
    """Business identification number, BIN (Kazakhstan)."""
    RQ_ST_CERT_SER: Any
    """State registration certificate series."""
    RQ_ST_CERT_NUM: Any
    """State registration certificate number."""
    RQ_ST_CERT_DATE: Any
    """State registration certificate date."""
    RQ_VAT_PAYER: str
    """\"Y" when the holder pays VAT."""
    RQ_VAT_ID: Any
    """VAT ID."""
    RQ_VAT_CERT_SER: Any
    """VAT certificate series."""
    RQ_VAT_CERT_NUM: Any
    """VAT certificate number."""
    RQ_VAT_CERT_DATE: Any
    """VAT certificate date."""
    RQ_RESIDENCE_COUNTRY: Any
    """Country of residence."""
    RQ_BASE_DOC: Any
    """Document the signatory acts on (such as the charter)."""
    RQ_REGON: Any
    """REGON number (Poland)."""
    RQ_KRS: Any
    """KRS number (Poland)."""
    RQ_PESEL: Any
    """PESEL number (Poland)."""
    RQ_LEGAL_FORM: Any
    """Legal form."""
    RQ_SIRET: Any
    """SIRET number (France)."""
    RQ_SIREN: Any
    """SIREN number (France)."""
    RQ_CAPITAL: Any
    """Share capital."""
    RQ_RCS: Any
    """RCS registration (France)."""
    RQ_CNPJ: Any
    """CNPJ number (Brazil)."""
    RQ_STATE_REG: Any
    """State registration (Brazil)."""
    RQ_MNPL_REG: Any
    """Municipal registration (Brazil)."""
    RQ_CPF: Any
    """CPF number (Brazil)."""


class CrmRequisiteAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.add``."""

    ENTITY_TYPE_ID: Required[int]
    """Type of the owner: 3 for a contact or 4 for a company."""
    ENTITY_ID: Required[int]
    """ID of the owning contact or company."""
    PRESET_ID: Required[int]
    """ID of the requisite template (crm.requisite.preset.list); it decides which RQ_* fields apply."""
    NAME: Required[str]
    """Name of the requisite set, such as "Main office"."""
    CODE: str
    """Symbolic code of the record."""
    XML_ID: str
    """External key used for data exchange; its meaning is up to the integrator."""
    ORIGINATOR_ID: str
    """ID of the external database the record came from."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" or "N"; currently has no effect."""
    ADDRESS_ONLY: Literal["Y", "N"]
    """\"Y" when the requisite only stores an address and is hidden in the card."""
    SORT: int
    """Position among the owner's requisites."""
    RQ_NAME: str
    """Full name of the person."""
    RQ_FIRST_NAME: str
    """First name."""
    RQ_LAST_NAME: str
    """Last name."""
    RQ_SECOND_NAME: str
    """Middle name (patronymic)."""
    RQ_COMPANY_ID: str
    """Company identification number."""
    RQ_COMPANY_NAME: str
    """Short company name."""
    RQ_COMPANY_FULL_NAME: str
    """Full legal company name."""
    RQ_COMPANY_REG_DATE: str
    """Date of state registration."""
    RQ_DIRECTOR: str
    """Name of the general director."""
    RQ_ACCOUNTANT: str
    """Name of the chief accountant."""
    RQ_CEO_NAME: str
    """Name of the chief executive."""
    RQ_CEO_WORK_POS: str
    """Job title of the chief executive."""
    RQ_CONTACT: str
    """Contact person."""
    RQ_EMAIL: str
    """E-mail address."""
    RQ_PHONE: str
    """Phone number."""
    RQ_FAX: str
    """Fax number."""
    RQ_IDENT_TYPE: str
    """Identification method, a code from a CRM reference list."""
    RQ_IDENT_DOC: str
    """Kind of identity document."""
    RQ_IDENT_DOC_SER: str
    """Series of the identity document."""
    RQ_IDENT_DOC_NUM: str
    """Number of the identity document."""
    RQ_IDENT_DOC_PERS_NUM: str
    """Personal number in the identity document."""
    RQ_IDENT_DOC_DATE: str
    """Issue date of the identity document."""
    RQ_IDENT_DOC_ISSUED_BY: str
    """Authority that issued the identity document."""
    RQ_IDENT_DOC_DEP_CODE: str
    """Code of the issuing department."""
    RQ_INN: str
    """Taxpayer number (INN, Russia)."""
    RQ_KPP: str
    """Tax registration reason code (KPP, Russia)."""
    RQ_USRLE: str
    """Commercial register number (Handelsregisternummer, Germany)."""
    RQ_IFNS: str
    """Tax office (IFNS, Russia)."""
    RQ_OGRN: str
    """Primary state registration number of a company (OGRN, Russia)."""
    RQ_OGRNIP: str
    """Primary state registration number of a sole trader (OGRNIP, Russia)."""
    RQ_OKPO: str
    """Enterprise classifier code (OKPO)."""
    RQ_OKTMO: str
    """Municipal territory classifier code (OKTMO, Russia)."""
    RQ_OKVED: str
    """Economic activity classifier code (OKVED)."""
    RQ_EDRPOU: str
    """Company registry code (EDRPOU, Ukraine)."""
    RQ_DRFO: str
    """Individual taxpayer number (DRFO, Ukraine)."""
    RQ_KBE: str
    """Beneficiary code (KBE, Kazakhstan)."""
    RQ_IIN: str
    """Individual identification number (IIN, Kazakhstan)."""
    RQ_BIN: str
    """Business identification number (BIN, Kazakhstan)."""
    RQ_ST_CERT_SER: str
    """Series of the state registration certificate."""
    RQ_ST_CERT_NUM: str
    """Number of the state registration certificate."""
    RQ_ST_CERT_DATE: str
    """Date of the state registration certificate."""
    RQ_VAT_PAYER: str
    """\"Y" for a VAT payer (Ukraine)."""
    RQ_VAT_ID: str
    """VAT identification number."""
    RQ_VAT_CERT_SER: str
    """Series of the VAT certificate."""
    RQ_VAT_CERT_NUM: str
    """Number of the VAT certificate."""
    RQ_VAT_CERT_DATE: str
    """Date of the VAT certificate."""
    RQ_RESIDENCE_COUNTRY: str
    """Country of residence."""
    RQ_BASE_DOC: str
    """Document the signatory acts on, such as the charter."""
    RQ_REGON: str
    """REGON number (Poland)."""
    RQ_KRS: str
    """KRS number (Poland)."""
    RQ_PESEL: str
    """PESEL number (Poland)."""
    RQ_LEGAL_FORM: str
    """Legal form, forme juridique (France)."""
    RQ_SIRET: str
    """SIRET number (France)."""
    RQ_SIREN: str
    """SIREN number (France)."""
    RQ_CAPITAL: str
    """Share capital, capital social (France)."""
    RQ_RCS: str
    """RCS trade register entry (France)."""
    RQ_CNPJ: str
    """CNPJ company number (Brazil)."""
    RQ_STATE_REG: str
    """State registration, Inscrição Estadual (Brazil)."""
    RQ_MNPL_REG: str
    """Municipal registration, Inscrição Municipal (Brazil)."""
    RQ_CPF: str
    """CPF individual taxpayer number (Brazil)."""


class CrmRequisiteBankdetail(TypedDict, total=False):
    """Bank details attached to a requisite.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/bank-detail/crm-requisite-bank-detail-get.html
    """

    ID: str
    """ID of the bank details record."""
    ENTITY_ID: str
    """ID of the requisite the bank details belong to."""
    COUNTRY_ID: str
    """ID of the country the field set is for."""
    DATE_CREATE: str
    """Creation time (ISO 8601)."""
    DATE_MODIFY: str
    """Time of the last change (ISO 8601)."""
    CREATED_BY_ID: str
    """ID of the user who created the record."""
    MODIFY_BY_ID: Any
    """ID of the user who last changed the record."""
    NAME: str
    """Name of the bank details record."""
    CODE: Any
    """Symbolic code."""
    XML_ID: str
    """External ID."""
    ORIGINATOR_ID: Any
    """ID of the external system the record came from."""
    ACTIVE: str
    """\"Y" when the record is active."""
    SORT: str
    """Sort order."""
    RQ_BANK_NAME: str
    """Bank name."""
    RQ_BANK_CODE: Any
    """Bank code."""
    RQ_BANK_ADDR: str
    """Bank address."""
    RQ_BANK_ROUTE_NUM: Any
    """Bank routing number."""
    RQ_BIK: str
    """Bank identification code (BIK)."""
    RQ_MFO: Any
    """MFO bank code."""
    RQ_ACC_NAME: Any
    """Account holder name."""
    RQ_ACC_NUM: str
    """Account number."""
    RQ_ACC_TYPE: Any
    """Account type."""
    RQ_IIK: Any
    """Individual identification code of the account, IIK (Kazakhstan)."""
    RQ_ACC_CURRENCY: str
    """Account currency."""
    RQ_COR_ACC_NUM: str
    """Correspondent account number."""
    RQ_IBAN: Any
    """IBAN."""
    RQ_SWIFT: Any
    """SWIFT code."""
    RQ_BIC: Any
    """BIC code."""
    RQ_CODEB: Any
    """Bank code (France)."""
    RQ_CODEG: Any
    """Branch code (France)."""
    RQ_RIB: Any
    """RIB key (France)."""
    RQ_AGENCY_NAME: Any
    """Bank branch name."""
    COMMENTS: Any
    """Comment."""


class CrmRequisiteBankdetailAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.add``."""

    ENTITY_ID: Required[int]
    """ID of the requisite the bank details belong to."""
    COUNTRY_ID: int
    """ID of the country whose set of bank fields applies (crm.requisite.preset.countries)."""
    NAME: Required[str]
    """Name of the bank details record."""
    CODE: str
    """Symbolic code of the record."""
    XML_ID: str
    """External key used for data exchange; its meaning is up to the integrator."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" or "N"; currently has no effect."""
    SORT: int
    """Position among the bank details of the requisite."""
    RQ_BANK_NAME: str
    """Bank name."""
    RQ_BANK_ADDR: str
    """Bank address."""
    RQ_BANK_CODE: str
    """Bank code, Código do banco (Brazil)."""
    RQ_BANK_ROUTE_NUM: str
    """Bank routing number."""
    RQ_BIK: str
    """Bank identification code (BIK, Russia)."""
    RQ_CODEB: str
    """Code Banque (France)."""
    RQ_CODEG: str
    """Code Guichet, the branch code (France)."""
    RQ_RIB: str
    """Clé RIB check key (France)."""
    RQ_MFO: str
    """Bank code (MFO, Ukraine)."""
    RQ_ACC_NAME: str
    """Name of the account holder."""
    RQ_ACC_NUM: str
    """Bank account number."""
    RQ_ACC_TYPE: str
    """Account type, Tipo da conta (Brazil)."""
    RQ_AGENCY_NAME: str
    """Bank branch, Agência (Brazil)."""
    RQ_IIK: str
    """Individual identification code of the account (IIK, Kazakhstan)."""
    RQ_ACC_CURRENCY: str
    """Currency of the account."""
    RQ_COR_ACC_NUM: str
    """Correspondent account number."""
    RQ_IBAN: str
    """IBAN."""
    RQ_SWIFT: str
    """SWIFT code."""
    RQ_BIC: str
    """BIC code."""
    COMMENTS: str
    """Comment text."""
    ORIGINATOR_ID: str
    """ID of the external database the record came from."""


class CrmRequisiteBankdetailFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.bankdetail.fields``."""

    ID: CrmFieldDescription
    """ID of the bank details record."""
    ENTITY_ID: CrmFieldDescription
    """ID of the requisite the bank details belong to."""
    COUNTRY_ID: CrmFieldDescription
    """ID of the country whose set of bank fields applies (crm.requisite.preset.countries)."""
    DATE_CREATE: CrmFieldDescription
    """Date and time the record was created."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the record."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the record."""
    NAME: CrmFieldDescription
    """Name of the bank details record."""
    CODE: CrmFieldDescription
    """Symbolic code of the record."""
    XML_ID: CrmFieldDescription
    """External key used for data exchange; its meaning is up to the integrator."""
    ACTIVE: CrmFieldDescription
    """\"Y" or "N"; currently has no effect."""
    SORT: CrmFieldDescription
    """Position among the bank details of the requisite."""
    RQ_BANK_NAME: CrmFieldDescription
    """Bank name."""
    RQ_BANK_ADDR: CrmFieldDescription
    """Bank address."""
    RQ_BANK_CODE: CrmFieldDescription
    """Bank code, Código do banco (Brazil)."""
    RQ_AGENCY_NAME: CrmFieldDescription
    """Bank branch, Agência (Brazil)."""
    RQ_BANK_ROUTE_NUM: CrmFieldDescription
    """Bank routing number."""
    RQ_BIK: CrmFieldDescription
    """Bank identification code (BIK, Russia)."""
    RQ_MFO: CrmFieldDescription
    """Bank code (MFO, Ukraine)."""
    RQ_ACC_NAME: CrmFieldDescription
    """Name of the account holder."""
    RQ_ACC_NUM: CrmFieldDescription
    """Bank account number."""
    RQ_ACC_TYPE: CrmFieldDescription
    """Account type, Tipo da conta (Brazil)."""
    RQ_IIK: CrmFieldDescription
    """Individual identification code of the account (IIK, Kazakhstan)."""
    RQ_ACC_CURRENCY: CrmFieldDescription
    """Currency of the account."""
    RQ_COR_ACC_NUM: CrmFieldDescription
    """Correspondent account number."""
    RQ_IBAN: CrmFieldDescription
    """IBAN."""
    RQ_SWIFT: CrmFieldDescription
    """SWIFT code."""
    RQ_BIC: CrmFieldDescription
    """BIC code."""
    RQ_CODEB: CrmFieldDescription
    """Code Banque (France)."""
    RQ_CODEG: CrmFieldDescription
    """Code Guichet, the branch code (France)."""
    RQ_RIB: CrmFieldDescription
    """Clé RIB check key (France)."""
    COMMENTS: CrmFieldDescription
    """Comment text."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external database the record came from."""


class CrmRequisiteBankdetailUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.bankdetail.update``."""

    NAME: str
    """Name of the bank details record."""
    CODE: str
    """Symbolic code of the record."""
    XML_ID: str
    """External key used for data exchange; its meaning is up to the integrator."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" or "N"; currently has no effect."""
    SORT: int
    """Position among the bank details of the requisite."""
    RQ_BANK_NAME: str
    """Bank name."""
    RQ_BANK_ADDR: str
    """Bank address."""
    RQ_BANK_CODE: str
    """Bank code, Código do banco (Brazil)."""
    RQ_BANK_ROUTE_NUM: str
    """Bank routing number."""
    RQ_BIK: str
    """Bank identification code (BIK, Russia)."""
    RQ_CODEB: str
    """Code Banque (France)."""
    RQ_CODEG: str
    """Code Guichet, the branch code (France)."""
    RQ_RIB: str
    """Clé RIB check key (France)."""
    RQ_MFO: str
    """Bank code (MFO, Ukraine)."""
    RQ_ACC_NAME: str
    """Name of the account holder."""
    RQ_ACC_NUM: str
    """Bank account number."""
    RQ_ACC_TYPE: str
    """Account type, Tipo da conta (Brazil)."""
    RQ_AGENCY_NAME: str
    """Bank branch, Agência (Brazil)."""
    RQ_IIK: str
    """Individual identification code of the account (IIK, Kazakhstan)."""
    RQ_ACC_CURRENCY: str
    """Currency of the account."""
    RQ_COR_ACC_NUM: str
    """Correspondent account number."""
    RQ_IBAN: str
    """IBAN."""
    RQ_SWIFT: str
    """SWIFT code."""
    RQ_BIC: str
    """BIC code."""
    COMMENTS: str
    """Comment text."""
    ORIGINATOR_ID: str
    """ID of the external database the record came from."""


class CrmRequisiteFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.fields``."""

    ID: CrmFieldDescription
    """ID of the requisite."""
    ENTITY_TYPE_ID: CrmFieldDescription
    """Type of the owner: 3 for a contact or 4 for a company."""
    ENTITY_ID: CrmFieldDescription
    """ID of the owning contact or company."""
    PRESET_ID: CrmFieldDescription
    """ID of the requisite template (crm.requisite.preset.list); it decides which RQ_* fields apply."""
    DATE_CREATE: CrmFieldDescription
    """Date and time the record was created."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the record."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the record."""
    NAME: CrmFieldDescription
    """Name of the requisite set, such as "Main office"."""
    CODE: CrmFieldDescription
    """Symbolic code of the record."""
    XML_ID: CrmFieldDescription
    """External key used for data exchange; its meaning is up to the integrator."""
    ORIGINATOR_ID: CrmFieldDescription
    """ID of the external database the record came from."""
    ACTIVE: CrmFieldDescription
    """\"Y" or "N"; currently has no effect."""
    ADDRESS_ONLY: CrmFieldDescription
    """\"Y" when the requisite only stores an address and is hidden in the card."""
    SORT: CrmFieldDescription
    """Position among the owner's requisites."""
    RQ_NAME: CrmFieldDescription
    """Full name of the person."""
    RQ_FIRST_NAME: CrmFieldDescription
    """First name."""
    RQ_LAST_NAME: CrmFieldDescription
    """Last name."""
    RQ_SECOND_NAME: CrmFieldDescription
    """Middle name (patronymic)."""
    RQ_COMPANY_ID: CrmFieldDescription
    """Company identification number."""
    RQ_COMPANY_NAME: CrmFieldDescription
    """Short company name."""
    RQ_COMPANY_FULL_NAME: CrmFieldDescription
    """Full legal company name."""
    RQ_COMPANY_REG_DATE: CrmFieldDescription
    """Date of state registration."""
    RQ_DIRECTOR: CrmFieldDescription
    """Name of the general director."""
    RQ_ACCOUNTANT: CrmFieldDescription
    """Name of the chief accountant."""
    RQ_CEO_NAME: CrmFieldDescription
    """Name of the chief executive."""
    RQ_CEO_WORK_POS: CrmFieldDescription
    """Job title of the chief executive."""
    RQ_CONTACT: CrmFieldDescription
    """Contact person."""
    RQ_EMAIL: CrmFieldDescription
    """E-mail address."""
    RQ_PHONE: CrmFieldDescription
    """Phone number."""
    RQ_FAX: CrmFieldDescription
    """Fax number."""
    RQ_IDENT_TYPE: CrmFieldDescription
    """Identification method, a code from a CRM reference list."""
    RQ_IDENT_DOC: CrmFieldDescription
    """Kind of identity document."""
    RQ_IDENT_DOC_SER: CrmFieldDescription
    """Series of the identity document."""
    RQ_IDENT_DOC_NUM: CrmFieldDescription
    """Number of the identity document."""
    RQ_IDENT_DOC_PERS_NUM: CrmFieldDescription
    """Personal number in the identity document."""
    RQ_IDENT_DOC_DATE: CrmFieldDescription
    """Issue date of the identity document."""
    RQ_IDENT_DOC_ISSUED_BY: CrmFieldDescription
    """Authority that issued the identity document."""
    RQ_IDENT_DOC_DEP_CODE: CrmFieldDescription
    """Code of the issuing department."""
    RQ_INN: CrmFieldDescription
    """Taxpayer number (INN, Russia)."""
    RQ_KPP: CrmFieldDescription
    """Tax registration reason code (KPP, Russia)."""
    RQ_USRLE: CrmFieldDescription
    """Commercial register number (Handelsregisternummer, Germany)."""
    RQ_IFNS: CrmFieldDescription
    """Tax office (IFNS, Russia)."""
    RQ_OGRN: CrmFieldDescription
    """Primary state registration number of a company (OGRN, Russia)."""
    RQ_OGRNIP: CrmFieldDescription
    """Primary state registration number of a sole trader (OGRNIP, Russia)."""
    RQ_OKPO: CrmFieldDescription
    """Enterprise classifier code (OKPO)."""
    RQ_OKTMO: CrmFieldDescription
    """Municipal territory classifier code (OKTMO, Russia)."""
    RQ_OKVED: CrmFieldDescription
    """Economic activity classifier code (OKVED)."""
    RQ_EDRPOU: CrmFieldDescription
    """Company registry code (EDRPOU, Ukraine)."""
    RQ_DRFO: CrmFieldDescription
    """Individual taxpayer number (DRFO, Ukraine)."""
    RQ_KBE: CrmFieldDescription
    """Beneficiary code (KBE, Kazakhstan)."""
    RQ_IIN: CrmFieldDescription
    """Individual identification number (IIN, Kazakhstan)."""
    RQ_BIN: CrmFieldDescription
    """Business identification number (BIN, Kazakhstan)."""
    RQ_ST_CERT_SER: CrmFieldDescription
    """Series of the state registration certificate."""
    RQ_ST_CERT_NUM: CrmFieldDescription
    """Number of the state registration certificate."""
    RQ_ST_CERT_DATE: CrmFieldDescription
    """Date of the state registration certificate."""
    RQ_VAT_PAYER: CrmFieldDescription
    """\"Y" for a VAT payer (Ukraine)."""
    RQ_VAT_ID: CrmFieldDescription
    """VAT identification number."""
    RQ_VAT_CERT_SER: CrmFieldDescription
    """Series of the VAT certificate."""
    RQ_VAT_CERT_NUM: CrmFieldDescription
    """Number of the VAT certificate."""
    RQ_VAT_CERT_DATE: CrmFieldDescription
    """Date of the VAT certificate."""
    RQ_RESIDENCE_COUNTRY: CrmFieldDescription
    """Country of residence."""
    RQ_BASE_DOC: CrmFieldDescription
    """Document the signatory acts on, such as the charter."""
    RQ_REGON: CrmFieldDescription
    """REGON number (Poland)."""
    RQ_KRS: CrmFieldDescription
    """KRS number (Poland)."""
    RQ_PESEL: CrmFieldDescription
    """PESEL number (Poland)."""
    RQ_LEGAL_FORM: CrmFieldDescription
    """Legal form, forme juridique (France)."""
    RQ_SIRET: CrmFieldDescription
    """SIRET number (France)."""
    RQ_SIREN: CrmFieldDescription
    """SIREN number (France)."""
    RQ_CAPITAL: CrmFieldDescription
    """Share capital, capital social (France)."""
    RQ_RCS: CrmFieldDescription
    """RCS trade register entry (France)."""
    RQ_CNPJ: CrmFieldDescription
    """CNPJ company number (Brazil)."""
    RQ_STATE_REG: CrmFieldDescription
    """State registration, Inscrição Estadual (Brazil)."""
    RQ_MNPL_REG: CrmFieldDescription
    """Municipal registration, Inscrição Municipal (Brazil)."""
    RQ_CPF: CrmFieldDescription
    """CPF individual taxpayer number (Brazil)."""


class CrmRequisiteLink(TypedDict, total=False):
    """Which client and own-company requisites a deal, quote or invoice uses.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/links/crm-requisite-link-get.html
    """

    ENTITY_TYPE_ID: int | str
    """Entity type ID of the record, such as 2 for a deal."""
    ENTITY_ID: int | str
    """ID of the record."""
    REQUISITE_ID: str
    """ID of the client requisite."""
    BANK_DETAIL_ID: str
    """ID of the client bank details."""
    MC_REQUISITE_ID: str
    """ID of the requisite of your own company."""
    MC_BANK_DETAIL_ID: str
    """ID of the bank details of your own company."""


class CrmRequisiteLinkFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.link.fields``."""

    ENTITY_TYPE_ID: CrmFieldDescription
    """Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type."""
    ENTITY_ID: CrmFieldDescription
    """ID of the deal, quote, invoice or other object."""
    REQUISITE_ID: CrmFieldDescription
    """ID of the client's requisite chosen for the object."""
    BANK_DETAIL_ID: CrmFieldDescription
    """ID of the client's bank details chosen for the object."""
    MC_REQUISITE_ID: CrmFieldDescription
    """ID of your own company's requisite chosen for the object."""
    MC_BANK_DETAIL_ID: CrmFieldDescription
    """ID of your own company's bank details chosen for the object."""


class CrmRequisiteLinkListSelect(TypedDict, total=False):
    """Keys of the ``select`` parameter of ``crm.requisite.link.list``."""

    ENTITY_TYPE_ID: int
    """Returns the type of the linked object."""
    ENTITY_ID: int
    """Returns the ID of the linked object."""
    REQUISITE_ID: int
    """Returns the ID of the client's requisite."""
    BANK_DETAIL_ID: int
    """Returns the ID of the client's bank details."""
    MC_REQUISITE_ID: int
    """Returns the ID of your company's requisite."""
    MC_BANK_DETAIL_ID: int
    """Returns the ID of your company's bank details."""


class CrmRequisiteLinkRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.link.register``."""

    ENTITY_TYPE_ID: Required[int]
    """Type of the object the link belongs to: 2 deal, 5 old invoice, 7 quote, 31 invoice or a smart process type."""
    ENTITY_ID: Required[int]
    """ID of the deal, quote, invoice or other object."""
    REQUISITE_ID: Required[int]
    """ID of the client's requisite chosen for the object."""
    BANK_DETAIL_ID: Required[int]
    """ID of the client's bank details chosen for the object."""
    MC_REQUISITE_ID: Required[int]
    """ID of your own company's requisite chosen for the object."""
    MC_BANK_DETAIL_ID: Required[int]
    """ID of your own company's bank details chosen for the object."""


class CrmRequisitePreset(TypedDict, total=False):
    """A requisite template: the field set used for one country or legal form.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/crm-requisite-preset-get.html
    """

    ID: str
    """ID of the template."""
    ENTITY_TYPE_ID: str
    """Entity type ID of the owner; 8 (requisite)."""
    COUNTRY_ID: str
    """ID of the country the field set is for."""
    DATE_CREATE: str
    """Creation time."""
    DATE_MODIFY: str
    """Time of the last change; empty when never changed."""
    CREATED_BY_ID: str
    """ID of the user who created the template."""
    MODIFY_BY_ID: Any
    """ID of the user who last changed the template."""
    NAME: str
    """Name of the template."""
    XML_ID: str
    """External ID for data exchange."""
    ACTIVE: str
    """\"Y" when the template can be picked for new requisites."""
    SORT: str
    """Sort order."""


class CrmRequisitePresetAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.add``."""

    ENTITY_TYPE_ID: Required[int]
    """Type of object the template is for: currently always 8 (requisite)."""
    COUNTRY_ID: Required[int]
    """ID of the country whose fields the template uses (crm.requisite.preset.countries)."""
    NAME: Required[str]
    """Template name."""
    XML_ID: str
    """External key of the template."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" when the template is active."""
    SORT: int
    """Position of the template in lists."""


class CrmRequisitePresetCountriesResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.countries``."""

    ID: int
    """ID of the country."""
    CODE: str
    """Two-letter country code, such as "US"."""
    TITLE: str
    """Country name."""


class CrmRequisitePresetField(TypedDict, total=False):
    """A field included in a requisite template.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/presets/fields/crm-requisite-preset-field-get.html
    """

    ID: int
    """ID of the field within the template."""
    FIELD_NAME: str
    """Code of the requisite field, such as "RQ_INN"."""
    FIELD_TITLE: str
    """Alternative caption shown in forms."""
    IN_SHORT_LIST: str
    """Outdated and unused; "Y" or "N"."""
    SORT: int
    """Position in the template."""


class CrmRequisitePresetFieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.add``."""

    FIELD_NAME: Required[str]
    """Name of the requisite field, such as "RQ_INN" or a custom UF_CRM_* field."""
    FIELD_TITLE: str
    """Alternative title of the field shown in some requisite forms."""
    SORT: int
    """Position of the field in the template."""
    IN_SHORT_LIST: Literal["Y", "N"]
    """Obsolete short-list flag, kept for compatibility."""


class CrmRequisitePresetFieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.field.fields``."""

    ID: CrmFieldDescription
    """ID of the field inside the template."""
    FIELD_NAME: CrmFieldDescription
    """Name of the requisite field, such as "RQ_INN" or a custom UF_CRM_* field."""
    FIELD_TITLE: CrmFieldDescription
    """Alternative title of the field shown in some requisite forms."""
    SORT: CrmFieldDescription
    """Position of the field in the template."""
    IN_SHORT_LIST: CrmFieldDescription
    """Obsolete short-list flag, kept for compatibility."""


class CrmRequisitePresetFieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.field.update``."""

    FIELD_NAME: Required[str]
    """Name of the requisite field, such as "RQ_INN" or a custom UF_CRM_* field."""
    FIELD_TITLE: str
    """Alternative title of the field shown in some requisite forms."""
    SORT: int
    """Position of the field in the template."""
    IN_SHORT_LIST: Literal["Y", "N"]
    """Obsolete short-list flag, kept for compatibility."""


class CrmRequisitePresetFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.requisite.preset.fields``."""

    ID: CrmFieldDescription
    """ID of the template."""
    ENTITY_TYPE_ID: CrmFieldDescription
    """Type of object the template is for: currently always 8 (requisite)."""
    COUNTRY_ID: CrmFieldDescription
    """ID of the country whose fields the template uses (crm.requisite.preset.countries)."""
    NAME: CrmFieldDescription
    """Template name."""
    DATE_CREATE: CrmFieldDescription
    """Date and time the record was created."""
    DATE_MODIFY: CrmFieldDescription
    """Date and time of the last change."""
    CREATED_BY_ID: CrmFieldDescription
    """ID of the user who created the record."""
    MODIFY_BY_ID: CrmFieldDescription
    """ID of the user who last changed the record."""
    ACTIVE: CrmFieldDescription
    """\"Y" when the template is active."""
    SORT: CrmFieldDescription
    """Position of the template in lists."""
    XML_ID: CrmFieldDescription
    """External key of the template."""


class CrmRequisitePresetUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.preset.update``."""

    NAME: Required[str]
    """Template name."""
    XML_ID: str
    """External key of the template."""
    ACTIVE: Literal["Y", "N"]
    """\"Y" when the template is active."""
    SORT: int
    """Position of the template in lists."""


class CrmRequisiteUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.update``."""

    NAME: str
    """Name of the requisite set, such as "Main office"."""
    CODE: str
    """Symbolic code of the record."""
    XML_ID: str
    """External key used for data exchange; its meaning is up to the integrator."""
    ORIGINATOR_ID: str
    """ID of the external database the record came from."""
    ACTIVE: str
    """\"Y" or "N"; currently has no effect."""
    ADDRESS_ONLY: str
    """\"Y" when the requisite only stores an address and is hidden in the card."""
    SORT: int
    """Position among the owner's requisites."""
    RQ_NAME: str
    """Full name of the person."""
    RQ_FIRST_NAME: str
    """First name."""
    RQ_LAST_NAME: str
    """Last name."""
    RQ_SECOND_NAME: str
    """Middle name (patronymic)."""
    RQ_COMPANY_ID: str
    """Company identification number."""
    RQ_COMPANY_NAME: str
    """Short company name."""
    RQ_COMPANY_FULL_NAME: str
    """Full legal company name."""
    RQ_COMPANY_REG_DATE: str
    """Date of state registration."""
    RQ_DIRECTOR: str
    """Name of the general director."""
    RQ_ACCOUNTANT: str
    """Name of the chief accountant."""
    RQ_CEO_NAME: str
    """Name of the chief executive."""
    RQ_CEO_WORK_POS: str
    """Job title of the chief executive."""
    RQ_CONTACT: str
    """Contact person."""
    RQ_EMAIL: str
    """E-mail address."""
    RQ_PHONE: str
    """Phone number."""
    RQ_FAX: str
    """Fax number."""
    RQ_IDENT_TYPE: str
    """Identification method, a code from a CRM reference list."""
    RQ_IDENT_DOC: str
    """Kind of identity document."""
    RQ_IDENT_DOC_SER: str
    """Series of the identity document."""
    RQ_IDENT_DOC_NUM: str
    """Number of the identity document."""
    RQ_IDENT_DOC_PERS_NUM: str
    """Personal number in the identity document."""
    RQ_IDENT_DOC_DATE: str
    """Issue date of the identity document."""
    RQ_IDENT_DOC_ISSUED_BY: str
    """Authority that issued the identity document."""
    RQ_IDENT_DOC_DEP_CODE: str
    """Code of the issuing department."""
    RQ_INN: str
    """Taxpayer number (INN, Russia)."""
    RQ_KPP: str
    """Tax registration reason code (KPP, Russia)."""
    RQ_USRLE: str
    """Commercial register number (Handelsregisternummer, Germany)."""
    RQ_IFNS: str
    """Tax office (IFNS, Russia)."""
    RQ_OGRN: str
    """Primary state registration number of a company (OGRN, Russia)."""
    RQ_OGRNIP: str
    """Primary state registration number of a sole trader (OGRNIP, Russia)."""
    RQ_OKPO: str
    """Enterprise classifier code (OKPO)."""
    RQ_OKTMO: str
    """Municipal territory classifier code (OKTMO, Russia)."""
    RQ_OKVED: str
    """Economic activity classifier code (OKVED)."""
    RQ_EDRPOU: str
    """Company registry code (EDRPOU, Ukraine)."""
    RQ_DRFO: str
    """Individual taxpayer number (DRFO, Ukraine)."""
    RQ_KBE: str
    """Beneficiary code (KBE, Kazakhstan)."""
    RQ_IIN: str
    """Individual identification number (IIN, Kazakhstan)."""
    RQ_BIN: str
    """Business identification number (BIN, Kazakhstan)."""
    RQ_ST_CERT_SER: str
    """Series of the state registration certificate."""
    RQ_ST_CERT_NUM: str
    """Number of the state registration certificate."""
    RQ_ST_CERT_DATE: str
    """Date of the state registration certificate."""
    RQ_VAT_PAYER: str
    """\"Y" for a VAT payer (Ukraine)."""
    RQ_VAT_ID: str
    """VAT identification number."""
    RQ_VAT_CERT_SER: str
    """Series of the VAT certificate."""
    RQ_VAT_CERT_NUM: str
    """Number of the VAT certificate."""
    RQ_VAT_CERT_DATE: str
    """Date of the VAT certificate."""
    RQ_RESIDENCE_COUNTRY: str
    """Country of residence."""
    RQ_BASE_DOC: str
    """Document the signatory acts on, such as the charter."""
    RQ_REGON: str
    """REGON number (Poland)."""
    RQ_KRS: str
    """KRS number (Poland)."""
    RQ_PESEL: str
    """PESEL number (Poland)."""
    RQ_LEGAL_FORM: str
    """Legal form, forme juridique (France)."""
    RQ_SIRET: str
    """SIRET number (France)."""
    RQ_SIREN: str
    """SIREN number (France)."""
    RQ_CAPITAL: str
    """Share capital, capital social (France)."""
    RQ_RCS: str
    """RCS trade register entry (France)."""
    RQ_CNPJ: str
    """CNPJ company number (Brazil)."""
    RQ_STATE_REG: str
    """State registration, Inscrição Estadual (Brazil)."""
    RQ_MNPL_REG: str
    """Municipal registration, Inscrição Municipal (Brazil)."""
    RQ_CPF: str
    """CPF individual taxpayer number (Brazil)."""


class CrmRequisiteUserfieldSettingsDefaultValue(TypedDict, total=False):
    """Keys of ``SETTINGS.DEFAULT_VALUE`` in ``CrmRequisiteUserfield``."""

    TYPE: str
    """Kind of default: "NONE", "NOW" (the current date) or "FIXED" (VALUE)."""
    VALUE: str
    """Fixed default date or date-time, used when TYPE is "FIXED"."""


class CrmRequisiteUserfieldSettings(TypedDict, total=False):
    """Keys of ``SETTINGS`` in ``CrmRequisiteUserfield``."""

    SIZE: int
    """Width of the input box (string and file fields)."""
    ROWS: int
    """Number of rows in the input box (string fields)."""
    REGEXP: str
    """Regular expression the value must match (string fields)."""
    MIN_LENGTH: int
    """Minimum length of the value (string fields)."""
    MAX_LENGTH: int
    """Maximum length of the value (string fields)."""
    DEFAULT_VALUE: str | int | CrmRequisiteUserfieldSettingsDefaultValue | None
    """Default value; for date fields an object with VALUE and TYPE."""
    DISPLAY: str
    """Appearance, such as "LIST", "UI", "CHECKBOX" or "DIALOG" (for yes/no fields "CHECKBOX", "RADIO" or "DROPDOWN")."""
    LABEL: list[str]
    """Captions of the "no" and "yes" choices (yes/no fields)."""
    LABEL_CHECKBOX: str
    """Caption next to the checkbox (yes/no fields)."""
    USE_SECOND: str
    """\"Y" keeps seconds in the time (date-time fields)."""
    USE_TIMEZONE: str
    """\"Y" stores the time with a time zone (date-time fields)."""
    PRECISION: int
    """Number of decimal places (number fields)."""
    MIN_VALUE: int
    """Smallest value allowed (number fields)."""
    MAX_VALUE: int
    """Largest value allowed (number fields)."""


class CrmRequisiteUserfieldEditFormLabel(TypedDict, total=False):
    """Keys of ``EDIT_FORM_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    """Edit-form label in English ("en")."""
    ru: str
    """Edit-form label in Russian ("ru")."""


class CrmRequisiteUserfieldListColumnLabel(TypedDict, total=False):
    """Keys of ``LIST_COLUMN_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    """List column header in English ("en")."""
    ru: str
    """List column header in Russian ("ru")."""


class CrmRequisiteUserfieldListFilterLabel(TypedDict, total=False):
    """Keys of ``LIST_FILTER_LABEL`` in ``CrmRequisiteUserfield``."""

    en: str
    """Filter label in English ("en")."""
    ru: str
    """Filter label in Russian ("ru")."""


class CrmRequisiteUserfieldErrorMessage(TypedDict, total=False):
    """Keys of ``ERROR_MESSAGE`` in ``CrmRequisiteUserfield``."""

    en: str
    """Error message in English ("en")."""
    ru: str
    """Error message in Russian ("ru")."""


class CrmRequisiteUserfieldHelpMessage(TypedDict, total=False):
    """Keys of ``HELP_MESSAGE`` in ``CrmRequisiteUserfield``."""

    en: str
    """Help text in English ("en")."""
    ru: str
    """Help text in Russian ("ru")."""


class CrmRequisiteUserfield(TypedDict, total=False):
    """A custom field of requisites: its code, data type, labels and settings.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/requisites/user-fields/crm-requisite-userfield-get.html
    """

    ID: str
    """ID of the custom field."""
    ENTITY_ID: str
    """Object the field belongs to; "CRM_REQUISITE" here."""
    FIELD_NAME: str
    """Field code, such as "UF_CRM_HELLO_WORLD"."""
    USER_TYPE_ID: str
    """Data type of the field, such as "string", "enumeration", "date" or "crm"."""
    XML_ID: Any
    """External ID (XML ID)."""
    SORT: str
    """Sort order."""
    MULTIPLE: str
    """\"Y" when the field holds several values."""
    MANDATORY: str
    """\"Y" when the field must be filled in."""
    SHOW_FILTER: str
    """\"Y" when the field is offered in the list filter."""
    SHOW_IN_LIST: str
    """\"Y" when the field is shown in the list."""
    EDIT_IN_LIST: str
    """\"Y" when users may edit the value."""
    IS_SEARCHABLE: str
    """\"Y" when values take part in search (no effect in CRM)."""
    SETTINGS: CrmRequisiteUserfieldSettings
    """Extra settings; the keys depend on the field type."""
    EDIT_FORM_LABEL: CrmRequisiteUserfieldEditFormLabel | str
    """Label in the edit form: one string, or texts keyed by language code."""
    LIST_COLUMN_LABEL: CrmRequisiteUserfieldListColumnLabel | str
    """Column header in the list: one string, or texts keyed by language code."""
    LIST_FILTER_LABEL: CrmRequisiteUserfieldListFilterLabel | str
    """Label in the list filter: one string, or texts keyed by language code."""
    ERROR_MESSAGE: CrmRequisiteUserfieldErrorMessage | str | None
    """Error message shown for a bad value: one string, or texts keyed by language code."""
    HELP_MESSAGE: CrmRequisiteUserfieldHelpMessage | str | None
    """Help text for the field: one string, or texts keyed by language code."""


class CrmRequisiteUserfieldAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.userfield.add``."""

    ENTITY_ID: Required[str]
    """Object the field belongs to: always "CRM_REQUISITE"."""
    FIELD_NAME: Required[str]
    """Field code; for requisites it always starts with "UF_CRM_", such as "UF_CRM_TAX_CODE"."""
    USER_TYPE_ID: Required[str]
    """Field type: "string", "boolean", "double" or "datetime"."""
    XML_ID: str
    """External code of the field."""
    SORT: int
    """Position of the field among the custom fields."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values; defaults to "N"."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required; defaults to "N"."""
    SHOW_FILTER: Literal["N", "I", "E", "S"]
    """\"N" hides the field from the filter; "I", "E" and "S" show it with exact, mask or substring matching."""
    SHOW_IN_LIST: Literal["Y", "N"]
    """\"Y" (default) shows the field as a list column."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" (default) lets users edit the value."""
    IS_SEARCHABLE: Literal["Y", "N"]
    """\"Y" includes the values in search."""
    EDIT_FORM_LABEL: str
    """Label in the edit form."""
    LIST_COLUMN_LABEL: str
    """Column heading in lists."""
    LIST_FILTER_LABEL: str
    """Name in the list filter."""
    ERROR_MESSAGE: str
    """Error text shown when the value is invalid."""
    HELP_MESSAGE: str
    """Hint shown next to the field."""
    LIST: dict[str, Any]
    """Options of a list field, each with VALUE, SORT, DEF and XML_ID."""
    SETTINGS: dict[str, Any]
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""


class CrmRequisiteUserfieldUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.requisite.userfield.update``."""

    XML_ID: str
    """External code of the field."""
    SORT: int
    """Position of the field among the custom fields."""
    MULTIPLE: Literal["Y", "N"]
    """\"Y" lets the field hold several values."""
    MANDATORY: Literal["Y", "N"]
    """\"Y" makes the field required."""
    SHOW_FILTER: Literal["N", "I", "E", "S"]
    """\"N" hides the field from the filter; "I", "E" and "S" show it with exact, mask or substring matching."""
    SHOW_IN_LIST: Literal["Y", "N"]
    """\"Y" shows the field as a list column."""
    EDIT_IN_LIST: Literal["Y", "N"]
    """\"Y" lets users edit the value."""
    IS_SEARCHABLE: Literal["Y", "N"]
    """\"Y" includes the values in search."""
    EDIT_FORM_LABEL: str
    """Label in the edit form."""
    LIST_COLUMN_LABEL: str
    """Column heading in lists."""
    LIST_FILTER_LABEL: str
    """Name in the list filter."""
    ERROR_MESSAGE: str
    """Error text shown when the value is invalid."""
    HELP_MESSAGE: str
    """Hint shown next to the field."""
    LIST: dict[str, Any]
    """Options of a list field, each with VALUE, SORT, DEF and XML_ID."""
    SETTINGS: dict[str, Any]
    """Type-specific settings; crm.userfield.settings.fields lists them per type."""


class CrmStagehistory(TypedDict, total=False):
    """One stage change of a lead, deal, invoice or smart process item.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/crm-stage-history-list.html
    """

    ID: int
    """ID of the history record."""
    TYPE_ID: int
    """Kind of change: 1 created, 2 moved to an intermediate stage, 3 moved to a final stage, 5 moved to another pipeline."""
    OWNER_ID: int
    """ID of the item whose stage changed."""
    CREATED_TIME: str
    """When the change happened."""
    CATEGORY_ID: int
    """ID of the pipeline."""
    STAGE_SEMANTIC_ID: str
    """Stage group: "P" intermediate, "S" success, "F" failure."""
    STAGE_ID: str
    """Code of the stage."""


class CrmStatusExtra(TypedDict, total=False):
    """Keys of ``EXTRA`` in ``CrmStatus``."""

    SEMANTICS: str
    """Stage group: "process", "success" or "failure"."""
    COLOR: str
    """Kanban color."""


class CrmStatus(TypedDict, total=False):
    """One entry of a CRM status list: a stage, source, type or similar value.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/status/crm-status-get.html
    """

    ID: str
    """ID of the entry, used by the crm.status.* methods."""
    ENTITY_ID: str
    """List the entry belongs to, such as "SOURCE" or "DEAL_STAGE"."""
    STATUS_ID: str
    """Code of the entry, used in CRM record fields."""
    NAME: str
    """Display name."""
    NAME_INIT: str
    """Default name of a system entry."""
    SORT: str
    """Sort order."""
    SYSTEM: str
    """\"Y" for a system entry."""
    CATEGORY_ID: Any
    """ID of the pipeline for a stage."""
    COLOR: str
    """Kanban color of a stage, such as "#39A8EF"."""
    SEMANTICS: str | None
    """Stage group: "S" success, "F" failure, empty in progress."""
    EXTRA: CrmStatusExtra
    """Extra properties."""


class CrmStatusAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.add``."""

    ENTITY_ID: Required[str]
    """Reference list the entry belongs to, such as "DEAL_STAGE", "SOURCE" or "STATUS" (crm.status.entity.types)."""
    STATUS_ID: Required[str]
    """Code of the entry, unique within its list, such as "NEW"."""
    NAME: Required[str]
    """Display name."""
    SORT: int
    """Position in the list; defaults to 10."""
    COLOR: str
    """Kanban color of a stage as a hex code, such as "#39A8EF"."""
    SEMANTICS: str
    """Stage group: "S" success, "F" failure, empty for in progress."""


class CrmStatusEntityItemsResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.entity.items``."""

    NAME: str
    """Display name."""
    SORT: int
    """Position in the list."""
    STATUS_ID: str
    """Code of the entry."""


class CrmStatusEntityTypesResultSemanticInfo(TypedDict, total=False):
    """Keys of ``result.SEMANTIC_INFO`` in ``crm.status.entity.types``."""

    START_FIELD: str
    """Code of the first stage."""
    FINAL_SUCCESS_FIELD: str
    """Code of the successful final stage."""
    FINAL_UNSUCCESS_FIELD: str
    """Code of the failed final stage."""
    FINAL_SORT: int
    """Sort value from which final stages start."""


class CrmStatusEntityTypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.entity.types``."""

    ID: str
    """Reference list code, such as "STATUS" or "DEAL_STAGE_3"."""
    NAME: str
    """Display name of the list."""
    ENTITY_TYPE_ID: int
    """Type of CRM object the list is for."""
    SEMANTIC_INFO: CrmStatusEntityTypesResultSemanticInfo | list[Any]
    """Stage-semantics settings, for stage lists."""
    PREFIX: str
    """Prefix of stage codes in this pipeline, such as "C3"."""
    FIELD_ATTRIBUTE_SCOPE: str
    """Scope that field attributes apply to, such as a pipeline."""
    IS_ENABLED: bool
    """Whether the list is active."""
    CATEGORY_ID: int | str
    """ID of the pipeline."""
    PARENT_ID: str
    """Code of the parent list."""
    CATEGORY_NAME: str
    """Name of the pipeline."""
    CATEGORY_SORT: int
    """Position of the pipeline."""
    IS_DEFAULT_CATEGORY: bool
    """Whether the pipeline is the default one."""


class CrmStatusFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.status.fields``."""

    ID: CrmFieldDescription
    """ID of the reference list entry."""
    ENTITY_ID: CrmFieldDescription
    """Reference list the entry belongs to, such as "DEAL_STAGE", "SOURCE" or "STATUS" (crm.status.entity.types)."""
    STATUS_ID: CrmFieldDescription
    """Code of the entry, unique within its list, such as "NEW"."""
    SORT: CrmFieldDescription
    """Position in the list."""
    NAME: CrmFieldDescription
    """Display name."""
    NAME_INIT: CrmFieldDescription
    """Default name of the entry."""
    SYSTEM: CrmFieldDescription
    """\"Y" for a built-in entry."""
    CATEGORY_ID: CrmFieldDescription
    """ID of the pipeline the stage belongs to."""
    COLOR: CrmFieldDescription
    """Kanban color of a stage as a hex code, such as "#39A8EF"."""
    SEMANTICS: CrmFieldDescription
    """Stage group: "S" success, "F" failure, empty for in progress."""
    EXTRA: CrmFieldDescription
    """Additional data of the entry."""


class CrmStatusUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.status.update``."""

    NAME: str
    """Display name."""
    SORT: int
    """Position in the list."""
    COLOR: str
    """Kanban color of a stage as a hex code, such as "#39A8EF"."""


class CrmTimelineBindings(TypedDict, total=False):
    """A CRM record a timeline entry is linked to.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/bindings/crm-timeline-bindings-list.html
    """

    OWNER_ID: str
    """ID of the timeline entry."""
    ENTITY_ID: str
    """ID of the CRM record."""
    ENTITY_TYPE: str
    """Type of the record, such as "deal"."""


class CrmTimelineBindingsBindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.bind``."""

    OWNER_ID: Required[int]
    """ID of the timeline record."""
    ENTITY_ID: Required[int]
    """ID of the CRM item."""
    ENTITY_TYPE: Required[Literal["lead", "deal", "contact", "company", "order"]]
    """Type of the CRM item: "lead", "deal", "contact", "company" or "order"."""


class CrmTimelineBindingsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.bindings.fields``."""

    OWNER_ID: CrmFieldDescription
    """ID of the timeline record."""
    ENTITY_ID: CrmFieldDescription
    """ID of the CRM item."""
    ENTITY_TYPE: CrmFieldDescription
    """Type of the CRM item: "lead", "deal", "contact", "company" or "order"."""


class CrmTimelineBindingsUnbindFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.bindings.unbind``."""

    OWNER_ID: Required[int]
    """ID of the timeline record."""
    ENTITY_ID: Required[int]
    """ID of the CRM item."""
    ENTITY_TYPE: Required[Literal["lead", "deal", "contact", "company", "order"]]
    """Type of the CRM item: "lead", "deal", "contact", "company" or "order"."""


class CrmTimelineComment(TypedDict, total=False):
    """A comment in the timeline of a CRM record.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/comments/crm-timeline-comment-get.html
    """

    ID: str
    """ID of the comment."""
    ENTITY_ID: str
    """ID of the CRM record."""
    ENTITY_TYPE: str
    """Type of the record, such as "deal"."""
    CREATED: str
    """Creation time."""
    COMMENT: str
    """Text of the comment."""
    AUTHOR_ID: str
    """ID of the user who wrote it."""
    FILES: dict[str, Any]
    """Files attached to the comment."""


class CrmTimelineCommentAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.add``."""

    ENTITY_ID: Required[int]
    """ID of the CRM item the comment belongs to."""
    ENTITY_TYPE: Required[str]
    """Type of that item, such as "lead", "deal", "contact", "company", "order" or "dynamic_1046" for a smart process."""
    COMMENT: Required[str]
    """Comment text."""
    FILES: Sequence[Sequence[str]]
    """Attached files: a list of [file name, base64 content] pairs."""


class CrmTimelineCommentFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.comment.fields``."""

    ID: CrmFieldDescription
    """ID of the comment."""
    CREATED: CrmFieldDescription
    """Date and time the comment was written."""
    ENTITY_ID: CrmFieldDescription
    """ID of the CRM item the comment belongs to."""
    ENTITY_TYPE: CrmFieldDescription
    """Type of that item, such as "lead", "deal", "contact", "company", "order" or "dynamic_1046" for a smart process."""
    AUTHOR_ID: CrmFieldDescription
    """ID of the user who wrote the comment."""
    COMMENT: CrmFieldDescription
    """Comment text."""
    FILES: CrmFieldDescription
    """Attached files: a list of [file name, base64 content] pairs."""


class CrmTimelineCommentUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.comment.update``."""

    COMMENT: str
    """Comment text."""
    FILES: Sequence[Sequence[str]]
    """Attached files: a list of [file name, base64 content] pairs."""


class CrmTimelineIcon(TypedDict, total=False):
    """An icon that log messages in the timeline can use.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/icons/crm-timeline-icon-get.html
    """

    code: str
    """Icon code."""
    isSystem: bool
    """Whether the icon is built in."""
    fileUri: str
    """Address of the icon file."""


class CrmTimelineIconAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.icon.add``."""

    icon: Required[CrmTimelineIcon]
    """The uploaded icon."""


class CrmTimelineIconGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.icon.get``."""

    icon: Required[CrmTimelineIcon]
    """The icon."""


class CrmTimelineLayoutBlocksBlocksBlock1Properties(TypedDict, total=False):
    """Keys of ``blocks.block_1.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str
    """Text to show."""
    multiline: bool
    """Whether line breaks are kept."""
    bold: bool
    """Whether the text is bold."""
    color: str
    """Text color code, such as "base_90"."""


class CrmTimelineLayoutBlocksBlocksBlock1(TypedDict, total=False):
    """Keys of ``blocks.block_1`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Block kind; here "text"."""
    properties: CrmTimelineLayoutBlocksBlocksBlock1Properties
    """Settings of the text block."""


class CrmTimelineLayoutBlocksBlocksBlock2Properties(TypedDict, total=False):
    """Keys of ``blocks.block_2.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str
    """Text to show; may span many lines."""


class CrmTimelineLayoutBlocksBlocksBlock2(TypedDict, total=False):
    """Keys of ``blocks.block_2`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Block kind; here "largeText"."""
    properties: CrmTimelineLayoutBlocksBlocksBlock2Properties
    """Settings of the long-text block."""


class CrmTimelineLayoutBlocksBlocksBlock3PropertiesAction(TypedDict, total=False):
    """Keys of ``blocks.block_3.properties.action`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Action kind, such as "redirect"."""
    uri: str
    """Address to open, such as "/crm/deal/details/123/"."""


class CrmTimelineLayoutBlocksBlocksBlock3Properties(TypedDict, total=False):
    """Keys of ``blocks.block_3.properties`` in ``CrmTimelineLayoutBlocks``."""

    text: str
    """Link caption."""
    bold: bool
    """Whether the caption is bold."""
    action: CrmTimelineLayoutBlocksBlocksBlock3PropertiesAction
    """What a click does."""


class CrmTimelineLayoutBlocksBlocksBlock3(TypedDict, total=False):
    """Keys of ``blocks.block_3`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Block kind; here "link"."""
    properties: CrmTimelineLayoutBlocksBlocksBlock3Properties
    """Settings of the link block."""


class CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlockProperties(
    TypedDict, total=False
):
    """Keys of ``blocks.block_4.properties.block.properties`` in ``CrmTimelineLayoutBlocks``."""

    value: str
    """Text of the inner block."""


class CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlock(TypedDict, total=False):
    """Keys of ``blocks.block_4.properties.block`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Kind of the inner block, such as "text"."""
    properties: CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlockProperties
    """Settings of the inner block."""


class CrmTimelineLayoutBlocksBlocksBlock4Properties(TypedDict, total=False):
    """Keys of ``blocks.block_4.properties`` in ``CrmTimelineLayoutBlocks``."""

    title: str
    """Title shown before the inner block."""
    block: CrmTimelineLayoutBlocksBlocksBlock4PropertiesBlock
    """Inner block shown under the title."""


class CrmTimelineLayoutBlocksBlocksBlock4(TypedDict, total=False):
    """Keys of ``blocks.block_4`` in ``CrmTimelineLayoutBlocks``."""

    type: str
    """Block kind; here "withTitle"."""
    properties: CrmTimelineLayoutBlocksBlocksBlock4Properties
    """Settings of the titled block."""


class CrmTimelineLayoutBlocksBlocks(TypedDict, total=False):
    """Keys of ``blocks`` in ``CrmTimelineLayoutBlocks``."""

    block_1: CrmTimelineLayoutBlocksBlocksBlock1
    """A sample text block."""
    block_2: CrmTimelineLayoutBlocksBlocksBlock2
    """A sample long-text block."""
    block_3: CrmTimelineLayoutBlocksBlocksBlock3
    """A sample link block."""
    block_4: CrmTimelineLayoutBlocksBlocksBlock4
    """A sample block with a title."""


class CrmTimelineLayoutBlocks(TypedDict, total=False):
    """Extra content blocks an application set on a timeline entry.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/layout-blocks/crm-timeline-layout-blocks-get.html
    """

    blocks: CrmTimelineLayoutBlocksBlocks
    """Content blocks keyed by block name, such as "block_1"."""


class CrmTimelineLayoutBlocksDeleteResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.delete``."""

    success: Required[bool]
    """true when the blocks were removed."""


class CrmTimelineLayoutBlocksGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.get``."""

    layout: Required[CrmTimelineLayoutBlocks]
    """The app's content blocks of the record."""


class CrmTimelineLayoutBlocksSetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.layout.blocks.set``."""

    success: Required[bool]
    """true when the blocks were saved."""


class CrmTimelineLogmessage(TypedDict, total=False):
    """A log message an application wrote to the timeline of a CRM record.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/crm-timeline-logmessage-get.html
    """

    id: int
    """ID of the log message."""
    created: str
    """Creation time."""
    authorId: int
    """ID of the user who wrote it."""
    title: str
    """Heading."""
    text: str
    """Text of the message."""
    iconCode: str
    """Code of the icon."""


class CrmTimelineLogmessageAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.timeline.logmessage.add``."""

    entityTypeId: Required[int]
    """Numeric CRM type of the item."""
    entityId: Required[int]
    """ID of the item."""
    title: Required[str]
    """Heading of the message."""
    text: Required[str]
    """Body text of the message."""
    iconCode: Required[str]
    """Code of the icon to show, such as "info" (crm.timeline.icon.list)."""


class CrmTimelineLogmessageAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logmessage.add``."""

    logMessage: Required[CrmTimelineLogmessage]
    """The created message."""


class CrmTimelineLogmessageGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logmessage.get``."""

    logMessage: Required[CrmTimelineLogmessage]
    """The log message."""


class CrmTimelineLogo(TypedDict, total=False):
    """A logo that activities in the timeline can use.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/logmessage/logo/crm-timeline-logo-get.html
    """

    code: str
    """Logo code."""
    isSystem: bool
    """Whether the logo is built in."""
    fileUri: str
    """Address of the logo file."""


class CrmTimelineLogoAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logo.add``."""

    logo: Required[CrmTimelineLogo]
    """The uploaded logo."""


class CrmTimelineLogoGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.timeline.logo.get``."""

    logo: Required[CrmTimelineLogo]
    """The logo."""


class CrmTimelineNote(TypedDict, total=False):
    """A note attached to a timeline entry.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/timeline/note/crm-timeline-note-get.html
    """

    text: str
    """Text of the note."""
    createdById: int
    """ID of the user who wrote it."""
    createdTime: str
    """Creation time."""
    updatedById: int
    """ID of the user who last changed it."""
    updatedTime: str
    """Time of the last change."""


class CrmTrackingTraceAddEntities(TypedDict, total=False):
    """Keys of the ``ENTITIES`` parameter of ``crm.tracking.trace.add``."""

    TYPE: Required[Literal["COMPANY", "CONTACT", "DEAL", "LEAD", "QUOTE"]]
    """Type of the item: "COMPANY", "CONTACT", "DEAL", "LEAD" or "QUOTE"."""
    ID: Required[int]
    """ID of the item."""


class CrmTypeRelationsParent(TypedDict, total=False):
    """Keys of ``relations.parent`` in ``CrmType``."""

    entityTypeId: int
    """Entity type ID of the linked CRM type."""
    isChildrenListEnabled: str
    """\"Y" shows the linked items in the card."""
    isPredefined: str
    """\"Y" for a predefined (system) link."""


class CrmTypeRelationsChild(TypedDict, total=False):
    """Keys of ``relations.child`` in ``CrmType``."""

    entityTypeId: int
    """Entity type ID of the linked CRM type."""
    isChildrenListEnabled: str
    """\"Y" shows the linked items in the card."""
    isPredefined: str
    """\"Y" for a predefined (system) link."""


class CrmTypeRelations(TypedDict, total=False):
    """Keys of ``relations`` in ``CrmType``."""

    parent: list[CrmTypeRelationsParent] | list[Any]
    """CRM types whose items can be linked as parents."""
    child: list[CrmTypeRelationsChild]
    """CRM types whose items can be linked as children."""


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
    """A smart process type with its feature switches and links to other CRM types.

    Docs: https://apidocs.bitrix24.com/api-reference/crm/universal/user-defined-object-types/crm-type-get.html
    """

    id: int
    """ID of the smart process type (not its entity type ID)."""
    title: str
    """Name of the smart process."""
    code: str
    """Symbolic code."""
    createdBy: int
    """ID of the user who created it."""
    entityTypeId: int
    """Entity type ID of the smart process, used by crm.item.* methods."""
    customSectionId: Any
    """ID of the digital workplace (outdated; see crm.automatedsolution.*)."""
    isCategoriesEnabled: str
    """\"Y" when it has its own pipelines."""
    isStagesEnabled: str
    """\"Y" when it has its own stages and kanban."""
    isBeginCloseDatesEnabled: str
    """\"Y" when the start and end date fields are on."""
    isClientEnabled: str
    """\"Y" when the client field (contacts and company) is on."""
    isUseInUserfieldEnabled: str
    """\"Y" when custom fields may link to its items."""
    isLinkWithProductsEnabled: str
    """\"Y" when catalog products can be added."""
    isMycompanyEnabled: str
    """\"Y" when the field with your own company details is on."""
    isDocumentsEnabled: str
    """\"Y" when documents can be printed."""
    isSourceEnabled: str
    """\"Y" when the source fields are on."""
    isObserversEnabled: str
    """\"Y" when the observers field is on."""
    isRecyclebinEnabled: str
    """\"Y" when deleted items go to the recycle bin."""
    isAutomationEnabled: str
    """\"Y" when automation rules and triggers are on."""
    isBizProcEnabled: str
    """\"Y" when the business process designer is on."""
    isSetOpenPermissions: str
    """\"Y" makes new pipelines open to everyone."""
    isPaymentsEnabled: str
    """\"Y" when payments and deliveries are on."""
    isCountersEnabled: str
    """\"Y" when activity counters are on."""
    createdTime: str
    """Creation time."""
    updatedTime: str
    """Time of the last change."""
    updatedBy: int
    """ID of the user who last changed it."""
    relations: CrmTypeRelations
    """Links to other CRM types."""
    linkedUserFields: CrmTypeLinkedUserFields
    """Custom fields in other modules that can link to the items."""
    customSections: list[Any]
    """Digital workplaces (outdated; see crm.automatedsolution.*)."""


class CrmTypeAddFieldsRelations(TypedDict, total=False):
    """Keys of ``fields.relations`` in ``crm.type.add``."""

    parent: Sequence[dict[str, Any]]
    """CRM types whose items can be parents of this smart process's items."""
    child: Sequence[dict[str, Any]]
    """CRM types whose items can be children of this smart process's items."""


class CrmTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.add``."""

    title: Required[str]
    """Name of the smart process."""
    entityTypeId: int
    """Numeric type ID of the smart process: an even number from 1030 up, or 128-192; generated when omitted."""
    relations: CrmTypeAddFieldsRelations
    """Links to other CRM types: parent and child lists of {entityTypeId, isChildrenListEnabled}."""
    isUseInUserfieldEnabled: Literal["Y", "N"]
    """Whether items can be chosen in CRM-link custom fields."""
    linkedUserFields: dict[str, Any]
    """Custom fields where the smart process is offered, such as {"CALENDAR_EVENT|UF_CRM_CAL_EVENT": "true"}; needs isUseInUserfieldEnabled "Y"."""
    isAutomationEnabled: Literal["Y", "N"]
    """Whether automation rules and triggers are on."""
    isBeginCloseDatesEnabled: Literal["Y", "N"]
    """Whether the start and end date fields are on."""
    isBizProcEnabled: Literal["Y", "N"]
    """Whether the business process designer is available."""
    isCategoriesEnabled: Literal["Y", "N"]
    """Whether the smart process has its own pipelines."""
    isClientEnabled: Literal["Y", "N"]
    """Whether the Client field (company and contacts) is on."""
    isDocumentsEnabled: Literal["Y", "N"]
    """Whether documents can be printed from items."""
    isLinkWithProductsEnabled: Literal["Y", "N"]
    """Whether catalog products can be added to items."""
    isMycompanyEnabled: Literal["Y", "N"]
    """Whether the Your company details field is on."""
    isObserversEnabled: Literal["Y", "N"]
    """Whether the Observers field is on."""
    isRecyclebinEnabled: Literal["Y", "N"]
    """Whether deleted items go to the recycle bin."""
    isSetOpenPermissions: Literal["Y", "N"]
    """Whether new pipelines are open to everyone; defaults to "Y"."""
    isSourceEnabled: Literal["Y", "N"]
    """Whether the source fields are on."""
    isStagesEnabled: Literal["Y", "N"]
    """Whether the smart process has its own stages and kanban."""
    isExternal: bool
    """Whether the smart process lives outside the CRM in a digital workplace; obsolete."""
    customSectionId: int
    """ID of the digital workplace; obsolete, use crm.automatedsolution.*."""
    customSections: Sequence[Any] | dict[str, Any]
    """Digital workplaces; obsolete, use crm.automatedsolution.*."""


class CrmTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.add``."""

    type: Required[CrmType]
    """The created smart process."""


class CrmTypeFieldsResultFields(TypedDict, total=False):
    """Keys of ``result.fields`` in ``crm.type.fields``."""

    id: CrmFieldDescription
    """ID of the smart process record (not its entityTypeId)."""
    title: CrmFieldDescription
    """Name of the smart process."""
    code: CrmFieldDescription
    """Symbolic code of the smart process."""
    createdBy: CrmFieldDescription
    """ID of the user who created the smart process."""
    entityTypeId: CrmFieldDescription
    """Numeric type ID of the smart process: an even number from 1030 up, or 128-192; generated when omitted."""
    customSectionId: CrmFieldDescription
    """ID of the digital workplace; obsolete, use crm.automatedsolution.*."""
    isCategoriesEnabled: CrmFieldDescription
    """Whether the smart process has its own pipelines."""
    isStagesEnabled: CrmFieldDescription
    """Whether the smart process has its own stages and kanban."""
    isBeginCloseDatesEnabled: CrmFieldDescription
    """Whether the start and end date fields are on."""
    isClientEnabled: CrmFieldDescription
    """Whether the Client field (company and contacts) is on."""
    isUseInUserfieldEnabled: CrmFieldDescription
    """Whether items can be chosen in CRM-link custom fields."""
    isLinkWithProductsEnabled: CrmFieldDescription
    """Whether catalog products can be added to items."""
    isMycompanyEnabled: CrmFieldDescription
    """Whether the Your company details field is on."""
    isDocumentsEnabled: CrmFieldDescription
    """Whether documents can be printed from items."""
    isSourceEnabled: CrmFieldDescription
    """Whether the source fields are on."""
    isObserversEnabled: CrmFieldDescription
    """Whether the Observers field is on."""
    isRecyclebinEnabled: CrmFieldDescription
    """Whether deleted items go to the recycle bin."""
    isAutomationEnabled: CrmFieldDescription
    """Whether automation rules and triggers are on."""
    isBizProcEnabled: CrmFieldDescription
    """Whether the business process designer is available."""
    isSetOpenPermissions: CrmFieldDescription
    """Whether new pipelines are open to everyone."""
    createdTime: CrmFieldDescription
    """Date and time the smart process was created."""
    updatedTime: CrmFieldDescription
    """Date and time of the last change."""
    updatedBy: CrmFieldDescription
    """ID of the user who last changed the smart process."""


class CrmTypeFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.fields``."""

    fields: Required[CrmTypeFieldsResultFields]
    """Field descriptions keyed by field name."""


class CrmTypeGetByEntityTypeIdResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.getByEntityTypeId``."""

    type: Required[CrmType]
    """The smart process."""


class CrmTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.get``."""

    type: Required[CrmType]
    """The smart process."""


class CrmTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.type.update``."""

    title: str
    """Name of the smart process."""
    relations: dict[str, Any]
    """Links to other CRM types: parent and child lists of {entityTypeId, isChildrenListEnabled}."""
    isUseInUserfieldEnabled: Literal["Y", "N"]
    """Whether items can be chosen in CRM-link custom fields."""
    linkedUserFields: dict[str, Any]
    """Custom fields where the smart process is offered, such as {"CALENDAR_EVENT|UF_CRM_CAL_EVENT": "true"}; needs isUseInUserfieldEnabled "Y"."""
    isAutomationEnabled: Literal["Y", "N"]
    """Whether automation rules and triggers are on."""
    isBeginCloseDatesEnabled: Literal["Y", "N"]
    """Whether the start and end date fields are on."""
    isBizProcEnabled: bool
    """Whether the business process designer is available."""
    isCategoriesEnabled: bool
    """Whether the smart process has its own pipelines."""
    isClientEnabled: Literal["Y", "N"]
    """Whether the Client field (company and contacts) is on."""
    isDocumentsEnabled: bool
    """Whether documents can be printed from items."""
    isLinkWithProductsEnabled: bool
    """Whether catalog products can be added to items."""
    isMycompanyEnabled: bool
    """Whether the Your company details field is on."""
    isObserversEnabled: Literal["Y", "N"]
    """Whether the Observers field is on."""
    isRecyclebinEnabled: bool
    """Whether deleted items go to the recycle bin."""
    isSetOpenPermissions: bool
    """Whether new pipelines are open to everyone."""
    isSourceEnabled: Literal["Y", "N"]
    """Whether the source fields are on."""
    isStagesEnabled: Literal["Y", "N"]
    """Whether the smart process has its own stages and kanban."""
    isExternal: bool
    """Whether the smart process lives outside the CRM in a digital workplace; obsolete."""
    customSectionId: int
    """ID of the digital workplace; obsolete, use crm.automatedsolution.*."""
    customSections: Sequence[Any] | dict[str, Any]
    """Digital workplaces; obsolete, use crm.automatedsolution.*."""


class CrmTypeUpdateResult(TypedDict, total=False):
    """Keys of the result of ``crm.type.update``."""

    type: Required[CrmType]
    """The smart process after the change."""


class CrmUserfieldEnumerationFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``crm.userfield.enumeration.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isReadOnly: bool
    """true: the key is set by the system."""


class CrmUserfieldEnumerationFieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``crm.userfield.enumeration.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldEnumerationFieldsResultValue(TypedDict, total=False):
    """Keys of ``result.VALUE`` in ``crm.userfield.enumeration.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldEnumerationFieldsResultDef(TypedDict, total=False):
    """Keys of ``result.DEF`` in ``crm.userfield.enumeration.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldEnumerationFieldsResultDel(TypedDict, total=False):
    """Keys of ``result.DEL`` in ``crm.userfield.enumeration.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldEnumerationFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.enumeration.fields``."""

    ID: CrmUserfieldEnumerationFieldsResultId
    """ID key: ID of the option."""
    SORT: CrmUserfieldEnumerationFieldsResultSort
    """SORT key: Position of the option."""
    VALUE: CrmUserfieldEnumerationFieldsResultValue
    """VALUE key: Text of the option."""
    DEF: CrmUserfieldEnumerationFieldsResultDef
    """DEF key: "Y" makes the option the default."""
    DEL: CrmUserfieldEnumerationFieldsResultDel
    """DEL key: "Y" with ID removes the option."""


class CrmUserfieldFieldsResultId(TypedDict, total=False):
    """Keys of ``result.ID`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isReadOnly: bool
    """true: the key is set by the system."""


class CrmUserfieldFieldsResultEntityId(TypedDict, total=False):
    """Keys of ``result.ENTITY_ID`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isImmutable: bool
    """true: the key can be set only when the field is created."""


class CrmUserfieldFieldsResultFieldName(TypedDict, total=False):
    """Keys of ``result.FIELD_NAME`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isImmutable: bool
    """true: the key can be set only when the field is created."""


class CrmUserfieldFieldsResultUserTypeId(TypedDict, total=False):
    """Keys of ``result.USER_TYPE_ID`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isImmutable: bool
    """true: the key can be set only when the field is created."""


class CrmUserfieldFieldsResultXmlId(TypedDict, total=False):
    """Keys of ``result.XML_ID`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultSort(TypedDict, total=False):
    """Keys of ``result.SORT`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultMultiple(TypedDict, total=False):
    """Keys of ``result.MULTIPLE`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultMandatory(TypedDict, total=False):
    """Keys of ``result.MANDATORY`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultShowFilter(TypedDict, total=False):
    """Keys of ``result.SHOW_FILTER`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultShowInList(TypedDict, total=False):
    """Keys of ``result.SHOW_IN_LIST`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultEditInList(TypedDict, total=False):
    """Keys of ``result.EDIT_IN_LIST`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultIsSearchable(TypedDict, total=False):
    """Keys of ``result.IS_SEARCHABLE`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultEditFormLabel(TypedDict, total=False):
    """Keys of ``result.EDIT_FORM_LABEL`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultListColumnLabel(TypedDict, total=False):
    """Keys of ``result.LIST_COLUMN_LABEL`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultListFilterLabel(TypedDict, total=False):
    """Keys of ``result.LIST_FILTER_LABEL`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultErrorMessage(TypedDict, total=False):
    """Keys of ``result.ERROR_MESSAGE`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultHelpMessage(TypedDict, total=False):
    """Keys of ``result.HELP_MESSAGE`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResultList(TypedDict, total=False):
    """Keys of ``result.LIST`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""
    isMultiple: bool
    """true: the key holds several values."""


class CrmUserfieldFieldsResultSettings(TypedDict, total=False):
    """Keys of ``result.SETTINGS`` in ``crm.userfield.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.fields``."""

    ID: CrmUserfieldFieldsResultId
    """ID key: ID of the custom field."""
    ENTITY_ID: CrmUserfieldFieldsResultEntityId
    """ENTITY_ID key: Object the field belongs to, such as "CRM_LEAD"."""
    FIELD_NAME: CrmUserfieldFieldsResultFieldName
    """FIELD_NAME key: Field code of A-Z, 0-9 and "_"; "UF_CRM_" is prepended (MANAGER_NOTE becomes UF_CRM_MANAGER_NOTE), 50 characters in all."""
    USER_TYPE_ID: CrmUserfieldFieldsResultUserTypeId
    """USER_TYPE_ID key: Field type, such as "string", "integer", "double", "boolean", "date", "enumeration", "file", "employee" or "crm"."""
    XML_ID: CrmUserfieldFieldsResultXmlId
    """XML_ID key: External code of the field."""
    SORT: CrmUserfieldFieldsResultSort
    """SORT key: Position of the field among the custom fields; above 0."""
    MULTIPLE: CrmUserfieldFieldsResultMultiple
    """MULTIPLE key: "Y" lets the field hold several values; boolean fields cannot be multiple."""
    MANDATORY: CrmUserfieldFieldsResultMandatory
    """MANDATORY key: "Y" makes the field required."""
    SHOW_FILTER: CrmUserfieldFieldsResultShowFilter
    """SHOW_FILTER key: "Y" shows the field in the list filter."""
    SHOW_IN_LIST: CrmUserfieldFieldsResultShowInList
    """SHOW_IN_LIST key: "Y" shows the field as a list column."""
    EDIT_IN_LIST: CrmUserfieldFieldsResultEditInList
    """EDIT_IN_LIST key: "Y" lets users edit the value; not every field type supports "N"."""
    IS_SEARCHABLE: CrmUserfieldFieldsResultIsSearchable
    """IS_SEARCHABLE key: "Y" includes the values in search."""
    EDIT_FORM_LABEL: CrmUserfieldFieldsResultEditFormLabel
    """EDIT_FORM_LABEL key: Label in the edit form: a string, or labels per language."""
    LIST_COLUMN_LABEL: CrmUserfieldFieldsResultListColumnLabel
    """LIST_COLUMN_LABEL key: Column heading in lists: a string, or labels per language."""
    LIST_FILTER_LABEL: CrmUserfieldFieldsResultListFilterLabel
    """LIST_FILTER_LABEL key: Name in the list filter: a string for all languages, or labels per language such as {"en": "Source"}."""
    ERROR_MESSAGE: CrmUserfieldFieldsResultErrorMessage
    """ERROR_MESSAGE key: Error text shown when the value is invalid: a string, or texts per language."""
    HELP_MESSAGE: CrmUserfieldFieldsResultHelpMessage
    """HELP_MESSAGE key: Hint shown next to the field: a string, or texts per language."""
    LIST: CrmUserfieldFieldsResultList
    """LIST key: Options of an enumeration (list) field."""
    SETTINGS: CrmUserfieldFieldsResultSettings
    """SETTINGS key: Type-specific settings; crm.userfield.settings.fields lists them per type."""


class CrmUserfieldSettingsFieldsResultDefaultValue(TypedDict, total=False):
    """Keys of ``result.DEFAULT_VALUE`` in ``crm.userfield.settings.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldSettingsFieldsResultPrecision(TypedDict, total=False):
    """Keys of ``result.PRECISION`` in ``crm.userfield.settings.fields``."""

    type: str
    """Data type of the key."""
    title: str
    """Name of the key shown in the interface."""


class CrmUserfieldSettingsFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.settings.fields``."""

    DEFAULT_VALUE: CrmUserfieldSettingsFieldsResultDefaultValue
    """DEFAULT_VALUE key: the default value of the field."""
    PRECISION: CrmUserfieldSettingsFieldsResultPrecision
    """PRECISION key: number of digits after the decimal point."""


class CrmUserfieldTypesResult(TypedDict, total=False):
    """Keys of the result of ``crm.userfield.types``."""

    ID: str
    """Type code, such as "string" or "enumeration"."""
    title: str
    """Type name shown in the interface."""


class CrmVat(TypedDict, total=False):
    """A VAT rate (outdated API).

    Docs: https://apidocs.bitrix24.com/api-reference/crm/outdated/vat/crm-vat-get.html
    """

    ID: str
    """ID of the rate."""
    ACTIVE: str
    """\"Y" when the rate is active."""
    C_SORT: str
    """Sort order."""
    NAME: str
    """Name of the rate."""
    RATE: str | None
    """Rate in percent, or null for "no VAT"."""


class CrmVatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.add``."""

    ACTIVE: Literal["Y", "N"]
    """\"Y" when the rate can be used."""
    C_SORT: int
    """Position in the list."""
    NAME: Required[str]
    """Name of the rate, such as "VAT 20%"."""
    RATE: Required[float]
    """Rate in percent."""


class CrmVatFieldsResult(TypedDict, total=False):
    """Keys of the result of ``crm.vat.fields``."""

    ID: CrmFieldDescription
    """ID of the tax rate."""
    TIMESTAMP_X: CrmFieldDescription
    """Date and time of the last change."""
    ACTIVE: CrmFieldDescription
    """\"Y" when the rate can be used."""
    C_SORT: CrmFieldDescription
    """Position in the list."""
    NAME: CrmFieldDescription
    """Name of the rate, such as "VAT 20%"."""
    RATE: CrmFieldDescription
    """Rate in percent."""


class CrmVatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``crm.vat.update``."""

    ACTIVE: Literal["Y", "N"]
    """\"Y" when the rate can be used."""
    C_SORT: int
    """Position in the list."""
    NAME: Required[str]
    """Name of the rate, such as "VAT 20%"."""
    RATE: float
    """Rate in percent."""
