"""Telegram handlers of the SPIE FAQ bot."""
