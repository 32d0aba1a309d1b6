"""Progress display for the command: one rich progress bar per OParl type on a terminal."""

from __future__ import annotations

from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn


class BarProgress:
    """A rich progress bar per object type; a context manager that clears up after itself."""

    def __init__(self):
        self._bars = Progress(TextColumn("{task.description:<14}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
        self._tasks: dict[str, int] = {}

    def __enter__(self):
        self._bars.start()
        return self

    def __exit__(self, *exc):
        self.stop()

    def stop(self) -> None:
        self._bars.stop()

    def start(self, type_: str, total: int | None) -> None:
        if type_ not in self._tasks:
            self._bars.start()
            self._tasks[type_] = self._bars.add_task(type_, total=total)

    def advance(self, type_: str, amount: int = 1) -> None:
        if type_ not in self._tasks:
            self.start(type_, None)
        self._bars.advance(self._tasks[type_], amount)


class QuietProgress:
    """Progress that shows nothing (pipes, cron, tests)."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        pass

    def stop(self) -> None:
        pass

    def start(self, type_: str, total: int | None) -> None:
        pass

    def advance(self, type_: str, amount: int = 1) -> None:
        pass
