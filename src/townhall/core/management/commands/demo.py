from django.core.management.base import BaseCommand, CommandError

from townhall.core.demo.loader import DemoNotEmpty, load_demo


class Command(BaseCommand):
    help = "Load demo municipalities, committees, people, meetings and papers into an empty database."

    def add_arguments(self, parser):
        parser.add_argument("--if-empty", action="store_true", help="Do nothing (and succeed) when the database already holds data.")

    def handle(self, *args, if_empty=False, **options):
        try:
            summary = load_demo()
        except DemoNotEmpty as exc:
            if if_empty:
                self.stdout.write("The database already holds data; demo not loaded.")
                return
            raise CommandError(str(exc)) from None
        self.stdout.write(self.style.SUCCESS(
            f"Demo loaded: {summary.bodies} municipalities, {summary.organizations} organizations, "
            f"{summary.persons} persons, {summary.meetings} meetings, {summary.papers} papers."
        ))
