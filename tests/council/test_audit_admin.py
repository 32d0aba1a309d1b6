"""The audit log in the admin: read only, scoped to the administrator's own bodies, exportable."""

import csv
import io

from accounts import as_staff
from townhall.council.services.audit import audit


def test_administrator_reads_the_log_of_their_own_body_only(client, town, other_town):
    audit(town.admin, "role.grant", body=town.body, after={"role": "member"})
    audit(other_town.admin, "role.grant", body=other_town.body, after={"role": "canary-of-lindenau"})
    client.force_login(as_staff(town.admin))
    page = client.get("/admin/council/auditentry/").content.decode()
    assert "soeby-administrator" in page
    assert "lindenau-administrator" not in page


def test_nobody_can_add_change_or_delete_an_entry(client, town, django_user_model):
    entry = audit(town.admin, "role.grant", body=town.body)
    root = django_user_model.objects.create_superuser("root", "root@example.org", "a-long-test-password")
    client.force_login(root)
    assert client.get("/admin/council/auditentry/add/").status_code == 403
    assert client.get(f"/admin/council/auditentry/{entry.pk}/delete/").status_code == 403
    client.post(f"/admin/council/auditentry/{entry.pk}/change/", {"action": "changed"})
    entry.refresh_from_db()
    assert entry.action == "role.grant"


def test_staff_without_the_administrator_role_do_not_see_the_log(client, town):
    audit(town.admin, "role.grant", body=town.body)
    client.force_login(as_staff(town.secretary))
    assert client.get("/admin/council/auditentry/").status_code == 403


def test_selected_entries_export_as_csv(client, town):
    entry = audit(town.admin, "role.grant", body=town.body, before=None, after={"role": "member"})
    client.force_login(as_staff(town.admin))
    response = client.post("/admin/council/auditentry/", {"action": "export_csv", "_selected_action": [entry.pk]})
    rows = list(csv.reader(io.StringIO(response.content.decode())))
    assert rows[0][:3] == ["at", "username", "action"]
    assert rows[1][1:3] == ["soeby-administrator", "role.grant"]
