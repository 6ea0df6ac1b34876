"""TypedDicts of ``b24client.types.booking``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Literal, Required, TypedDict

__all__ = [
    "BookingV1Booking",
    "BookingV1BookingAddFields",
    "BookingV1BookingAddFieldsDatePeriod",
    "BookingV1BookingAddResult",
    "BookingV1BookingClient",
    "BookingV1BookingClientListResult",
    "BookingV1BookingClientSetClients",
    "BookingV1BookingClientType",
    "BookingV1BookingCreatefromwaitlistFields",
    "BookingV1BookingCreatefromwaitlistFieldsDatePeriod",
    "BookingV1BookingDatePeriod",
    "BookingV1BookingDatePeriodFrom",
    "BookingV1BookingDatePeriodTo",
    "BookingV1BookingExternalData",
    "BookingV1BookingExternalDataListResult",
    "BookingV1BookingExternalDataSetExternalData",
    "BookingV1BookingGetResult",
    "BookingV1BookingListResult",
    "BookingV1BookingUpdateFields",
    "BookingV1BookingUpdateFieldsDatePeriod",
    "BookingV1Clienttype",
    "BookingV1ClienttypeListResult",
    "BookingV1Resource",
    "BookingV1ResourceAddFields",
    "BookingV1ResourceAddResult",
    "BookingV1ResourceGetResult",
    "BookingV1ResourceListResult",
    "BookingV1ResourceSlots",
    "BookingV1ResourceSlotsListResult",
    "BookingV1ResourceSlotsSetSlots",
    "BookingV1ResourceType",
    "BookingV1ResourceTypeAddFields",
    "BookingV1ResourceTypeAddResult",
    "BookingV1ResourceTypeGetResult",
    "BookingV1ResourceTypeListResult",
    "BookingV1ResourceTypeUpdateFields",
    "BookingV1ResourceUpdateFields",
    "BookingV1Waitlist",
    "BookingV1WaitlistAddFields",
    "BookingV1WaitlistAddResult",
    "BookingV1WaitlistClient",
    "BookingV1WaitlistClientListResult",
    "BookingV1WaitlistClientSetClients",
    "BookingV1WaitlistClientType",
    "BookingV1WaitlistExternalData",
    "BookingV1WaitlistExternalDataListResult",
    "BookingV1WaitlistExternalDataSetExternalData",
    "BookingV1WaitlistGetResult",
    "BookingV1WaitlistListResult",
    "BookingV1WaitlistUpdateFields",
]


class BookingV1BookingDatePeriodFrom(TypedDict, total=False):
    """Keys of ``datePeriod.from`` in ``BookingV1Booking``."""

    timestamp: int
    timezone: str


class BookingV1BookingDatePeriodTo(TypedDict, total=False):
    """Keys of ``datePeriod.to`` in ``BookingV1Booking``."""

    timestamp: int
    timezone: str


BookingV1BookingDatePeriod = TypedDict(
    "BookingV1BookingDatePeriod",
    {
        "from": BookingV1BookingDatePeriodFrom,
        "to": BookingV1BookingDatePeriodTo,
    },
    total=False,
)


class BookingV1Booking(TypedDict, total=False):
    """Booking v1 booking, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-get.html
    """

    datePeriod: BookingV1BookingDatePeriod
    description: Any
    id: int
    name: str
    resourceIds: list[int]


BookingV1BookingAddFieldsDatePeriod = TypedDict(
    "BookingV1BookingAddFieldsDatePeriod",
    {
        "from": Required[dict[str, Any]],
        "to": Required[dict[str, Any]],
    },
    total=False,
)


class BookingV1BookingAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.booking.add``."""

    resourceIds: Required[Sequence[int]]
    name: str
    description: str
    datePeriod: Required[BookingV1BookingAddFieldsDatePeriod]


class BookingV1BookingAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.add``."""

    id: Required[int]


class BookingV1BookingClientType(TypedDict, total=False):
    """Keys of ``type`` in ``BookingV1BookingClient``."""

    code: str
    module: str


class BookingV1BookingClient(TypedDict, total=False):
    """Booking v1 booking client, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-list.html
    """

    id: int
    type: BookingV1BookingClientType


class BookingV1BookingClientListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.client.list``."""

    bookingClient: Required[list[BookingV1BookingClient]]


class BookingV1BookingClientSetClients(TypedDict, total=False):
    """Keys of the ``clients`` parameter of ``booking.v1.booking.client.set``."""

    id: Required[int]
    type: Required[dict[str, Any]]


