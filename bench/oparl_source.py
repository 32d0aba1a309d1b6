"""A generated OParl 1.1 source served over loopback HTTP, for harvest benchmarks at any size.

    .venv/bin/python bench/oparl_source.py --papers 25000 --port 8765

Every object is made from its number when asked for, so the server's memory stays small whatever
the size: papers carry an embedded main file and two consultations (four objects per paper),
meetings point at committees, and lists are paged with ``links.next``.
"""

from __future__ import annotations

import argparse
import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

PER_PAGE = 100
T = "https://schema.oparl.org/1.1/"
STAMP = "2026-01-02T10:00:00+01:00"


class Source:
    def __init__(self, base: str, papers: int, meetings: int = 500, organizations: int = 25, persons: int = 300):
        self.base, self.papers, self.meetings, self.organizations, self.persons = base, papers, meetings, organizations, persons

    def url(self, kind: str, n: int | None = None) -> str:
        return f"{self.base}/{kind}" if n is None else f"{self.base}/{kind}/{n}"

    def system(self) -> dict:
        return {"id": self.url("system"), "type": T + "System", "oparlVersion": T, "name": "Generated council",
                "body": self.url("bodies"), "vendor": "https://example.org/generator"}

    def body(self) -> dict:
        return {"id": self.url("body", 1), "type": T + "Body", "system": self.url("system"), "name": "Generierte Stadt",
                "created": STAMP, "modified": STAMP, "organization": self.url("list/organization"),
                "person": self.url("list/person"), "meeting": self.url("list/meeting"), "paper": self.url("list/paper"),
                "legislativeTermList": self.url("list/legislativeterm"), "locationList": self.url("list/location"),
                "membership": self.url("list/membership"), "agendaItem": self.url("list/agendaitem"),
                "consultation": self.url("list/consultation"), "file": self.url("list/file")}

    def organization(self, n: int) -> dict:
        return {"id": self.url("organization", n), "type": T + "Organization", "name": f"Ausschuss {n}", "body": self.url("body", 1),
                "created": STAMP, "modified": STAMP}

    def person(self, n: int) -> dict:
        return {"id": self.url("person", n), "type": T + "Person", "name": f"Person {n}", "familyName": f"Name{n}",
                "givenName": "Vorname", "body": self.url("body", 1), "created": STAMP, "modified": STAMP}

    def meeting(self, n: int) -> dict:
        return {"id": self.url("meeting", n), "type": T + "Meeting", "name": f"Sitzung {n}",
                "start": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}T17:00:00+01:00",
                "organization": [self.url("organization", 1 + n % self.organizations)], "created": STAMP, "modified": STAMP}

    def paper(self, n: int) -> dict:
        meeting = 1 + n % self.meetings
        return {
            "id": self.url("paper", n), "type": T + "Paper", "body": self.url("body", 1), "name": f"Vorlage {n} über den Haushalt {n % 97}",
            "reference": f"GEN/{n:06d}", "date": f"2025-{1 + n % 12:02d}-{1 + n % 28:02d}", "paperType": "Beschlussvorlage",
            "created": STAMP, "modified": STAMP,
            "mainFile": {"id": self.url("file", n), "type": T + "File", "name": f"Vorlage {n}", "fileName": f"vorlage-{n}.pdf",
                         "mimeType": "application/pdf", "accessUrl": self.url("bytes", n), "created": STAMP, "modified": STAMP},
            "consultation": [
                {"id": self.url("consultation", 2 * n), "type": T + "Consultation", "paper": self.url("paper", n),
                 "meeting": self.url("meeting", meeting), "organization": [self.url("organization", 1 + n % self.organizations)],
                 "role": "Vorberatung", "created": STAMP, "modified": STAMP},
                {"id": self.url("consultation", 2 * n + 1), "type": T + "Consultation", "paper": self.url("paper", n),
                 "meeting": self.url("meeting", 1 + (meeting + 7) % self.meetings), "role": "Entscheidung",
                 "organization": [self.url("organization", 1 + (n + 3) % self.organizations)], "created": STAMP, "modified": STAMP},
            ],
        }

    def listing(self, kind: str, page: int) -> dict:
        makers = {"organization": (self.organization, self.organizations), "person": (self.person, self.persons),
                  "meeting": (self.meeting, self.meetings), "paper": (self.paper, self.papers)}
        if kind not in makers:
            return {"data": [], "pagination": {"totalElements": 0}, "links": {}}
        make, total = makers[kind]
        first = (page - 1) * PER_PAGE + 1
        data = [make(n) for n in range(first, min(total, first + PER_PAGE - 1) + 1)]
        links = {"next": f"{self.url('list/' + kind)}?page={page + 1}"} if first + PER_PAGE - 1 < total else {}
        return {"data": data, "pagination": {"totalElements": total, "currentPage": page}, "links": links}

    def answer(self, path: str, query: dict) -> dict | None:
        parts = path.strip("/").split("/")[1:]  # drop "oparl"
        if parts == ["system"]:
            return self.system()
        if parts == ["bodies"]:
            return {"data": [self.body()], "links": {}}
        if parts == ["body", "1"]:
            return self.body()
        if len(parts) == 2 and parts[0] == "list":
            return self.listing(parts[1], int(query.get("page", ["1"])[0]))
        if len(parts) == 2 and parts[1].isdigit() and hasattr(self, parts[0]):
            return getattr(self, parts[0])(int(parts[1]))
        return None


def serve(port: int, papers: int) -> None:
    source = Source(f"http://127.0.0.1:{port}/oparl", papers)

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            split = urlsplit(self.path)
            data = source.answer(split.path, parse_qs(split.query))
            body = json.dumps(data).encode() if data is not None else b'{"type": "Error"}'
            self.send_response(200 if data is not None else 404)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--papers", type=int, default=25000)
    parser.add_argument("--port", type=int, default=8765)
    options = parser.parse_args()
    serve(options.port, options.papers)
