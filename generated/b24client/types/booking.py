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
    """Unix timestamp."""
    timezone: str
    """Time zone, such as "Europe/Moscow"."""


class BookingV1BookingDatePeriodTo(TypedDict, total=False):
    """Keys of ``datePeriod.to`` in ``BookingV1Booking``."""

    timestamp: int
    """Unix timestamp."""
    timezone: str
    """Time zone, such as "Europe/Moscow"."""


BookingV1BookingDatePeriod = TypedDict(
    "BookingV1BookingDatePeriod",
    {
        "from": BookingV1BookingDatePeriodFrom,
        "to": BookingV1BookingDatePeriodTo,
    },
    total=False,
)


class BookingV1Booking(TypedDict, total=False):
    """A booking of one or more resources.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/booking-v1-booking-get.html
    """

    datePeriod: BookingV1BookingDatePeriod
    """Time of the booking, with from and to."""
    description: Any
    """Description of the booking, or null."""
    id: int
    """ID of the booking."""
    name: str
    """Name of the booking."""
    resourceIds: list[int]
    """IDs of the booked resources (see booking.v1.resource.get)."""


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
    """IDs of the resources to book, from booking.v1.resource.list."""
    name: str
    """Name of the booking; empty by default."""
    description: str
    """Description of the booking; empty by default."""
    datePeriod: Required[BookingV1BookingAddFieldsDatePeriod]
    """Time of the booking, with from and to."""


class BookingV1BookingAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.add``."""

    id: Required[int]
    """ID of the new booking."""


class BookingV1BookingClientType(TypedDict, total=False):
    """Keys of ``type`` in ``BookingV1BookingClient``."""

    code: str
    """Client kind code: "CONTACT" or "COMPANY"."""
    module: str
    """Module of the client, "crm"."""


class BookingV1BookingClient(TypedDict, total=False):
    """A client attached to a booking.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/client/booking-v1-booking-client-list.html
    """

    id: int
    """ID of the CRM contact or company (readable with crm.item.get)."""
    type: BookingV1BookingClientType
    """Client kind as {"module": "crm", "code": "CONTACT"}."""


class BookingV1BookingClientListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.client.list``."""

    bookingClient: Required[list[BookingV1BookingClient]]
    """Clients of the booking."""


class BookingV1BookingClientSetClients(TypedDict, total=False):
    """Keys of the ``clients`` parameter of ``booking.v1.booking.client.set``."""

    id: Required[int]
    """ID of the CRM contact or company."""
    type: Required[dict[str, Any]]
    """Client kind as {"module": "crm", "code": "CONTACT"}; code is "CONTACT" or "COMPANY" (see booking.v1.clienttype.list)."""


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
    """IDs of the resources to book, from booking.v1.resource.list."""
    name: str
    """Name of the booking; empty by default."""
    description: str
    """Description of the booking; empty by default."""
    datePeriod: Required[BookingV1BookingCreatefromwaitlistFieldsDatePeriod]
    """Time of the booking, with from and to."""


class BookingV1BookingExternalData(TypedDict, total=False):
    """A link from a booking to an outside record.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking/external-data/booking-v1-booking-externaldata-list.html
    """

    entityTypeId: str
    """Kind of the linked record, such as "DEAL"."""
    moduleId: str
    """Module of the linked record, such as "crm"."""
    value: str
    """ID of the linked record."""


class BookingV1BookingExternalDataListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.externalData.list``."""

    externalData: Required[list[BookingV1BookingExternalData]]
    """Links to outside records."""


class BookingV1BookingExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.booking.externalData.set``."""

    moduleId: Required[str]
    """Module of the linked record, such as "crm"."""
    entityTypeId: Required[str]
    """Kind of the linked record, such as "DEAL"."""
    value: Required[str]
    """ID of the linked record, such as "1"."""


