"""A real SMTP server for the participation tests (aiosmtpd), keeping every message it accepts."""

from __future__ import annotations

import email
import email.policy
import re
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

from aiosmtpd.controller import Controller


class Mailbox:
    """An aiosmtpd handler and its controller: start, stop, read what arrived."""

    def __init__(self, port: int) -> None:
        self.port = port
        self.messages: list[email.message.EmailMessage] = []
        self.lock = threading.Lock()
        self.controller = None

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        with self.lock:
            self.messages.append(message)
        return "250 Message accepted for delivery"

    def start(self) -> None:
        self.controller = Controller(self, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def to(self, address: str) -> list[email.message.EmailMessage]:
        with self.lock:
            return [m for m in self.messages if address in m["To"]]

    def wait_for(self, address: str, count: int = 1, timeout: float = 30.0) -> list[email.message.EmailMessage]:
        """Return the messages to *address* once there are *count* of them, running due jobs meanwhile."""
        from townhall.jobs.scheduler import tick

        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.to(address)
            if len(found) >= count:
                return found
            tick()
            time.sleep(0.05)
        raise AssertionError(f"{len(self.to(address))} of {count} mails to {address} arrived")


def text_of(message) -> str:
    return message.get_body(("plain",)).get_content()


def html_of(message) -> str:
    return message.get_body(("html",)).get_content()


def link_in(message, pattern: str) -> str:
    """Return the path of the first link in the plain text that matches *pattern*."""
    match = re.search(r"https?://[^/\s]+(\S*" + pattern + r"\S*)", text_of(message))
    assert match, text_of(message)
    return match.group(1)


@contextmanager
def mail_server(settings) -> Iterator[Mailbox]:
    """Run a real SMTP server for the outbox to send to, jobs running in the process that queues them."""
    from bench.loopback import free_port
    from townhall.jobs import backends

    box = Mailbox(free_port())
    # pytest-django swaps in the in-memory backend; these tests talk SMTP to a real server.
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", box.port, 5
    settings.MAIL_RETRY_SECONDS = 0.2
    settings.BROKER_URL = ""
    backends._backend_for.cache_clear()
    box.start()
    try:
        yield box
    finally:
        box.stop()
