"""The client classes: one lazy attribute per first segment of the method names.

Generated from spec/ by ``python -m generator``; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from b24client._core.batch import AsyncBatchBase, BatchCommand, Ref, SyncBatchBase
from b24client._core.client import AsyncClientBase, SyncClientBase
from b24client._core.types import NOT_GIVEN, MethodInfo, NotGiven

if TYPE_CHECKING:
    from typing_extensions import deprecated
    from b24client.types.profile import ProfileResult
    from b24client._api.access import Access, AsyncAccess, BatchAccess
    from b24client._api.ai import Ai, AsyncAi, BatchAi
    from b24client._api.app import App, AsyncApp, BatchApp
    from b24client._api.biconnector import (
        AsyncBiconnector,
        BatchBiconnector,
        Biconnector,
    )
    from b24client._api.bizproc import AsyncBizproc, BatchBizproc, Bizproc
    from b24client._api.booking import AsyncBooking, BatchBooking, Booking
    from b24client._api.calendar import AsyncCalendar, BatchCalendar, Calendar
    from b24client._api.catalog import AsyncCatalog, BatchCatalog, Catalog
    from b24client._api.crm import AsyncCrm, BatchCrm, Crm
    from b24client._api.department import AsyncDepartment, BatchDepartment, Department
    from b24client._api.disk import AsyncDisk, BatchDisk, Disk
    from b24client._api.documentgenerator import (
        AsyncDocumentgenerator,
        BatchDocumentgenerator,
        Documentgenerator,
    )
    from b24client._api.entity import AsyncEntity, BatchEntity, Entity
    from b24client._api.event import AsyncEvent, BatchEvent, Event
    from b24client._api.feature import AsyncFeature, BatchFeature, Feature
    from b24client._api.humanresources import (
        AsyncHumanresources,
        BatchHumanresources,
        Humanresources,
    )
    from b24client._api.im import AsyncIm, BatchIm, Im
    from b24client._api.imbot import AsyncImbot, BatchImbot, Imbot
    from b24client._api.imconnector import (
        AsyncImconnector,
        BatchImconnector,
        Imconnector,
    )
    from b24client._api.imopenlines import (
        AsyncImopenlines,
        BatchImopenlines,
        Imopenlines,
    )
    from b24client._api.landing import AsyncLanding, BatchLanding, Landing
    from b24client._api.lists import AsyncLists, BatchLists, Lists
    from b24client._api.log import AsyncLog, BatchLog, Log
    from b24client._api.mailservice import (
        AsyncMailservice,
        BatchMailservice,
        Mailservice,
    )
    from b24client._api.messageservice import (
        AsyncMessageservice,
        BatchMessageservice,
        Messageservice,
    )
    from b24client._api.method import AsyncMethod, BatchMethod, Method
    from b24client._api.placement import AsyncPlacement, BatchPlacement, Placement
    from b24client._api.pull import AsyncPull, BatchPull, Pull
    from b24client._api.rpa import AsyncRpa, BatchRpa, Rpa
    from b24client._api.sale import AsyncSale, BatchSale, Sale
    from b24client._api.salescenter import (
        AsyncSalescenter,
        BatchSalescenter,
        Salescenter,
    )
    from b24client._api.server import AsyncServer, BatchServer, Server
    from b24client._api.sign import AsyncSign, BatchSign, Sign
    from b24client._api.socialnetwork import (
        AsyncSocialnetwork,
        BatchSocialnetwork,
        Socialnetwork,
    )
    from b24client._api.sonet_group import AsyncSonetGroup, BatchSonetGroup, SonetGroup
    from b24client._api.task import AsyncTask, BatchTask, Task
    from b24client._api.tasks import AsyncTasks, BatchTasks, Tasks
    from b24client._api.telephony import AsyncTelephony, BatchTelephony, Telephony
    from b24client._api.timeman import AsyncTimeman, BatchTimeman, Timeman
    from b24client._api.user import AsyncUser, BatchUser, User
    from b24client._api.userconsent import (
        AsyncUserconsent,
        BatchUserconsent,
        Userconsent,
    )
    from b24client._api.userfieldconfig import (
        AsyncUserfieldconfig,
        BatchUserfieldconfig,
        Userfieldconfig,
    )
    from b24client._api.userfieldtype import (
        AsyncUserfieldtype,
        BatchUserfieldtype,
        Userfieldtype,
    )
    from b24client._api.v3 import AsyncV3, V3
    from b24client._api.vote import AsyncVote, BatchVote, Vote
    from b24client._api.voximplant import AsyncVoximplant, BatchVoximplant, Voximplant
else:
    from b24client._core.callsite import deprecated

__all__ = ["AsyncBatch", "AsyncBitrix24", "Batch", "Bitrix24"]

_EVENTS = MethodInfo(name="events", idempotent=False, returns="any", api=1)
_METHODS = MethodInfo(name="methods", idempotent=False, returns="any", api=1)
_PROFILE = MethodInfo(name="profile", idempotent=False, returns="any", api=1)
_SCOPE = MethodInfo(name="scope", idempotent=False, returns="any", api=1)


class Bitrix24(SyncClientBase):
    """Synchronous Bitrix24 client: ``client.crm.deal.add(...)`` calls ``crm.deal.add``.

    Construct it with an inbound webhook URL; see :class:`SyncClientBase`.
    """

    @property
    def access(self) -> Access:
        """Methods under ``access``."""
        from b24client._api.access import Access

        return Access(self)

    @property
    def ai(self) -> Ai:
        """Methods under ``ai``."""
        from b24client._api.ai import Ai

        return Ai(self)

    @property
    def app(self) -> App:
        """Methods under ``app``."""
        from b24client._api.app import App

        return App(self)

    @property
    def biconnector(self) -> Biconnector:
        """Methods under ``biconnector``."""
        from b24client._api.biconnector import Biconnector

        return Biconnector(self)

    @property
    def bizproc(self) -> Bizproc:
        """Methods under ``bizproc``."""
        from b24client._api.bizproc import Bizproc

        return Bizproc(self)

    @property
    def booking(self) -> Booking:
        """Methods under ``booking``."""
        from b24client._api.booking import Booking

        return Booking(self)

    @property
    def calendar(self) -> Calendar:
        """Methods under ``calendar``."""
        from b24client._api.calendar import Calendar

        return Calendar(self)

    @property
    def catalog(self) -> Catalog:
        """Methods under ``catalog``."""
        from b24client._api.catalog import Catalog

        return Catalog(self)

    @property
    def crm(self) -> Crm:
        """Methods under ``crm``."""
        from b24client._api.crm import Crm

        return Crm(self)

    @property
    def department(self) -> Department:
        """Methods under ``department``."""
        from b24client._api.department import Department

        return Department(self)

    @property
    def disk(self) -> Disk:
        """Methods under ``disk``."""
        from b24client._api.disk import Disk

        return Disk(self)

    @property
    def documentgenerator(self) -> Documentgenerator:
        """Methods under ``documentgenerator``."""
        from b24client._api.documentgenerator import Documentgenerator

        return Documentgenerator(self)

    @property
    def entity(self) -> Entity:
        """Methods under ``entity``."""
        from b24client._api.entity import Entity

        return Entity(self)

    @property
    def event(self) -> Event:
        """Methods under ``event``."""
        from b24client._api.event import Event

        return Event(self)

    @property
    def feature(self) -> Feature:
        """Methods under ``feature``."""
        from b24client._api.feature import Feature

        return Feature(self)

    @property
    def humanresources(self) -> Humanresources:
        """Methods under ``humanresources``."""
        from b24client._api.humanresources import Humanresources

        return Humanresources(self)

    @property
    def im(self) -> Im:
        """Methods under ``im``."""
        from b24client._api.im import Im

        return Im(self)

    @property
    def imbot(self) -> Imbot:
        """Methods under ``imbot``."""
        from b24client._api.imbot import Imbot

        return Imbot(self)

    @property
    def imconnector(self) -> Imconnector:
        """Methods under ``imconnector``."""
        from b24client._api.imconnector import Imconnector

        return Imconnector(self)

    @property
    def imopenlines(self) -> Imopenlines:
        """Methods under ``imopenlines``."""
        from b24client._api.imopenlines import Imopenlines

        return Imopenlines(self)

    @property
    def landing(self) -> Landing:
        """Methods under ``landing``."""
        from b24client._api.landing import Landing

        return Landing(self)

    @property
    def lists(self) -> Lists:
        """Methods under ``lists``."""
        from b24client._api.lists import Lists

        return Lists(self)

    @property
    def log(self) -> Log:
        """Methods under ``log``."""
        from b24client._api.log import Log

        return Log(self)

    @property
    def mailservice(self) -> Mailservice:
        """Methods under ``mailservice``."""
        from b24client._api.mailservice import Mailservice

        return Mailservice(self)

    @property
    def messageservice(self) -> Messageservice:
        """Methods under ``messageservice``."""
        from b24client._api.messageservice import Messageservice

        return Messageservice(self)

    @property
    def method(self) -> Method:
        """Methods under ``method``."""
        from b24client._api.method import Method

        return Method(self)

    @property
    def placement(self) -> Placement:
        """Methods under ``placement``."""
        from b24client._api.placement import Placement

        return Placement(self)

    @property
    def pull(self) -> Pull:
        """Methods under ``pull``."""
        from b24client._api.pull import Pull

        return Pull(self)

    @property
    def rpa(self) -> Rpa:
        """Methods under ``rpa``."""
        from b24client._api.rpa import Rpa

        return Rpa(self)

    @property
    def sale(self) -> Sale:
        """Methods under ``sale``."""
        from b24client._api.sale import Sale

        return Sale(self)

    @property
    def salescenter(self) -> Salescenter:
        """Methods under ``salescenter``."""
        from b24client._api.salescenter import Salescenter

        return Salescenter(self)

    @property
    def server(self) -> Server:
        """Methods under ``server``."""
        from b24client._api.server import Server

        return Server(self)

    @property
    def sign(self) -> Sign:
        """Methods under ``sign``."""
        from b24client._api.sign import Sign

        return Sign(self)

    @property
    def socialnetwork(self) -> Socialnetwork:
        """Methods under ``socialnetwork``."""
        from b24client._api.socialnetwork import Socialnetwork

        return Socialnetwork(self)

    @property
    def sonet_group(self) -> SonetGroup:
        """Methods under ``sonet_group``."""
        from b24client._api.sonet_group import SonetGroup

        return SonetGroup(self)

    @property
    def task(self) -> Task:
        """Methods under ``task``."""
        from b24client._api.task import Task

        return Task(self)

    @property
    def tasks(self) -> Tasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import Tasks

        return Tasks(self)

    @property
    def telephony(self) -> Telephony:
        """Methods under ``telephony``."""
        from b24client._api.telephony import Telephony

        return Telephony(self)

    @property
    def timeman(self) -> Timeman:
        """Methods under ``timeman``."""
        from b24client._api.timeman import Timeman

        return Timeman(self)

    @property
    def user(self) -> User:
        """Methods under ``user``."""
        from b24client._api.user import User

        return User(self)

    @property
    def userconsent(self) -> Userconsent:
        """Methods under ``userconsent``."""
        from b24client._api.userconsent import Userconsent

        return Userconsent(self)

    @property
    def userfieldconfig(self) -> Userfieldconfig:
        """Methods under ``userfieldconfig``."""
        from b24client._api.userfieldconfig import Userfieldconfig

        return Userfieldconfig(self)

    @property
    def userfieldtype(self) -> Userfieldtype:
        """Methods under ``userfieldtype``."""
        from b24client._api.userfieldtype import Userfieldtype

        return Userfieldtype(self)

    @property
    def v3(self) -> V3:
        """REST 3.0 methods."""
        from b24client._api.v3 import V3

        return V3(self)

    @property
    def vote(self) -> Vote:
        """Methods under ``vote``."""
        from b24client._api.vote import Vote

        return Vote(self)

    @property
    def voximplant(self) -> Voximplant:
        """Methods under ``voximplant``."""
        from b24client._api.voximplant import Voximplant

        return Voximplant(self)

    def events(
        self, *, scope: str | NotGiven = NOT_GIVEN, full: bool | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """List the event names an application can subscribe to.

        Works only with application authorization.

        REST method: ``events``
        Docs: https://apidocs.bitrix24.com/api-reference/events/events.html

        Args:
            scope: Permission (scope) code; only events of that scope are returned. Wire name: ``SCOPE``.
            full: true returns every event; ignored when SCOPE is given. Wire name: ``FULL``.

        Returns:
            list[str]

        Example:
            result = client.events()
            result = await client.events()  # AsyncBitrix24
        """
        return cast("list[str]", self._invoke(_EVENTS, {"SCOPE": scope, "FULL": full}))

    @deprecated("The REST method methods is deprecated; use method.get instead.")
    def methods(
        self, *, full: bool | NotGiven = NOT_GIVEN, scope: str | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """List the REST method names available to the current application.

        No longer developed; use method.get instead. Without parameters it returns every method available to the app.

        Deprecated: use ``method.get`` instead.

        REST method: ``methods``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/methods.html

        Args:
            full: true returns the full list of methods.
            scope: Permission code whose methods to list; an empty value lists the general methods.

        Returns:
            list[str]

        Example:
            result = client.methods()
            result = await client.methods()  # AsyncBitrix24
        """
        return cast("list[str]", self._invoke(_METHODS, {"full": full, "scope": scope}))

    def profile(self) -> ProfileResult:
        """Get the current user's name, photo, time zone and admin flag, needing no scope.

        Unlike user.current it requires no permission. The result is empty for an inactive user.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            ProfileResult

        Example:
            result = client.profile()
            result = await client.profile()  # AsyncBitrix24
        """
        return cast("ProfileResult", self._invoke(_PROFILE, {}))

    def scope(self, *, full: bool | NotGiven = NOT_GIVEN) -> list[str]:
        """List the permission codes granted to the application, or all that exist.

        REST method: ``scope``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/scope.html

        Args:
            full: true returns every permission on the portal, not only the app's.

        Returns:
            list[str]

        Example:
            result = client.scope()
            result = await client.scope()  # AsyncBitrix24
        """
        return cast("list[str]", self._invoke(_SCOPE, {"full": full}))

    def batch(self, *, halt: bool = False) -> Batch:
        """Start a batch: queue calls on it, then ``execute()`` sends them together."""
        return Batch(self, halt=halt)


class AsyncBitrix24(AsyncClientBase):
    """Asynchronous Bitrix24 client: ``await client.crm.deal.add(...)``.

    Construct it with an inbound webhook URL; see :class:`AsyncClientBase`.
    """

    @property
    def access(self) -> AsyncAccess:
        """Methods under ``access``."""
        from b24client._api.access import AsyncAccess

        return AsyncAccess(self)

    @property
    def ai(self) -> AsyncAi:
        """Methods under ``ai``."""
        from b24client._api.ai import AsyncAi

        return AsyncAi(self)

    @property
    def app(self) -> AsyncApp:
        """Methods under ``app``."""
        from b24client._api.app import AsyncApp

        return AsyncApp(self)

    @property
    def biconnector(self) -> AsyncBiconnector:
        """Methods under ``biconnector``."""
        from b24client._api.biconnector import AsyncBiconnector

        return AsyncBiconnector(self)

    @property
    def bizproc(self) -> AsyncBizproc:
        """Methods under ``bizproc``."""
        from b24client._api.bizproc import AsyncBizproc

        return AsyncBizproc(self)

    @property
    def booking(self) -> AsyncBooking:
        """Methods under ``booking``."""
        from b24client._api.booking import AsyncBooking

        return AsyncBooking(self)

    @property
    def calendar(self) -> AsyncCalendar:
        """Methods under ``calendar``."""
        from b24client._api.calendar import AsyncCalendar

        return AsyncCalendar(self)

    @property
    def catalog(self) -> AsyncCatalog:
        """Methods under ``catalog``."""
        from b24client._api.catalog import AsyncCatalog

        return AsyncCatalog(self)

    @property
    def crm(self) -> AsyncCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import AsyncCrm

        return AsyncCrm(self)

    @property
    def department(self) -> AsyncDepartment:
        """Methods under ``department``."""
        from b24client._api.department import AsyncDepartment

        return AsyncDepartment(self)

    @property
    def disk(self) -> AsyncDisk:
        """Methods under ``disk``."""
        from b24client._api.disk import AsyncDisk

        return AsyncDisk(self)

    @property
    def documentgenerator(self) -> AsyncDocumentgenerator:
        """Methods under ``documentgenerator``."""
        from b24client._api.documentgenerator import AsyncDocumentgenerator

        return AsyncDocumentgenerator(self)

    @property
    def entity(self) -> AsyncEntity:
        """Methods under ``entity``."""
        from b24client._api.entity import AsyncEntity

        return AsyncEntity(self)

    @property
    def event(self) -> AsyncEvent:
        """Methods under ``event``."""
        from b24client._api.event import AsyncEvent

        return AsyncEvent(self)

    @property
    def feature(self) -> AsyncFeature:
        """Methods under ``feature``."""
        from b24client._api.feature import AsyncFeature

        return AsyncFeature(self)

    @property
    def humanresources(self) -> AsyncHumanresources:
        """Methods under ``humanresources``."""
        from b24client._api.humanresources import AsyncHumanresources

        return AsyncHumanresources(self)

    @property
    def im(self) -> AsyncIm:
        """Methods under ``im``."""
        from b24client._api.im import AsyncIm

        return AsyncIm(self)

    @property
    def imbot(self) -> AsyncImbot:
        """Methods under ``imbot``."""
        from b24client._api.imbot import AsyncImbot

        return AsyncImbot(self)

    @property
    def imconnector(self) -> AsyncImconnector:
        """Methods under ``imconnector``."""
        from b24client._api.imconnector import AsyncImconnector

        return AsyncImconnector(self)

    @property
    def imopenlines(self) -> AsyncImopenlines:
        """Methods under ``imopenlines``."""
        from b24client._api.imopenlines import AsyncImopenlines

        return AsyncImopenlines(self)

    @property
    def landing(self) -> AsyncLanding:
        """Methods under ``landing``."""
        from b24client._api.landing import AsyncLanding

        return AsyncLanding(self)

    @property
    def lists(self) -> AsyncLists:
        """Methods under ``lists``."""
        from b24client._api.lists import AsyncLists

        return AsyncLists(self)

    @property
    def log(self) -> AsyncLog:
        """Methods under ``log``."""
        from b24client._api.log import AsyncLog

        return AsyncLog(self)

    @property
    def mailservice(self) -> AsyncMailservice:
        """Methods under ``mailservice``."""
        from b24client._api.mailservice import AsyncMailservice

        return AsyncMailservice(self)

    @property
    def messageservice(self) -> AsyncMessageservice:
        """Methods under ``messageservice``."""
        from b24client._api.messageservice import AsyncMessageservice

        return AsyncMessageservice(self)

    @property
    def method(self) -> AsyncMethod:
        """Methods under ``method``."""
        from b24client._api.method import AsyncMethod

        return AsyncMethod(self)

    @property
    def placement(self) -> AsyncPlacement:
        """Methods under ``placement``."""
        from b24client._api.placement import AsyncPlacement

        return AsyncPlacement(self)

    @property
    def pull(self) -> AsyncPull:
        """Methods under ``pull``."""
        from b24client._api.pull import AsyncPull

        return AsyncPull(self)

    @property
    def rpa(self) -> AsyncRpa:
        """Methods under ``rpa``."""
        from b24client._api.rpa import AsyncRpa

        return AsyncRpa(self)

    @property
    def sale(self) -> AsyncSale:
        """Methods under ``sale``."""
        from b24client._api.sale import AsyncSale

        return AsyncSale(self)

    @property
    def salescenter(self) -> AsyncSalescenter:
        """Methods under ``salescenter``."""
        from b24client._api.salescenter import AsyncSalescenter

        return AsyncSalescenter(self)

    @property
    def server(self) -> AsyncServer:
        """Methods under ``server``."""
        from b24client._api.server import AsyncServer

        return AsyncServer(self)

    @property
    def sign(self) -> AsyncSign:
        """Methods under ``sign``."""
        from b24client._api.sign import AsyncSign

        return AsyncSign(self)

    @property
    def socialnetwork(self) -> AsyncSocialnetwork:
        """Methods under ``socialnetwork``."""
        from b24client._api.socialnetwork import AsyncSocialnetwork

        return AsyncSocialnetwork(self)

    @property
    def sonet_group(self) -> AsyncSonetGroup:
        """Methods under ``sonet_group``."""
        from b24client._api.sonet_group import AsyncSonetGroup

        return AsyncSonetGroup(self)

    @property
    def task(self) -> AsyncTask:
        """Methods under ``task``."""
        from b24client._api.task import AsyncTask

        return AsyncTask(self)

    @property
    def tasks(self) -> AsyncTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import AsyncTasks

        return AsyncTasks(self)

    @property
    def telephony(self) -> AsyncTelephony:
        """Methods under ``telephony``."""
        from b24client._api.telephony import AsyncTelephony

        return AsyncTelephony(self)

    @property
    def timeman(self) -> AsyncTimeman:
        """Methods under ``timeman``."""
        from b24client._api.timeman import AsyncTimeman

        return AsyncTimeman(self)

    @property
    def user(self) -> AsyncUser:
        """Methods under ``user``."""
        from b24client._api.user import AsyncUser

        return AsyncUser(self)

    @property
    def userconsent(self) -> AsyncUserconsent:
        """Methods under ``userconsent``."""
        from b24client._api.userconsent import AsyncUserconsent

        return AsyncUserconsent(self)

    @property
    def userfieldconfig(self) -> AsyncUserfieldconfig:
        """Methods under ``userfieldconfig``."""
        from b24client._api.userfieldconfig import AsyncUserfieldconfig

        return AsyncUserfieldconfig(self)

    @property
    def userfieldtype(self) -> AsyncUserfieldtype:
        """Methods under ``userfieldtype``."""
        from b24client._api.userfieldtype import AsyncUserfieldtype

        return AsyncUserfieldtype(self)

    @property
    def v3(self) -> AsyncV3:
        """REST 3.0 methods."""
        from b24client._api.v3 import AsyncV3

        return AsyncV3(self)

    @property
    def vote(self) -> AsyncVote:
        """Methods under ``vote``."""
        from b24client._api.vote import AsyncVote

        return AsyncVote(self)

    @property
    def voximplant(self) -> AsyncVoximplant:
        """Methods under ``voximplant``."""
        from b24client._api.voximplant import AsyncVoximplant

        return AsyncVoximplant(self)

    async def events(
        self, *, scope: str | NotGiven = NOT_GIVEN, full: bool | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """List the event names an application can subscribe to.

        Works only with application authorization.

        REST method: ``events``
        Docs: https://apidocs.bitrix24.com/api-reference/events/events.html

        Args:
            scope: Permission (scope) code; only events of that scope are returned. Wire name: ``SCOPE``.
            full: true returns every event; ignored when SCOPE is given. Wire name: ``FULL``.

        Returns:
            list[str]

        Example:
            result = client.events()
            result = await client.events()  # AsyncBitrix24
        """
        return cast(
            "list[str]", await self._invoke(_EVENTS, {"SCOPE": scope, "FULL": full})
        )

    @deprecated("The REST method methods is deprecated; use method.get instead.")
    async def methods(
        self, *, full: bool | NotGiven = NOT_GIVEN, scope: str | NotGiven = NOT_GIVEN
    ) -> list[str]:
        """List the REST method names available to the current application.

        No longer developed; use method.get instead. Without parameters it returns every method available to the app.

        Deprecated: use ``method.get`` instead.

        REST method: ``methods``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/methods.html

        Args:
            full: true returns the full list of methods.
            scope: Permission code whose methods to list; an empty value lists the general methods.

        Returns:
            list[str]

        Example:
            result = client.methods()
            result = await client.methods()  # AsyncBitrix24
        """
        return cast(
            "list[str]", await self._invoke(_METHODS, {"full": full, "scope": scope})
        )

    async def profile(self) -> ProfileResult:
        """Get the current user's name, photo, time zone and admin flag, needing no scope.

        Unlike user.current it requires no permission. The result is empty for an inactive user.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            ProfileResult

        Example:
            result = client.profile()
            result = await client.profile()  # AsyncBitrix24
        """
        return cast("ProfileResult", await self._invoke(_PROFILE, {}))

    async def scope(self, *, full: bool | NotGiven = NOT_GIVEN) -> list[str]:
        """List the permission codes granted to the application, or all that exist.

        REST method: ``scope``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/scope.html

        Args:
            full: true returns every permission on the portal, not only the app's.

        Returns:
            list[str]

        Example:
            result = client.scope()
            result = await client.scope()  # AsyncBitrix24
        """
        return cast("list[str]", await self._invoke(_SCOPE, {"full": full}))

    def batch(self, *, halt: bool = False) -> AsyncBatch:
        """Start a batch: queue calls on it, then ``await execute()`` sends them together."""
        return AsyncBatch(self, halt=halt)


class Batch(SyncBatchBase):
    """A batch of the synchronous client: ``batch.crm.deal.add(...)`` queues a command."""

    @property
    def access(self) -> BatchAccess:
        """Methods under ``access``."""
        from b24client._api.access import BatchAccess

        return BatchAccess(self)

    @property
    def ai(self) -> BatchAi:
        """Methods under ``ai``."""
        from b24client._api.ai import BatchAi

        return BatchAi(self)

    @property
    def app(self) -> BatchApp:
        """Methods under ``app``."""
        from b24client._api.app import BatchApp

        return BatchApp(self)

    @property
    def biconnector(self) -> BatchBiconnector:
        """Methods under ``biconnector``."""
        from b24client._api.biconnector import BatchBiconnector

        return BatchBiconnector(self)

    @property
    def bizproc(self) -> BatchBizproc:
        """Methods under ``bizproc``."""
        from b24client._api.bizproc import BatchBizproc

        return BatchBizproc(self)

    @property
    def booking(self) -> BatchBooking:
        """Methods under ``booking``."""
        from b24client._api.booking import BatchBooking

        return BatchBooking(self)

    @property
    def calendar(self) -> BatchCalendar:
        """Methods under ``calendar``."""
        from b24client._api.calendar import BatchCalendar

        return BatchCalendar(self)

    @property
    def catalog(self) -> BatchCatalog:
        """Methods under ``catalog``."""
        from b24client._api.catalog import BatchCatalog

        return BatchCatalog(self)

    @property
    def crm(self) -> BatchCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import BatchCrm

        return BatchCrm(self)

    @property
    def department(self) -> BatchDepartment:
        """Methods under ``department``."""
        from b24client._api.department import BatchDepartment

        return BatchDepartment(self)

    @property
    def disk(self) -> BatchDisk:
        """Methods under ``disk``."""
        from b24client._api.disk import BatchDisk

        return BatchDisk(self)

    @property
    def documentgenerator(self) -> BatchDocumentgenerator:
        """Methods under ``documentgenerator``."""
        from b24client._api.documentgenerator import BatchDocumentgenerator

        return BatchDocumentgenerator(self)

    @property
    def entity(self) -> BatchEntity:
        """Methods under ``entity``."""
        from b24client._api.entity import BatchEntity

        return BatchEntity(self)

    @property
    def event(self) -> BatchEvent:
        """Methods under ``event``."""
        from b24client._api.event import BatchEvent

        return BatchEvent(self)

    @property
    def feature(self) -> BatchFeature:
        """Methods under ``feature``."""
        from b24client._api.feature import BatchFeature

        return BatchFeature(self)

    @property
    def humanresources(self) -> BatchHumanresources:
        """Methods under ``humanresources``."""
        from b24client._api.humanresources import BatchHumanresources

        return BatchHumanresources(self)

    @property
    def im(self) -> BatchIm:
        """Methods under ``im``."""
        from b24client._api.im import BatchIm

        return BatchIm(self)

    @property
    def imbot(self) -> BatchImbot:
        """Methods under ``imbot``."""
        from b24client._api.imbot import BatchImbot

        return BatchImbot(self)

    @property
    def imconnector(self) -> BatchImconnector:
        """Methods under ``imconnector``."""
        from b24client._api.imconnector import BatchImconnector

        return BatchImconnector(self)

    @property
    def imopenlines(self) -> BatchImopenlines:
        """Methods under ``imopenlines``."""
        from b24client._api.imopenlines import BatchImopenlines

        return BatchImopenlines(self)

    @property
    def landing(self) -> BatchLanding:
        """Methods under ``landing``."""
        from b24client._api.landing import BatchLanding

        return BatchLanding(self)

    @property
    def lists(self) -> BatchLists:
        """Methods under ``lists``."""
        from b24client._api.lists import BatchLists

        return BatchLists(self)

    @property
    def log(self) -> BatchLog:
        """Methods under ``log``."""
        from b24client._api.log import BatchLog

        return BatchLog(self)

    @property
    def mailservice(self) -> BatchMailservice:
        """Methods under ``mailservice``."""
        from b24client._api.mailservice import BatchMailservice

        return BatchMailservice(self)

    @property
    def messageservice(self) -> BatchMessageservice:
        """Methods under ``messageservice``."""
        from b24client._api.messageservice import BatchMessageservice

        return BatchMessageservice(self)

    @property
    def method(self) -> BatchMethod:
        """Methods under ``method``."""
        from b24client._api.method import BatchMethod

        return BatchMethod(self)

    @property
    def placement(self) -> BatchPlacement:
        """Methods under ``placement``."""
        from b24client._api.placement import BatchPlacement

        return BatchPlacement(self)

    @property
    def pull(self) -> BatchPull:
        """Methods under ``pull``."""
        from b24client._api.pull import BatchPull

        return BatchPull(self)

    @property
    def rpa(self) -> BatchRpa:
        """Methods under ``rpa``."""
        from b24client._api.rpa import BatchRpa

        return BatchRpa(self)

    @property
    def sale(self) -> BatchSale:
        """Methods under ``sale``."""
        from b24client._api.sale import BatchSale

        return BatchSale(self)

    @property
    def salescenter(self) -> BatchSalescenter:
        """Methods under ``salescenter``."""
        from b24client._api.salescenter import BatchSalescenter

        return BatchSalescenter(self)

    @property
    def server(self) -> BatchServer:
        """Methods under ``server``."""
        from b24client._api.server import BatchServer

        return BatchServer(self)

    @property
    def sign(self) -> BatchSign:
        """Methods under ``sign``."""
        from b24client._api.sign import BatchSign

        return BatchSign(self)

    @property
    def socialnetwork(self) -> BatchSocialnetwork:
        """Methods under ``socialnetwork``."""
        from b24client._api.socialnetwork import BatchSocialnetwork

        return BatchSocialnetwork(self)

    @property
    def sonet_group(self) -> BatchSonetGroup:
        """Methods under ``sonet_group``."""
        from b24client._api.sonet_group import BatchSonetGroup

        return BatchSonetGroup(self)

    @property
    def task(self) -> BatchTask:
        """Methods under ``task``."""
        from b24client._api.task import BatchTask

        return BatchTask(self)

    @property
    def tasks(self) -> BatchTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import BatchTasks

        return BatchTasks(self)

    @property
    def telephony(self) -> BatchTelephony:
        """Methods under ``telephony``."""
        from b24client._api.telephony import BatchTelephony

        return BatchTelephony(self)

    @property
    def timeman(self) -> BatchTimeman:
        """Methods under ``timeman``."""
        from b24client._api.timeman import BatchTimeman

        return BatchTimeman(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)

    @property
    def userconsent(self) -> BatchUserconsent:
        """Methods under ``userconsent``."""
        from b24client._api.userconsent import BatchUserconsent

        return BatchUserconsent(self)

    @property
    def userfieldconfig(self) -> BatchUserfieldconfig:
        """Methods under ``userfieldconfig``."""
        from b24client._api.userfieldconfig import BatchUserfieldconfig

        return BatchUserfieldconfig(self)

    @property
    def userfieldtype(self) -> BatchUserfieldtype:
        """Methods under ``userfieldtype``."""
        from b24client._api.userfieldtype import BatchUserfieldtype

        return BatchUserfieldtype(self)

    @property
    def vote(self) -> BatchVote:
        """Methods under ``vote``."""
        from b24client._api.vote import BatchVote

        return BatchVote(self)

    @property
    def voximplant(self) -> BatchVoximplant:
        """Methods under ``voximplant``."""
        from b24client._api.voximplant import BatchVoximplant

        return BatchVoximplant(self)

    def events(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        full: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[str]]:
        """List the event names an application can subscribe to.

        Works only with application authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``events``
        Docs: https://apidocs.bitrix24.com/api-reference/events/events.html

        Args:
            scope: Permission (scope) code; only events of that scope are returned. Wire name: ``SCOPE``.
            full: true returns every event; ignored when SCOPE is given. Wire name: ``FULL``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.events()
        """
        return cast(
            "BatchCommand[list[str]]",
            self._invoke(_EVENTS, {"SCOPE": scope, "FULL": full}),
        )

    @deprecated("The REST method methods is deprecated; use method.get instead.")
    def methods(
        self,
        *,
        full: bool | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[str]]:
        """List the REST method names available to the current application.

        No longer developed; use method.get instead. Without parameters it returns every method available to the app.

        Deprecated: use ``method.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``methods``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/methods.html

        Args:
            full: true returns the full list of methods.
            scope: Permission code whose methods to list; an empty value lists the general methods.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.methods()
        """
        return cast(
            "BatchCommand[list[str]]",
            self._invoke(_METHODS, {"full": full, "scope": scope}),
        )

    def profile(self) -> BatchCommand[ProfileResult]:
        """Get the current user's name, photo, time zone and admin flag, needing no scope.

        Unlike user.current it requires no permission. The result is empty for an inactive user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            BatchCommand[ProfileResult]

        Example:
            command = batch.profile()
        """
        return cast("BatchCommand[ProfileResult]", self._invoke(_PROFILE, {}))

    def scope(
        self, *, full: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[str]]:
        """List the permission codes granted to the application, or all that exist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``scope``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/scope.html

        Args:
            full: true returns every permission on the portal, not only the app's.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.scope()
        """
        return cast("BatchCommand[list[str]]", self._invoke(_SCOPE, {"full": full}))


class AsyncBatch(AsyncBatchBase):
    """A batch of the asynchronous client: ``batch.crm.deal.add(...)`` queues a command."""

    @property
    def access(self) -> BatchAccess:
        """Methods under ``access``."""
        from b24client._api.access import BatchAccess

        return BatchAccess(self)

    @property
    def ai(self) -> BatchAi:
        """Methods under ``ai``."""
        from b24client._api.ai import BatchAi

        return BatchAi(self)

    @property
    def app(self) -> BatchApp:
        """Methods under ``app``."""
        from b24client._api.app import BatchApp

        return BatchApp(self)

    @property
    def biconnector(self) -> BatchBiconnector:
        """Methods under ``biconnector``."""
        from b24client._api.biconnector import BatchBiconnector

        return BatchBiconnector(self)

    @property
    def bizproc(self) -> BatchBizproc:
        """Methods under ``bizproc``."""
        from b24client._api.bizproc import BatchBizproc

        return BatchBizproc(self)

    @property
    def booking(self) -> BatchBooking:
        """Methods under ``booking``."""
        from b24client._api.booking import BatchBooking

        return BatchBooking(self)

    @property
    def calendar(self) -> BatchCalendar:
        """Methods under ``calendar``."""
        from b24client._api.calendar import BatchCalendar

        return BatchCalendar(self)

    @property
    def catalog(self) -> BatchCatalog:
        """Methods under ``catalog``."""
        from b24client._api.catalog import BatchCatalog

        return BatchCatalog(self)

    @property
    def crm(self) -> BatchCrm:
        """Methods under ``crm``."""
        from b24client._api.crm import BatchCrm

        return BatchCrm(self)

    @property
    def department(self) -> BatchDepartment:
        """Methods under ``department``."""
        from b24client._api.department import BatchDepartment

        return BatchDepartment(self)

    @property
    def disk(self) -> BatchDisk:
        """Methods under ``disk``."""
        from b24client._api.disk import BatchDisk

        return BatchDisk(self)

    @property
    def documentgenerator(self) -> BatchDocumentgenerator:
        """Methods under ``documentgenerator``."""
        from b24client._api.documentgenerator import BatchDocumentgenerator

        return BatchDocumentgenerator(self)

    @property
    def entity(self) -> BatchEntity:
        """Methods under ``entity``."""
        from b24client._api.entity import BatchEntity

        return BatchEntity(self)

    @property
    def event(self) -> BatchEvent:
        """Methods under ``event``."""
        from b24client._api.event import BatchEvent

        return BatchEvent(self)

    @property
    def feature(self) -> BatchFeature:
        """Methods under ``feature``."""
        from b24client._api.feature import BatchFeature

        return BatchFeature(self)

    @property
    def humanresources(self) -> BatchHumanresources:
        """Methods under ``humanresources``."""
        from b24client._api.humanresources import BatchHumanresources

        return BatchHumanresources(self)

    @property
    def im(self) -> BatchIm:
        """Methods under ``im``."""
        from b24client._api.im import BatchIm

        return BatchIm(self)

    @property
    def imbot(self) -> BatchImbot:
        """Methods under ``imbot``."""
        from b24client._api.imbot import BatchImbot

        return BatchImbot(self)

    @property
    def imconnector(self) -> BatchImconnector:
        """Methods under ``imconnector``."""
        from b24client._api.imconnector import BatchImconnector

        return BatchImconnector(self)

    @property
    def imopenlines(self) -> BatchImopenlines:
        """Methods under ``imopenlines``."""
        from b24client._api.imopenlines import BatchImopenlines

        return BatchImopenlines(self)

    @property
    def landing(self) -> BatchLanding:
        """Methods under ``landing``."""
        from b24client._api.landing import BatchLanding

        return BatchLanding(self)

    @property
    def lists(self) -> BatchLists:
        """Methods under ``lists``."""
        from b24client._api.lists import BatchLists

        return BatchLists(self)

    @property
    def log(self) -> BatchLog:
        """Methods under ``log``."""
        from b24client._api.log import BatchLog

        return BatchLog(self)

    @property
    def mailservice(self) -> BatchMailservice:
        """Methods under ``mailservice``."""
        from b24client._api.mailservice import BatchMailservice

        return BatchMailservice(self)

    @property
    def messageservice(self) -> BatchMessageservice:
        """Methods under ``messageservice``."""
        from b24client._api.messageservice import BatchMessageservice

        return BatchMessageservice(self)

    @property
    def method(self) -> BatchMethod:
        """Methods under ``method``."""
        from b24client._api.method import BatchMethod

        return BatchMethod(self)

    @property
    def placement(self) -> BatchPlacement:
        """Methods under ``placement``."""
        from b24client._api.placement import BatchPlacement

        return BatchPlacement(self)

    @property
    def pull(self) -> BatchPull:
        """Methods under ``pull``."""
        from b24client._api.pull import BatchPull

        return BatchPull(self)

    @property
    def rpa(self) -> BatchRpa:
        """Methods under ``rpa``."""
        from b24client._api.rpa import BatchRpa

        return BatchRpa(self)

    @property
    def sale(self) -> BatchSale:
        """Methods under ``sale``."""
        from b24client._api.sale import BatchSale

        return BatchSale(self)

    @property
    def salescenter(self) -> BatchSalescenter:
        """Methods under ``salescenter``."""
        from b24client._api.salescenter import BatchSalescenter

        return BatchSalescenter(self)

    @property
    def server(self) -> BatchServer:
        """Methods under ``server``."""
        from b24client._api.server import BatchServer

        return BatchServer(self)

    @property
    def sign(self) -> BatchSign:
        """Methods under ``sign``."""
        from b24client._api.sign import BatchSign

        return BatchSign(self)

    @property
    def socialnetwork(self) -> BatchSocialnetwork:
        """Methods under ``socialnetwork``."""
        from b24client._api.socialnetwork import BatchSocialnetwork

        return BatchSocialnetwork(self)

    @property
    def sonet_group(self) -> BatchSonetGroup:
        """Methods under ``sonet_group``."""
        from b24client._api.sonet_group import BatchSonetGroup

        return BatchSonetGroup(self)

    @property
    def task(self) -> BatchTask:
        """Methods under ``task``."""
        from b24client._api.task import BatchTask

        return BatchTask(self)

    @property
    def tasks(self) -> BatchTasks:
        """Methods under ``tasks``."""
        from b24client._api.tasks import BatchTasks

        return BatchTasks(self)

    @property
    def telephony(self) -> BatchTelephony:
        """Methods under ``telephony``."""
        from b24client._api.telephony import BatchTelephony

        return BatchTelephony(self)

    @property
    def timeman(self) -> BatchTimeman:
        """Methods under ``timeman``."""
        from b24client._api.timeman import BatchTimeman

        return BatchTimeman(self)

    @property
    def user(self) -> BatchUser:
        """Methods under ``user``."""
        from b24client._api.user import BatchUser

        return BatchUser(self)

    @property
    def userconsent(self) -> BatchUserconsent:
        """Methods under ``userconsent``."""
        from b24client._api.userconsent import BatchUserconsent

        return BatchUserconsent(self)

    @property
    def userfieldconfig(self) -> BatchUserfieldconfig:
        """Methods under ``userfieldconfig``."""
        from b24client._api.userfieldconfig import BatchUserfieldconfig

        return BatchUserfieldconfig(self)

    @property
    def userfieldtype(self) -> BatchUserfieldtype:
        """Methods under ``userfieldtype``."""
        from b24client._api.userfieldtype import BatchUserfieldtype

        return BatchUserfieldtype(self)

    @property
    def vote(self) -> BatchVote:
        """Methods under ``vote``."""
        from b24client._api.vote import BatchVote

        return BatchVote(self)

    @property
    def voximplant(self) -> BatchVoximplant:
        """Methods under ``voximplant``."""
        from b24client._api.voximplant import BatchVoximplant

        return BatchVoximplant(self)

    def events(
        self,
        *,
        scope: str | Ref | NotGiven = NOT_GIVEN,
        full: bool | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[str]]:
        """List the event names an application can subscribe to.

        Works only with application authorization.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``events``
        Docs: https://apidocs.bitrix24.com/api-reference/events/events.html

        Args:
            scope: Permission (scope) code; only events of that scope are returned. Wire name: ``SCOPE``.
            full: true returns every event; ignored when SCOPE is given. Wire name: ``FULL``.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.events()
        """
        return cast(
            "BatchCommand[list[str]]",
            self._invoke(_EVENTS, {"SCOPE": scope, "FULL": full}),
        )

    @deprecated("The REST method methods is deprecated; use method.get instead.")
    def methods(
        self,
        *,
        full: bool | Ref | NotGiven = NOT_GIVEN,
        scope: str | Ref | NotGiven = NOT_GIVEN,
    ) -> BatchCommand[list[str]]:
        """List the REST method names available to the current application.

        No longer developed; use method.get instead. Without parameters it returns every method available to the app.

        Deprecated: use ``method.get`` instead.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``methods``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/methods.html

        Args:
            full: true returns the full list of methods.
            scope: Permission code whose methods to list; an empty value lists the general methods.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.methods()
        """
        return cast(
            "BatchCommand[list[str]]",
            self._invoke(_METHODS, {"full": full, "scope": scope}),
        )

    def profile(self) -> BatchCommand[ProfileResult]:
        """Get the current user's name, photo, time zone and admin flag, needing no scope.

        Unlike user.current it requires no permission. The result is empty for an inactive user.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``profile``
        Docs: https://apidocs.bitrix24.com/api-reference/common/users/profile.html

        Returns:
            BatchCommand[ProfileResult]

        Example:
            command = batch.profile()
        """
        return cast("BatchCommand[ProfileResult]", self._invoke(_PROFILE, {}))

    def scope(
        self, *, full: bool | Ref | NotGiven = NOT_GIVEN
    ) -> BatchCommand[list[str]]:
        """List the permission codes granted to the application, or all that exist.

        Adds the call to the batch; the command holds its result once the batch
        has been executed.

        REST method: ``scope``
        Docs: https://apidocs.bitrix24.com/api-reference/common/system/scope.html

        Args:
            full: true returns every permission on the portal, not only the app's.

        Returns:
            BatchCommand[list[str]]

        Example:
            command = batch.scope()
        """
        return cast("BatchCommand[list[str]]", self._invoke(_SCOPE, {"full": full}))
