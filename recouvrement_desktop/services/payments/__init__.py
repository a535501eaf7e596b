"""Payments from the bank's statements (camt.053/054, or a plain CSV): read, matched to
the cases, recorded as payments; the others wait in the payments to allocate."""
