"""An argument parser whose mistakes are one translated line and exit status 2."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import NoReturn, TypeAlias

from recouvrement_desktop.cli.errors import UsageError
from recouvrement_desktop.i18n.translation import translate


class OneLineArgumentParser(argparse.ArgumentParser):
    """argparse prints the usage and the message on two lines and exits itself; here the
    mistake becomes a :class:`UsageError` that the CLI core prints as one line. Sub-command
    parsers (created by ``add_subparsers``) inherit this class, and each reports unknown
    options itself, naming its own command."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(
            translate("Cli", "{command}: {details}").format(command=self.prog, details=message)
        )

    def parse_known_args(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        namespace: argparse.Namespace | None = None,
    ) -> tuple[argparse.Namespace, list[str]]:
        parsed, extras = super().parse_known_args(args, namespace)
        if extras:
            self.error(
                translate("Cli", "unrecognized arguments: {arguments}").format(
                    arguments=" ".join(extras)
                )
            )
        return parsed, extras


# What command modules receive in ``register``.
Subparsers: TypeAlias = "argparse._SubParsersAction[OneLineArgumentParser]"
