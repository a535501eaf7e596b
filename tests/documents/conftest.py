"""Shared fixtures for the document layer: real engine schedules, real PDFs, real tools.

The command-line tools (poppler's pdftotext, pdfsig, pdftoppm; qpdf; zbarimg) are
installed by ``.ci/run``.  A tool missing on a developer's machine skips the test
with the apt package to install; on CI (``CI`` set) it fails instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from cryptography import x509

from recouvrement_desktop.documents.agreement_model import AgreementModel, AgreementStatus
from recouvrement_desktop.documents.agreement_pdf import render_agreement
from recouvrement_desktop.documents.sample import sample_agreement
from recouvrement_desktop.documents.seal import Sealer, demo_certificate, demo_trust
from recouvrement_desktop.i18n.language import Language

APT_PACKAGES = {
    "pdftotext": "poppler-utils",
    "pdfsig": "poppler-utils",
    "pdftoppm": "poppler-utils",
    "pdfinfo": "poppler-utils",
    "qpdf": "qpdf",
    "zbarimg": "zbar-tools",
}


def require_tool(name: str) -> str:
    """Path of a command-line tool; skip (fail on CI) when it is not installed."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (apt-get install {APT_PACKAGES.get(name, name)})"
        if os.environ.get("CI"):
            pytest.fail(message + ": required on CI")
        pytest.skip(message)
    return path


def run_tool(*args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run a tool and capture its output as text."""
    tool = require_tool(str(args[0]))
    return subprocess.run(
        [tool, *map(str, args[1:])],
        capture_output=True,
        text=True,
        check=check,
        timeout=120,
    )


def pdf_text(path: Path) -> list[str]:
    """``pdftotext -layout`` of *path*, one string per page."""
    result = run_tool("pdftotext", "-layout", "-enc", "UTF-8", path, "-")
    pages = result.stdout.split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


@pytest.fixture(scope="session")
def model_360() -> AgreementModel:
    model = sample_agreement(360, Language.FRENCH)
    assert len(model.rows) == 360
    return model


@pytest.fixture(scope="session")
def model_12_en() -> AgreementModel:
    model = sample_agreement(
        12, Language.ENGLISH, status=AgreementStatus(awaiting_countersignature=True)
    )
    assert len(model.rows) == 12
    return model


@pytest.fixture(scope="session")
def pdf_360(model_360: AgreementModel, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "agreement-360.pdf"
    path.write_bytes(render_agreement(model_360))
    return path


@pytest.fixture(scope="session")
def pdf_12_en(model_12_en: AgreementModel, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "agreement-12-en.pdf"
    path.write_bytes(render_agreement(model_12_en))
    return path


# The passphrase the services keep in the OS keystore; the document layer is given it.
DEMO_PASSPHRASE = "a demonstration passphrase"


def demo_cert(folder: Path) -> x509.Certificate:
    """The demonstration certificate of *folder*, made if needed."""
    demo_certificate(folder, DEMO_PASSPHRASE)
    cert = demo_trust(folder)
    assert cert is not None
    return cert


@pytest.fixture(scope="session")
def demo_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("demo-certificate")


@pytest.fixture(scope="session")
def sealer(demo_folder: Path) -> Sealer:
    return Sealer.from_pkcs12(demo_certificate(demo_folder, DEMO_PASSPHRASE), DEMO_PASSPHRASE)


@pytest.fixture(scope="session")
def sealed_360(
    pdf_360: Path,
    model_360: AgreementModel,
    sealer: Sealer,
    tmp_path_factory: pytest.TempPathFactory,
) -> Path:
    path = tmp_path_factory.mktemp("sealed") / "agreement-360-sealed.pdf"
    path.write_bytes(
        sealer.seal(pdf_360.read_bytes(), reference=model_360.reference, location="Tours")
    )
    return path
