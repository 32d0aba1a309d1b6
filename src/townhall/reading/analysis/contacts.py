"""Find contact details as written: e-mail addresses, phone numbers and web addresses."""

from __future__ import annotations

import re

# Searches start from the literal "@", "http" or "www." (fast) and read the rest around it.
_EMAIL_DOMAIN = re.compile(r"@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_EMAIL_LOCAL = re.compile(r"[\w.+-]+$")
_BROKEN_DOMAIN = re.compile(r"(@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)[ \t]*\n[ \t]*(\.[a-z]{2,}(?:\.[a-z]{2,})*)(?=[\s,;)]|$)")
_CONFERENCING = re.compile(r"(?:^|\.)(?:webex\.com|zoom\.us|lync\.com|teams\.microsoft\.com|gotomeeting\.com)$", re.IGNORECASE)
_URL = re.compile(r"https?://[^\s<>\"')\]]+|www\.[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+(?:/[^\s<>\"')\]]*)?")
_URL_TRAIL = ".,;:!?'\"»”"
# A label alone on its line with the number on the next line ("Mobil\n2036 5796").
_PHONE_LABEL_ALONE = re.compile(
    r"^[ \t]*(?:tlf|telefon|tel|mobil|mobile|mob|mobiltelefon|telefax|fax|phone|telephone|direkte|direkte tlf"
    r"|direct line|direct dial|handy|fon|durchwahl|hovednummer)\.?(?:[ \t]*nr\.?)?[ \t]*:?[ \t]*\n(?:[ \t]*\n)?"
    r"[ \t]*(?P<number>\+?\(?\d[\d ()/.-]{4,}\d)",
    re.IGNORECASE | re.MULTILINE,
)
_PHONE_INLINE_LABEL = re.compile(
    r"\b(?:tlf|telefon|tel|mobil|telefax|fax|phone|telephone|handy|durchwahl)\.?\s*(?:nr\.?|no\.?)?\s*:?\s*"
    r"(?P<number>\+?\(?\d[\d ()/.-]{4,}\d)",
    re.IGNORECASE,
)
# Formats that are phone numbers even without a label.
_UNLABELLED = re.compile(
    r"(?:\+\d{2,3}[ -]?(?:\(0\))?[ -]?\d[\d -]{5,}\d"  # international
    r"|\d{2} \d{2} \d{2} \d{2}"  # Danish 33 66 28 51
    r"|0\d{2,4}[ /]\d{2,}(?:[- ]\d{1,5})?"  # German 0331 289-1234
    r"|\(0\d{2,4}\) ?\d{2,}(?:[- ]\d{1,5})?"
    r"|\([2-9]\d{2}\) ?\d{3}-\d{4}|[2-9]\d{2}-\d{3}-\d{4})(?![\w.,/-]?\d)"  # North American (905) 555-0187
)
_DATE_LIKE = re.compile(r"^\d{1,2}\.\d{1,2}\.\d{2,4}$")
# "0815/2021" is a paper number with its year, not a phone number.
_PAPER_NUMBER = re.compile(r"^\d{2,6}/(?:19|20)\d{2}$")
_YEAR_RANGE = re.compile(r"^(?:19|20)\d{2}\s*[-–/]\s*(?:19|20)?\d{2}$")


def find_emails(text: str) -> list[str]:
    """Return the e-mail addresses in *text*, in order, each once.

    An address broken before a dot of its domain in a narrow column ("name@county\n.gov.uk") is
    joined again; the dial-in addresses of video meetings (all-digit names, conferencing hosts)
    are no one's contact address.
    """
    if "@" in text:
        text = _BROKEN_DOMAIN.sub(r"\1\2", text)
    found = []
    for match in _EMAIL_DOMAIN.finditer(text):
        local = _EMAIL_LOCAL.search(text, max(0, match.start() - 64), match.start())
        if local:
            address = (local.group(0) + match.group(0)).strip(".")
            name, _, domain = address.partition("@")
            if name.split(".")[0].isdigit() or _CONFERENCING.search(domain):
                continue
            found.append(address)
    return _unique(found)


def find_urls(text: str) -> list[str]:
    """Return the web addresses in *text* (http(s):// or www.), without trailing punctuation."""
    if "http" not in text and "www." not in text:
        return []
    return _unique(
        m.group(0).rstrip(_URL_TRAIL)
        for m in _URL.finditer(text)
        # "post@www-x.dk" and "...x.dk/www.y" are not web addresses of their own.
        if not m.start() or text[m.start() - 1] not in "@./" and not text[m.start() - 1].isalnum()
    )


def find_phones(text: str) -> list[str]:
    """Return phone and fax numbers as written: labelled ones, and unlabelled ones in phone formats."""
    found: list[tuple[int, str]] = []
    for match in _PHONE_LABEL_ALONE.finditer(text):
        found.append((match.start("number"), match.group("number")))
    for match in _PHONE_INLINE_LABEL.finditer(text):
        found.append((match.start("number"), match.group("number")))
    # The unlabelled pattern carries no look-behind (it would slow the search down); it is checked here.
    for match in _UNLABELLED.finditer(text):
        if not match.start() or text[match.start() - 1] not in ".,/-" and not text[match.start() - 1].isalnum():
            found.append((match.start(), match.group(0)))
    found.sort()
    return _unique_digits(number.strip() for _, number in found if "\n" not in number.strip() and _plausible(number))


def _plausible(number: str) -> bool:
    digits = re.sub(r"\D", "", number)
    number = number.strip()
    if not 6 <= len(digits) <= 15 or _DATE_LIKE.match(number) or _PAPER_NUMBER.match(number) or _YEAR_RANGE.match(number):
        return False
    return True


def _unique(values) -> list[str]:
    seen, out = set(), []
    for value in values:
        key = value.casefold()
        if value and key not in seen:
            seen.add(key)
            out.append(value)
    return out


def _unique_digits(values) -> list[str]:
    seen, out = set(), []
    for value in values:
        # "+45 33 66 28 51" and "33 66 28 51" are the same number: compare the last eight digits.
        key = re.sub(r"\D", "", value)[-8:]
        if key in seen:
            continue
        seen.add(key)
        out.append(value)
    return out
