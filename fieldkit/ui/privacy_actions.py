"""The window's side of the GDPR duties, shared by the contact editor and the
retention dialog: the legal-basis choice, where to export a person's data, and
the confirmations before an erase (which cannot be undone and reaches every
laptop at the next sync)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QComboBox, QFileDialog, QMessageBox, QWidget

from fieldkit.services.privacy import LegalBasis, legal_basis_key


def legal_basis_label(basis: LegalBasis) -> str:
    """A lawful basis of GDPR Art. 6(1) as the window names it."""
    labels = {
        LegalBasis.CONSENT: QCoreApplication.translate("Privacy", "Consent (Art. 6(1)(a))"),
        LegalBasis.CONTRACT: QCoreApplication.translate("Privacy", "Contract (Art. 6(1)(b))"),
        LegalBasis.LEGAL_OBLIGATION: QCoreApplication.translate(
            "Privacy", "Legal obligation (Art. 6(1)(c))"
        ),
        LegalBasis.VITAL_INTERESTS: QCoreApplication.translate(
            "Privacy", "Vital interests (Art. 6(1)(d))"
        ),
        LegalBasis.PUBLIC_TASK: QCoreApplication.translate("Privacy", "Public task (Art. 6(1)(e))"),
        LegalBasis.LEGITIMATE_INTERESTS: QCoreApplication.translate(
            "Privacy", "Legitimate interests (Art. 6(1)(f))"
        ),
    }
    return labels[basis]


def legal_basis_text(stored: str) -> str:
    """A stored basis as shown: its label, or an older row's words as they are."""
    key = legal_basis_key(stored)
    return legal_basis_label(key) if key is not None else stored


def fill_legal_bases(combo: QComboBox, stored: str) -> None:
    """The six bases by their stable keys, and "not recorded"; a value an older
    row holds as words shows as the basis it means, and unknown words as they are
    (until the coordinator picks a basis)."""
    blocked = combo.blockSignals(True)
    combo.clear()
    combo.addItem(QCoreApplication.translate("Privacy", "(not recorded)"), "")
    for basis in LegalBasis:
        combo.addItem(legal_basis_label(basis), basis.value)
    key = legal_basis_key(stored)
    if key is not None:
        combo.setCurrentIndex(combo.findData(key.value))
    elif stored.strip():
        combo.addItem(stored, stored)
        combo.setCurrentIndex(combo.count() - 1)
    else:
        combo.setCurrentIndex(0)
    combo.blockSignals(blocked)


def document_language() -> str:
    """The language of a document made from the window: the window's own."""
    return "lt" if QLocale().language() == QLocale.Language.Lithuanian else "en"


def ask_export_target(parent: QWidget, name: str) -> tuple[Path, str] | None:
    """Where to write everything about the person (.pdf to read, .json to take
    away) and in which language; None when the coordinator cancels."""
    pdf = QCoreApplication.translate("Privacy", "PDF document (*.pdf)")
    json_filter = QCoreApplication.translate("Privacy", "JSON file (*.json)")
    stem = "-".join(name.split()) or "contact"
    chosen, used_filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Privacy", "Export everything about this person"),
        f"{stem}.pdf",
        f"{pdf};;{json_filter}",
    )
    if not chosen:
        return None
    target = Path(chosen)
    if target.suffix.lower() not in (".pdf", ".json"):
        target = target.with_suffix(".json" if used_filter == json_filter else ".pdf")
    return target, document_language()


def _ask(parent: QWidget, question: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Privacy", "Erase for good"),
        question,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def confirm_erase(parent: QWidget, name: str) -> bool:
    """Ask before erasing one person, naming them."""
    if name:
        question = QCoreApplication.translate(
            "Privacy",
            "Erase {name} for good? Their name, contact details, notes and consent are "
            "cleared and cannot be brought back; the meetings they attended show an erased "
            "person in their place. This cannot be undone, and colleagues' laptops erase "
            "the person too at the next sync.",
        ).format(name=name)
    else:
        question = QCoreApplication.translate(
            "Privacy",
            "Erase this person for good? Their contact details, notes and consent are "
            "cleared and cannot be brought back; the meetings they attended show an erased "
            "person in their place. This cannot be undone, and colleagues' laptops erase "
            "the person too at the next sync.",
        )
    return _ask(parent, question)


def confirm_erase_many(parent: QWidget, count: int) -> bool:
    """Ask before erasing the people chosen in the retention list."""
    question = QCoreApplication.translate(
        "Privacy",
        "Erase %n person(s) for good? Their names, contact details, notes and consent "
        "are cleared and cannot be brought back. This cannot be undone, and colleagues' "
        "laptops erase them too at the next sync.",
        "",
        count,
    )
    return _ask(parent, question)


def erased_name(name: str) -> str:
    """A person's name as lists show it: an erased person has none left."""
    return name or QCoreApplication.translate("Privacy", "erased person")
