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
    # An authority's decision on a grant or a fee, and its hearing of a party before it decides against it.
    "zuwendungsbescheid": "letter", "förderbescheid": "letter", "gebührenbescheid": "letter", "partshøring": "letter",
    "varsel om": "letter",
    # A certified extract of a body's record of decisions, as some systems name it in one word.
    "protokoludskrift": "minutes", "beschlussbuchauszug": "minutes",
    # Members' request that scrutiny look again at an executive decision before it takes effect.
    "request for call-in": "motion", "request for call-in of an executive decision": "motion",
    "call-in request": "motion", "call-in request form": "motion", "request to call in a decision": "motion",
    # A question a councillor gave notice of, answered by an officer on the council's agenda.
    "question on notice": "agenda_item", "questions on notice": "agenda_item",
    # An administration's invitation of a body's members to a meeting that is no sitting ("Invitation til temamøde …").
    "invitation til": "letter", "indbydelse til": "letter",
    # An authority's summons of the owners an expropriation touches to the inspection on the spot it holds first.
    "indkaldelse til åstedsforretning": "letter", "indkaldelse til besigtigelsesforretning": "letter",
    "indkaldelse til besigtigelse": "letter",
    # What a council's press office sends the papers: it informs.
    "pressemitteilung": "notice", "presseinformation": "notice", "pressemeddelelse": "notice", "press release": "notice",
    "media release": "notice", "news release": "notice",
    # Residents' petition to the council, as petition systems print its page.
    "petition": "motion", "e-petition": "motion", "epetition": "motion", "petition details": "motion",
    "epetition details": "motion", "e-petition details": "motion",
    # A mayor's minute put straight to the council, under the agenda's section of that name.
    "mayoral minute": "agenda_item", "mayoral minutes": "agenda_item",
    # A smaller authority's notice of the electors' rights to inspect and object to its accounts before the audit.
    "notice of public rights": "notice",
    # An ordinance a council lays down (Austria's "Verordnung des Gemeinderates"): an enactment, no paper of the kinds.
    "verordnung": "other",
    # A public notice in its own word (the Danish "Bekendtgørelse" over an election or a plan, a Swiss "Publikation" of
    # a parliament's decisions, the notice of an election's roll and postal votes): it informs.
    "bekendtgørelse": "notice", "offentlig bekendtgørelse": "notice", "publikation": "notice",
    "amtliche publikation": "notice", "wahlbekanntmachung": "notice",
    # A notice that calls a special meeting and lists its business convenes it, as an agenda does.
    "notice and call": "agenda", "notice and call of": "agenda", "notice of special meeting": "agenda",
    "notice of a special meeting": "agenda", "call of special meeting": "agenda",
    # A resident's or a group's request to speak to the council at its meeting.
    "request to appear as a delegation": "motion", "request to appear before council": "motion",
    "delegation request": "motion", "delegation request form": "motion", "request to address council": "motion",
}
