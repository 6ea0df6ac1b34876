"""Sample pages in the docs' YFM format, written for these tests (not copied).

Each one exercises a variant the importer must handle.  Headings and the few
fixed phrases the importer keys on ("Параметры метода", "Обработка ответа",
"Без параметров", "Кто может выполнять метод", the REST 3.0 note…) are the
docs' structural markers; the rest is filler.
"""

from __future__ import annotations

REQUIRED_NOTE = "{% include [Сноска](../../_includes/required.md) %}"

# A full classic page: scope, access, a required marker, link and bare types,
# a union, an array of a domain type, foreign keys, nested fields under an
# anchor, an example call, a returns table and a 3-column error table.
ITEM_ADD = f"""
# Добавить элемент demo.item.add

> Scope: [`demo`](../scopes/permissions.md)
>
> Кто может выполнять метод: любой пользователь

Текст.

## Параметры метода

{REQUIRED_NOTE}

#|
|| **Название**
`тип` | **Описание** ||
|| **fields***
[`object`](../data-types.md) | Поля, см. [ниже](#fields) ||
|| **params**
`object` | Опции ||
|#

### Параметр fields {{#fields}}

#|
|| **Название**
`тип` | **Описание** ||
|| **TITLE***
[`string`](../data-types.md) | Текст ||
|| **STAGE_ID**
[`crm_status`](../data-types.md) | Текст ||
|| **CONTACT_IDS**
[`crm_contact[]`](../data-types.md) | Текст ||
|| **ORDER_ID**
[`sale_order.id`](../data-types.md) | Текст ||
|| **OWNER**
[`user`](../data-types.md) | Текст ||
|| **AMOUNT**
[`double`](../data-types.md) | Текст ||
|| **CODE**
[`string`](../data-types.md) \\| [`integer`](../data-types.md) | Текст ||
|| **NOTE**
`string` или `null` | Текст ||
|| **UF_CRM_...** | Пользовательские поля ||
|#

## Примеры кода

{{% list tabs %}}

- cURL (Webhook)

    ```bash
    curl -X POST \\
    -d '{{"fields":{{"TITLE":"x"}}}}' \\
    https://**put_your_bitrix24_address**/rest/**put_your_user_id_here**/**put_your_webhook_here**/demo.item.add
    ```

{{% endlist %}}

## Обработка ответа

HTTP-статус: **200**

```json
{{
    "result": 15,
    "time": {{"start": 1}}
}}
```

### Возвращаемые данные

#|
|| **Название**
`тип` | **Описание** ||
|| **result**
[`integer`](../data-types.md) | Текст ||
|| **time**
[`time`](../data-types.md) | Текст ||
|#

## Обработка ошибок

### Возможные коды ошибок

#|
|| **Код** | **Описание** | **Значение** ||
|| Пустое значение | `Access denied` | Текст ||
|| `DEMO_LOCKED` | `Locked` | Текст ||
|#
"""

# The three required-marker spellings (and a footnote "**" that is not one).
MARKERS = """
# Проверить маркеры demo.item.check

> Scope: [`demo`](../scopes/permissions.md)

## Параметры метода

#|
|| **Название**
`тип` | **Описание** ||
|| **starAfter***
[`integer`](../data-types.md) | Текст ||
|| **caretAfter**^*^
[`integer`](../data-types.md) | Текст ||
|| **caretInside^*^**
[`integer`](../data-types.md) | Текст ||
|| **footnote****
[`integer`](../data-types.md) | Текст ||
|| **plain**
[`flag`](../data-types.md) | Текст ||
|#
"""

# No heading at all before the parameter table; no marker and no footnote.
NO_HEADINGS = """
# Получить сводку demo.item.summary

> Scope: [`demo`](../scopes/permissions.md)

#|
|| **Название**
`тип` | **Описание** ||
|| **id**
`integer` | Текст ||
|| **withStats**
`boolean` | Текст ||
|#

```json
{
    "result": {"id": 1}
}
```
"""

# No parameters, said in so many words; a deprecated note with a successor.
PARAMETERLESS = """
# Получить версию demo.version.get

> Scope: [`demo`](../scopes/permissions.md)
>
> Кто может выполнять метод: администратор

{% note warning "DEPRECATED" %}

Развитие метода остановлено. Используйте [demo.info.get](./demo-info-get.md).

{% endnote %}

## Параметры метода

Без параметров.

## Обработка ответа

```json
{"result": "1.0"}
```
"""

# A list method: start documented, total/next in the answer, rows wrapped in
# "items"; a 4-column error table (status first).
LIST = f"""
# Получить список demo.item.list

> Scope: [`demo`](../scopes/permissions.md)

## Параметры метода

{REQUIRED_NOTE}

#|
|| **Название**
`тип` | **Описание** ||
|| **filter**
[`object`](../data-types.md) | Текст ||
|| **start**
[`integer`](../data-types.md) | Текст ||
|#

## Обработка ответа

```json
{{
    "result": {{"items": [{{"id": 1}}, {{"id": 2}}]}},
    "total": 2,
    "time": {{}}
}}
```

## Обработка ошибок

#|
|| **Статус** | **Код** | **Описание** | **Значение** ||
|| `400` | `DEMO_BAD_FILTER` | `Bad filter` | Текст ||
|| `403` | Пустое значение | `Denied` | Текст ||
|#
"""

