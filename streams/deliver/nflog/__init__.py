"""The notification log: which alert versions each receiver got, so none is sent twice."""
