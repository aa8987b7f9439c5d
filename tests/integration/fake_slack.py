"""A local stand-in for Slack's incoming-webhook endpoint, scripted per test.

Each webhook is a path ``/services/T0/B0/<hook>``. Answers are taken from the hook's script in
order (``200 ok`` when the script is used up): ``Reply(429, "rate_limited", retry_after=2)``,
``Reply(500, "")``, ``Reply(404, "no_service")``, or a reply that holds the request open
(``hold``) so a test can kill the sender mid-POST. Every arrival is recorded when its body has
been read, with its monotonic time.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import time
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from aiohttp import web


@dataclass(frozen=True)
class Reply:
    status: int = 200
    body: str = "ok"
    retry_after: int | None = None
    hold: float = 0.0  # seconds to keep the request open before answering


@dataclass(frozen=True)
class Arrival:
    hook: str
    at: float
    body: dict[str, Any]
    status: int  # the status the script answers it with


@dataclass
class FakeSlack:
    host: str = "127.0.0.1"
    arrivals: list[Arrival] = field(default_factory=list)
    _scripts: dict[str, list[Reply]] = field(default_factory=lambda: defaultdict(list))
    _runner: web.AppRunner | None = None
    _closing: asyncio.Event = field(default_factory=asyncio.Event)
    port: int = 0

    def url(self, hook: str) -> str:
        return f"http://{self.host}:{self.port}/services/T0/B0/{hook}"

    def script(self, hook: str, *replies: Reply) -> None:
        self._scripts[hook].extend(replies)

    def of(self, hook: str) -> list[Arrival]:
        return [a for a in self.arrivals if a.hook == hook]

    async def __aenter__(self) -> FakeSlack:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def start(self) -> None:
        """Serve on the running loop: use it from the test itself (``async with``), not from
        a fixture, whose loop may not be the one the test runs on."""
        app = web.Application()
        app.router.add_post("/services/T0/B0/{hook}", self._handle)
        self._runner = web.AppRunner(app)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        server = site._server
        assert server is not None
        self.port = server.sockets[0].getsockname()[1]  # type: ignore[attr-defined]

    async def stop(self) -> None:
        self._closing.set()  # release held requests, or cleanup waits for them
        if self._runner is not None:
            await self._runner.cleanup()

    async def wait_for(self, done: Any, seconds: float) -> bool:
        """Poll until ``done(self)`` is true; False when time runs out."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if done(self):
                return True
            await asyncio.sleep(0.1)
        return bool(done(self))

    async def _handle(self, request: web.Request) -> web.Response:
        hook = request.match_info["hook"]
        body = json.loads(await request.text())
        script = self._scripts[hook]
        reply = script.pop(0) if script else Reply()
        self.arrivals.append(Arrival(hook, time.monotonic(), body, reply.status))
        if reply.hold:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._closing.wait(), reply.hold)
        headers = {"Retry-After": str(reply.retry_after)} if reply.retry_after is not None else {}
        return web.Response(status=reply.status, text=reply.body, headers=headers)
