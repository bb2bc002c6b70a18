"""SPIE FAQ bot: answering core (knowledge base, matching, rendering, CLI)."""
