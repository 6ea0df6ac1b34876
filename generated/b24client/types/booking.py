"""TypedDicts of ``b24client.types.booking``: generated from spec/ by ``python -m generator``; do not edit."""

from collections.abc import Sequence
from typing import Any, Required, TypedDict

__all__ = [
    "BookingV1BookingAddFields",
    "BookingV1BookingAddFieldsDatePeriod",
    "BookingV1BookingClientSetClients",
    "BookingV1BookingCreatefromwaitlistFields",
    "BookingV1BookingCreatefromwaitlistFieldsDatePeriod",
    "BookingV1BookingExternalDataSetExternalData",
    "BookingV1BookingUpdateFields",
    "BookingV1BookingUpdateFieldsDatePeriod",
    "BookingV1ResourceAddFields",
    "BookingV1ResourceSlotsSetSlots",
    "BookingV1ResourceTypeAddFields",
    "BookingV1ResourceTypeUpdateFields",
    "BookingV1ResourceUpdateFields",
    "BookingV1WaitlistAddFields",
    "BookingV1WaitlistClientSetClients",
    "BookingV1WaitlistExternalDataSetExternalData",
    "BookingV1WaitlistUpdateFields",
]


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


class BookingV1BookingExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.booking.externalData.set``."""

    moduleId: Required[str]
    entityTypeId: Required[str]
    value: Required[str]


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


class BookingV1ResourceAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resource.add``."""

    name: Required[str]
    description: str
    typeId: Required[int]
    isMain: str
    isInfoNotificationOn: str
    templateTypeInfo: str
    isConfirmationNotificationOn: str
    templateTypeConfirmation: str
    isReminderNotificationOn: str
    templateTypeReminder: str
    isFeedbackNotificationOn: str
    templateTypeFeedback: str
    isDelayedNotificationOn: str
    templateTypeDelayed: str
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


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


class BookingV1ResourceTypeAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.add``."""

    name: Required[str]
    code: Required[str]
    isInfoNotificationOn: str
    templateTypeInfo: str
    isConfirmationNotificationOn: str
    templateTypeConfirmation: str
    isReminderNotificationOn: str
    templateTypeReminder: str
    isFeedbackNotificationOn: str
    templateTypeFeedback: str
    isDelayedNotificationOn: str
    templateTypeDelayed: str
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1ResourceTypeUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.resourceType.update``."""

    name: str
    code: str
    isInfoNotificationOn: str
    templateTypeInfo: str
    isConfirmationNotificationOn: str
    templateTypeConfirmation: str
    isReminderNotificationOn: str
    templateTypeReminder: str
    isFeedbackNotificationOn: str
    templateTypeFeedback: str
    isDelayedNotificationOn: str
    templateTypeDelayed: str
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
    isMain: str
    isInfoNotificationOn: str
    templateTypeInfo: str
    isConfirmationNotificationOn: str
    templateTypeConfirmation: str
    isReminderNotificationOn: str
    templateTypeReminder: str
    isFeedbackNotificationOn: str
    templateTypeFeedback: str
    isDelayedNotificationOn: str
    templateTypeDelayed: str
    infoDelay: int
    reminderDelay: int
    delayedDelay: int
    delayedCounterDelay: int
    confirmationDelay: int
    confirmationRepetitions: int
    confirmationRepetitionsInterval: int
    confirmationCounterDelay: int


class BookingV1WaitlistAddFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.add``."""

    note: Required[str]


class BookingV1WaitlistClientSetClients(TypedDict, total=False):
    """Keys of the ``clients`` parameter of ``booking.v1.waitlist.client.set``."""

    id: Required[int]
    type: Required[dict[str, Any]]


class BookingV1WaitlistExternalDataSetExternalData(TypedDict, total=False):
    """Keys of the ``externalData`` parameter of ``booking.v1.waitlist.externalData.set``."""

    moduleId: Required[str]
    entityTypeId: Required[str]
    value: Required[str]


class BookingV1WaitlistUpdateFields(TypedDict, total=False):
    """Keys of the ``fields`` parameter of ``booking.v1.waitlist.update``."""

    note: Required[str]
