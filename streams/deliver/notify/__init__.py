"""Notify: receivers (Slack, topics) behind one small protocol, and one shared retrier."""
