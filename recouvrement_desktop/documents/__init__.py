"""documents layer (see docs/architecture.md): the agreement PDF, its seal, its check.

* :mod:`.agreement_model` — frozen values describing everything the document shows,
  and the canonical-JSON content fingerprint printed on every page;
* :mod:`.agreement_pdf` — ``render_agreement(model) -> bytes`` (ReportLab, A4,
  deterministic);
* :mod:`.seal` — ``Sealer.from_pkcs12(path, passphrase).seal(pdf, reference=…)``
  (pyHanko PAdES, visible stamp, offline) and ``demo_certificate(folder)``;
* :mod:`.verify` — ``verify_pdf(data, trust) -> Verdict``;
* :mod:`.texts` — the document's texts by language (not Qt's translators: the
  document's language is the client's, not the interface's);
* :mod:`.sample` — a complete agreement computed by the engine, for previews and tests.

May import the domain and i18n, never Qt or database sessions.  Nothing is imported
here, so that importing one module does not load ReportLab and pyHanko both.
"""
