"""Alert: turn the events of a post into alert versions keyed by a stable ``alert_id``."""