class BookingV1BookingGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.get``."""

    booking: Required[BookingV1Booking]
    """The booking."""


class BookingV1BookingListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.booking.list``."""

    booking: Required[list[BookingV1Booking]]
    """Bookings found."""


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
    """IDs of the resources to book, from booking.v1.resource.list."""
    name: str
    """Name of the booking."""
    description: str
    """Description of the booking."""
    datePeriod: BookingV1BookingUpdateFieldsDatePeriod
    """Time of the booking, with from and to."""


class BookingV1Clienttype(TypedDict, total=False):
    """A kind of booking client.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/booking-v1-clienttype-list.html
    """

    code: str
    """Client kind code, such as "CONTACT" or "COMPANY"."""
    module: str
    """Module the client kind belongs to, such as "crm"."""


class BookingV1ClienttypeListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.clienttype.list``."""

    clientType: Required[list[BookingV1Clienttype]]
    """Available client kinds."""


class BookingV1Resource(TypedDict, total=False):
    """A bookable resource.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/booking-v1-resource-get.html
    """

    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter."""
    confirmationNotificationDelay: int
    """Seconds before the booking when the first confirmation request is sent."""
    confirmationNotificationRepetitions: Any
    """Number of extra confirmation requests after the first."""
    confirmationNotificationRepetitionsInterval: int
    """Seconds between confirmation requests."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up."""
    delayedNotificationDelay: int
    """Seconds of lateness after which the late-arrival message is sent."""
    description: Any
    """Description of the resource."""
    id: int
    """ID of the resource."""
    infoNotificationDelay: Any
    """Seconds after booking before the booking message is sent."""
    isConfirmationNotificationOn: str
    """\"Y" if clients are asked to confirm bookings, otherwise "N"."""
    isDelayedNotificationOn: str
    """\"Y" if late clients get a message, otherwise "N"."""
    isFeedbackNotificationOn: str
    """\"Y" if clients are asked for feedback, otherwise "N"."""
    isInfoNotificationOn: str
    """\"Y" if clients get a message about the booking, otherwise "N"."""
    isMain: str
    """\"Y" if the resource is shown as a schedule column, "N" if only where resources overlap."""
    isReminderNotificationOn: str
    """\"Y" if clients get a reminder, otherwise "N"."""
    name: str
    """Name of the resource."""
    reminderNotificationDelay: int
    """Seconds before the booking when the reminder is sent; -1 means the morning of the booking day."""
    templateTypeConfirmation: str
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeDelayed: str
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeFeedback: str
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeInfo: str
    """Template of the booking message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeReminder: str
    """Template of the reminder, "base"."""
    typeId: int
    """ID of the resource kind (see booking.v1.resourceType.get)."""


class BookingV1ResourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resource.add``."""

    name: Required[str]
    """Name of the resource."""
    description: str
    """Description of the resource; empty by default."""
    typeId: Required[int]
    """ID of the resource kind, from booking.v1.resourceType.list."""
    isMain: Literal["Y", "N"]
    """Where the resource is shown: "Y" (default) as a schedule column, "N" only where resources overlap."""
    isInfoNotificationOn: Literal["Y", "N"]
    """\"Y" (default) sends the client a message about the booking, "N" does not."""
    templateTypeInfo: Literal["inanimate", "animate"]
    """Template of the booking message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isConfirmationNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client to confirm the booking automatically, "N" does not."""
    templateTypeConfirmation: Literal["inanimate", "animate"]
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isReminderNotificationOn: Literal["Y", "N"]
    """\"Y" (default) reminds the client of the booking, "N" does not."""
    templateTypeReminder: str
    """Template of the reminder; the only value is "base"."""
    isFeedbackNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client for feedback, "N" does not."""
    templateTypeFeedback: Literal["inanimate", "animate"]
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isDelayedNotificationOn: Literal["Y", "N"]
    """\"Y" (default) messages the client when they are late, "N" does not."""
    templateTypeDelayed: Literal["inanimate", "animate"]
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    infoDelay: int
    """Seconds after booking before the booking message is sent; default 300."""
    reminderDelay: int
    """Seconds before the booking when the reminder is sent; default -1, meaning the morning of the booking day."""
    delayedDelay: int
    """Seconds of lateness after which the late-arrival message is sent; default 300."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up; default 7200."""
    confirmationDelay: int
    """Seconds before the booking when the first confirmation request is sent; default 86400."""
    confirmationRepetitions: int
    """Number of extra confirmation requests after the first; default 0."""
    confirmationRepetitionsInterval: int
    """Seconds between confirmation requests; default 0."""
    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter; default 7200."""


class BookingV1ResourceAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.add``."""

    id: Required[int]
    """ID of the new resource."""


