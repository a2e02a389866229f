"""A DOCX's ZIP package, checked against the limits before python-docx may read it.

python-docx inflates every member whole (`ZipFile.read`), so a 200 KB file whose document.xml
inflates to gigabytes would take all the memory there is. The sizes a ZIP declares decide
before anything is inflated; then each member is inflated in steps, never past its declared
size (zipfile stops there, and a member whose content does not end there fails its CRC), and
python-docx gets a copy made of exactly those bytes. A member that is itself a package (an
embedded workbook) is one more member: it counts at its size and is never opened.
"""

from __future__ import annotations

import io
import zipfile
import zlib
from pathlib import Path

from ingest.limits import LoadError, LoadLimits, MiB, byte_size

CENTRAL_DIRECTORY_ENTRY = b"PK\x01\x02"
RATIO_CHECKED_FROM = 1 * MiB  # smaller members cannot be bombs on their own; the totals bound them
XML_SUFFIXES = (".xml", ".rels")


def checked_package(path: Path, limits: LoadLimits) -> io.BytesIO:
    """The package as python-docx may read it, or LoadError naming the limit it is over."""
    data = path.read_bytes()
    # ZipFile builds an object for every directory entry as it opens (seconds for a few hundred
    # thousand). Each entry starts with this signature, so counting it bounds them first.
    if data.count(CENTRAL_DIRECTORY_ENTRY) > limits.zip_members:
        raise LoadError(f"over the limit of {limits.zip_members:,} ZIP members")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise LoadError(f"unreadable DOCX: {error}") from error
    members = archive.infolist()
    if len(members) > limits.zip_members:
        raise LoadError(f"over the limit of {limits.zip_members:,} ZIP members")
    _check_declared_sizes(members, limits)

    clean = io.BytesIO()
    with archive, zipfile.ZipFile(clean, "w", zipfile.ZIP_STORED) as copy:
        for member in members:
            copy.writestr(member.filename, _inflate(archive, member))
    clean.seek(0)
    return clean


def _check_declared_sizes(members: list[zipfile.ZipInfo], limits: LoadLimits) -> None:
    for member in members:
        if member.flag_bits & 0x1:
            raise LoadError(f"unreadable DOCX: {member.filename} is encrypted")
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            # Word writes nothing else, and zipfile inflates the others in one unbounded step.
            raise LoadError(f"unreadable DOCX: {member.filename} uses a compression Word does not write")
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_FROM and ratio > limits.compression_ratio:
            raise LoadError(
                f"over the limit of {limits.compression_ratio}:1 compression "
                f"({member.filename} inflates {ratio:,.0f}:1, to {byte_size(member.file_size)})"
            )
    unzipped = sum(member.file_size for member in members)
    if unzipped > limits.unzipped_bytes:
        raise LoadError(
            f"over the limit of {byte_size(limits.unzipped_bytes)} unzipped (it inflates to {byte_size(unzipped)})"
        )
    xml = sum(member.file_size for member in members if member.filename.lower().endswith(XML_SUFFIXES))
    if xml > limits.xml_bytes:
        raise LoadError(f"over the limit of {byte_size(limits.xml_bytes)} of XML (it holds {byte_size(xml)})")


def _inflate(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> bytes:
    """The member's bytes, inflated 1 MiB at a time and never past its declared size."""
    parts, size = [], 0
    try:
        with archive.open(member) as stream:
            while size < member.file_size:
                part = stream.read(min(MiB, member.file_size - size))
                if not part:
                    break
                parts.append(part)
                size += len(part)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as error:
        raise LoadError(f"unreadable DOCX: {member.filename}: {error}") from error
    if size != member.file_size:
        raise LoadError(f"unreadable DOCX: {member.filename} is shorter than its declared size")
    return b"".join(parts)
