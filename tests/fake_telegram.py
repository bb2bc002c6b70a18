"""A Bot API server on loopback that behaves like Telegram where it matters.

It runs aiohttp in a background thread. Tests act as users (`send_text`,
`press`, `send_sticker`...) and read what the bot sent (`wait_for_message`).
Requests Telegram would refuse are refused the same way (HTTP 400 with
Telegram's error shape) *and* recorded in `refused`, which tests assert empty:
invalid HTML or unsupported tags, text of 0 or over 4096 characters after
entity parsing, callback data outside 1-64 bytes, unknown methods (404).
"""

from __future__ import annotations

import asyncio
import html
import json
import socket
import threading
import time
from dataclasses import dataclass, field
from html.parser import HTMLParser
from typing import Any, Callable

from aiohttp import web

ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "span", "tg-spoiler", "blockquote", "tg-emoji",
}
ENTITY_OK = ("&lt;", "&gt;", "&amp;", "&quot;")
MAX_TEXT = 4096


class TelegramError(Exception):
    def __init__(self, code: int, description: str) -> None:
        super().__init__(description)
        self.code = code
        self.description = description


class _HtmlChecker(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.problem: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag not in ALLOWED_TAGS:
            self.problem = f"Unsupported start tag \"{tag}\""
        elif tag == "a" and not dict(attrs).get("href"):
            self.problem = "Can't find end of href attribute"
        self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or self.stack[-1] != tag:
            self.problem = f"Can't find end tag corresponding to start tag \"{tag}\""
        else:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if "<" in data:
            self.problem = "Unexpected \"<\": unescaped"
        self.text.append(data)

    def handle_entityref(self, name: str) -> None:
        if f"&{name};" not in ENTITY_OK:
            self.problem = f"Unsupported HTML entity \"&{name};\""
        self.text.append(html.unescape(f"&{name};"))

    def handle_charref(self, name: str) -> None:
        self.text.append(html.unescape(f"&#{name};"))


def parse_html(text: str) -> str:
    """The visible text of Telegram HTML, or TelegramError like Telegram's."""
    checker = _HtmlChecker()
    checker.feed(text)
    checker.close()
    raw_amp = [i for i in range(len(text)) if text[i] == "&" and not any(
        text.startswith(e, i) for e in ENTITY_OK) and not text.startswith("&#", i)]
    if raw_amp:
        checker.problem = checker.problem or "Can't parse entities: unescaped \"&\""
    if checker.stack and not checker.problem:
        checker.problem = f"Can't find end tag corresponding to start tag \"{checker.stack[-1]}\""
    if checker.problem:
        raise TelegramError(400, f"Bad Request: can't parse entities: {checker.problem}")
    return "".join(checker.text)


def utf16_length(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Fault:
    """A failure to inject: an HTTP status (429 with retry_after, 500) or a drop."""

    status: int = 500
    retry_after: int | None = None
    drop: bool = False
    delay: float = 0.0


@dataclass
class FakeTelegram:
    token: str = "123456:TEST-token_for-loopback"
    username: str = "spie_test_bot"
    bot_id: int = 123456
    sent: list[dict] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    calls: list[tuple[str, dict]] = field(default_factory=list)
    callback_answers: list[dict] = field(default_factory=list)
    commands: list[dict] | None = None
    webhook: dict | None = None
    faults: dict[str, list[Fault]] = field(default_factory=dict)
    # Called (in the server's thread) with each message the bot sends: lets the
    # load benchmark react to replies without a thread per simulated user.
    on_message: Callable[[dict], None] | None = None

    def __post_init__(self) -> None:
        self.port = free_port()
        self._lock = threading.RLock()
        self._changed = threading.Condition(self._lock)
        self._by_chat: dict[int, list[dict]] = {}
        self.delivered: dict[int, float] = {}  # update id -> first handed to the bot
        self._updates: list[dict] = []
        self._confirmed = 0
        self._next_update = 1
        self._next_message = 1000
        self._messages: dict[tuple[int, int], dict] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._runner: web.AppRunner | None = None
        self._stopping = False

    # --- lifecycle -------------------------------------------------------

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> "FakeTelegram":
        ready = threading.Event()
        self._thread = threading.Thread(target=self._serve, args=(ready,), daemon=True)
        self._thread.start()
        if not ready.wait(10):
            raise RuntimeError("fake Bot API server did not start")
        return self

    def stop(self) -> None:
        self._stopping = True  # ends pending long polls at once
        if self._loop and self._runner:
            asyncio.run_coroutine_threadsafe(self._runner.cleanup(), self._loop).result(10)
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(10)

    def _serve(self, ready: threading.Event) -> None:
        self._loop = asyncio.new_event_loop()
        asyncio.set_event_loop(self._loop)
        app = web.Application()
        app.router.add_route("*", "/bot{token}/{method}", self._handle)
        self._runner = web.AppRunner(app)
        self._loop.run_until_complete(self._runner.setup())
        self._loop.run_until_complete(web.TCPSite(self._runner, "127.0.0.1", self.port).start())
        ready.set()
        self._loop.run_forever()

    # --- what users do ---------------------------------------------------

    def all_at_once(self) -> threading.RLock:
        """`with fake.all_at_once():` the bot's calls wait until the block ends."""
        return self._lock

    def user(self, user_id: int = 1001, name: str = "Camille") -> dict:
        return {"id": user_id, "is_bot": False, "first_name": name, "language_code": "fr"}

    def private_chat(self, user_id: int = 1001) -> dict:
        return {"id": user_id, "type": "private", "first_name": "Camille"}

    def group_chat(self, chat_id: int = -5001) -> dict:
        return {"id": chat_id, "type": "group", "title": "Réseau insertion"}

    def _push(self, kind: str, payload: dict) -> dict:
        with self._lock:
            update = {"update_id": self._next_update, kind: payload}
            self._next_update += 1
            self._updates.append(update)
        return update

    def _user_message(self, chat: dict, user: dict, **content: Any) -> dict:
        with self._lock:
            self._next_message += 1
            message_id = self._next_message
        return {"message_id": message_id, "date": int(time.time()), "chat": chat, "from": user, **content}

    def send_text(self, text: str, user: dict | None = None, chat: dict | None = None,
                  reply_to: dict | None = None, mention: bool = False) -> dict:
        user = user or self.user()
        chat = chat or self.private_chat(user["id"])
        content: dict[str, Any] = {"text": text}
        entities = []
        if text.startswith("/"):
            entities.append({"type": "bot_command", "offset": 0, "length": utf16_length(text.split()[0])})
        if mention:
            handle = f"@{self.username}"
            start = text.index(handle)
            entities.append({"type": "mention", "offset": utf16_length(text[:start]), "length": len(handle)})
        if entities:
            content["entities"] = entities
        if reply_to:
            content["reply_to_message"] = reply_to
        return self._push("message", self._user_message(chat, user, **content))

    def edit_text(self, original: dict, text: str) -> dict:
        message = {**original["message"], "text": text, "edit_date": int(time.time())}
        return self._push("edited_message", message)

    def send_sticker(self, user: dict | None = None) -> dict:
        user = user or self.user()
        sticker = {"file_id": "CAACAgI", "file_unique_id": "AgAD", "type": "regular",
                   "width": 512, "height": 512, "is_animated": False, "is_video": False}
        return self._push("message", self._user_message(self.private_chat(user["id"]), user, sticker=sticker))

    def press(self, message: dict, data: str, user: dict | None = None) -> dict:
        user = user or self.user()
        query = {"id": str(time.time_ns()), "from": user, "message": _public(message),
                 "chat_instance": "ci-" + str(message["chat"]["id"]), "data": data}
        return self._push("callback_query", query)

    # --- reading what the bot did ---------------------------------------

    def wait_for(self, predicate: Callable[[], Any], timeout: float = 15.0) -> Any:
        """Wait until `predicate()` is true; re-checked whenever the bot acts."""
        deadline = time.monotonic() + timeout
        with self._changed:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError("timed out waiting for the bot")
                self._changed.wait(min(left, 0.1))

    def wait_for_message(self, chat_id: int, after: int = 0, timeout: float = 15.0) -> dict:
        """The first message the bot sent to `chat_id` after the first `after` ones."""
        def found():
            mine = self._by_chat.get(chat_id, [])
            return mine[after] if len(mine) > after else None
        return self.wait_for(found, timeout)

    def messages_to(self, chat_id: int) -> list[dict]:
        with self._lock:
            return list(self._by_chat.get(chat_id, []))

    def message(self, chat_id: int, message_id: int) -> dict:
        with self._lock:
            return self._messages[(chat_id, message_id)]

    def pending_updates(self) -> int:
        with self._lock:
            return sum(1 for u in self._updates if u["update_id"] >= self._confirmed)

    # --- the Bot API -----------------------------------------------------

    async def _handle(self, request: web.Request) -> web.Response:
        method = request.match_info["method"]
        if request.match_info["token"] != self.token:
            return web.json_response({"ok": False, "error_code": 401, "description": "Unauthorized"}, status=401)
        params = await _params(request)
        with self._lock:
            self.calls.append((method, params))
            faults = self.faults.get(method)
            fault = faults.pop(0) if faults else None
        if fault:
            response = await self._fault(request, fault)
            if response is not None:
                return response
        handler = getattr(self, "_api_" + method.lower(), None)
        if handler is None:
            return web.json_response({"ok": False, "error_code": 404, "description": "Not Found"}, status=404)
        try:
            result = await handler(params)
        except TelegramError as error:
            with self._lock:
                self.refused.append(f"{method}: {error.description}")
            return web.json_response(
                {"ok": False, "error_code": error.code, "description": error.description}, status=error.code
            )
        return web.json_response({"ok": True, "result": result})

    async def _fault(self, request: web.Request, fault: Fault) -> web.Response | None:
        deadline = time.monotonic() + fault.delay
        while time.monotonic() < deadline and not self._stopping:
            await asyncio.sleep(0.05)
        if fault.drop:
            request.transport.close()
            return web.Response(status=500)
        body: dict[str, Any] = {"ok": False, "error_code": fault.status,
                                "description": "Too Many Requests" if fault.status == 429 else "Internal Server Error"}
        if fault.retry_after is not None:
            body["parameters"] = {"retry_after": fault.retry_after}
        return web.json_response(body, status=fault.status)

    def _bot_user(self) -> dict:
        return {"id": self.bot_id, "is_bot": True, "first_name": "Assistant SPIE", "username": self.username,
                "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}

    async def _api_getme(self, params: dict) -> dict:
        return self._bot_user()

    async def _api_getupdates(self, params: dict) -> list:
        offset = int(params.get("offset") or 0)
        timeout = float(params.get("timeout") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + timeout
        while True:
            with self._lock:
                if offset:
                    self._confirmed = max(self._confirmed, offset)
                    self._updates = [u for u in self._updates if u["update_id"] >= offset]
                ready = [u for u in self._updates if u["update_id"] >= offset][:limit]
                now = time.monotonic()
                for update in ready:
                    self.delivered.setdefault(update["update_id"], now)
            if ready or time.monotonic() >= deadline or self._stopping:
                return ready
            await asyncio.sleep(0.005)

    async def _api_sendmessage(self, params: dict) -> dict:
        chat_id = int(params["chat_id"])
        text = self._checked_text(params)
        markup = self._checked_markup(params.get("reply_markup"))
        chat = {"id": chat_id, "type": "private" if chat_id > 0 else "group"}
        with self._lock:
            self._next_message += 1
            message = {"message_id": self._next_message, "date": int(time.time()), "chat": chat,
                       "from": self._bot_user(), "text": text, "html": params.get("text"),
                       "received": time.monotonic()}
            if markup:
                message["reply_markup"] = markup
            self._messages[(chat_id, message["message_id"])] = message
            self.sent.append(message)
            self._by_chat.setdefault(chat_id, []).append(message)
            self._changed.notify_all()
            if self.on_message:
                self.on_message(message)
        return _public(message)

    async def _api_editmessagetext(self, params: dict) -> dict:
        message = self._existing(params)
        text = self._checked_text(params)
        markup = self._checked_markup(params.get("reply_markup"))
        with self._lock:
            if text == message["text"] and markup == message.get("reply_markup"):
                raise TelegramError(400, "Bad Request: message is not modified")
            message.update(text=text, html=params.get("text"), edited=True)
            self._replace_markup(message, markup)
        return _public(message)

    async def _api_editmessagereplymarkup(self, params: dict) -> dict:
        message = self._existing(params)
        markup = self._checked_markup(params.get("reply_markup"))
        with self._lock:
            self._replace_markup(message, markup)
        return _public(message)

    def _replace_markup(self, message: dict, markup: dict | None) -> None:
        """An edit without a keyboard removes the old one, as on Telegram."""
        message.pop("reply_markup", None)
        if markup:
            message["reply_markup"] = markup
        self._changed.notify_all()

    async def _api_answercallbackquery(self, params: dict) -> bool:
        if len(params.get("text") or "") > 200:
            raise TelegramError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self._lock:
            self.callback_answers.append(params)
            self._changed.notify_all()
        return True

    async def _api_setmycommands(self, params: dict) -> bool:
        commands = params["commands"]
        for command in commands:
            name, description = command["command"], command["description"]
            if not (1 <= len(name) <= 32 and name.replace("_", "").isalnum() and name.islower()):
                raise TelegramError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(description) <= 256:
                raise TelegramError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self.commands = commands
            self._changed.notify_all()
        return True

    async def _api_setwebhook(self, params: dict) -> bool:
        with self._lock:
            self.webhook = params
            self._changed.notify_all()
        return True

    async def _api_deletewebhook(self, params: dict) -> bool:
        self.webhook = None
        return True

    async def _api_sendchataction(self, params: dict) -> bool:
        return True

    def _existing(self, params: dict) -> dict:
        key = (int(params["chat_id"]), int(params["message_id"]))
        with self._lock:
            if key not in self._messages:
                raise TelegramError(400, "Bad Request: message to edit not found")
            return self._messages[key]

    def _checked_text(self, params: dict) -> str:
        raw = params.get("text") or ""
        text = parse_html(raw) if (params.get("parse_mode") or "").upper() == "HTML" else raw
        if not text.strip():
            raise TelegramError(400, "Bad Request: message text is empty")
        if utf16_length(text) > MAX_TEXT:
            raise TelegramError(400, "Bad Request: message is too long")
        return text

    def _checked_markup(self, markup: Any) -> dict | None:
        if not markup:
            return None
        for row in markup.get("inline_keyboard", []):
            for button in row:
                if not button.get("text"):
                    raise TelegramError(400, "Bad Request: BUTTON_TEXT_INVALID")
                data = button.get("callback_data")
                if data is not None and not 1 <= len(data.encode("utf-8")) <= 64:
                    raise TelegramError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup


def _public(message: dict) -> dict:
    return {k: v for k, v in message.items() if k not in ("html", "edited", "received")}


async def _params(request: web.Request) -> dict:
    if request.content_type == "application/json":
        raw = await request.json()
        return raw if isinstance(raw, dict) else {}
    form = await request.post() if request.method == "POST" else request.query
    params: dict[str, Any] = {}
    for key, value in form.items():
        try:
            params[key] = json.loads(value) if key in ("reply_markup", "commands", "allowed_updates", "link_preview_options") else value
        except (TypeError, json.JSONDecodeError):
            params[key] = value
    return params
