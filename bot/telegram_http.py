"""The HTTP client under python-telegram-bot: aiohttp instead of httpx.

python-telegram-bot talks to the Bot API through a `BaseRequest`, and documents
replacing its default httpx one as an extension point. We do, for speed: under
a burst, httpx's connection pool re-checks every connection on every request,
and the bot spent more time there than answering (see `bench/load.py`).
aiohttp is also what our loopback Bot API server for the tests uses.
Time-outs and errors keep python-telegram-bot's meaning: `TimedOut` for a
time-out, `NetworkError` for a failed connection.
"""

from __future__ import annotations

import asyncio

import aiohttp
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData

# python-telegram-bot's own defaults for its httpx client (seconds).
CONNECT_TIMEOUT = 5.0
READ_TIMEOUT = 5.0
POOL_TIMEOUT = 1.0


class AiohttpRequest(BaseRequest):
    """A `BaseRequest` over one `aiohttp.ClientSession`, opened in `initialize`."""

    __slots__ = ("_pool_size", "_session")

    def __init__(self, pool_size: int) -> None:
        self._pool_size = pool_size
        self._session: aiohttp.ClientSession | None = None

    @property
    def read_timeout(self) -> float:
        return READ_TIMEOUT

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size)
            self._session = aiohttp.ClientSession(connector=connector, headers={"User-Agent": self.USER_AGENT})

    async def shutdown(self) -> None:
        if self._session is not None and not self._session.closed:
            await self._session.close()

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: float | None = BaseRequest.DEFAULT_NONE,
        write_timeout: float | None = BaseRequest.DEFAULT_NONE,
        connect_timeout: float | None = BaseRequest.DEFAULT_NONE,
        pool_timeout: float | None = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        if self._session is None or self._session.closed:
            raise RuntimeError("AiohttpRequest n'est pas initialisé")
        pool = _given(pool_timeout, POOL_TIMEOUT)
        connect = _given(connect_timeout, CONNECT_TIMEOUT)
        # aiohttp's `connect` covers waiting for a free connection and opening it;
        # it has no write time-out (a request to the Bot API is a small form).
        timeout = aiohttp.ClientTimeout(
            total=None,
            connect=None if pool is None or connect is None else pool + connect,
            sock_connect=connect,
            sock_read=_given(read_timeout, READ_TIMEOUT),
        )
        try:
            async with self._session.request(method, url, data=_body(request_data), timeout=timeout) as response:
                return response.status, await response.read()
        except asyncio.TimeoutError as error:
            raise TimedOut from error
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{error.__class__.__name__}: {error}") from error


def _given(value: float | None, default: float) -> float | None:
    """python-telegram-bot passes DEFAULT_NONE for "not set" and None for "no limit"."""
    return default if value is BaseRequest.DEFAULT_NONE else value


def _body(request_data: RequestData | None) -> dict[str, str] | aiohttp.FormData | None:
    if request_data is None:
        return None
    if not request_data.multipart_data:
        return request_data.json_parameters
    form = aiohttp.FormData(request_data.json_parameters)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form
