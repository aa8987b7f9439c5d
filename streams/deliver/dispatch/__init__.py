"""Dispatch: which receivers get an alert (routing) and when (grouping), like Alertmanager's."""
