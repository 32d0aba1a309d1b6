"""The mail outbox: mails are stored first and sent by a job, with retries and a dead-letter list.

Use :func:`townhall.mail.services.queue_mail`; see ``docs/architecture.md`` (Mail).
"""
