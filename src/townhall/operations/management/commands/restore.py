"""``townhall restore FILE``: load a backup into an empty instance and rebuild its search index."""

from __future__ import annotations

from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = ("Restore a backup made by `townhall backup` into an empty, migrated instance (SQLite or PostgreSQL, "
            "whichever the backup came from), then rebuild the search index.")

    def add_arguments(self, parser):
        parser.add_argument("file", help="The backup tar file.")

    def handle(self, *args, file, **options):
        from townhall.operations.backup import BackupError, restore_backup

        try:
            summary = restore_backup(file)
        except BackupError as exc:
            raise CommandError(str(exc)) from None
        self.stdout.write(f"Restored {sum(summary.rows.values())} rows and {summary.files} files in {summary.seconds:.1f} s.")
