"""TypedDicts of ``b24client.types.imbot``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "ImbotCommandRegisterLang",
    "ImbotCommandUpdateFields",
    "ImbotCommandUpdateFieldsLang",
    "ImbotRegisterProperties",
    "ImbotUpdateFields",
    "ImbotUpdateFieldsProperties",
    "ImbotV2BotRegisterFields",
    "ImbotV2BotRegisterFieldsProperties",
    "ImbotV2BotUpdateFields",
    "ImbotV2BotUpdateFieldsProperties",
    "ImbotV2ChatAddFields",
    "ImbotV2ChatMessageSendFields",
    "ImbotV2ChatMessageUpdateFields",
    "ImbotV2ChatUpdateFields",
    "ImbotV2CommandAnswerFields",
    "ImbotV2CommandRegisterFields",
    "ImbotV2CommandUpdateFields",
    "ImbotV2FileUploadFields",
]


class ImbotCommandRegisterLang(TypedDict, total=False):
    """Keys of the ``LANG`` parameter of ``imbot.command.register``."""

    LANGUAGE_ID: Required[str]
    TITLE: Required[str]
    PARAMS: str


class ImbotCommandUpdateFieldsLang(TypedDict, total=False):
    """Keys of ``FIELDS.LANG`` in ``imbot.command.update``."""

    LANGUAGE_ID: Required[str]
    TITLE: Required[str]
    PARAMS: str


class ImbotCommandUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.command.update``."""

    COMMAND: str
    EVENT_COMMAND_ADD: str
    HIDDEN: str
    EXTRANET_SUPPORT: str
    LANG: Sequence[ImbotCommandUpdateFieldsLang]


class ImbotRegisterProperties(TypedDict, total=False):
    """Keys of the ``PROPERTIES`` parameter of ``imbot.register``."""

    NAME: Required[str]
    LAST_NAME: str
    COLOR: str
    EMAIL: str
    PERSONAL_BIRTHDAY: str
    WORK_POSITION: str
    PERSONAL_WWW: str
    PERSONAL_GENDER: str
    PERSONAL_PHOTO: tuple[str, str]


class ImbotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``FIELDS.PROPERTIES`` in ``imbot.update``."""

    NAME: str
    LAST_NAME: str
    COLOR: str
    EMAIL: str
    PERSONAL_BIRTHDAY: str
    WORK_POSITION: str
    PERSONAL_WWW: str
    PERSONAL_GENDER: str
    PERSONAL_PHOTO: tuple[str, str]


class ImbotUpdateFields(TypedDict, total=False):
    """Keys of the ``FIELDS`` parameter of ``imbot.update``."""

    CODE: str
    EVENT_HANDLER: str
    EVENT_MESSAGE_ADD: str
    EVENT_MESSAGE_UPDATE: str
    EVENT_MESSAGE_DELETE: str
    EVENT_WELCOME_MESSAGE: str
    EVENT_BOT_DELETE: str
    PROPERTIES: ImbotUpdateFieldsProperties


class ImbotV2BotRegisterFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.register``."""

    name: Required[str]
    lastName: str
    workPosition: str
    color: str
    gender: str
    avatar: tuple[str, str]


class ImbotV2BotRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.register``."""

    code: Required[str]
    botToken: str
    properties: Required[ImbotV2BotRegisterFieldsProperties]
    type: str
    eventMode: str
    webhookUrl: str
    isHidden: bool
    isReactionsEnabled: bool
    isSupportOpenline: bool
    backgroundId: str


class ImbotV2BotUpdateFieldsProperties(TypedDict, total=False):
    """Keys of ``fields.properties`` in ``imbot.v2.Bot.update``."""

    name: str
    lastName: str
    workPosition: str
    color: str
    gender: str
    avatar: tuple[str, str]


class ImbotV2BotUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Bot.update``."""

    properties: ImbotV2BotUpdateFieldsProperties
    isHidden: bool
    isReactionsEnabled: bool
    isSupportOpenline: bool
    backgroundId: str
    eventMode: str
    webhookUrl: str
    botToken: str


class ImbotV2ChatAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.add``."""

    title: str
    description: str
    color: str
    avatar: tuple[str, str]
    userIds: Sequence[int]
    ownerId: int
    message: str


class ImbotV2ChatMessageSendFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.send``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[dict[str, Any]]
    system: bool
    urlPreview: bool
    replyId: int
    templateId: str
    forwardIds: dict[str, Any]


class ImbotV2ChatMessageUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.Message.update``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[Any] | dict[str, Any]
    urlPreview: str


class ImbotV2ChatUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Chat.update``."""

    title: str
    description: str
    color: str
    avatar: tuple[str, str]


class ImbotV2CommandAnswerFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.answer``."""

    message: str
    attach: Sequence[Any] | dict[str, Any]
    keyboard: Sequence[Any] | dict[str, Any]
    system: bool
    urlPreview: bool


class ImbotV2CommandRegisterFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.register``."""

    command: Required[str]
    title: dict[str, Any]
    params: dict[str, Any]
    common: bool
    hidden: bool
    extranetSupport: bool


class ImbotV2CommandUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.Command.update``."""

    command: str
    title: dict[str, Any]
    params: dict[str, Any]
    common: bool
    hidden: bool
    extranetSupport: bool


class ImbotV2FileUploadFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``imbot.v2.File.upload``."""

    name: Required[str]
    content: Required[str]
    message: str
