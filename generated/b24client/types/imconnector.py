"""TypedDicts of ``b24client.types.imconnector``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "Imconnector",
    "ImconnectorChatNameSetResult",
    "ImconnectorChatNameSetResultData",
    "ImconnectorConnectorDataSetData",
    "ImconnectorDeleteMessagesMessages",
    "ImconnectorDeleteMessagesMessagesChat",
    "ImconnectorDeleteMessagesMessagesMessage",
    "ImconnectorDeleteMessagesMessagesUser",
    "ImconnectorDeleteMessagesResult",
    "ImconnectorDeleteMessagesResultData",
    "ImconnectorRegisterIcon",
    "ImconnectorRegisterIconDisabled",
    "ImconnectorRegisterResult",
    "ImconnectorSendMessagesMessages",
    "ImconnectorSendMessagesMessagesChat",
    "ImconnectorSendMessagesMessagesMessage",
    "ImconnectorSendMessagesMessagesUser",
    "ImconnectorSendMessagesResult",
    "ImconnectorSendMessagesResultData",
    "ImconnectorSendStatusDeliveryMessages",
    "ImconnectorSendStatusDeliveryMessagesChat",
    "ImconnectorSendStatusDeliveryMessagesIm",
    "ImconnectorSendStatusDeliveryMessagesMessage",
    "ImconnectorSendStatusDeliveryResult",
    "ImconnectorSendStatusReadingMessages",
    "ImconnectorSendStatusReadingMessagesChat",
    "ImconnectorSendStatusReadingMessagesIm",
    "ImconnectorSendStatusReadingMessagesMessage",
    "ImconnectorSendStatusReadingResult",
    "ImconnectorStatusResult",
    "ImconnectorUnregisterResult",
    "ImconnectorUpdateMessagesMessages",
    "ImconnectorUpdateMessagesMessagesChat",
    "ImconnectorUpdateMessagesMessagesMessage",
    "ImconnectorUpdateMessagesMessagesUser",
    "ImconnectorUpdateMessagesResult",
    "ImconnectorUpdateMessagesResultData",
]


class Imconnector(TypedDict, total=False):
    """Available connectors as code to name pairs.

    Docs: https://apidocs.bitrix24.com/api-reference/imopenlines/imconnector/imconnector-list.html
    """

    livechat: str
    """Name of the website live chat connector."""
    telegrambot: str
    """Name of the Telegram connector."""
    network: str
    """Name of the Bitrix24.Network connector."""
    myconnector: str
    """Name of a custom connector (key is its code)."""


class ImconnectorChatNameSetResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.chat.name.set``."""

    RESULT: dict[str, Any]
    """Data of the new chat name."""


class ImconnectorChatNameSetResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.chat.name.set``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: ImconnectorChatNameSetResultData
    """Result details."""


class ImconnectorConnectorDataSetData(TypedDict, total=False):
    """Keys of the ``DATA`` parameter of ``imconnector.connector.data.set``."""

    ID: str
    """ID of the channel in the external system, such as "channel-123"."""
    URL: str
    """Full link to the chat or channel in the external system."""
    URL_IM: str
    """Link to the chat for the operator interface; URL is used when absent."""
    NAME: str
    """Channel name shown in the interface."""


class ImconnectorDeleteMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.delete.messages``."""

    id: Required[str]
    """ID of the client in the external system."""


class ImconnectorDeleteMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.delete.messages``."""

    id: Required[str]
    """ID of the external message to delete."""


class ImconnectorDeleteMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.delete.messages``."""

    id: Required[str]
    """ID of the chat in the external system."""


class ImconnectorDeleteMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.delete.messages``."""

    user: ImconnectorDeleteMessagesMessagesUser
    """Client in the external system."""
    message: ImconnectorDeleteMessagesMessagesMessage
    """Message in the external system."""
    chat: ImconnectorDeleteMessagesMessagesChat
    """Chat in the external system."""


class ImconnectorDeleteMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.delete.messages``."""

    RESULT: list[Any]
    """Result for each element of MESSAGES, in order."""


class ImconnectorDeleteMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.delete.messages``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: ImconnectorDeleteMessagesResultData
    """Processing details."""


class ImconnectorRegisterIcon(TypedDict, total=False):
    """Keys of the ``ICON`` parameter of ``imconnector.register``."""

    DATA_IMAGE: Required[str]
    """SVG icon as a data URI starting with "data:image/svg+xml,"."""
    COLOR: str
    """Icon background colour, such as "#69acc0"."""
    SIZE: str
    """Background size, such as "90%"."""
    POSITION: str
    """Background position, such as "center"."""


class ImconnectorRegisterIconDisabled(TypedDict, total=False):
    """Keys of the ``ICON_DISABLED`` parameter of ``imconnector.register``."""

    DATA_IMAGE: str
    """SVG icon for the inactive state as a data URI starting with "data:image/svg+xml,"."""
    COLOR: str
    """Background colour of the inactive icon."""
    SIZE: str
    """Background size of the inactive icon."""
    POSITION: str
    """Background position of the inactive icon."""


class ImconnectorRegisterResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.register``."""

    result: bool
    """true when the connector was registered."""
    error: str
    """Error code when result is false."""
    error_description: str
    """Error text when result is false."""


class ImconnectorSendMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.send.messages``."""

    id: Required[str]
    """ID of the client in the external system."""
    last_name: str
    """Client's last name."""
    name: str
    """Client's first name."""
    picture: dict[str, Any]
    """Client avatar as an object with url, such as {"url": "https://example.com/u42.png"}."""
    url: str
    """Link to the client's profile."""
    gender: str
    """Client gender: "male" or "female"."""
    email: str
    """Client e-mail."""
    phone: str
    """Client phone number."""
    skip_phone_validate: Literal["Y", "N"]
    """\"Y" saves the phone to CRM without checking it."""


class ImconnectorSendMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.messages``."""

    id: str
    """ID of the message in the external system."""
    date: int
    """Message time as a Unix timestamp."""
    text: str
    """Message text."""
    files: Sequence[dict[str, Any]]
    """Files, each with url (publicly reachable) and name."""
    disable_crm: Literal["Y", "N"]
    """\"Y" turns off the CRM tracker for this message."""
    user_id: int
    """ID of the Bitrix24 operator on whose behalf the message is sent."""


class ImconnectorSendMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.messages``."""

    id: Required[str]
    """ID of the chat in the external system."""
    name: str
    """Chat name."""
    url: str
    """Link to the chat in the external system."""


class ImconnectorSendMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.messages``."""

    user: ImconnectorSendMessagesMessagesUser
    """Client in the external system."""
    message: ImconnectorSendMessagesMessagesMessage
    """Message in the external system."""
    chat: ImconnectorSendMessagesMessagesChat
    """Chat in the external system."""


class ImconnectorSendMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.send.messages``."""

    RESULT: list[Any]
    """Result for each element of MESSAGES, in order."""


class ImconnectorSendMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.messages``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: ImconnectorSendMessagesResultData
    """Processing details."""


class ImconnectorSendStatusDeliveryMessagesIm(TypedDict, total=False):
    """Keys of ``MESSAGES.im`` in ``imconnector.send.status.delivery``."""

    chat_id: int
    """ID of the Bitrix24 chat."""
    message_id: int
    """ID of the Bitrix24 message."""


class ImconnectorSendStatusDeliveryMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.status.delivery``."""

    id: Sequence[str]
    """IDs of the messages in the external system."""
    date: int
    """Message time as a Unix timestamp."""


class ImconnectorSendStatusDeliveryMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.status.delivery``."""

    id: str
    """ID of the chat in the external system."""


class ImconnectorSendStatusDeliveryMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.status.delivery``."""

    im: ImconnectorSendStatusDeliveryMessagesIm
    """Chat and message in Bitrix24."""
    message: ImconnectorSendStatusDeliveryMessagesMessage
    """Message in the external system."""
    chat: ImconnectorSendStatusDeliveryMessagesChat
    """Chat in the external system."""


class ImconnectorSendStatusDeliveryResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.status.delivery``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: list[Any]
    """Result for each element of MESSAGES."""


class ImconnectorSendStatusReadingMessagesIm(TypedDict, total=False):
    """Keys of ``MESSAGES.im`` in ``imconnector.send.status.reading``."""

    chat_id: int
    """ID of the Bitrix24 chat."""
    message_id: int
    """ID of the Bitrix24 message."""


class ImconnectorSendStatusReadingMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.send.status.reading``."""

    id: Sequence[str]
    """IDs of the messages in the external system."""


class ImconnectorSendStatusReadingMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.send.status.reading``."""

    id: str
    """ID of the chat in the external system."""


class ImconnectorSendStatusReadingMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.send.status.reading``."""

    im: ImconnectorSendStatusReadingMessagesIm
    """Chat and message in Bitrix24."""
    message: ImconnectorSendStatusReadingMessagesMessage
    """Message in the external system."""
    chat: ImconnectorSendStatusReadingMessagesChat
    """Chat in the external system."""


class ImconnectorSendStatusReadingResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.send.status.reading``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: list[Any]
    """Result for each element of MESSAGES."""


class ImconnectorStatusResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.status``."""

    LINE: int
    """ID of the open channel."""
    CONNECTOR: str
    """Connector code."""
    ERROR: bool
    """Whether the connector is in an error state."""
    CONFIGURED: bool
    """Whether the connector is configured."""
    STATUS: bool
    """Whether the connector is active."""


class ImconnectorUnregisterResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.unregister``."""

    result: bool
    """true when the connector was removed."""
    error: str
    """Error code when result is false."""
    error_description: str
    """Error text when result is false."""


class ImconnectorUpdateMessagesMessagesUser(TypedDict, total=False):
    """Keys of ``MESSAGES.user`` in ``imconnector.update.messages``."""

    id: Required[str]
    """ID of the client in the external system."""
    last_name: str
    """Client's last name."""
    name: str
    """Client's first name."""
    picture: dict[str, Any]
    """Client avatar as an object with url, such as {"url": "https://example.com/u42.png"}."""
    url: str
    """Link to the client's profile."""
    gender: str
    """Client gender: "male" or "female"."""
    email: str
    """Client e-mail."""
    phone: str
    """Client phone number."""
    skip_phone_validate: str
    """\"Y" saves the phone to CRM without checking it."""


class ImconnectorUpdateMessagesMessagesMessage(TypedDict, total=False):
    """Keys of ``MESSAGES.message`` in ``imconnector.update.messages``."""

    id: str
    """ID of the message in the external system."""
    date: int
    """Message time as a Unix timestamp."""
    text: str
    """Message text."""
    files: Sequence[Any] | dict[str, Any]
    """Files, each with url (publicly reachable) and name."""
    disable_crm: str
    """\"Y" turns off the CRM tracker for this message."""
    user_id: int
    """ID of the Bitrix24 operator on whose behalf the message is sent."""


class ImconnectorUpdateMessagesMessagesChat(TypedDict, total=False):
    """Keys of ``MESSAGES.chat`` in ``imconnector.update.messages``."""

    id: Required[str]
    """ID of the chat in the external system."""
    name: str
    """Chat name."""
    url: str
    """Link to the chat in the external system."""


class ImconnectorUpdateMessagesMessages(TypedDict, total=False):
    """Keys of the ``MESSAGES`` parameter of ``imconnector.update.messages``."""

    user: ImconnectorUpdateMessagesMessagesUser
    """Client in the external system."""
    message: ImconnectorUpdateMessagesMessagesMessage
    """Message in the external system."""
    chat: ImconnectorUpdateMessagesMessagesChat
    """Chat in the external system."""


class ImconnectorUpdateMessagesResultData(TypedDict, total=False):
    """Keys of ``result.DATA`` in ``imconnector.update.messages``."""

    RESULT: list[Any]
    """Result for each element of MESSAGES, in order."""


class ImconnectorUpdateMessagesResult(TypedDict, total=False):
    """Keys of the result of ``imconnector.update.messages``."""

    SUCCESS: bool
    """true when the request was processed."""
    DATA: ImconnectorUpdateMessagesResultData
    """Processing details."""
