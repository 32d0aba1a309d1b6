"""Free ports on the loopback interface, and waiting for a server to listen on one."""

from __future__ import annotations

import socket
import time


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that nothing listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, attempts: int = 200, pause: float = 0.05) -> None:
    """Return once something accepts connections on *port* of 127.0.0.1; raise RuntimeError if nothing does."""
    for _ in range(attempts):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            return
        except OSError:
            time.sleep(pause)
    raise RuntimeError(f"nothing listens on {port}")
