"""What the clerk's side keeps beside the OParl records: roles, paper status, agendas, decisions, tasks, audit."""

from .actions import OPEN_STATES, ActionItem, ActionStatus, FollowUp
from .audit import AuditEntry
from .meetings import AgendaEntry, Attendance, Decision, Frequency, MeetingRecord, MeetingSeries, MeetingState, Presence, Result
from .papers import PaperRecord, PaperStatus, RouteStep, StepRole, StepState
from .roles import ROLE_GROUPS, Role, StaffRole, TwoFactorPolicy

__all__ = [
    "ActionItem", "ActionStatus", "AgendaEntry", "Attendance", "AuditEntry", "Decision", "FollowUp", "Frequency",
    "MeetingRecord", "MeetingSeries", "MeetingState", "OPEN_STATES", "PaperRecord", "PaperStatus", "Presence",
    "Result", "Role", "ROLE_GROUPS", "RouteStep", "StaffRole", "StepRole", "StepState", "TwoFactorPolicy",
]
