"""Names of further genres of council papers, as they head the paper, and the kind each one is.

A line that is nothing but one of these (or opens with it before a preposition: "Afgørelse om dispensation …",
"Dringlichkeitsentscheidung gemäß § 60 …") names the genre; the kind reader and the title reader pass it over as
no subject.
"""

FURTHER_GENRES = {
    # An authority's decision on an application, sent to the applicant with its right of appeal.
    "afgørelse": "letter", "afgørelse om": "letter", "bescheid": "letter",
    # A party's or member's amendment to the budget or to another paper, and a citizens' proposal put to the council.
    "ændringsforslag": "motion", "ændringsforslag til": "motion", "borgerforslag": "motion",
    # A mayor's decision in place of the council, put to it for approval afterwards.
    "dringlichkeitsentscheidung": "proposal", "eilentscheidung": "proposal", "eilentscheidung des bürgermeisters": "proposal",
    "dringlichkeitsentscheidung des bürgermeisters": "proposal",
    # A report of an inspection or an audit, for the body that oversees it to take note of.
    "tilsynsrapport": "notice", "tilsynsnotat": "notice", "prüfbericht": "notice", "prüfungsbericht": "notice",
    "bericht des prüfungsausschusses": "notice", "bericht über die gebarungsprüfung": "notice",
    # A proposal put out for submissions under a special consultative procedure, a notice of a body's public hearing.
    "statement of proposal": "hearing", "notice of public hearing": "hearing", "notice of hearing": "hearing",
}