class BookingV1ResourceGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.get``."""

    resource: Required[BookingV1Resource]
    """The resource."""


class BookingV1ResourceListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resource.list``."""

    resource: Required[list[BookingV1Resource]]
    """Resources found."""


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
    """Slot settings of the resource."""


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
    """A kind of bookable resource.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/resource/resource-type/booking-v1-resourcetype-get.html
    """

    code: str
    """Code of the resource kind."""
    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter."""
    confirmationNotificationDelay: int
    """Seconds before the booking when the first confirmation request is sent."""
    confirmationNotificationRepetitions: Any
    """Number of extra confirmation requests after the first."""
    confirmationNotificationRepetitionsInterval: int
    """Seconds between confirmation requests."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up."""
    delayedNotificationDelay: int
    """Seconds of lateness after which the late-arrival message is sent."""
    id: int
    """ID of the resource kind."""
    infoNotificationDelay: Any
    """Seconds after booking before the booking message is sent."""
    isConfirmationNotificationOn: str
    """\"Y" if clients are asked to confirm bookings, otherwise "N"."""
    isDelayedNotificationOn: str
    """\"Y" if late clients get a message, otherwise "N"."""
    isFeedbackNotificationOn: str
    """\"Y" if clients are asked for feedback, otherwise "N"."""
    isReminderNotificationOn: str
    """\"Y" if clients get a reminder, otherwise "N"."""
    name: str
    """Name of the resource kind."""
    reminderNotificationDelay: int
    """Seconds before the booking when the reminder is sent; -1 means the morning of the booking day."""
    templateTypeConfirmation: str
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeDelayed: str
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeFeedback: str
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist)."""
    templateTypeReminder: str
    """Template of the reminder, "base"."""


class BookingV1ResourceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.add``."""

    name: Required[str]
    """Name of the resource kind."""
    code: Required[str]
    """Unique code of the resource kind."""
    isInfoNotificationOn: Literal["Y", "N"]
    """\"Y" (default) sends the client a message about the booking, "N" does not."""
    templateTypeInfo: Literal["inanimate", "animate"]
    """Template of the booking message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isConfirmationNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client to confirm the booking automatically, "N" does not."""
    templateTypeConfirmation: Literal["inanimate", "animate"]
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isReminderNotificationOn: Literal["Y", "N"]
    """\"Y" (default) reminds the client of the booking, "N" does not."""
    templateTypeReminder: str
    """Template of the reminder; the only value is "base"."""
    isFeedbackNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client for feedback, "N" does not."""
    templateTypeFeedback: Literal["inanimate", "animate"]
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isDelayedNotificationOn: Literal["Y", "N"]
    """\"Y" (default) messages the client when they are late, "N" does not."""
    templateTypeDelayed: Literal["inanimate", "animate"]
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    infoDelay: int
    """Seconds after booking before the booking message is sent; default 300."""
    reminderDelay: int
    """Seconds before the booking when the reminder is sent; default -1, meaning the morning of the booking day."""
    delayedDelay: int
    """Seconds of lateness after which the late-arrival message is sent; default 300."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up; default 7200."""
    confirmationDelay: int
    """Seconds before the booking when the first confirmation request is sent; default 86400."""
    confirmationRepetitions: int
    """Number of extra confirmation requests after the first; default 0."""
    confirmationRepetitionsInterval: int
    """Seconds between confirmation requests; default 0."""
    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter; default 7200."""


class BookingV1ResourceTypeAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.add``."""

    id: Required[int]
    """ID of the new resource kind."""


