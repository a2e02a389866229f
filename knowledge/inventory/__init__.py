"""The AI tool inventory: tools, registration requests, their review and the audit trail, in a
database of their own. Knows nothing of retrieval (knowledge/retrieval/) nor of any front end.

What other layers use, importable from here: finding a tool from how people name it, listing,
importing and exporting tools, and counting the unregistered tools people ask about.
"""

from knowledge.inventory.asks import most_asked_unregistered, record_unregistered_ask
from knowledge.inventory.directory import Resolution, ToolDirectory, ToolRef
from knowledge.inventory.queries import approved_tools, categories, get_tool, list_tools, tool_record
from knowledge.inventory.transfer import CSV_COLUMNS, MAX_IMPORT_ROWS, ImportFailed, export, import_csv, read_import

__all__ = [
    "CSV_COLUMNS",
    "MAX_IMPORT_ROWS",
    "ImportFailed",
    "Resolution",
    "ToolDirectory",
    "ToolRef",
    "approved_tools",
    "categories",
    "export",
    "get_tool",
    "import_csv",
    "list_tools",
    "most_asked_unregistered",
    "read_import",
    "record_unregistered_ask",
    "tool_record",
]