BookingV1BookingCreatefromwaitlistFieldsDatePeriod = TypedDict(
    "BookingV1BookingCreatefromwaitlistFieldsDatePeriod",
    {
        "from": Required[dict[str, Any]],
        "to": Required[dict[str, Any]],
    },
    total=False,
)


class BookingV1BookingCreatefromwaitlistFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.booking.createfromwaitlist``."""

    resourceIds: Required[Sequence[int]]
    name: str
    description: str
    datePeriod: Required[BookingV1BookingCreatefromwaitlistFieldsDatePeriod]


class BookingV1BookingExternalData(TypedDict, total=False):
    """Booking v1 booking external data, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-list.html
    """

    entityTypeId: str
    moduleId: str
    value: str


class BookingV1BookingExternalDataListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.externalData.list``."""

    externalData: Required[list[BookingV1BookingExternalData]]


class BookingV1BookingExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.booking.externalData.set``."""

    moduleId: Required[str]
    entityTypeId: Required[str]
    value: Required[str]


class BookingV1BookingGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.get``."""

    booking: Required[BookingV1Booking]


class BookingV1BookingListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.list``."""

    booking: Required[list[BookingV1Booking]]


BookingV1BookingUpdateFieldsDatePeriod = TypedDict(
    "BookingV1BookingUpdateFieldsDatePeriod",
    {
        "from": Required[dict[str, Any]],
        "to": Required[dict[str, Any]],
    },
    total=False,
)


class BookingV1BookingUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.booking.update``."""

    resourceIds: Sequence[int]
    name: str
    description: str
    datePeriod: BookingV1BookingUpdateFieldsDatePeriod


class BookingV1Clienttype(TypedDict, total=False):
    """Booking v1 clienttype, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking-v1-clienttype-list.html
    """

    code: str
    module: str


class BookingV1ClienttypeListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.clienttype.list``."""

    clientType: Required[list[BookingV1Clienttype]]


class BookingV1Resource(TypedDict, total=False):
    """Booking v1 resource, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-get.html
    """

    confirmationCounterDelay: int
    confirmationNotificationDelay: int
    confirmationNotificationRepetitions: Any
    confirmationNotificationRepetitionsInterval: int
    delayedCounterDelay: int
    delayedNotificationDelay: int
    description: Any
    id: int
    infoNotificationDelay: Any
    isConfirmationNotificationOn: str
    isDelayedNotificationOn: str
    isFeedbackNotificationOn: str
    isInfoNotificationOn: str
    isMain: str
    isReminderNotificationOn: str
    name: str
    reminderNotificationDelay: int
    templateTypeConfirmation: str
    templateTypeDelayed: str
    templateTypeFeedback: str
    templateTypeInfo: str
    templateTypeReminder: str
    typeId: int


class BookingV1ResourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resource.add``."""

    name: Required[str]
    description: str
    typeId: Required[int]
    isMain: Literal["Y", "N"]
    isInfoNotificationOn: Literal["Y", "N"]
    templateTypeInfo: Literal["inanimate", "animate"]
    isConfirmationNotificationOn: Literal["Y", "N"]
    templateTypeConfirmation: Literal["inanimate", "animate"]
    isReminderNotificationOn: Literal["Y", "N"]
    templateTypeReminder: str
    isFeedbackNotificationOn: Literal["Y", "N"]
    templateTypeFeedback: Literal["inanimate", "animate"]
    isDelayedNotificationOn: Literal["Y", "N"]
    templateTypeDelayed: Literal["inanimate", "animate"]
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1ResourceAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.add``."""

    id: Required[int]


class BookingV1ResourceGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.get``."""

    resource: Required[BookingV1Resource]


class BookingV1ResourceListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.list``."""

    resource: Required[list[BookingV1Resource]]


BookingV1ResourceSlots = TypedDict(
    "BookingV1ResourceSlots",
    {
        "from": int,
        "id": int,
        "slotSize": int,
        "timezone": str,
        "to": int,
        "weekDays": list[str],
    },
    total=False,
)


class BookingV1ResourceSlotsListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.slots.list``."""

    slots: Required[list[BookingV1ResourceSlots]]


BookingV1ResourceSlotsSetSlots = TypedDict(
    "BookingV1ResourceSlotsSetSlots",
    {
        "from": Required[int],
        "to": Required[int],
        "timezone": Required[str],
        "weekDays": Required[Sequence[str]],
        "slotSize": Required[int],
    },
    total=False,
)