class BookingV1ResourceTypeGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.get``."""

    resourceType: Required[BookingV1ResourceType]
    """The resource kind."""


class BookingV1ResourceTypeListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.resourceType.list``."""

    resource: Required[list[BookingV1ResourceType]]
    """Resource kinds found."""


class BookingV1ResourceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.update``."""

    name: str
    """Name of the resource kind."""
    code: str
    """Unique code of the resource kind."""
    isInfoNotificationOn: Literal["Y", "N"]
    """\"Y" (default) sends the client a message about the booking, "N" does not."""
    templateTypeInfo: Literal["inanimate", "animate"]
    """Template of the booking message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isConfirmationNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client to confirm the booking automatically, "N" does not."""
    templateTypeConfirmation: Literal["inanimate", "animate"]
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isReminderNotificationOn: Literal["Y", "N"]
    """\"Y" (default) reminds the client of the booking, "N" does not."""
    templateTypeReminder: str
    """Template of the reminder; the only value is "base"."""
    isFeedbackNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client for feedback, "N" does not."""
    templateTypeFeedback: Literal["inanimate", "animate"]
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isDelayedNotificationOn: Literal["Y", "N"]
    """\"Y" (default) messages the client when they are late, "N" does not."""
    templateTypeDelayed: Literal["inanimate", "animate"]
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    infoDelay: int
    """Seconds after booking before the booking message is sent; default 300."""
    reminderDelay: int
    """Seconds before the booking when the reminder is sent; default -1, meaning the morning of the booking day."""
    delayedDelay: int
    """Seconds of lateness after which the late-arrival message is sent; default 300."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up; default 7200."""
    confirmationDelay: int
    """Seconds before the booking when the first confirmation request is sent; default 86400."""
    confirmationRepetitions: int
    """Number of extra confirmation requests after the first; default 0."""
    confirmationRepetitionsInterval: int
    """Seconds between confirmation requests; default 0."""
    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter; default 7200."""


class BookingV1ResourceUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resource.update``."""

    name: str
    """Name of the resource."""
    description: str
    """Description of the resource."""
    typeId: int
    """ID of the resource kind, from booking.v1.resourceType.list."""
    isMain: Literal["Y", "N"]
    """Where the resource is shown: "Y" (default) as a schedule column, "N" only where resources overlap."""
    isInfoNotificationOn: Literal["Y", "N"]
    """\"Y" (default) sends the client a message about the booking, "N" does not."""
    templateTypeInfo: Literal["inanimate", "animate"]
    """Template of the booking message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isConfirmationNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client to confirm the booking automatically, "N" does not."""
    templateTypeConfirmation: Literal["inanimate", "animate"]
    """Template of the confirmation request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isReminderNotificationOn: Literal["Y", "N"]
    """\"Y" (default) reminds the client of the booking, "N" does not."""
    templateTypeReminder: str
    """Template of the reminder; the only value is "base"."""
    isFeedbackNotificationOn: Literal["Y", "N"]
    """\"Y" (default) asks the client for feedback, "N" does not."""
    templateTypeFeedback: Literal["inanimate", "animate"]
    """Template of the feedback request: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    isDelayedNotificationOn: Literal["Y", "N"]
    """\"Y" (default) messages the client when they are late, "N" does not."""
    templateTypeDelayed: Literal["inanimate", "animate"]
    """Template of the late-arrival message: "inanimate" (equipment and rooms) or "animate" (appointments with a specialist); default "inanimate"."""
    infoDelay: int
    """Seconds after booking before the booking message is sent; default 300."""
    reminderDelay: int
    """Seconds before the booking when the reminder is sent; default -1, meaning the morning of the booking day."""
    delayedDelay: int
    """Seconds of lateness after which the late-arrival message is sent; default 300."""
    delayedCounterDelay: int
    """Seconds of lateness after which the calendar counter lights up; default 7200."""
    confirmationDelay: int
    """Seconds before the booking when the first confirmation request is sent; default 86400."""
    confirmationRepetitions: int
    """Number of extra confirmation requests after the first; default 0."""
    confirmationRepetitionsInterval: int
    """Seconds between confirmation requests; default 0."""
    confirmationCounterDelay: int
    """Seconds before the booking after which an unconfirmed booking lights up the counter; default 7200."""


