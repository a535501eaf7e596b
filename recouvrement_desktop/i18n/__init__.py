"""i18n layer (see docs/architecture.md)."""
