#include "workspaces/review/note_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>

namespace hb::app {

NoteDialog::NoteDialog(const QString& question, const QString& note, QWidget* parent)
    : QDialog(parent)
    , m_text(new QPlainTextEdit(note, this))
{
    setWindowTitle(tr("Note"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setToolTip(tr("Keep the note (Ctrl+Enter)"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Both Enter keys: the one of the main block and the one of the keypad.
    for (const QKeySequence& keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    m_text->setTabChangesFocus(true);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(question, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    layout->addWidget(m_text);
    auto* hint = new QLabel(tr("Ctrl+Enter keeps the note, Escape drops it."), this);
    hint->setEnabled(false);
    layout->addWidget(hint);
    layout->addWidget(buttons);
    m_text->setFocus();
    m_text->moveCursor(QTextCursor::End);
}

QString NoteDialog::note() const
{
    return m_text->toPlainText();
}

void NoteDialog::setNote(const QString& note)
{
    m_text->setPlainText(note);
}

} // namespace hb::app
