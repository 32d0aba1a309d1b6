"""Length-prefixed frames over pipes, the messages between the ingest and its reading processes.

A frame is an 8-byte big-endian length and that many bytes. A message is a pickled frame;
document bytes travel as a raw frame of their own, so that neither side copies them into a
pickle. Both ends are trusted townhall processes of one machine.
"""

from __future__ import annotations

import os
import pickle
import struct

_LENGTH = struct.Struct(">Q")
#: Bytes asked of the kernel per read of a large frame.
_READ_SIZE = 1 << 20


def encode_message(message) -> bytes:
    """Return *message* as one frame."""
    payload = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return _LENGTH.pack(len(payload)) + payload


def frame_header(size: int) -> bytes:
    """Return the length prefix of a raw frame of *size* bytes."""
    return _LENGTH.pack(size)


def write_all(fd: int, data) -> None:
    """Write all of *data* to a blocking file descriptor."""
    view = memoryview(data)
    while view:
        written = os.write(fd, view)
        view = view[written:]


def write_message(fd: int, message) -> None:
    """Write one message to a blocking file descriptor."""
    write_all(fd, encode_message(message))


def _read_exactly(fd: int, size: int) -> bytearray | None:
    buffer = bytearray(size)
    view = memoryview(buffer)
    got = 0
    while got < size:
        count = os.readv(fd, [view[got:got + _READ_SIZE]])
        if count == 0:
            return None
        got += count
    return buffer


def read_frame(fd: int) -> bytearray | None:
    """Read one raw frame from a blocking descriptor; None when the other end has closed."""
    header = _read_exactly(fd, _LENGTH.size)
    if header is None:
        return None
    (size,) = _LENGTH.unpack(header)
    if size == 0:
        return bytearray()
    return _read_exactly(fd, size)


def read_message(fd: int):
    """Read one message from a blocking descriptor; None when the other end has closed."""
    frame = read_frame(fd)
    if frame is None:
        return None
    return pickle.loads(frame)


class FrameReader:
    """Collect frames from a non-blocking descriptor as its bytes arrive."""

    def __init__(self, fd: int) -> None:
        self.fd = fd
        self._buffer = bytearray()
        self.closed = False

    def feed(self) -> list:
        """Read what is available; return the messages completed by it (``closed`` at the end of the stream)."""
        while True:
            try:
                chunk = os.read(self.fd, _READ_SIZE)
            except BlockingIOError:
                break
            except OSError:
                chunk = b""
            if not chunk:
                self.closed = True
                break
            self._buffer += chunk
            if len(chunk) < _READ_SIZE:
                break
        messages = []
        start = 0
        buffer = self._buffer
        while len(buffer) - start >= _LENGTH.size:
            (size,) = _LENGTH.unpack_from(buffer, start)
            end = start + _LENGTH.size + size
            if len(buffer) < end:
                break
            with memoryview(buffer) as view:
                messages.append(pickle.loads(view[start + _LENGTH.size:end]))
            start = end
        if start:
            del buffer[:start]
        return messages
