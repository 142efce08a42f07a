"""Errors raised by the library; only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ReviewerError(Exception):
    """Base class for every error reviewer raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return self.message


class InputNotFound(ReviewerError):
    """The input path does not exist."""

    exit_code = 3


class InputIsDirectory(ReviewerError):
    """The input path is a directory, not a file."""

    exit_code = 4


class UnsupportedFileType(ReviewerError):
    """The input has a type reviewer cannot read."""

    exit_code = 5


class EncryptedDocument(ReviewerError):
    """The PDF is password-protected."""

    exit_code = 6


class NoTextLayer(ReviewerError):
    """A scan (a PDF without a text layer, or an image) and no OCR installed to read it; or a PDF without a text
    layer on which OCR found no text."""

    exit_code = 7


class CorruptDocument(ReviewerError):
    """The file could not be parsed as the type it claims to be."""

    exit_code = 8


class UnreadableInput(CorruptDocument):
    """The input exists (or may) but cannot be read: permissions, a closed standard input, an I/O error."""


class EmptyDocument(ReviewerError):
    """The document holds no text to review."""

    exit_code = 9


class DocumentTooLarge(ReviewerError):
    """The document exceeds the documented size or page limit."""

    exit_code = 10


def over_char_limit(limit: int, name: str) -> DocumentTooLarge:
    """The error for a document whose text, counted as it is read, passes `limit` characters."""
    return DocumentTooLarge(f"Document has over {limit:,} characters; the limit is {limit:,}: {name}", path=name)


class EncodingError(ReviewerError):
    """A text file is not valid UTF-8 (or UTF-16 with a byte-order mark)."""

    exit_code = 11


class CorpusError(ReviewerError):
    """The guidance corpus or its index is missing or malformed."""

    exit_code = 12


class ModelNotInstalled(ReviewerError):
    """The embedding model package is not installed."""

    exit_code = 13


class LabelError(ReviewerError):
    """An eval label file is missing, malformed or inconsistent with its document."""

    exit_code = 14


class BackendError(ReviewerError):
    """The selected judge backend is misconfigured."""

    exit_code = 15


class OutputError(ReviewerError):
    """The report could not be written."""

    exit_code = 16


class InvalidArgument(ReviewerError):
    """An option value the library cannot use (for example an unknown jurisdiction)."""

    exit_code = 17


EXIT_CODES: dict[str, int] = {
    cls.__name__: cls.exit_code
    for cls in (
        InputNotFound,
        InputIsDirectory,
        UnsupportedFileType,
        EncryptedDocument,
        NoTextLayer,
        CorruptDocument,
        EmptyDocument,
        DocumentTooLarge,
        EncodingError,
        CorpusError,
        ModelNotInstalled,
        LabelError,
        BackendError,
        OutputError,
        InvalidArgument,
    )
}
