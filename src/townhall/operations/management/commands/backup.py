"""``townhall backup FILE``: the database and the stored files in one consistent tar file."""

from __future__ import annotations

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Write the whole instance (database rows and stored files, seen at one moment) to a tar file that `townhall restore` reads."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The tar file to write (replaced only when the backup is complete).")

    def handle(self, *args, file, **options):
        from townhall.operations.backup import BackupError, create_backup

        target = Path(file)
        if not target.parent.is_dir():
            raise CommandError(f"The folder {target.parent} does not exist.")
        try:
            summary = create_backup(target)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        rows = sum(summary.rows.values())
        self.stdout.write(f"Backed up {rows} rows and {summary.files} files ({summary.file_bytes / 1_048_576:.1f} MB) "
                          f"to {target} in {summary.seconds:.1f} s.")
