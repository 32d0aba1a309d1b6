"""Find the unit that wrote a paper and the bodies it is addressed to.

The unit that wrote it is read in :mod:`.author` (with the letterhead in :mod:`.letterheads`, the signature in
:mod:`.signatures`, a Danish recommendation in :mod:`.recommendations`); the bodies it is addressed to in
:mod:`.addressees` (with the first body of a route in :mod:`.route_rows`); a form's sender and addressee, and
the sitting it is for, in :mod:`.senders`.
"""