class BookingV1ResourceType(TypedDict, total=False):
    """Booking v1 resource type, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.html
    """

    code: str
    confirmationCounterDelay: int
    confirmationNotificationDelay: int
    confirmationNotificationRepetitions: Any
    confirmationNotificationRepetitionsInterval: int
    delayedCounterDelay: int
    delayedNotificationDelay: int
    id: int
    infoNotificationDelay: Any
    isConfirmationNotificationOn: str
    isDelayedNotificationOn: str
    isFeedbackNotificationOn: str
    isReminderNotificationOn: str
    name: str
    reminderNotificationDelay: int
    templateTypeConfirmation: str
    templateTypeDelayed: str
    templateTypeFeedback: str
    templateTypeReminder: str


class BookingV1ResourceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.add``."""

    name: Required[str]
    code: Required[str]
    isInfoNotificationOn: Literal["Y", "N"]
    templateTypeInfo: Literal["inanimate", "animate"]
    isConfirmationNotificationOn: Literal["Y", "N"]
    templateTypeConfirmation: Literal["inanimate", "animate"]
    isReminderNotificationOn: Literal["Y", "N"]
    templateTypeReminder: str
    isFeedbackNotificationOn: Literal["Y", "N"]
    templateTypeFeedback: Literal["inanimate", "animate"]
    isDelayedNotificationOn: Literal["Y", "N"]
    templateTypeDelayed: Literal["inanimate", "animate"]
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1ResourceTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.add``."""

    id: Required[int]


class BookingV1ResourceTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.get``."""

    resourceType: Required[BookingV1ResourceType]


class BookingV1ResourceTypeListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.list``."""

    resource: Required[list[BookingV1ResourceType]]


class BookingV1ResourceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.update``."""

    name: str
    code: str
    isInfoNotificationOn: Literal["Y", "N"]
    templateTypeInfo: Literal["inanimate", "animate"]
    isConfirmationNotificationOn: Literal["Y", "N"]
    templateTypeConfirmation: Literal["inanimate", "animate"]
    isReminderNotificationOn: Literal["Y", "N"]
    templateTypeReminder: str
    isFeedbackNotificationOn: Literal["Y", "N"]
    templateTypeFeedback: Literal["inanimate", "animate"]
    isDelayedNotificationOn: Literal["Y", "N"]
    templateTypeDelayed: Literal["inanimate", "animate"]
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1ResourceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resource.update``."""

    name: str
    description: str
    typeId: int
    isMain: Literal["Y", "N"]
    isInfoNotificationOn: Literal["Y", "N"]
    templateTypeInfo: Literal["inanimate", "animate"]
    isConfirmationNotificationOn: Literal["Y", "N"]
    templateTypeConfirmation: Literal["inanimate", "animate"]
    isReminderNotificationOn: Literal["Y", "N"]
    templateTypeReminder: str
    isFeedbackNotificationOn: Literal["Y", "N"]
    templateTypeFeedback: Literal["inanimate", "animate"]
    isDelayedNotificationOn: Literal["Y", "N"]
    templateTypeDelayed: Literal["inanimate", "animate"]
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1Waitlist(TypedDict, total=False):
    """Booking v1 waitlist, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-get.html
    """

    id: int
    note: Any


class BookingV1WaitlistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.add``."""

    note: Required[str]


class BookingV1WaitlistAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.add``."""

    id: Required[int]


class BookingV1WaitlistClientType(TypedDict, total=False):
    """Keys of ``type`` in ``BookingV1WaitlistClient``."""

    code: str
    module: str


class BookingV1WaitlistClient(TypedDict, total=False):
    """Booking v1 waitlist client, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-list.html
    """

    id: int
    type: BookingV1WaitlistClientType


class BookingV1WaitlistClientListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.client.list``."""

    waitListClient: Required[list[BookingV1WaitlistClient]]


class BookingV1WaitlistClientSetClients(TypedDict, total=False):
    """Keys of the ``clients`` parameter of ``booking.v1.waitlist.client.set``."""

    id: Required[int]
    type: Required[dict[str, Any]]


class BookingV1WaitlistExternalData(TypedDict, total=False):
    """Booking v1 waitlist external data, as the portal sends it.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-list.html
    """

    entityTypeId: str
    moduleId: str
    value: str


class BookingV1WaitlistExternalDataListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.externalData.list``."""

    externalData: Required[list[BookingV1WaitlistExternalData]]


class BookingV1WaitlistExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.waitlist.externalData.set``."""

    moduleId: Required[str]
    entityTypeId: Required[str]
    value: Required[str]


class BookingV1WaitlistGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.get``."""

    waitList: Required[BookingV1Waitlist]


class BookingV1WaitlistListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.list``."""

    waitList: Required[list[BookingV1Waitlist]]


class BookingV1WaitlistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.update``."""

    note: Required[str]