# A REST 3.0 page sharing its name with the classic demo.item.list.
LIST_V3 = """
# Получить список v 3.0 demo.item.list

> Scope: [`demo`](../scopes/permissions.md)

{% note info "" %}

Метод относится к REST 3.0. Подробности в [обзоре](../rest-v3.md).

{% endnote %}

## Параметры метода

#|
|| **Название**
`тип` | **Описание** ||
|| **select**
[`array`](../data-types.md) | Текст ||
|#

## Примеры кода

```bash
curl -X POST https://**put_your_bitrix24_address**/rest/api/**put_your_user_id_here**/**put_your_webhook_here**/demo.item.list
```

## Обработка ответа

```json
{
    "result": {"items": [{"id": 1}]}
}
```
"""

EVENT = """
# Событие при добавлении элемента onDemoItemAdd

## Что получает обработчик

#|
|| **Название**
`тип` | **Описание** ||
|| **event**
`string` | Текст ||
|#
"""

JS_SDK = """
# Открыть окно BX24.openDemo

## Параметры метода

#|
|| **Название**
`тип` | **Описание** ||
|| **url**
`string` | Текст ||
|#
"""

# Outside api-reference: the single-word batch method, and pull.application.*.
BATCH = """
# Как выполнить пакет batch

> Scope: [`базовый`](../../api-reference/scopes/permissions.md)

## Параметры метода

{req}

#|
|| **Название**
`тип` | **Описание** ||
|| **cmd***
[`array`](../../api-reference/data-types.md) | Текст ||
|| **halt**
[`boolean`](../../api-reference/data-types.md) | Текст ||
|#

## Примеры кода

```bash
curl -X POST -d '{{"cmd": {{"a": "profile"}}}}' https://**put_your_bitrix24_address**/rest/batch
```
""".format(req="{% include [Сноска](../../_includes/required.md) %}")

PULL = """
# Получить конфигурацию pull.application.demo.get

> Scope: [`pull`](../../api-reference/scopes/permissions.md)

## Параметры метода

Без параметров.

## Примеры кода

```js
BX24.callMethod('pull.application.demo.get', {}, cb);
```
"""

# The title and the example's call disagree.
MISMATCH = """
# Получить вещь demo.thing.get

> Scope: [`demo`](../scopes/permissions.md)

## Параметры метода

Без параметров.

## Примеры кода

```bash
curl https://**put_your_bitrix24_address**/rest/demo.thing.fetch
```
"""

# The title names a namespace that other methods live under: not a method.
NAMESPACE = """
# Журнал изменений demo.item

## Что нового

Текст.
"""

# A single word in the title that no REST example calls: not a method.
WIDGET = """
# Закрыть карточку closeCard

## Параметры метода

```js
BX24.placement.call('closeCard', {});
```
"""

# No scope on the page: the section's index page gives it.
NO_SCOPE = """
# Очистить очередь demo.queue.clear

## Параметры метода

Без параметров.
"""
INDEX = """
# Демо: обзор методов

> Scope: [`demo`](../scopes/permissions.md)
"""

# A method name whose segment cannot become a Python name: reported.
BAD_NAME = """
# Сломанный метод demo.1abc.get

> Scope: [`demo`](../scopes/permissions.md)

## Параметры метода

Без параметров.
"""

PAGES = {
    "api-reference/demo/index.md": INDEX,
    "api-reference/demo/demo-item-add.md": ITEM_ADD,
    "api-reference/demo/demo-item-check.md": MARKERS,
    "api-reference/demo/demo-item-summary.md": NO_HEADINGS,
    "api-reference/demo/demo-version-get.md": PARAMETERLESS,
    "api-reference/demo/demo-item-list.md": LIST,
    "api-reference/demo/demo-item-list-rest-v3.md": LIST_V3,
    "api-reference/demo/events/on-demo-item-add.md": EVENT,
    "sdk/bx24-js-sdk/bx24-open-demo.md": JS_SDK,
    "settings/how-to-call/batch.md": BATCH,
    "settings/push/pull-application-demo-get.md": PULL,
    "api-reference/demo/demo-thing-get.md": MISMATCH,
    "api-reference/demo/changelog.md": NAMESPACE,
    "api-reference/widgets/close-card.md": WIDGET,
    "api-reference/demo/queue/demo-queue-clear.md": NO_SCOPE,
    "api-reference/demo/demo-broken-get.md": BAD_NAME,
    "api-reference/demo/old/demo-item-add.md": ITEM_ADD,
    "_includes/required.md": "Обязательные параметры отмечены *\n",
}
