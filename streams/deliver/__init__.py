"""Deliver: an alert's way to its receivers, one idea of its life per package (as Alertmanager).

``dispatch`` routes alerts to receivers by the subscriptions file and groups bursts
(group_wait, group_interval); ``silence`` holds time-bounded silences; ``notify`` has one small
notifier per receiver kind (Slack webhook, alert topic) behind one protocol and one retrier;
``nflog`` is the notification log that keeps a restart from posting a version twice.
"""