class BookingV1Waitlist(TypedDict, total=False):
    """A waiting-list entry.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/booking-v1-waitlist-get.html
    """

    id: int
    """ID of the waiting-list entry."""
    note: Any
    """Note of the entry, or null."""


class BookingV1WaitlistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.add``."""

    note: Required[str]
    """Note for the waiting-list entry; empty by default."""


class BookingV1WaitlistAddResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.add``."""

    id: Required[int]
    """ID of the new waiting-list entry."""


class BookingV1WaitlistClientType(TypedDict, total=False):
    """Keys of ``type`` in ``BookingV1WaitlistClient``."""

    code: str
    """Client kind code: "CONTACT" or "COMPANY"."""
    module: str
    """Module of the client, "crm"."""


class BookingV1WaitlistClient(TypedDict, total=False):
    """A client attached to a waiting-list entry.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/client/booking-v1-waitlist-client-list.html
    """

    id: int
    """ID of the CRM contact or company (readable with crm.item.get)."""
    type: BookingV1WaitlistClientType
    """Client kind as {"module": "crm", "code": "CONTACT"}."""


class BookingV1WaitlistClientListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.client.list``."""

    waitListClient: Required[list[BookingV1WaitlistClient]]
    """Clients of the waiting-list entry."""


class BookingV1WaitlistClientSetClients(TypedDict, total=False):
    """Keys of the ``clients`` parameter of ``booking.v1.waitlist.client.set``."""

    id: Required[int]
    """ID of the CRM contact or company."""
    type: Required[dict[str, Any]]
    """Client kind as {"module": "crm", "code": "CONTACT"}; code is "CONTACT" or "COMPANY" (see booking.v1.clienttype.list)."""


class BookingV1WaitlistExternalData(TypedDict, total=False):
    """A link from a waiting-list entry to an outside record.

    Docs: https://apidocs.bitrix24.com/api-reference/booking/waitlist/external-data/booking-v1-waitlist-externaldata-list.html
    """

    entityTypeId: str
    """Kind of the linked record, such as "DEAL"."""
    moduleId: str
    """Module of the linked record, such as "crm"."""
    value: str
    """ID of the linked record."""


class BookingV1WaitlistExternalDataListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.externalData.list``."""

    externalData: Required[list[BookingV1WaitlistExternalData]]
    """Links to outside records."""


class BookingV1WaitlistExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.waitlist.externalData.set``."""

    moduleId: Required[str]
    """Module of the linked record, such as "crm"."""
    entityTypeId: Required[str]
    """Kind of the linked record, such as "DEAL"."""
    value: Required[str]
    """ID of the linked record, such as "1"."""


class BookingV1WaitlistGetResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.get``."""

    waitList: Required[BookingV1Waitlist]
    """The waiting-list entry."""


class BookingV1WaitlistListResult(TypedDict, total=False):
    """Keys of the result of ``booking.v1.waitlist.list``."""

    waitList: Required[list[BookingV1Waitlist]]
    """Waiting-list entries found."""


class BookingV1WaitlistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.update``."""

    note: Required[str]
    """Note for the waiting-list entry."""
