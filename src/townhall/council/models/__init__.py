"""What the clerk's side keeps beside the OParl records: roles, paper status, agendas, decisions, tasks, audit."""

from .audit import AuditEntry
from .roles import ROLE_GROUPS, Role, StaffRole, TwoFactorPolicy

__all__ = ["AuditEntry", "Role", "ROLE_GROUPS", "StaffRole", "TwoFactorPolicy"]
