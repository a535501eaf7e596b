"""Letters to clients: checked templates, their placeholders, the PDF and the e-mail.

:mod:`.templates` loads and checks the legal department's template files,
:mod:`.data` names the placeholders, :mod:`.pdf` draws the letter on the bank's
letterhead, :mod:`.mail` wraps it in an e-mail.  The format is in ``docs/letters.md``.
"""
