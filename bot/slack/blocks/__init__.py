"""Every piece of Block Kit the app sends is built in this package: common.py holds escaping and
Slack's size limits, the other modules one surface each."""
