"""A letter that answers another: the fields naming the letter it replies to, under a salutation.

A public body heard on another's plan answers in a letter of its own ("Ihr Schreiben vom 02.07.2026", "Ihr Zeichen",
"Jeres sagsnr.", "Your ref"): the hearing it names in its subject is the one it answers, not its own genre.
"""

from __future__ import annotations

import re

_REPLY_FIELD = re.compile(
    r"^\s*(?:Ihr(?:e)? (?:Schreiben|Nachricht|Anfrage|E-Mail) vom|Ihr (?:Zeichen|Aktenzeichen)|Ihre? Az\."
    r"|Your (?:ref(?:erence)?|letter(?: of)?)|Jeres (?:ref(?:erence)?|sagsnr|j\.\s?nr|brev(?: af)?)|Deres (?:ref|j\.\s?nr))\.?\s*[:\t ]",
    re.IGNORECASE | re.MULTILINE,
)
_SALUTATION = re.compile(r"^\s*(?:Sehr geehrte|Kære|Dear|Liebe)\b", re.IGNORECASE | re.MULTILINE)
_HEAD = 1500


def answers_a_letter(text: str) -> bool:
    """Tell whether *text* is a letter replying to another: a field naming that letter in its head, and a salutation."""
    head = text[:_HEAD]
    return bool(_REPLY_FIELD.search(head) and _SALUTATION.search(text[: _HEAD * 2]))
