"""db layer (see docs/architecture.md)."""
